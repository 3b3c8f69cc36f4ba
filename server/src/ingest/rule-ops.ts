// What the pipeline sends the rule thread, beyond forRules' cut of each span.
import type { AgentSpan, SessionGraph } from '@sentinel/graph';
import { isContextRole, type GraphOp } from '@sentinel/rules';

/**
 * The rules read an LLM call's system and user messages only when the call ran for the user or a root
 * agent (they are the trusted context: system prompt, the user's request). A call placed under another
 * agent is sent without them: that is most LLM calls of a multi-agent app, and the messages are most of
 * what they weigh in the copy to the rule thread. Exact: edges are only ever added, so a call that is
 * not under a root agent once the batch is placed was not under one when the rule thread places it.
 */
export function withoutUnreadContext(ops: GraphOp[], graphOf: (sessionId: string) => SessionGraph | undefined): GraphOp[] {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (!('add' in op) || op.add.kind !== 'llm' || (!op.add.inputMessages && !op.add.outputMessages)) continue;
    const graph = graphOf(op.add.sessionId);
    const actor = graph?.actorOf(op.add.spanId);
    // The engine's own test (SessionGraph.runsForUser), on the graph as this batch left it.
    if (!graph || actor === undefined || graph.runsForUser(actor)) continue;
    // The tool calls and results in its history, and those it asks for, are read whoever made the call
    // (tool-calls-in-history.ts). Its answer is no answer to the user.
    const { inputMessages, outputMessages, ...rest } = op.add;
    const traffic = (inputMessages ?? []).filter((m) => !isContextRole(m.role));
    const asked = outputMessages?.filter((m) => m.toolCalls);
    const add: AgentSpan = traffic.length > 0 ? { ...rest, inputMessages: traffic } : rest;
    if (asked && asked.length > 0) add.outputMessages = asked;
    ops[i] = { add };
  }
  return ops;
}
