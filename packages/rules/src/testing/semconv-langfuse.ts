// Langfuse Python SDK v3 (langfuse 3.x, OTel-based, exporting OTLP to /api/public/otel): the run as an app traces it
// with the documented setup: the agent a function `run(prompt)` decorated `@observe(as_type="agent", name=<agent>)`,
// each tool a function called with keyword arguments decorated `@observe(as_type="tool", name=<tool>)`, each model turn
// an OpenAI chat call through the drop-in `from langfuse.openai import openai`, and the session given with
// `propagate_attributes(session_id=…, user_id=…)` around the run. Followed (github.com/langfuse/langfuse-python):
// - langfuse/_client/attributes.py: LangfuseOtelSpanAttributes (`langfuse.observation.type|input|output|level|
//   status_message|model.name|model.parameters|usage_details`, TRACE_SESSION_ID = `session.id`, TRACE_USER_ID =
//   `user.id`), create_span_attributes / create_generation_attributes, `_serialize`: a str is written as it is,
//   anything else `json.dumps(obj, cls=EventSerializer)` (Python defaults: ", " / ": ", ensure_ascii → \uXXXX).
// - langfuse/_client/observe.py: span name = `name or func.__name__`, input = `_get_input_from_func_args` =
//   {"args": [...], "kwargs": {...}}, output = the return value, an exception → update(level="ERROR",
//   status_message=str(e)) (span.py `_set_otel_span_status_if_error`: OTel status ERROR) and no output.
// - langfuse/_client/span.py (LangfuseObservationWrapper.__init__: `langfuse.observation.type` = as_type).
// - langfuse/_client/propagation.py (`propagate_attributes`: session_id → `session.id`, user_id → `user.id` on the
//   current span and every span started inside the context).
// - langfuse/openai.py (v3): generation named "OpenAI-generation"; input = `_extract_chat_prompt`: the messages list,
//   or {"tools": [...], "messages": [...]} when tools are passed; output = `_extract_chat_response(choices[0].message)`
//   = {"role", ["tool_calls": [ChatCompletionMessageToolCall → {"id", "function": {"arguments", "name"}, "type"}]],
//   "content"}; model = the response's model; model_parameters = {"temperature": 1, "max_tokens": inf (EventSerializer:
//   "Infinity"), "top_p": 1, "frequency_penalty": 0, "presence_penalty": 0} when not given; usage_details = the usage
//   dict; metadata {} writes nothing.
// - langfuse/_utils/serializer.py (EventSerializer: pydantic → model_dump, inf → "Infinity").
// What Langfuse does not record: no tool call id on the tool observation (the decorator sees only the function's
// arguments), no tool description, no agent name apart from the observation name; trace input/output are derived by
// the server from the root observation (no `langfuse.trace.input` unless the app calls update_trace). Choices: every
// model turn is traced as an OpenAI(-compatible) chat call (the Anthropic / Gemini SDKs have no Langfuse wrapper); a
// tool result that is JSON object/array text is taken as the dict/list the function returned, else the string.
// CHAIN / RETRIEVER / other spans are the frameworks' own steps, which Langfuse's documented integrations (CrewAI,
// LlamaIndex, Haystack…) trace with the OpenInference instrumentors: they stay as they are, as do an AGENT span with no
// agent name (a LangGraph node) and a TOOL span with no tool name (an Agents SDK handoff).
import type { Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message, type OiSpan, parseJson, returned } from './semconv-read.ts';
import { pyJson } from './semconv-openllmetry.ts';
import { hexOf, madeUpCallIds, toolDefinitions, withoutOi } from './semconv-pydantic-ai.ts';


export interface OpenAiToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}
export type OpenAiMessage = Record<string, unknown>;

/** OpenInference messages → the OpenAI chat `messages` the app passed (as AgentDojo's OpenAI pipeline builds them). */
export function openAiMessages(msgs: Message[], callId: (i: number, k: number, name: string) => string): OpenAiMessage[] {
  return msgs.map((m, i) => {
    if (m.role === 'assistant' || m.role === 'model' || m.role === 'ai') {
      const calls = m.toolCalls?.map((c, k): OpenAiToolCall => ({ id: c.id ?? callId(i, k, c.name), type: 'function', function: { name: c.name, arguments: c.arguments } }));
      return { role: 'assistant', content: m.content ?? null, ...(calls?.length ? { tool_calls: calls } : {}) };
    }
    if (m.role === 'tool' || m.role === 'function') return { role: 'tool', content: m.content ?? '', tool_call_id: m.toolCallId ?? '' };
    return { role: m.role, content: m.content ?? '' };
  });
}

/** The OpenAI `tools` the app passed, from OpenInference's llm.tools.*.tool.json_schema; the rest without them. */
export function openAiTools(rest: Attributes): { tools: Record<string, unknown>[]; rest: Attributes } {
  const { defs, rest: kept } = toolDefinitions(rest);
  return {
    tools: defs.map((d) => ({ type: 'function', function: { name: d.name, ...(d.description ? { description: d.description } : {}), ...(d.parameters ? { parameters: d.parameters } : {}) } })),
    rest: kept,
  };
}

/** The conversation sent and the assistant message received, OpenAI-shaped; made-up call ids shared with the tool spans. */
export function openAiTurn(s: OiSpan, session: readonly OiSpan[]) {
  const made = madeUpCallIds(session, (seed) => `call_${hexOf(seed, 24)}`);
  const messages = openAiMessages(s.inputMessages, (i, k, name) => `call_${hexOf(`${s.raw.spanId}/in/${i}/${k}/${name}`, 24)}`);
  if (!messages.length && s.input !== undefined) messages.push({ role: 'user', content: s.input });
  const out = openAiMessages(s.outputMessages, (i, k) => made.get(`${s.raw.spanId}/${i}/${k}`)!).filter((m) => m.role === 'assistant');
  let reply: OpenAiMessage | undefined = out[0];
  if (out.length > 1) {
    // One choice: the turn's text and calls in one assistant message.
    const text = out.map((m) => m.content).filter((c) => typeof c === 'string' && c).join('\n');
    const calls = out.flatMap((m) => (m.tool_calls as OpenAiToolCall[] | undefined) ?? []);
    reply = { role: 'assistant', content: text || null, ...(calls.length ? { tool_calls: calls } : {}) };
  }
  if (!reply && s.output !== undefined) reply = { role: 'assistant', content: s.output };
  return { messages, reply };
}

const tokens = (rest: Attributes): { prompt?: number; completion?: number } => {
  const n = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : Number(v));
  return { prompt: n(rest['llm.token_count.prompt']), completion: n(rest['llm.token_count.completion']) };
};
export const tokenCounts = tokens;

/** "ValueError: msg" (AgentDojo's status message) → str(e) = "msg". */
const strOfError = (msg: string | undefined): string | undefined => (msg === undefined ? undefined : /^[A-Za-z_][\w.]*(?:Error|Exception): ([\s\S]*)$/.exec(msg)?.[1] ?? msg);

function observed(s: OiSpan, name: string, type: string, input: unknown, extra: Attributes = {}): ReturnType<Convention> {
  const a: Attributes = { 'langfuse.observation.type': type };
  if (s.sessionId !== undefined) a['session.id'] = s.sessionId;
  if (s.userId !== undefined) a['user.id'] = s.userId;
  a['langfuse.observation.input'] = pyJson(input);
  if (s.raw.statusCode === 2) {
    a['langfuse.observation.level'] = 'ERROR';
    a['langfuse.observation.status_message'] = strOfError(s.raw.statusMessage) ?? 'Exception';
  } else if (s.output !== undefined) {
    const out = returned(s.output);
    a['langfuse.observation.output'] = typeof out === 'string' ? out : pyJson(out);
  }
  return respan(s, name, { ...a, ...extra, ...withoutOi(s.rest) });
}

function generation(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const { tools, rest } = openAiTools(s.rest);
  const { messages, reply } = openAiTurn(s, session);
  const a: Attributes = { 'langfuse.observation.type': 'generation' };
  if (s.sessionId !== undefined) a['session.id'] = s.sessionId;
  if (s.userId !== undefined) a['user.id'] = s.userId;
  a['langfuse.observation.input'] = pyJson(tools.length ? { tools, messages } : messages);
  if (s.model !== undefined) a['langfuse.observation.model.name'] = s.model;
  a['langfuse.observation.model.parameters'] = pyJson({ temperature: 1, max_tokens: 'Infinity', top_p: 1, frequency_penalty: 0, presence_penalty: 0 });
  if (s.raw.statusCode === 2) {
    a['langfuse.observation.level'] = 'ERROR';
    a['langfuse.observation.status_message'] = s.raw.statusMessage ?? 'Exception';
  } else if (reply) {
    // _extract_chat_response: role, [tool_calls], content — in that order.
    const { role, content, tool_calls } = reply;
    a['langfuse.observation.output'] = pyJson({ role, ...(tool_calls ? { tool_calls } : {}), content: content ?? null });
  }
  const t = tokens(rest);
  if (t.prompt !== undefined || t.completion !== undefined) {
    a['langfuse.observation.usage_details'] = pyJson({ completion_tokens: t.completion ?? 0, prompt_tokens: t.prompt ?? 0, total_tokens: (t.prompt ?? 0) + (t.completion ?? 0) });
  }
  return respan(s, 'OpenAI-generation', { ...a, ...withoutOi(rest) });
}

export const langfuse: Convention = (s, session) => {
  if (s.kind === 'LLM') return generation(s, session);
  if (s.kind === 'AGENT') {
    if (s.agent === undefined) return s.raw;
    return observed(s, s.agent, 'agent', { args: s.input !== undefined ? [s.input] : [], kwargs: {} });
  }
  if (s.kind === 'TOOL') {
    if (s.tool === undefined) return s.raw;
    const args = parseJson(s.input);
    const kwargs = args !== null && typeof args === 'object' && !Array.isArray(args) ? args : undefined;
    return observed(s, s.tool, 'tool', kwargs ? { args: [], kwargs } : { args: s.input !== undefined ? [s.input] : [], kwargs: {} });
  }
  // CHAIN / RETRIEVER / other: the frameworks' own steps (a CrewAI kickoff, LangGraph nodes, LlamaIndex retrievers),
  // which a Langfuse app traces through those frameworks' OpenInference instrumentors (Langfuse's documented
  // integrations for CrewAI, LlamaIndex, Haystack…): they stay as they are.
  return s.raw;
};
