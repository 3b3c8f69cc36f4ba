// OpenLIT (Python SDK 1.3x, up to the 1.34 refactor into instrumentation/openai/utils.py): the run as `openlit.init()`
// traces it, content capture on (capture_message_content defaults to True), with the agent and tool functions
// decorated `@openlit.trace` (OpenLIT's documented manual tracing; a framework-free app such as AgentDojo's pipeline
// gets no agent or tool spans otherwise). Followed (github.com/openlit/openlit, sdk/python/src/openlit/):
// - instrumentation/openai/openai.py (chat_completions wrapper, non-streaming; the same template as the litellm /
//   azure_openai wrappers of that period): span `chat {model}` (CLIENT); telemetry.sdk.name "openlit",
//   gen_ai.operation.name "chat", gen_ai.system "openai", gen_ai.request.model, gen_ai.request.seed/frequency_penalty/
//   max_tokens/presence_penalty/stop_sequences/temperature/top_p/user/service_tier defaults, gen_ai.response.id/model,
//   gen_ai.usage.input_tokens/output_tokens/total_tokens/cost, server.address/port, deployment.environment,
//   service.name, gen_ai.request.is_stream, gen_ai.server.time_to_first_token, gen_ai.sdk.version,
//   gen_ai.response.finish_reasons [reason], gen_ai.output.type "text" (content a str); the prompt formatted as one
//   line "{role}: {content}" per message, joined by "\n" (content None → "None"; an assistant message's tool_calls and a
//   tool message's tool_call_id are not written); content as span EVENTS only: `gen_ai.content.prompt` {gen_ai.prompt}
//   and `gen_ai.content.completion` {gen_ai.completion: str(message.content)} (a tool-call turn: "None"); when the
//   request has tools, `gen_ai.response.tool_calls` = str(message.tool_calls): the Python repr of the list of dicts
//   ([{'id': …, 'function': {'arguments': …, 'name': …}, 'type': 'function'}], or "None").
// - semcov/__init__.py (SemanticConvention: GEN_AI_CONTENT_PROMPT_EVENT "gen_ai.content.prompt", GEN_AI_CONTENT_PROMPT
//   "gen_ai.prompt", GEN_AI_CONTENT_COMPLETION_EVENT "gen_ai.content.completion", GEN_AI_CONTENT_COMPLETION
//   "gen_ai.completion", GEN_AI_TOOL_CALLS "gen_ai.response.tool_calls").
// - __init__.py (`trace`): span named after the function (CLIENT), `gen_ai.completion` = the return value (or ""),
//   `function.args` = str(args), `function.kwargs` = str(kwargs) (Python reprs), service.name and
//   deployment.environment; an exception: recorded, status ERROR, re-raised before the args are written.
// What OpenLIT 1.3x does not record: no session or conversation id (none in the SDK; nothing on any span), no agent
// name attribute (the span name is the function's), no tool call id on the tool span, no tool definitions, no call
// ids or arguments of earlier turns' tool calls in the prompt. Choices: every model turn is traced as an OpenAI chat
// call; the app's application_name is its service name and its environment "default"; usage only when the session
// has it. CHAIN / RETRIEVER / other spans (OpenLIT's framework instrumentations), an AGENT span with no agent name and
// a TOOL span with no tool name stay as they are.
import type { Attributes, RawSpan } from '@sentinel/graph';
import { respan, type Convention, type OiSpan, parseJson } from './semconv-read.ts';
import { openAiTurn, tokenCounts, type OpenAiToolCall } from './semconv-langfuse.ts';
import { hexOf, withoutOi } from './semconv-pydantic-ai.ts';

/** Python's repr()/str() of a JSON-like value (str → quoted repr; dict/list/tuple recursively; True/False/None). */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    let out = '';
    for (const ch of v) {
      const c = ch.codePointAt(0)!;
      if (ch === '\\') out += '\\\\';
      else if (ch === q) out += `\\${q}`;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
      else out += ch;
    }
    return `${q}${out}${q}`;
  }
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
}
/** str(args) of a tuple. */
const pyTuple = (items: unknown[]): string => (items.length === 1 ? `(${pyRepr(items[0])},)` : `(${items.map(pyRepr).join(', ')})`);


const serviceOf = (s: OiSpan): string => String(s.raw.resource?.['service.name'] ?? 'default');

/** `@openlit.trace` on a function called with `args` / `kwargs`. */
function traced(s: OiSpan, name: string, args: unknown[], kwargs: Record<string, unknown>): RawSpan {
  const a: Attributes = {};
  if (s.raw.statusCode !== 2) {
    a['gen_ai.completion'] = s.output ?? '';
    a['function.args'] = pyTuple(args);
    a['function.kwargs'] = pyRepr(kwargs);
    a['service.name'] = serviceOf(s);
    a['deployment.environment'] = 'default';
  }
  const { 'session.id': _sid, 'user.id': _uid, ...rest } = withoutOi(s.rest);
  return { ...respan(s, name, { ...a, ...rest }), kind: 3 };
}

function chat(s: OiSpan, session: readonly OiSpan[]): RawSpan {
  const model = s.model ?? 'gpt-4o';
  const { messages, reply } = openAiTurn(s, session);
  const { 'session.id': _sid, 'user.id': _uid, ...restAll } = withoutOi(s.rest);
  const name = `chat ${model}`;
  if (s.raw.statusCode === 2) return { ...respan(s, name, restAll), kind: 3 };
  const prompt = messages.map((m) => `${m.role}: ${m.content === null || m.content === undefined ? 'None' : String(m.content)}`).join('\n');
  const calls = reply?.tool_calls as OpenAiToolCall[] | undefined;
  const hasTools = Object.keys(s.rest).some((k) => k.startsWith('llm.tools.')) || !!calls?.length || s.inputMessages.some((m) => m.toolCalls?.length || m.role === 'tool');
  const t = tokenCounts(s.rest);
  const a: Attributes = {
    'telemetry.sdk.name': 'openlit',
    'gen_ai.operation.name': 'chat',
    'gen_ai.system': 'openai',
    'gen_ai.request.model': model,
    'gen_ai.request.seed': '',
    'server.port': 443,
    'gen_ai.request.frequency_penalty': 0.0,
    'gen_ai.request.max_tokens': -1,
    'gen_ai.request.presence_penalty': 0.0,
    'gen_ai.request.stop_sequences': [],
    'gen_ai.request.temperature': 1.0,
    'gen_ai.request.top_p': 1.0,
    'gen_ai.response.id': `chatcmpl-${hexOf(`${s.raw.spanId}/response`, 29)}`,
    'gen_ai.response.model': model,
    'server.address': 'api.openai.com',
    'gen_ai.request.service_tier': 'auto',
    'gen_ai.response.system_fingerprint': 'None',
    'deployment.environment': 'default',
    'service.name': serviceOf(s),
    'gen_ai.request.user': '',
    'gen_ai.request.is_stream': false,
    'gen_ai.server.time_to_first_token': Number(s.raw.endTimeUnixNano - s.raw.startTimeUnixNano) / 1e9,
    'gen_ai.sdk.version': '1.33.0',
  };
  if (t.prompt !== undefined || t.completion !== undefined) {
    a['gen_ai.usage.input_tokens'] = t.prompt ?? 0;
    a['gen_ai.usage.output_tokens'] = t.completion ?? 0;
    a['gen_ai.usage.total_tokens'] = (t.prompt ?? 0) + (t.completion ?? 0);
  }
  a['gen_ai.response.finish_reasons'] = [calls?.length ? 'tool_calls' : 'stop'];
  if (hasTools) a['gen_ai.response.tool_calls'] = calls?.length ? pyRepr(calls.map((c) => ({ id: c.id, function: { arguments: c.function.arguments, name: c.function.name }, type: 'function' }))) : 'None';
  const content = reply?.content;
  if (typeof content === 'string') a['gen_ai.output.type'] = 'text';
  const at = s.raw.endTimeUnixNano;
  const events = [
    ...s.raw.events,
    { name: 'gen_ai.content.prompt', timeUnixNano: at, attributes: { 'gen_ai.prompt': prompt } },
    { name: 'gen_ai.content.completion', timeUnixNano: at, attributes: { 'gen_ai.completion': content === null || content === undefined ? 'None' : String(content) } },
  ];
  const kept: Attributes = {};
  for (const [k, v] of Object.entries(restAll)) if (!k.startsWith('llm.')) kept[k] = v;
  return { ...respan(s, name, { ...a, ...kept }), events, kind: 3 };
}

export const openlit: Convention = (s, session) => {
  if (s.kind === 'LLM') return chat(s, session);
  if (s.kind === 'AGENT') {
    if (s.agent === undefined) return s.raw;
    return traced(s, s.agent, s.input !== undefined ? [s.input] : [], {});
  }
  if (s.kind === 'TOOL') {
    if (s.tool === undefined) return s.raw;
    const args = parseJson(s.input);
    if (args !== null && typeof args === 'object' && !Array.isArray(args)) return traced(s, s.tool, [], args as Record<string, unknown>);
    return traced(s, s.tool, s.input !== undefined ? [s.input] : [], {});
  }
  // CHAIN / RETRIEVER / other: framework steps OpenLIT traces with its own framework instrumentations (left out here).
  return s.raw;
};
