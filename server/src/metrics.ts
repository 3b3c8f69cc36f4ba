// Prometheus metrics (prom-client) for /metrics, and the counters the health endpoint reads.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const m = {
    registry,
    spansReceived: new Counter({ name: 'sentinel_spans_received_total', help: 'Spans received over OTLP', labelNames: ['transport'], registers: [registry] }),
    spansAccepted: new Counter({ name: 'sentinel_spans_accepted_total', help: 'Spans accepted and stored', registers: [registry] }),
    spansRejected: new Counter({ name: 'sentinel_spans_rejected_total', help: 'Spans rejected (invalid, over limits, unauthorized)', labelNames: ['reason'], registers: [registry] }),
    requestsRejected: new Counter({ name: 'sentinel_requests_rejected_total', help: 'OTLP requests refused', labelNames: ['status'], registers: [registry] }),
    limitHits: new Counter({ name: 'sentinel_limit_hits_total', help: 'Times a configured limit was hit', labelNames: ['limit'], registers: [registry] }),
    pendingSpans: new Gauge({ name: 'sentinel_pending_spans', help: 'Spans accepted but not yet durable (the ingest queue depth)', registers: [registry] }),
    rulesPendingSpans: new Gauge({ name: 'sentinel_rules_pending_spans', help: 'Spans placed whose batch waits for the rule thread before it is stored', registers: [registry] }),
    openSessions: new Gauge({ name: 'sentinel_open_sessions', help: 'Sessions held live in memory', registers: [registry] }),
    logRecords: new Counter({ name: 'sentinel_log_records_total', help: "OTLP log records: kept as their span's message events, ignored (no span or not a message event), expired (their span never came)", labelNames: ['outcome'], registers: [registry] }),
    sessionsMoved: new Counter({ name: 'sentinel_sessions_moved_total', help: "Sessions known by a trace id whose spans went to the session a later span of the trace named", registers: [registry] }),
    retentionDeleted: new Counter({ name: 'sentinel_retention_deleted_total', help: 'Rows deleted by retention, by kind (sessions, spans, alerts)', labelNames: ['kind'], registers: [registry] }),
    alerts: new Counter({ name: 'sentinel_alerts_total', help: 'Alerts raised', labelNames: ['category', 'severity'], registers: [registry] }),
    judgeCalls: new Counter({ name: 'sentinel_judge_calls_total', help: 'Judge calls by outcome (benign, suspicious, malicious, error, cached)', labelNames: ['outcome'], registers: [registry] }),
    judgeTokens: new Counter({ name: 'sentinel_judge_tokens_total', help: 'Tokens spent by the judge', registers: [registry] }),
    judgeDropped: new Counter({ name: 'sentinel_judge_dropped_total', help: 'Judge requests dropped', labelNames: ['reason'], registers: [registry] }),
    judgeErrors: new Counter({ name: 'sentinel_judge_errors_total', help: 'Judge calls that ended without a verdict, by kind (timeout, http_429, invalid_reply, ...)', labelNames: ['kind'], registers: [registry] }),
    judgeQueueDepth: new Gauge({ name: 'sentinel_judge_queue_depth', help: 'Sessions waiting for the judge', registers: [registry] }),
    judgeLatencySeconds: new Histogram({ name: 'sentinel_judge_latency_seconds', help: 'Duration of one judge call, retries included', buckets: [0.5, 1, 2, 5, 10, 20, 40, 80], registers: [registry] }),
    storeWriteSeconds: new Histogram({
      name: 'sentinel_store_write_seconds',
      help: 'Duration of one group commit',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
  };
  return m;
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Plain counter values for the health endpoint (sum over labels). */
export async function counterSnapshot(m: Metrics): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const metric of await m.registry.getMetricsAsJSON()) {
    if (!metric.name.startsWith('sentinel_') || metric.type === ('histogram' as never)) continue;
    const values = (metric as { values: { value: number; labels: Record<string, string | number> }[] }).values;
    out[metric.name.replace(/^sentinel_/, '')] = values.reduce((a, v) => a + v.value, 0);
    for (const v of values) {
      const label = Object.values(v.labels).join('.');
      if (label) out[`${metric.name.replace(/^sentinel_/, '')}.${label}`] = v.value;
    }
  }
  return out;
}
