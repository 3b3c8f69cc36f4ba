// The rule engine over its own structure-only copy of each session's graph, fed the same span adds,
// flushes and closes as the server's graphs, in the same order. It lets the rules run on another
// thread than the graphs the server serves: a session graph is a function of the spans placed in it,
// so the copy places every span exactly where the original did and the findings name the same nodes,
// edges and paths (the rules read structure only: nodes, edges, placements, counts).
import { SessionGraph, type AgentSpan, type ChatMessage, type Finding } from '@sentinel/graph';
import { callKey } from './tool-calls-in-history.ts';
import { createRuleEngine, type RuleEngine } from './engine.ts';
import type { Policy } from './policy-schema.ts';

/** One change to the server's session graphs, as plain data (structured-clonable). */
export type GraphOp =
  /** A session graph was created for a session (new, or rebuilt from the store after it closed). */
  | { open: string; app: string }
  /** A span was added to its session's graph (`SessionGraph.add`). */
  | { add: AgentSpan }
  /** The session's waiting spans were placed (`SessionGraph.flush`). */
  | { flush: string }
  /** The session closed and left memory. */
  | { close: string };

/**
 * A span as the rules and the graph read it: without the content no rule reads (an LLM call's prompt
 * and completion text and its non-trusted messages, a tool span's output, which is its result again).
 * This is what crosses to the rule thread, and a structured clone costs per character on both threads.
 * The engine finds the same with it as with the whole span (rule-replica.test.ts).
 */
export function forRules(span: AgentSpan, readCalls?: ReadonlySet<string>, sawToolSpan = false): AgentSpan {
  if (span.messageTo) return span;
  if (span.kind === 'llm') {
    const { input: _input, output: _output, outputMessages, inputMessages, ...rest } = span;
    // The engine reads an LLM call's system, developer and user messages (trusted context), the tool calls and
    // results in its history that no tool span showed with content (`readCalls`: those that did), the model's
    // last word when it calls no tool (the answer), and the calls it asks for while its session has shown no
    // tool span (`sawToolSpan`).
    const kept = inputMessages && keptMessages(inputMessages, readCalls);
    const last = outputMessages?.[outputMessages.length - 1];
    const out: AgentSpan = kept && kept.length > 0 ? { ...rest, inputMessages: kept } : rest;
    if (last?.content && !last.toolCalls) out.outputMessages = [last];
    else if (last?.toolCalls && !sawToolSpan) out.outputMessages = [{ role: last.role, toolCalls: last.toolCalls }];
    return out;
  }
  if (span.kind === 'tool' || span.kind === 'retriever') {
    const { output: _output, ...rest } = span;
    return rest;
  }
  return span;
}

/** A message of the context a model call is given (system, developer, user): what the rules read as trusted. */
export function isContextRole(role: string): boolean {
  return role === 'system' || role === 'developer' || role === 'user';
}

/** Trusted messages, and the tool traffic whose calls no tool span showed with content (`readCalls`, by `callKey`). */
function keptMessages(messages: ChatMessage[], readCalls: ReadonlySet<string> | undefined): ChatMessage[] {
  let names: Map<string, string> | undefined; // most histories have no tool traffic: no map for them
  return messages.filter((m) => {
    if (isContextRole(m.role)) return true;
    if (m.toolCalls) {
      for (const c of m.toolCalls) if (c.id) (names ??= new Map()).set(c.id, c.name);
      return !readCalls || !m.toolCalls.every((c) => c.id !== undefined && readCalls.has(callKey(c.id, c.name)));
    }
    if (m.role !== 'tool' || m.toolCallId === undefined) return false;
    const name = names?.get(m.toolCallId) ?? m.name;
    return !readCalls || name === undefined || !readCalls.has(callKey(m.toolCallId, name));
  });
}

/** The findings one session's ops caused, in evaluation order. */
export interface SessionFindings {
  sessionId: string;
  findings: Finding[];
}

export class RuleReplica {
  private readonly engine: RuleEngine;
  private readonly graphs = new Map<string, SessionGraph>();

  constructor(policy?: Policy) {
    this.engine = createRuleEngine({ policy });
  }

  /** Hot reload: live sessions keep their state and use the new policy from their next span. */
  setPolicy(policy: Policy | undefined): void {
    this.engine.setPolicy(policy);
  }

  /** Applies the ops in order and returns the findings they caused, grouped by session in order of first finding. */
  apply(ops: readonly GraphOp[]): SessionFindings[] {
    const out = new Map<string, Finding[]>();
    const report = (sessionId: string, findings: Finding[]) => {
      if (findings.length === 0) return;
      const list = out.get(sessionId);
      if (list) list.push(...findings);
      else out.set(sessionId, findings);
    };
    for (const op of ops) {
      if ('add' in op) {
        const span = op.add;
        const g = this.graphs.get(span.sessionId) ?? this.open(span.sessionId, span.app);
        report(span.sessionId, this.engine.evaluate(g, g.add(span).placed));
      } else if ('open' in op) {
        this.engine.forget(op.open);
        this.open(op.open, op.app);
      } else if ('flush' in op) {
        const g = this.graphs.get(op.flush);
        if (g) report(op.flush, this.engine.evaluate(g, g.flush().placed));
      } else {
        this.graphs.delete(op.close);
        this.engine.forget(op.close);
      }
    }
    return [...out].map(([sessionId, findings]) => ({ sessionId, findings }));
  }

  private open(sessionId: string, app: string): SessionGraph {
    // The structure is all the rules read of a graph (nodes, edges, placements): no history, no deltas.
    const g = new SessionGraph(sessionId, app, { structureOnly: true });
    this.graphs.set(sessionId, g);
    return g;
  }

  /** Sessions held (open on the server's side). */
  get openSessions(): number {
    return this.graphs.size;
  }
}
