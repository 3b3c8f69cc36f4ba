// The storage interface: callers see this, not SQLite, so a PostgreSQL store can follow without touching them.
import type { PruneRequest, PruneResult } from './retention.ts';
import type { WireSpan } from './wire-span.ts';
import type { Alert, AlertStatus, JudgeErrorView, JudgeVerdictView, Page, SessionSummary, Severity } from '../contract/api-types.ts';

/** One span as stored: indexed columns plus the raw span: its OTLP protobuf bytes, or JSON (attributes, resource, events). */
export interface SpanRow {
  sessionId: string;
  spanId: string;
  traceId: string;
  parentSpanId?: string;
  app: string;
  name: string;
  kind: string;
  start: bigint;
  end: bigint;
  status: string;
  agent?: string;
  tool?: string;
  model?: string;
  /**
   * The span's OTLP protobuf bytes (spans received as protobuf), or JSON { attributes, resource, events, … }
   * (see span-codec.ts). On the way in, protobuf spans may still be their wire parts (`storedRaw` wraps them).
   */
  raw: string | Uint8Array | WireSpan;
}

/**
 * A session known by its trace id until a later span named the trace's session: its spans go to that session,
 * its alerts and summary go (the spans, placed again there, raise their alerts under it).
 */
export interface SessionMove {
  from: string;
  to: string;
}

/** What one group commit writes, atomically. Moves run last: the spans they move may be in the same commit. */
export interface WriteBatch {
  spans: SpanRow[];
  sessions: SessionSummary[];
  alerts: Alert[];
  moves?: SessionMove[];
}

export interface SessionQuery {
  app?: string;
  /** ISO time bounds on the session's last activity. */
  since?: string;
  until?: string;
  hasAlerts?: boolean;
  minSeverity?: Severity;
  /** Only sessions with at least one alert in this status. */
  alertStatus?: AlertStatus;
  sort?: 'recent' | 'risk';
  limit?: number;
  cursor?: string;
}

export interface AlertQuery {
  sessionId?: string;
  app?: string;
  category?: string;
  severity?: Severity;
  minSeverity?: Severity;
  status?: AlertStatus;
  /** ISO time bounds on the alert's creation. */
  since?: string;
  until?: string;
  limit?: number;
  cursor?: string;
}

export interface StoredBaseline {
  app: string;
  version: number;
  frozen: boolean;
  data: string;
  updatedAt: string;
}

export interface Store {
  /** Writes everything in one transaction; durable when it returns. */
  write(batch: WriteBatch): void;
  /** The ingest path's write: on the writer thread when there is one, so the event loop keeps decoding meanwhile. */
  writeAsync(batch: WriteBatch): Promise<void>;
  /**
   * Removes the oldest sessions the request selects, with their spans and alerts (retention). On the writer thread
   * when there is one, ordered with the ingest commits.
   */
  prune(r: PruneRequest): Promise<PruneResult>;
  /** Resolves when the store can take writes (its writer thread has started). */
  ready(): Promise<void>;
  getSession(id: string): SessionSummary | undefined;
  listSessions(q: SessionQuery): Page<SessionSummary>;
  /**
   * Sessions stored as live among the `recent` last active: at start, the ones a crash (or an unclean stop) left open.
   * A server keeps at most its open-session limit live, the most recently active, so a window of a few times that
   * finds them without reading every session.
   */
  liveSessionIds(recent: number): string[];
  apps(): string[];
  spans(sessionId: string): SpanRow[];
  spanCount(): number;
  getAlert(id: string): Alert | undefined;
  listAlerts(q: AlertQuery): Page<Alert>;
  sessionAlerts(sessionId: string): Alert[];
  setAlertStatus(id: string, status: AlertStatus, now: string): Alert | undefined;
  setAlertJudge(id: string, judge: JudgeVerdictView | JudgeErrorView, disputed: boolean, now: string): Alert | undefined;
  saveBaseline(b: StoredBaseline): void;
  loadBaseline(app: string): StoredBaseline | undefined;
  listBaselines(): StoredBaseline[];
  close(): void;
}
