// OpenTelemetry GenAI semantic conventions ≤1.36 with the content as SPAN EVENTS, as Strands Agents records a run by
// default (OTEL_SEMCONV_STABILITY_OPT_IN without gen_ai_latest_experimental): the span events gen_ai.user.message /
// gen_ai.assistant.message / gen_ai.tool.message with a `content` attribute (Strands content blocks as JSON text) and
// gen_ai.choice with `message` (+ `finish_reason`, or `id` on tool spans). Strands writes span events, not log records
// (OpenLIT writes gen_ai.content.prompt/completion span events of 1.27; Semantic Kernel and the contrib instrumentations
// write log records), so Strands is the one real emitter of this shape.
// Followed: strands-agents/sdk-python src/strands/telemetry/tracer.py (Tracer.start_agent_span / end_agent_span,
// start_model_invoke_span / end_model_invoke_span, start_tool_call_span / end_tool_call_span, _add_event_messages,
// _get_event_name_for_message, _get_common_attributes, _start_span / _end_span), strands/types/content.py and
// types/tools.py for the blocks: {"text"}, {"toolUse": {"toolUseId","name","input"}}, {"toolResult": {"toolUseId",
// "status","content":[{"text"}]}}. JSON text is Python's json.dumps(..., ensure_ascii=False).
// What Strands writes, and so this:
// - gen_ai.system = "strands-agents" on every span (not the model provider: Strands does not record it).
// - invoke_agent {agent}: gen_ai.agent.name, gen_ai.request.model, gen_ai.agent.system_prompt (the system prompt is
//   not on the chat spans: Strands hands it to the model apart from the messages), gen_ai.user.message event with
//   the prompt, gen_ai.choice {message: the answer text, finish_reason: "end_turn"} at the end.
// - chat (no model in the name): gen_ai.request.model; one event per message of the conversation (system messages
//   dropped, see above; a run of tool results is Strands' one user message of toolResult blocks → one
//   gen_ai.tool.message event); gen_ai.choice {finish_reason: "tool_use" | "end_turn", message: the turn's blocks}.
// - execute_tool {tool}: gen_ai.tool.name, gen_ai.tool.call.id, gen_ai.tool.status ("success" / "error"); events
//   gen_ai.tool.message {role:"tool", content: the arguments, id} and gen_ai.choice {message: [{"text": result}], id}
//   (a failed call: the error text the model was handed).
// - gen_ai.event.start_time / gen_ai.event.end_time (ISO times) on every span.
// - No session attribute in Strands: session.id / user.id are the usual Agent(trace_attributes={"session.id": …})
//   setup, which Strands copies onto every span.
// - Strands' execute_event_loop_cycle spans (between the agent and its chat/tool spans) are not added: spans are
//   rewritten one for one.
// - CHAIN / RETRIEVER / other spans, and AGENT spans with no agent name (LangGraph nodes): no Strands equivalent,
//   kept as they were. A handoff (TOOL "handoff to X") is the
//   Swarm's handoff_to_agent tool. `rest` is kept as it is.
import type { Attributes, RawSpanEvent } from '@sentinel/graph';
import { parsedArgs, pyJson } from './semconv-genai.ts';
import { respan, type Convention, type Message, type OiSpan } from './semconv-read.ts';

const SYSTEM = 'strands-agents';

/** Python's datetime.now(timezone.utc).isoformat(): microseconds and "+00:00". */
function isoPy(ns: bigint): string {
  const us = ns / 1000n;
  const d = new Date(Number(us / 1000n));
  return `${d.toISOString().slice(0, 19)}.${String(us % 1_000_000n).padStart(6, '0')}+00:00`;
}

type Block = Record<string, unknown>;

function blocks(m: Message): Block[] {
  const out: Block[] = [];
  if (m.content !== undefined && m.content !== '') out.push({ text: m.content });
  for (const c of m.toolCalls ?? []) out.push({ toolUse: { toolUseId: c.id ?? '', name: c.name, input: parsedArgs(c.arguments) } });
  return out;
}

/** Tool messages answer as one user message of toolResult blocks; an error status for what the failed call handed back. */
function conversation(msgs: Message[], failed: Set<string>): { event: string; content: Block[] }[] {
  const out: { event: string; content: Block[] }[] = [];
  for (const m of msgs) {
    if (m.role === 'system') continue;
    if (m.role === 'tool') {
      const block = { toolResult: { toolUseId: m.toolCallId ?? '', status: failed.has(m.toolCallId ?? '') ? 'error' : 'success', content: [{ text: m.content ?? '' }] } };
      const last = out[out.length - 1];
      if (last?.event === 'gen_ai.tool.message') last.content.push(block);
      else out.push({ event: 'gen_ai.tool.message', content: [block] });
      continue;
    }
    out.push({ event: `gen_ai.${m.role === 'assistant' ? 'assistant' : m.role === 'user' ? 'user' : m.role}.message`, content: blocks(m) });
  }
  return out;
}

const times = (s: OiSpan): Attributes => ({ 'gen_ai.event.start_time': isoPy(s.raw.startTimeUnixNano), 'gen_ai.event.end_time': isoPy(s.raw.endTimeUnixNano) });
const ev = (name: string, t: bigint, attributes: Attributes): RawSpanEvent => ({ name, timeUnixNano: t, attributes });

function ids(s: OiSpan, extra: Attributes): Attributes {
  const a: Attributes = { ...extra };
  if (s.sessionId) a['session.id'] = s.sessionId;
  if (s.userId) a['user.id'] = s.userId;
  return a;
}

function withEvents(s: OiSpan, name: string, attributes: Attributes, events: RawSpanEvent[]) {
  const span = respan(s, name, attributes);
  span.events = [...events, ...s.raw.events];
  return span;
}

export const genaiEvents: Convention = (s, session) => {
  const start = s.raw.startTimeUnixNano;
  const end = s.raw.endTimeUnixNano;
  if (s.kind === 'AGENT' && s.agent !== undefined) {
    const name = s.agent;
    const llm = session.find((x) => x.kind === 'LLM' && x.raw.parentSpanId === s.raw.spanId);
    const a: Attributes = { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.system': SYSTEM, 'gen_ai.agent.name': name };
    if (llm?.model) a['gen_ai.request.model'] = llm.model;
    const system = llm?.inputMessages.filter((m) => m.role === 'system').map((m) => m.content ?? '');
    if (system?.length) a['gen_ai.agent.system_prompt'] = system.join('\n');
    const events: RawSpanEvent[] = [];
    if (s.input !== undefined) events.push(ev('gen_ai.user.message', start, { content: pyJson([{ text: s.input }]) }));
    if (s.output !== undefined) events.push(ev('gen_ai.choice', end, { message: s.output, finish_reason: 'end_turn' }));
    return withEvents(s, `invoke_agent ${name}`, { ...ids(s, a), ...times(s), ...s.rest }, events);
  }
  if (s.kind === 'LLM') {
    const a: Attributes = { 'gen_ai.operation.name': 'chat', 'gen_ai.system': SYSTEM };
    if (s.model) a['gen_ai.request.model'] = s.model;
    const failed = new Set(session.filter((x) => x.kind === 'TOOL' && x.raw.statusCode === 2 && x.callId).map((x) => x.callId!));
    const msgs = s.inputMessages.length ? s.inputMessages : s.input !== undefined ? [{ role: 'user', content: s.input }] : [];
    const events = conversation(msgs, failed).map((m) => ev(m.event, start, { content: pyJson(m.content) }));
    const out = s.outputMessages.length ? s.outputMessages : s.output !== undefined ? [{ role: 'assistant', content: s.output }] : [];
    if (out.length) {
      const content = out.flatMap(blocks);
      const calls = content.some((b) => 'toolUse' in b);
      events.push(ev('gen_ai.choice', end, { finish_reason: calls ? 'tool_use' : 'end_turn', message: pyJson(content) }));
    }
    return withEvents(s, 'chat', { ...ids(s, a), ...times(s), ...s.rest }, events);
  }
  if (s.kind === 'TOOL') {
    const handoff = /^handoff to (.+)$/.exec(s.raw.name);
    const tool = s.tool ?? (handoff ? 'handoff_to_agent' : s.raw.name);
    const id = s.callId ?? '';
    const failed = s.raw.statusCode === 2;
    const a: Attributes = { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.system': SYSTEM, 'gen_ai.tool.name': tool };
    // Strands always has the model's toolUseId; absent here when the session has none.
    if (id) a['gen_ai.tool.call.id'] = id;
    a['gen_ai.tool.status'] = failed ? 'error' : 'success';
    const args = handoff ? { agent_name: handoff[1] } : s.input !== undefined ? parsedArgs(s.input) : {};
    // What the model was handed back: the tool message answering this call, else the span's output or error.
    const answered = s.callId ? session.flatMap((x) => x.inputMessages).find((m) => m.role === 'tool' && m.toolCallId === s.callId)?.content : undefined;
    const result = answered ?? s.output ?? s.raw.statusMessage ?? '';
    const events = [
      ev('gen_ai.tool.message', start, { role: 'tool', content: typeof args === 'string' ? JSON.stringify(args) : pyJson(args), ...(id ? { id } : {}) }),
      ev('gen_ai.choice', end, { message: pyJson([{ text: result }]), ...(id ? { id } : {}) }),
    ];
    return withEvents(s, `execute_tool ${tool}`, { ...ids(s, a), ...times(s), ...s.rest }, events);
  }
  return respan(s, s.raw.name, { ...s.raw.attributes });
};
