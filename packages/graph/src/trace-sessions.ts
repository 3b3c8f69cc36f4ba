// Which session a span belongs to when it names none. The conventions put the session id on some spans
// only: GenAI's `gen_ai.conversation.id` is an attribute of model calls and agent spans, not of
// `execute_tool` spans; Google ADK sets its session id on model calls only. Read span by span, a
// conversation's tool calls fell into a session of their own (the trace id), away from the request
// that explains them. A span without one joins the session the other spans of its trace name.
import type { AgentSpan } from './agent-span.ts';

/** Traces remembered: enough for every trace of the open sessions, bounded against a flood of traces. */
export const MAX_TRACES = 100_000;

export class TraceSessions {
  private readonly byTrace = new Map<string, string>();

  constructor(private readonly max = MAX_TRACES) {}

  /**
   * Gives each span of a batch that names no session (its session is its trace id) the session its trace
   * has: from spans of the same batch first (a batch holds a trace's spans in the order they ended, and the
   * tool calls end before the agent span that names the session), or from earlier batches. A span that
   * arrives before any span of its trace names the session keeps its trace id: returned are the traces this
   * batch named a session for first (trace id → session id), whose earlier spans the caller may move there.
   */
  assign(spans: readonly AgentSpan[]): Map<string, string> | undefined {
    let named: Map<string, string> | undefined;
    for (const s of spans) if (s.sessionId !== s.traceId && this.learn(s.traceId, s.sessionId)) (named ??= new Map()).set(s.traceId, s.sessionId);
    for (const s of spans) {
      if (s.sessionId !== s.traceId) continue;
      const known = this.byTrace.get(s.traceId);
      if (known !== undefined) s.sessionId = known;
    }
    return named;
  }

  /** Whether the trace had no session before. */
  private learn(traceId: string, sessionId: string): boolean {
    const had = this.byTrace.get(traceId);
    if (had === sessionId) return false;
    this.byTrace.delete(traceId);
    if (this.byTrace.size >= this.max) this.byTrace.delete(this.byTrace.keys().next().value!);
    this.byTrace.set(traceId, sessionId);
    return had === undefined;
  }
}
