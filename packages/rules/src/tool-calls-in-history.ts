// Tool calls read from a model call's messages, for apps whose traces show them nowhere else: every model
// call's input holds the conversation so far, the model's tool calls (name, id, arguments) and the tools'
// results (by call id), and its output the calls it asks for now. Apps instrumented at the model client only
// have no tool spans at all; GenAI before 1.37 records a tool span with its name and call id but without
// arguments or result.
import { isHandoffCall, nodeId, type AgentSpan, type ChatMessage, type PlacedSpan } from '@sentinel/graph';

/** A call the history shows: what the model asked for and what the tool returned, and where in the history. */
export interface HistoryCall {
  id: string;
  name: string;
  arguments?: string;
  result?: string;
  /** Index in the history of the model's request, and of the result (requests come first). */
  requestAt: number;
  resultAt?: number;
  /** Asked for in the model call's own output: made after it, no result known. */
  requested?: boolean;
}

/**
 * The model's tool calls and the tools' results in a message list, in history order. A result belongs to the
 * latest request with its call id: ids are not unique in every app's traces (replayed runs reuse them).
 */
export function historyCalls(messages: readonly ChatMessage[]): HistoryCall[] {
  const out: HistoryCall[] = [];
  const open = new Map<string, HistoryCall>();
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (m.toolCalls) {
      for (const c of m.toolCalls) {
        // A handoff to another agent (`transfer_to_<agent>`) is no tool call: its span, if any, is a message.
        if (!c.id || isHandoffCall(c.name, c.arguments)) continue;
        const call: HistoryCall = { id: c.id, name: c.name, arguments: c.arguments, requestAt: i };
        out.push(call);
        open.set(c.id, call);
      }
    } else if (m.role === 'tool' && m.toolCallId) {
      const call = open.get(m.toolCallId);
      if (call) {
        call.result = m.content;
        call.resultAt = i;
        open.delete(m.toolCallId);
      } else if (m.name && !isHandoffCall(m.name)) out.push({ id: m.toolCallId, name: m.name, result: m.content, requestAt: i, resultAt: i });
    }
  }
  return out;
}

/** Whether a history holds any tool call or result (most model calls of most apps' traces: none to read). */
export function hasToolTraffic(messages: readonly ChatMessage[]): boolean {
  for (const m of messages) if (m.toolCalls !== undefined || (m.role === 'tool' && m.toolCallId !== undefined)) return true;
  return false;
}

/** The tool calls a model call's output asks for (with ids: a history or a tool span may show them again). */
export function requestedCalls(output: readonly ChatMessage[]): HistoryCall[] {
  const out: HistoryCall[] = [];
  for (const m of output) for (const c of m.toolCalls ?? []) if (c.id && !isHandoffCall(c.name, c.arguments)) out.push({ id: c.id, name: c.name, arguments: c.arguments, requestAt: 0, requested: true });
  return out;
}

/** What identifies a tool call across spans and histories: its id, with the tool's name (ids get reused). */
export function callKey(id: string, toolName: string): string {
  return `${toolName}\u0001${id}`;
}

/**
 * What identifies a call whose tool span carries no call id (the OpenAI Agents SDK's function spans): the tool's
 * name and its arguments, whitespace and key spelling aside. A history that shows the call again by its id is the
 * same call, not a second one made later.
 */
export function callSignature(toolName: string, args: string): string {
  let canonical = args.trim();
  try {
    canonical = JSON.stringify(JSON.parse(canonical));
  } catch {
    // Not JSON: the arguments as written.
  }
  return `${toolName}\u0002${canonical}`;
}

/**
 * The tool span a history call stands for. `bare`: the app's own tool span for it, which had neither
 * arguments nor result: its placement (node, edges, times, span id) is kept. Otherwise the call is
 * placed under the agent that made the model call, at the tool's node, timed by its place in the
 * history just before that model call (the history's order is the calls' order), named `call:<id>/<tool>`.
 */
export function historySpan(call: HistoryCall, llm: PlacedSpan, historyLength: number, bare?: PlacedSpan): PlacedSpan {
  if (bare) return { ...bare, span: { ...bare.span, toolArguments: call.arguments, toolResult: call.result } };
  const at = (i: number) => llm.span.start - BigInt(historyLength - i);
  const span: AgentSpan = {
    spanId: `call:${call.id}/${call.name}`,
    traceId: llm.span.traceId,
    sessionId: llm.span.sessionId,
    app: llm.span.app,
    name: call.name,
    kind: 'tool',
    start: call.requested ? llm.span.end : at(call.requestAt),
    end: call.requested ? llm.span.end : at(call.resultAt ?? call.requestAt),
    status: 'unset',
    toolName: call.name,
    toolCallId: call.id,
  };
  if (call.arguments !== undefined) span.toolArguments = call.arguments;
  if (call.result !== undefined) span.toolResult = call.result;
  return { span, actor: llm.actor, node: nodeId('tool', call.name), edgeIds: llm.edgeIds };
}
