// SessionSummary from a live session: what the session list and the global live room show.
import { SEVERITY_RANK, type Severity } from '@sentinel/graph';
import type { Alert, SessionSummary } from '../contract/api-types.ts';
import type { LiveSession } from './live-session.ts';

const NS_PER_MS = 1_000_000n;

export function emptyAlertCounts(): Record<Severity, number> {
  return { info: 0, low: 0, medium: 0, high: 0, critical: 0 };
}

export function nsToIso(ns: bigint | undefined): string {
  return new Date(ns === undefined ? 0 : Number(ns / NS_PER_MS)).toISOString();
}

/** Alert counts by severity (all, and not resolved), open count and the highest severity of alerts not resolved. */
export function alertStats(alerts: Iterable<Alert>): Pick<SessionSummary, 'alertCounts' | 'unresolvedCounts' | 'openAlerts' | 'maxSeverity'> {
  const alertCounts = emptyAlertCounts();
  const unresolvedCounts = emptyAlertCounts();
  let openAlerts = 0;
  let maxSeverity: Severity | undefined;
  for (const a of alerts) {
    alertCounts[a.severity]++;
    if (a.status === 'open') openAlerts++;
    if (a.status === 'resolved') continue;
    unresolvedCounts[a.severity]++;
    if (!maxSeverity || SEVERITY_RANK[a.severity] > SEVERITY_RANK[maxSeverity]) maxSeverity = a.severity;
  }
  return maxSeverity ? { alertCounts, unresolvedCounts, openAlerts, maxSeverity } : { alertCounts, unresolvedCounts, openAlerts };
}

export function summarize(s: LiveSession, state: 'live' | 'closed'): SessionSummary {
  const g = s.graph;
  const agents: string[] = [];
  g.graph.forEachNode((_id, attr) => {
    if (attr.kind === 'agent') agents.push(attr.label);
  });
  agents.sort();
  const durationMs = g.firstStart !== undefined && g.lastEnd !== undefined ? Number((g.lastEnd - g.firstStart) / NS_PER_MS) : 0;
  const summary: SessionSummary = {
    id: s.id,
    app: s.app,
    startedAt: nsToIso(g.firstStart),
    endedAt: nsToIso(g.lastEnd),
    durationMs,
    lastActivityAt: new Date(s.lastActivityMs).toISOString(),
    spanCount: g.spanCount + g.pendingCount,
    nodeCount: g.graph.order,
    edgeCount: g.graph.size,
    agents,
    state,
    ...alertStats(s.alerts.values()),
  };
  if (s.score !== undefined) summary.score = s.score;
  if (s.scoreReasons) summary.scoreReasons = s.scoreReasons;
  if (s.flags.size > 0) summary.flags = [...s.flags].sort();
  return summary;
}
