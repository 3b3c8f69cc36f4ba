// LangSmith's OpenTelemetry export (langsmith Python SDK 0.3.x/0.4.x with `LANGSMITH_OTEL_ENABLED=true`): the run as an
// app traces it with the documented non-LangChain setup: the agent a function `<agent>(user_input)` decorated
// `@traceable(name=<agent>)` (run_type "chain": LangSmith has no "agent" run type, _VALID_RUN_TYPES = tool, chain, llm,
// retriever, embedding, prompt, parser), each tool a function called with keyword arguments decorated
// `@traceable(run_type="tool", name=<tool>)`, each model turn an OpenAI chat call through `wrap_openai(OpenAI())`, and
// the thread given as `langsmith_extra={"metadata": {"session_id": …}}` on the agent call (the docs' "Configure threads":
// metadata key session_id / thread_id / conversation_id). Followed (github.com/langchain-ai/langsmith-sdk, python/):
// - langsmith/_internal/otel/_otel_exporter.py (OTELExporter._set_span_attributes / _set_io_attributes): span name =
//   run name; `langsmith.span.id|kind|dotted_order|parent_id`, `langsmith.trace.id|name|session_name` (session_name =
//   the LangSmith *project*, "default" unless LANGSMITH_PROJECT is set), `gen_ai.operation.name` (llm → chat, tool →
//   execute_tool, chain → chain), `gen_ai.system` (from the model name: gpt → openai, claude → anthropic, gemini →
//   gemini…; "langchain" when there is none), `gen_ai.request.model` (metadata ls_model_name, then inputs["model"]),
//   `langsmith.metadata.<key>` for every non-None metadata value, `gen_ai.prompt` = the run's inputs and
//   `gen_ai.completion` = its outputs exactly as serialized (orjson: compact, UTF-8), `gen_ai.response.id`,
//   `gen_ai.response.finish_reasons` (", "-joined), token usage from outputs.usage_metadata; an error → status ERROR and
//   an exception event, no outputs.
// - langsmith/run_helpers.py (_setup_run: metadata from langsmith_extra and the enclosing context is passed down to
//   child runs, `ls_method: "traceable"` on each; _get_inputs: the bound arguments by parameter name; a non-dict
//   return value is recorded as {"output": value}, a dict as it is).
// - langsmith/wrappers/_openai.py (wrap_openai: run "ChatOpenAI", run_type llm, inputs = the create() kwargs minus
//   NotGiven — {"messages", "model", "tools"} in the signature's order —, metadata ls_provider "openai", ls_model_type
//   "chat", ls_model_name; outputs = _process_chat_completion: ChatCompletion.model_dump() with usage replaced by
//   usage_metadata).
// What LangSmith does not record: no tool call id on the tool run (the decorator sees only the function's arguments),
// no tool description (only in the LLM run's inputs.tools), no agent-name attribute apart from the run name. Choices:
// every model turn is traced as an OpenAI(-compatible) chat call (wrap_anthropic / wrap_gemini and LangChain's
// serialized {"messages": [[{"lc": 1, …}]]} shape are left out); a tool result that is JSON object text is taken as
// the dict the function returned. CHAIN / RETRIEVER / other spans (LangGraph nodes, CrewAI tasks, retrievers), an AGENT
// span with no agent name and a TOOL span with no tool name (an Agents SDK handoff) stay as they are.
import type { Attributes, RawSpan } from '@sentinel/graph';
import { respan, type Convention, type OiSpan, parseJson, returned, idAttrs } from './semconv-read.ts';
import { openAiTools, openAiTurn, tokenCounts, type OpenAiMessage } from './semconv-langfuse.ts';
import { byId, hexOf, uuidOf, withoutOi } from './semconv-pydantic-ai.ts';


/** _otel_exporter.py _set_gen_ai_system: the provider guessed from the model name. */
export function systemOfModel(model: string | undefined): string {
  const m = (model ?? '').toLowerCase();
  if (!m) return 'langchain';
  if (m.includes('anthropic') || m.startsWith('claude')) return 'anthropic';
  if (m.includes('bedrock')) return 'aws.bedrock';
  if (m.includes('azure') && m.includes('openai')) return 'az.ai.openai';
  if (m.includes('azure') && m.includes('inference')) return 'az.ai.inference';
  if (m.includes('cohere')) return 'cohere';
  if (m.includes('deepseek')) return 'deepseek';
  if (m.includes('gemini')) return 'gemini';
  if (m.includes('groq')) return 'groq';
  if (m.includes('watson') || m.includes('ibm')) return 'ibm.watsonx.ai';
  if (m.includes('mistral')) return 'mistral_ai';
  if (m.includes('gpt') || m.includes('openai')) return 'openai';
  if (m.includes('perplexity') || m.includes('sonar')) return 'perplexity';
  if (m.includes('vertex')) return 'vertex_ai';
  if (m.includes('xai') || m.includes('grok')) return 'xai';
  return 'langchain';
}

/** A run's dotted-order segment: start time as %Y%m%dT%H%M%S%fZ, then the run id. */
function segment(s: OiSpan): string {
  const us = s.raw.startTimeUnixNano / 1000n;
  const d = new Date(Number(us / 1000n));
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const ts = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}${p(Number(us % 1_000_000n), 6)}Z`;
  return `${ts}${runId(s)}`;
}
const runId = (s: OiSpan): string => uuidOf(`langsmith/${s.raw.traceId}/${s.raw.spanId}`);

/** The enclosing spans this convention rewrites into runs (closest last), `s` included. */
function runChain(s: OiSpan, session: readonly OiSpan[]): OiSpan[] {
  const ids = byId(session);
  const chain: OiSpan[] = [];
  for (let cur: OiSpan | undefined = s, n = 0; cur && n < 100; cur = cur.raw.parentSpanId ? ids.get(cur.raw.parentSpanId) : undefined, n++) chain.unshift(cur);
  return chain;
}

/** The metadata every run inherits from the agent call (langsmith_extra metadata, passed down by _setup_run). */
function inherited(s: OiSpan): Attributes {
  return idAttrs(s, 'langsmith.metadata.session_id', 'langsmith.metadata.user_id');
}

function run(s: OiSpan, session: readonly OiSpan[], name: string, runType: string, inputs: unknown, outputs: unknown, extra: Attributes, rest: Attributes): RawSpan {
  const chain = runChain(s, session);
  const parent = chain.length > 1 ? chain[chain.length - 2] : undefined;
  const a: Attributes = {
    'langsmith.span.id': runId(s),
    'langsmith.trace.id': runId(chain[0]),
    'langsmith.span.dotted_order': chain.map(segment).join('.'),
    ...(parent ? { 'langsmith.span.parent_id': runId(parent) } : {}),
    'langsmith.span.kind': runType,
    'langsmith.trace.name': name,
    'langsmith.trace.session_name': 'default',
    'gen_ai.operation.name': runType === 'llm' ? 'chat' : runType === 'tool' ? 'execute_tool' : runType,
    ...extra,
    ...inherited(s),
    'langsmith.metadata.ls_method': 'traceable',
  };
  if (inputs !== undefined) a['gen_ai.prompt'] = JSON.stringify(inputs);
  if (s.raw.statusCode !== 2 && outputs !== undefined) a['gen_ai.completion'] = JSON.stringify(outputs);
  return respan(s, name, { ...a, ...withoutOi(rest) });
}

/** What a function's return value becomes: a dict as it is, anything else {"output": value}. */
const outputsOf = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  const v = returned(text);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : { output: v };
};

function chatOpenAi(s: OiSpan, session: readonly OiSpan[]): RawSpan {
  const { tools, rest } = openAiTools(s.rest);
  const { messages, reply } = openAiTurn(s, session);
  const inputs: Record<string, unknown> = { messages };
  if (s.model !== undefined) inputs.model = s.model;
  if (tools.length) inputs.tools = tools;
  const t = tokenCounts(rest);
  const { 'llm.token_count.prompt': _p, 'llm.token_count.completion': _c, 'llm.token_count.total': _t, ...kept } = rest;
  const responseId = `chatcmpl-${hexOf(`${s.raw.spanId}/response`, 29)}`;
  const finish = (reply?.tool_calls as unknown[] | undefined)?.length ? 'tool_calls' : 'stop';
  const usage = t.prompt !== undefined || t.completion !== undefined
    ? { input_tokens: t.prompt ?? 0, output_tokens: t.completion ?? 0, total_tokens: (t.prompt ?? 0) + (t.completion ?? 0), input_token_details: {}, output_token_details: {} }
    : null;
  let outputs: Record<string, unknown> | undefined;
  if (reply) {
    // ChatCompletionMessage.model_dump(): content, refusal, role, annotations, audio, function_call, tool_calls.
    const message: OpenAiMessage = {
      content: reply.content ?? null, refusal: null, role: 'assistant', annotations: [], audio: null, function_call: null,
      tool_calls: (reply.tool_calls as { id: string; type: string; function: { name: string; arguments: string } }[] | undefined)?.map((c) => ({ id: c.id, function: { arguments: c.function.arguments, name: c.function.name }, type: 'function' })) ?? null,
    };
    outputs = {
      id: responseId, choices: [{ finish_reason: finish, index: 0, logprobs: null, message }],
      created: Number(s.raw.startTimeUnixNano / 1_000_000_000n), model: s.model ?? null, object: 'chat.completion',
      service_tier: null, system_fingerprint: null, usage_metadata: usage,
    };
  }
  const extra: Attributes = { 'gen_ai.system': systemOfModel(s.model) };
  if (s.model !== undefined) extra['gen_ai.request.model'] = s.model;
  if (usage && outputs) {
    extra['gen_ai.usage.input_tokens'] = usage.input_tokens;
    extra['gen_ai.usage.output_tokens'] = usage.output_tokens;
    extra['gen_ai.usage.total_tokens'] = usage.total_tokens;
    if (s.model !== undefined) extra['gen_ai.response.model'] = s.model;
  }
  if (outputs && s.raw.statusCode !== 2) {
    extra['gen_ai.response.id'] = responseId;
    extra['gen_ai.response.finish_reasons'] = finish;
  }
  extra['langsmith.metadata.ls_provider'] = 'openai';
  extra['langsmith.metadata.ls_model_type'] = 'chat';
  if (s.model !== undefined) extra['langsmith.metadata.ls_model_name'] = s.model;
  return run(s, session, 'ChatOpenAI', 'llm', inputs, outputs, extra, kept);
}

export const langsmith: Convention = (s, session) => {
  if (s.kind === 'LLM') return chatOpenAi(s, session);
  if (s.kind === 'AGENT') {
    if (s.agent === undefined) return s.raw;
    return run(s, session, s.agent, 'chain', { user_input: s.input ?? null }, outputsOf(s.output), { 'gen_ai.system': 'langchain' }, s.rest);
  }
  if (s.kind === 'TOOL') {
    if (s.tool === undefined) return s.raw;
    const args = parseJson(s.input);
    const inputs = args !== null && typeof args === 'object' && !Array.isArray(args) ? args : s.input !== undefined ? { input: s.input } : {};
    return run(s, session, s.tool, 'tool', inputs, outputsOf(s.output), { 'gen_ai.system': 'langchain' }, s.rest);
  }
  // CHAIN / RETRIEVER / other: the frameworks' own steps (LangGraph nodes, CrewAI tasks, retrievers), whose LangSmith
  // shapes come from LangChain's tracer rather than @traceable: they stay as they are.
  return s.raw;
};
