// MLflow Tracing (mlflow 3.x), exported over OTLP (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT set: OtelSpanProcessor, MLflow's
// own attribute schema, the default MLFLOW_OTLP_TRACES_EXPORT_SCHEMA): the run as an app traces it with the documented
// setup: the agent a function `run(prompt)` decorated `@mlflow.trace(name=<agent>, span_type="AGENT")`, each tool a
// function called with keyword arguments decorated `@mlflow.trace(name=<tool>, span_type="TOOL")`, each model turn an
// OpenAI chat call traced by `mlflow.openai.autolog()`, the session given with
// `mlflow.update_current_trace(metadata={"mlflow.trace.session": …, "mlflow.trace.user": …})`.
// Followed (github.com/mlflow/mlflow):
// - mlflow/tracing/constant.py SpanAttributeKey: `mlflow.traceRequestId`, `mlflow.spanType`, `mlflow.spanInputs`,
//   `mlflow.spanOutputs`, `mlflow.spanFunctionName`, `mlflow.chat.tools`, `mlflow.chat.tokenUsage`, `mlflow.llm.model`,
//   `mlflow.message.format`; USER_ID / SESSION_ID = `user.id` / `session.id` "copied from trace metadata to root span
//   attributes for OTLP export" (written raw on the root span at its end, processor/uc_table.py
//   _set_user_session_span_attributes); TRACE_REQUEST_ID_PREFIX "tr-".
// - mlflow/entities/span.py (LiveSpan: REQUEST_ID and SPAN_TYPE set at start; _SpanAttributesRegistry.set: every value
//   `json.dumps(value, cls=TraceJSONEncoder, ensure_ascii=False)`, so a string attribute is a JSON string literal:
//   mlflow.spanType = "\"AGENT\"").
// - mlflow/tracing/fluent.py (trace decorator `_wrap_function`: span name = `name or fn.__name__`,
//   FUNCTION_NAME = fn.__name__, inputs = capture_function_input_args (the bound arguments by name), outputs = the
//   return value; an exception: an `exception` event, status ERROR, no outputs).
// - mlflow/openai/autolog.py (`_start_span`: span named by the resource class, "Completions", type CHAT_MODEL, inputs =
//   the create() kwargs, every kwarg but messages/input also an attribute of its own (`model`, `tools`, …);
//   `_end_span_on_success`: outputs = the ChatCompletion (TraceJSONEncoder: pydantic model_dump)),
//   mlflow/openai/utils/chat_schema.py (current: `set_span_chat_attributes` writes mlflow.chat.tools and
//   mlflow.chat.tokenUsage only — mlflow.chat.messages is no longer written), tests/openai/test_openai_autolog.py
//   (span.inputs == {"messages", "model", "temperature"}, span.attributes["model"], model_name, MESSAGE_FORMAT "openai").
// What MLflow does not record: no tool call id on the TOOL span (the decorator sees only the arguments), no tool
// description, the session and user only on the root span (not on its children). Choices: every model turn is traced
// as an OpenAI(-compatible) chat call (no temperature passed); a tool result that is JSON object/array text is taken as
// the dict/list the tool returned, else the string. CHAIN / RETRIEVER / other kinds become `@mlflow.trace` spans of
// that type (UNKNOWN for kinds MLflow lacks). An AGENT span with no agent name (a LangGraph node) or a TOOL span with
// no tool name (an Agents SDK handoff) is another framework's construct: they stay as they are.
import type { Attributes } from '@sentinel/graph';
import { respan, type Convention, type OiSpan, parseJson, returned } from './semconv-read.ts';
import { pyJson } from './semconv-adk.ts';
import { byId, hexOf, withoutOi } from './semconv-pydantic-ai.ts';
import { openAiTools, openAiTurn, tokenCounts, type OpenAiToolCall } from './semconv-langfuse.ts';

const J = pyJson;

const SPAN_TYPES = new Set(['LLM', 'CHAT_MODEL', 'CHAIN', 'AGENT', 'TOOL', 'RETRIEVER', 'EMBEDDING', 'RERANKER', 'PARSER', 'MEMORY']);

function base(s: OiSpan, session: readonly OiSpan[], type: string): Attributes {
  const a: Attributes = { 'mlflow.traceRequestId': J(`tr-${s.raw.traceId}`), 'mlflow.spanType': J(type) };
  const root = !(s.raw.parentSpanId && byId(session).has(s.raw.parentSpanId));
  if (root) {
    if (s.userId !== undefined) a['user.id'] = s.userId;
    if (s.sessionId !== undefined) a['session.id'] = s.sessionId;
  }
  return a;
}

function traced(s: OiSpan, session: readonly OiSpan[], name: string, type: string, fn: string, inputs: unknown): ReturnType<Convention> {
  const a = base(s, session, type);
  a['mlflow.spanFunctionName'] = J(fn);
  a['mlflow.spanInputs'] = J(inputs);
  if (s.raw.statusCode !== 2 && s.output !== undefined) a['mlflow.spanOutputs'] = J(returned(s.output));
  return respan(s, name, { ...a, ...withoutOi(s.rest) });
}

function chat(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const model = s.model ?? 'unknown';
  const { tools, rest } = openAiTools(s.rest);
  const { messages, reply } = openAiTurn(s, session);
  const kwargs: Record<string, unknown> = { messages, model, ...(tools.length ? { tools } : {}) };
  const a = base(s, session, 'CHAT_MODEL');
  a['mlflow.spanInputs'] = J(kwargs);
  a['model'] = J(model);
  if (tools.length) {
    a['tools'] = J(tools);
    a['mlflow.chat.tools'] = J(tools);
  }
  a['mlflow.llm.model'] = J(model);
  a['mlflow.message.format'] = J('openai');
  const t = tokenCounts(rest);
  const usage = t.prompt !== undefined || t.completion !== undefined ? { prompt: t.prompt ?? 0, completion: t.completion ?? 0 } : undefined;
  if (usage) a['mlflow.chat.tokenUsage'] = J({ input_tokens: usage.prompt, output_tokens: usage.completion, total_tokens: usage.prompt + usage.completion });
  if (s.raw.statusCode !== 2 && reply) {
    const calls = reply.tool_calls as OpenAiToolCall[] | undefined;
    // ChatCompletion.model_dump(): pydantic field order; ChatCompletionMessageToolCall = {id, function:{arguments, name}, type}.
    a['mlflow.spanOutputs'] = J({
      id: `chatcmpl-${hexOf(`cmpl/${s.raw.spanId}`, 29)}`,
      choices: [{
        finish_reason: calls?.length ? 'tool_calls' : 'stop',
        index: 0,
        logprobs: null,
        message: {
          content: reply.content ?? null, refusal: null, role: 'assistant', annotations: [], audio: null, function_call: null,
          tool_calls: calls?.length ? calls.map((c) => ({ id: c.id, function: { arguments: c.function.arguments, name: c.function.name }, type: 'function' })) : null,
        },
      }],
      created: Number(s.raw.startTimeUnixNano / 1_000_000_000n),
      model,
      object: 'chat.completion',
      service_tier: null,
      system_fingerprint: null,
      usage: usage ? { completion_tokens: usage.completion, prompt_tokens: usage.prompt, total_tokens: usage.prompt + usage.completion, completion_tokens_details: null, prompt_tokens_details: null } : null,
    });
  }
  return respan(s, 'Completions', { ...a, ...withoutOi(rest) });
}

export const mlflow: Convention = (s, session) => {
  if (s.kind === 'LLM') return chat(s, session);
  if (s.kind === 'AGENT') {
    if (s.agent === undefined) return s.raw;
    return traced(s, session, s.agent, 'AGENT', 'run', s.input !== undefined ? { prompt: s.input } : {});
  }
  if (s.kind === 'TOOL') {
    if (s.tool === undefined) return s.raw;
    const args = parseJson(s.input);
    const inputs = args !== null && typeof args === 'object' && !Array.isArray(args) ? args : s.input !== undefined ? { input: s.input } : {};
    return traced(s, session, s.tool, 'TOOL', s.tool, inputs);
  }
  const type = SPAN_TYPES.has(s.kind) ? s.kind : 'UNKNOWN';
  const parsed = parseJson(s.input);
  const inputs = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : s.input !== undefined ? { input: s.input } : {};
  return traced(s, session, s.raw.name, type, s.raw.name, inputs);
};
