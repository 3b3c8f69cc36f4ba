// Test helper: multi-agent frameworks' span shapes as their OpenInference instrumentations record them, for the probe
// tables (CrewAI's delegation tools with the coworker's run inside, the OpenAI Agents SDK's handoffs).
import type { RawSpan } from '@sentinel/graph';
import type { SessionBuilder } from './session-builder.ts';

const MS = 1_000_000n;

/** Closes an enclosing span after the last span so far, with its output. */
export function finish(b: SessionBuilder, s: RawSpan, output?: string): void {
  const last = b.spans[b.spans.length - 1];
  s.endTimeUnixNano = last.endTimeUnixNano + MS;
  if (output !== undefined) s.attributes['output.value'] = output;
}

/** OpenAI Agents SDK: `from` hands off to `to` (the handoff span under `from`), the specialist runs beside it under `parent`. */
export function handTo(b: SessionBuilder, from: RawSpan, parent: RawSpan, to: string, input: string): RawSpan {
  b.handoff(from, to);
  return b.agent(to, input, parent);
}

/** CrewAI: `Delegate work to coworker`, the coworker's run inside the tool call, its answer the tool's result. */
export function delegate(b: SessionBuilder, from: RawSpan, coworker: string, task: string, context: string, work: (cw: RawSpan) => string): string {
  return coworkerTool(b, from, 'Delegate work to coworker', { task, context, coworker }, coworker, task, context, work);
}

/** CrewAI: `Ask question to coworker`. */
export function ask(b: SessionBuilder, from: RawSpan, coworker: string, question: string, context: string, work: (cw: RawSpan) => string): string {
  return coworkerTool(b, from, 'Ask question to coworker', { question, context, coworker }, coworker, question, context, work);
}

function coworkerTool(b: SessionBuilder, from: RawSpan, tool: string, args: Record<string, string>, coworker: string, what: string, context: string, work: (cw: RawSpan) => string): string {
  const t = b.custom(tool, from, { 'openinference.span.kind': 'TOOL', 'tool.name': tool, 'input.value': JSON.stringify(args) }, true);
  const cw = b.agent(coworker, `${what}\n\nThis is the context you're working with:\n${context}`, t);
  const out = work(cw);
  finish(b, cw, out);
  finish(b, t, out);
  return out;
}

/** CrewAI: a task's agent run under the crew, its description as CrewAI words it. */
export function task(b: SessionBuilder, root: RawSpan, role: string, description: string): RawSpan {
  return b.agent(role, `Current Task: ${description}\n\nBegin! This is VERY important to you, use the tools available and give your best Final Answer.`, root);
}

/** LangGraph's state as its messages. */
export const msgs = (...m: [string, string][]): string => JSON.stringify({ messages: m.map(([role, content]) => ({ role, content })) });

/** LangGraph (OpenInference LangChain): the graph's root with the user's message. */
export function graph(b: SessionBuilder, request: string): RawSpan {
  return b.langGraphNode('LangGraph', undefined, '', 'CHAIN', msgs(['user', request]));
}

/** A LangGraph supervisor step with its transfer tool. */
export function supervisorStep(b: SessionBuilder, root: RawSpan, state: string, to: string): RawSpan {
  const s = b.langGraphNode('supervisor', root, `supervisor:${b.spans.length}`, 'CHAIN', state);
  b.tool(s, `transfer_to_${to}`, {}, `Successfully transferred to ${to}`);
  finish(b, s);
  return s;
}

/** A LangGraph worker subgraph (`<worker>` CHAIN) and its `agent` AGENT node. */
export function worker(b: SessionBuilder, root: RawSpan, name: string, state: string): RawSpan {
  const w = b.langGraphNode(name, root, `${name}:${b.spans.length}`, 'CHAIN', state);
  return b.langGraphNode('agent', w, `${name}:${b.spans.length}|agent:${b.spans.length + 1}`, 'AGENT', state);
}

/** A chat message as an OpenInference LLM span lists it: its tool calls, or the call a tool message answers. */
export type Msg = { role: string; content?: string; calls?: { id: string; name: string; args: string }[]; callId?: string };

/** OpenInference's flattened message attributes (`llm.input_messages.0.message.role`, …) of a message list. */
export function msgAttrs(prefix: string, ms: Msg[]): Record<string, string> {
  const o: Record<string, string> = {};
  ms.forEach((m, i) => {
    const p = `${prefix}.${i}.message`;
    o[`${p}.role`] = m.role;
    if (m.content !== undefined) o[`${p}.content`] = m.content;
    m.calls?.forEach((c, j) => {
      o[`${p}.tool_calls.${j}.tool_call.id`] = c.id;
      o[`${p}.tool_calls.${j}.tool_call.function.name`] = c.name;
      o[`${p}.tool_calls.${j}.tool_call.function.arguments`] = c.args;
    });
    if (m.callId) o[`${p}.tool_call_id`] = m.callId;
  });
  return o;
}
