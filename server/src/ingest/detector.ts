// What the pipeline asks of a detector (the rule engine, the graph scorer): findings from newly placed spans.
import type { AgentSpan, Finding, PlacedSpan, SessionGraph } from '@sentinel/graph';
import type { ContentBatch, ContentPlan, TextFacts } from '@sentinel/rules';
import type { ScoreReason } from '../contract/api-types.ts';

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
  /** Optional: costly per-text work for these spans, to be done off the ingest thread before `evaluate` (the rules' content scans). */
  planContent?(spans: readonly AgentSpan[]): ContentPlan | undefined;
  /** Optional: a session closed normally; the detector may learn from it (online baseline). */
  sessionClosed?(session: SessionGraph, hadAlerts: boolean): void;
}

/** Runs `analyzeContent` somewhere else than the ingest thread; never rejects. */
export interface ContentAnalyzer {
  analyze(batch: ContentBatch): Promise<TextFacts[]>;
}
