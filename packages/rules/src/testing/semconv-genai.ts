// OpenTelemetry GenAI semantic conventions 1.37+ (OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental), content
// captured on the spans as JSON string attributes, as Microsoft Agent Framework (Python) records a run with
// sensitive data enabled (enable_instrumentation(enable_sensitive_data=True)).
// Followed:
// - the spec: open-telemetry/semantic-conventions docs/gen-ai/gen-ai-spans.md (inference span `{operation}
//   {model}`, execute_tool span `execute_tool {tool}`, gen_ai.tool.call.arguments/result), gen-ai-agent-spans.md
//   (invoke_agent `invoke_agent {agent}`, gen_ai.input.messages / gen_ai.output.messages / gen_ai.system_instructions
//   allowed on it), gen-ai-input-messages.json / gen-ai-output-messages.json (`{role, parts:[{type:"text",content} |
//   {type:"tool_call",id,name,arguments} | {type:"tool_call_response",id,response}]}`, `finish_reason` on outputs);
// - the emitter: microsoft/agent-framework python/packages/core/agent_framework/observability.py
//   (ChatTelemetryLayer.get_response, AgentTelemetryLayer.run, _capture_messages, _to_otel_message/_to_otel_part,
//   FINISH_REASON_MAP, get_function_span_attributes) and its tests (tests/core/test_observability.py: tool span
//   `gen_ai.tool.call.arguments == '{"x": 1, "y": 2}'`, `gen_ai.tool.call.result == "3"`). Values are written with
//   Python's json.dumps(..., ensure_ascii=False), hence the ", " / ": " separators.
// Choices where the run does not say:
// - The agent's prompt goes on invoke_agent as gen_ai.input.messages ([{role:"user", parts:[text]}]) and its answer as
//   gen_ai.output.messages (AF does both; no finish_reason on the agent's output, as AF passes none).
// - gen_ai.provider.name on invoke_agent is AF's agent provider "microsoft.agent_framework"; on chat spans the model
//   provider (google → gcp.vertex_ai, AgentDojo's Gemini endpoint). Absent when the session names none.
// - System messages leading the conversation are the agent's instructions: gen_ai.system_instructions
//   ([{type:"text",content}]), not in gen_ai.input.messages (the spec: instructions given separately from the history).
// - Tool call arguments in messages are the parsed object (the schema's example), as a string when not JSON.
// - gen_ai.conversation.id = the session id, on invoke_agent and chat spans (AF sets it from the thread id on both;
//   none on execute_tool spans). Other spans keep nothing of it.
// - AF records no agent/tool/LLM span for a CHAIN / RETRIEVER / other span: those stay as they were (OpenInference).
// - AGENT spans with no agent name (LangGraph nodes read as agents) are not agent invocations AF would record: kept.
// - A handoff (TOOL span "handoff to X", no tool name: the OpenAI Agents SDK's) is written as the contrib
//   opentelemetry-instrumentation-openai-agents-v2 span_processor.py writes HandoffSpanData: `agent_handoff`,
//   gen_ai.handoff.from_agent / to_agent. (In AF itself a handoff is a tool call `handoff_to_<agent>`.)
// - Span kinds, ids, times, status, events and resource are kept (AF starts every span INTERNAL, as the builders do).
// - `rest` is kept, except llm.tools.*.tool.json_schema → gen_ai.tool.definitions on chat spans (AF's "tools" option).
import type { AttrValue, Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message, type OiSpan } from './semconv-read.ts';

/** Python's json.dumps(value, ensure_ascii=False): ", " and ": " separators, keys in insertion order. */
export function pyJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(', ')}}`;
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) return String(v);
  return JSON.stringify(v);
}

/** The model's argument text parsed (an object), or the text itself when it is not JSON. */
export function parsedArgs(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const PROVIDERS: Record<string, string> = { google: 'gcp.vertex_ai', gemini: 'gcp.gemini', vertexai: 'gcp.vertex_ai', azure: 'azure.ai.openai', bedrock: 'aws.bedrock', mistralai: 'mistral_ai', xai: 'x_ai' };

function part(m: Message): Record<string, unknown>[] {
  const parts: Record<string, unknown>[] = [];
  if (m.role === 'tool') {
    parts.push({ type: 'tool_call_response', id: m.toolCallId ?? null, response: m.content ?? '' });
    return parts;
  }
  if (m.content !== undefined && m.content !== '') parts.push({ type: 'text', content: m.content });
  for (const c of m.toolCalls ?? []) parts.push({ type: 'tool_call', id: c.id ?? null, name: c.name, arguments: parsedArgs(c.arguments) });
  return parts;
}

const otelMessage = (m: Message) => ({ role: m.role, parts: part(m) });

function chat(s: OiSpan): { name: string; attrs: Attributes } {
  const a: Attributes = { 'gen_ai.operation.name': 'chat' };
  const provider = s.provider && (PROVIDERS[s.provider.toLowerCase()] ?? s.provider.toLowerCase());
  if (provider) a['gen_ai.provider.name'] = provider;
  if (s.model) a['gen_ai.request.model'] = s.model;
  if (s.sessionId) a['gen_ai.conversation.id'] = s.sessionId;
  const msgs = [...s.inputMessages];
  const system: string[] = [];
  while (msgs.length && msgs[0].role === 'system') system.push(msgs.shift()!.content ?? '');
  if (!msgs.length && s.input !== undefined && !s.inputMessages.length) msgs.push({ role: 'user', content: s.input });
  if (msgs.length) a['gen_ai.input.messages'] = pyJson(msgs.map(otelMessage));
  if (system.length) a['gen_ai.system_instructions'] = pyJson(system.map((content) => ({ type: 'text', content })));
  const out = s.outputMessages.length ? s.outputMessages : s.output !== undefined ? [{ role: 'assistant', content: s.output }] : [];
  if (out.length) {
    const calls = out.some((m) => m.toolCalls?.length);
    const messages: Record<string, unknown>[] = out.map(otelMessage);
    messages[messages.length - 1].finish_reason = calls ? 'tool_call' : 'stop';
    a['gen_ai.response.finish_reasons'] = pyJson([calls ? 'tool_calls' : 'stop']);
    a['gen_ai.output.messages'] = pyJson(messages);
  }
  return { name: s.model ? `chat ${s.model}` : 'chat', attrs: a };
}

function toolDefinitions(rest: Attributes): [Attributes, AttrValue | undefined] {
  const kept: Attributes = {};
  const defs: unknown[] = [];
  for (const [k, v] of Object.entries(rest)) {
    const m = /^llm\.tools\.(\d+)\.tool\.json_schema$/.exec(k);
    if (m && typeof v === 'string') defs[Number(m[1])] = parsedArgs(v);
    else kept[k] = v;
  }
  return [kept, defs.length ? JSON.stringify(defs.filter((d) => d !== undefined)) : undefined];
}

export const genai: Convention = (s, session) => {
  if (s.kind === 'AGENT' && s.agent !== undefined) {
    const name = s.agent;
    const a: Attributes = { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.provider.name': 'microsoft.agent_framework', 'gen_ai.agent.name': name };
    if (s.sessionId) a['gen_ai.conversation.id'] = s.sessionId;
    if (s.input !== undefined) a['gen_ai.input.messages'] = pyJson([{ role: 'user', parts: [{ type: 'text', content: s.input }] }]);
    if (s.output !== undefined) a['gen_ai.output.messages'] = pyJson([{ role: 'assistant', parts: [{ type: 'text', content: s.output }] }]);
    if (s.userId) a['user.id'] = s.userId;
    return respan(s, `invoke_agent ${name}`, { ...a, ...s.rest });
  }
  if (s.kind === 'LLM') {
    const { name, attrs } = chat(s);
    const [rest, defs] = toolDefinitions(s.rest);
    if (defs !== undefined) attrs['gen_ai.tool.definitions'] = defs;
    if (s.userId) attrs['user.id'] = s.userId;
    return respan(s, name, { ...attrs, ...rest });
  }
  if (s.kind === 'TOOL') {
    const handoff = /^handoff to (.+)$/.exec(s.raw.name);
    if (!s.tool && handoff) {
      // opentelemetry-instrumentation-openai-agents-v2 (span_processor.py, HandoffSpanData): the SDK's handoff span.
      const from = session.find((x) => x.raw.spanId === s.raw.parentSpanId)?.agent;
      const a: Attributes = { 'gen_ai.provider.name': 'openai', 'gen_ai.system': 'openai', 'gen_ai.operation.name': 'agent_handoff' };
      if (from) a['gen_ai.handoff.from_agent'] = from;
      a['gen_ai.handoff.to_agent'] = handoff[1];
      a['gen_ai.output.type'] = 'text';
      return respan(s, 'agent_handoff', { ...a, ...s.rest });
    }
    const tool = s.tool ?? s.raw.name;
    const a: Attributes = { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': tool };
    // AF writes the model's call id ("unknown" only for a tool run outside a model call); absent here when the session has none.
    if (s.callId) a['gen_ai.tool.call.id'] = s.callId;
    a['gen_ai.tool.type'] = 'function';
    if (s.toolDescription) a['gen_ai.tool.description'] = s.toolDescription;
    if (s.input !== undefined) {
      const args = parsedArgs(s.input);
      a['gen_ai.tool.call.arguments'] = typeof args === 'string' ? args : pyJson(args);
    }
    if (s.output !== undefined) a['gen_ai.tool.call.result'] = s.output;
    if (s.userId) a['user.id'] = s.userId;
    return respan(s, `execute_tool ${tool}`, { ...a, ...s.rest });
  }
  // No such span in Agent Framework: the span as it was.
  return respan(s, s.raw.name, { ...s.raw.attributes });
};
