// Shapes served by the REST API and pushed over socket.io: the only thing web/ shares with the server.
import type { EdgeAttributes, Evidence, FindingCategory, GraphDelta, NodeAttributes, Severity } from '@sentinel/graph';

export type { EdgeAttributes, Evidence, FindingCategory, GraphDelta, NodeAttributes, Severity };

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

export interface JudgeVerdictView {
  verdict: 'benign' | 'suspicious' | 'malicious';
  category: string;
  confidence: number;
  rationale: string;
  implicatedAgents: string[];
  implicatedSpans: string[];
  recommendedAction: string;
  model: string;
  latencyMs: number;
  tokens?: { prompt?: number; completion?: number; total?: number };
  judgedAt: string;
}

export interface JudgeErrorView {
  error: string;
  model?: string;
  judgedAt: string;
}

/** An alert as DESIGN.md specifies it. Timestamps are ISO 8601. */
export interface Alert {
  id: string;
  sessionId: string;
  app: string;
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  score: number;
  title: string;
  explanation: string;
  evidence: Evidence;
  createdAt: string;
  updatedAt: string;
  status: AlertStatus;
  /** The policy did not declare what this alert relies on; it was inferred. */
  inferred?: boolean;
  /** The judge said benign on a rule alert: a person should look (the alert stays open). */
  disputed?: boolean;
  judge?: JudgeVerdictView | JudgeErrorView;
}

export interface ScoreReason {
  /** What the reason is about: a node id, an edge id, or `session`. */
  target: string;
  score: number;
  text: string;
}

export interface SessionSummary {
  id: string;
  app: string;
  /** ISO times of the earliest span start and the latest span end. */
  startedAt: string;
  endedAt: string;
  durationMs: number;
  /** When Sentinel last received a span for this session (ISO). */
  lastActivityAt: string;
  spanCount: number;
  nodeCount: number;
  edgeCount: number;
  agents: string[];
  /** live: spans may still arrive; closed: evicted from memory after inactivity. */
  state: 'live' | 'closed';
  /** Graph anomaly score in [0,1], when scored. */
  score?: number;
  scoreReasons?: ScoreReason[];
  /** Every alert of the session by severity, resolved ones included. */
  alertCounts: Record<Severity, number>;
  /**
   * Alerts not resolved (open or acknowledged) by severity: what still needs a look. Absent from
   * summaries stored by versions before it was added; read `alertCounts` then.
   */
  unresolvedCounts?: Record<Severity, number>;
  openAlerts: number;
  /** Highest severity of any alert not resolved. */
  maxSeverity?: Severity;
  /** Set when a limit was hit (e.g. too many nodes): the graph is summarized. */
  flags?: string[];
}

/** A stored span as the API returns it: the normalized fields plus the raw attributes. */
export interface SpanView {
  spanId: string;
  traceId: string;
  parentSpanId?: string;
  sessionId: string;
  app: string;
  name: string;
  kind: string;
  start: string; // unix nanos, decimal string
  end: string;
  status: string;
  statusMessage?: string;
  agentName?: string;
  toolName?: string;
  model?: string;
  input?: string;
  output?: string;
  toolArguments?: string;
  toolResult?: string;
  /** The node this span ran as / on, and the agent that acted. */
  node?: string;
  actor?: string;
  truncated?: Record<string, number>;
  /** Spans this one links to (OTLP span links: a run started by a message or a batch, a run resumed in another trace). */
  links?: SpanLinkView[];
  /** With `?raw=1`: the span's raw attributes, its resource's, and its events (exceptions, GenAI message events). */
  attributes?: Record<string, unknown>;
  resource?: Record<string, unknown>;
  events?: { name: string; time: string; attributes: Record<string, unknown> }[];
}

export interface SpanLinkView {
  traceId: string;
  spanId: string;
  attributes?: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, absent on the last page. */
  next?: string;
  /** How many items match, on the first page (no cursor) when they are at most 10,000. */
  total?: number;
  /** On the first page when more than this many items match (counting stops there). */
  totalAtLeast?: number;
}

export interface ApiError {
  error: string; // machine code: validation_error, not_found, ...
  message: string;
}

/** GET /api/health: what the server runs (policy, rules, judge, scorer) and how it is doing. */
export interface Health {
  /** `degraded`: the store refused a batch within the last minute (`store.lastWriteError`); exporters were told to retry. */
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  openSessions: number;
  /** Spans accepted and not yet committed. */
  pendingSpans: number;
  inflightRequests: number;
  storedSpans: number;
  /** The last batch the store could not write (disk full, I/O error), if any since start. */
  store: { lastWriteError?: { at: string; message: string } };
  policy: PolicyInfo;
  rules: RulesInfo;
  judge: JudgeInfo;
  scorer: ScorerInfo;
  /** The ingest limits in force (body sizes, queue bounds, caps per span and session). */
  limits: Record<string, number>;
  /** The `sentinel_*` counters of /metrics, summed over their labels. */
  counters: Record<string, number>;
}

export interface PolicyInfo {
  loaded: boolean;
  path?: string;
  loadedAt?: string;
  /** Why the last edit of the file was rejected (the previous policy stays active). */
  lastReloadError?: string;
  mode: 'policy' | 'inferred defaults';
}

/** Where the rules run: their own thread, or the ingest thread and why (one CPU, a thread that kept failing). */
export interface RuleRunInfo {
  runsOn: 'rule thread' | 'ingest thread';
  reason?: string;
}

/**
 * Readings of content the rules keep for texts read again (the same page, mail or prompt in another session of the app
 * is not scanned again): texts and characters kept, lookups of texts long enough to keep, and how many found one.
 */
export interface ContentKept {
  texts: number;
  chars: number;
  lookups: number;
  hits: number;
}

/** Whether the rules run (SENTINEL_DETECTORS), and where; what they keep of content once they have answered. */
export type RuleStatus = ({ enabled: true; contentKept?: ContentKept } & RuleRunInfo) | { enabled: false };

/** …and how many spans wait for their findings. */
export type RulesInfo = RuleStatus & { pendingSpans: number };

export type JudgeInfo =
  | { enabled: false; reason: string }
  | {
      enabled: true;
      /** Host and path of the OpenAI-compatible endpoint (no credentials). */
      endpoint: string;
      model: string;
      responseFormat: string;
      minSeverity: Severity;
      scoreThreshold: number;
      maxPromptTokens: number;
      queue: { pending: number; inFlight: number; max: number; concurrency: number };
      /** Calls and tokens used in the rolling hour, and the limits (0 = none). */
      budget: { calls: number; tokens: number; callsPerHour: number; tokensPerHour: number };
      /** Sessions not judged, by reason. */
      dropped: Record<string, number>;
      /** The last call that failed (timeout, refusal, an answer that is not a verdict). */
      lastError?: { sessionId: string; error: string; at: string };
    };

export type ScorerInfo =
  | { enabled: false }
  | {
      enabled: true;
      targetFpr: number;
      warmupSessions: number;
      /** Baselines keep learning from sessions that close without alerts (not frozen). */
      learning: boolean;
      apps: { app: string; version: number; sessions: number; frozen: boolean; warm: boolean }[];
    };
