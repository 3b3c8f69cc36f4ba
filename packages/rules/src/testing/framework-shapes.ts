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
