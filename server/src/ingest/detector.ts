// What the pipeline asks of its detectors: in-line ones (the graph scorer) evaluate the spans just placed on the
// ingest thread; the rule engine (RuleEvaluator) is fed the same graph changes and answers asynchronously.
import type { Finding, PlacedSpan, SessionGraph } from '@sentinel/graph';
import type { GraphOp, Policy, SessionFindings } from '@sentinel/rules';
import type { ContentKept, RuleRunInfo, ScoreReason } from '../contract/api-types.ts';

export interface SessionScoreView {
  score: number;
  reasons: ScoreReason[];
  nodeScores: Record<string, number>;
  edgeScores: Record<string, number>;
}

export interface Detector {
  readonly id: string;
  /** Called after every graph change with the spans just placed. Must be cheap: it runs on the ingest path. */
  evaluate(session: SessionGraph, placed: PlacedSpan[]): Finding[];
  /** The session closed: drop per-session state. */
  forget(sessionId: string): void;
  /** Optional: the detector's current score for the session (the graph scorer). */
  score?(session: SessionGraph): SessionScoreView | undefined;
  /** Optional: a session closed normally; the detector may learn from it (online baseline). */
  sessionClosed?(session: SessionGraph, hadAlerts: boolean): void;
}

/**
 * The rule engine beside the ingest path (`RuleReplica`, usually on a thread of its own): it is sent
 * every change made to the session graphs, in order, and answers with the findings they caused.
 */
export interface RuleEvaluator {
  /** Never rejects; replies resolve in the order the ops were sent. */
  apply(ops: GraphOp[]): Promise<SessionFindings[]>;
  /** Resolves once the rules can answer at full speed (their thread has loaded): the server listens after it. Never rejects. */
  ready(): Promise<void>;
  /** Hot reload: applies from the next ops on. */
  setPolicy(policy: Policy | undefined): void;
  /** Where the rules run now, for /api/health: their own thread, or the ingest thread (one CPU, or the thread died: why). */
  info(): RuleRunInfo;
  /** What the rules keep of content read (their thread's last answer said), for /api/health; undefined before any. */
  contentKept(): ContentKept | undefined;
  close(): Promise<void>;
}
