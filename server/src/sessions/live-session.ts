// A session held in memory while spans may still arrive: its graph and its alerts.
import { SessionGraph, type AgentSpan } from '@sentinel/graph';
import type { Alert, ScoreReason } from '../contract/api-types.ts';

export class LiveSession {
  readonly graph: SessionGraph;
  /** Alerts by dedup key: re-raised findings update these instead of adding rows. */
  readonly alerts = new Map<string, Alert>();
  lastActivityMs: number;
  /** When the oldest span still waiting for its parent arrived (for the flush timeout). */
  waitingSinceMs: number | undefined;
  score: number | undefined;
  scoreReasons: ScoreReason[] | undefined;
  /** Per node / edge anomaly scores from the graph scorer, for the graph endpoint. */
  nodeScores: { nodes: Record<string, number>; edges: Record<string, number> } | undefined;
  readonly flags = new Set<string>();
  /**
   * Tool calls (`callKey`) a tool span showed with arguments or result: the rule thread is not sent them again
   * from the model calls' histories (forRules). Created at the first such span.
   */
  readCalls: Set<string> | undefined;
  /** A tool span was seen: the app records its tool calls as spans (the calls a model asks for are not sent). */
  sawToolSpan = false;
  /**
   * A session known only by its trace id (no span named one yet): its spans, until its root span arrives. Children end,
   * and are exported, before their parents: the agent span that names the session may come in a later batch, and
   * then these move there (IngestPipeline.adoptUnnamed). Undefined once the root came or past MAX_UNNAMED_SPANS.
   */
  unnamed: AgentSpan[] | undefined;

  constructor(
    readonly id: string,
    readonly app: string,
    now: number,
  ) {
    this.graph = new SessionGraph(id, app);
    this.lastActivityMs = now;
  }
}
