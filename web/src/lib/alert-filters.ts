// Alert feed filters and order, as pure functions: the same rules apply to the REST page and to live alerts.
import type { Alert, AlertStatus, Severity } from './types.ts';
import { SEVERITY_RANK } from './types.ts';

export interface AlertFilters {
  sessionId?: string;
  status: AlertStatus | '';
  minSeverity: Severity | '';
  category: string;
}

/** The feed opens on open alerts. */
export const DEFAULT_ALERT_FILTERS: AlertFilters = { status: 'open', minSeverity: '', category: '' };
const STATUSES: readonly AlertStatus[] = ['open', 'acknowledged', 'resolved'];

/** Filters from the URL (`#/alerts?status=any&severity=high&category=loop`); unknown values are ignored. */
export function alertFiltersFromQuery(q: Record<string, string> | undefined): AlertFilters {
  const f = { ...DEFAULT_ALERT_FILTERS };
  if (!q) return f;
  if (q.status === 'any') f.status = '';
  else if ((STATUSES as readonly string[]).includes(q.status)) f.status = q.status as AlertStatus;
  if (q.severity && q.severity in SEVERITY_RANK) f.minSeverity = q.severity as Severity;
  if (q.category && /^[a-z_]{1,64}$/.test(q.category)) f.category = q.category;
  return f;
}

/** The URL form of the filters: only what differs from the default feed. */
export function alertFiltersQuery(f: AlertFilters): Record<string, string> | undefined {
  const q: Record<string, string> = {};
  if (f.status !== DEFAULT_ALERT_FILTERS.status) q.status = f.status || 'any';
  if (f.minSeverity) q.severity = f.minSeverity;
  if (f.category) q.category = f.category;
  return Object.keys(q).length > 0 ? q : undefined;
}

export function matchesAlert(a: Alert, f: AlertFilters): boolean {
  if (f.sessionId && a.sessionId !== f.sessionId) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.minSeverity && SEVERITY_RANK[a.severity] < SEVERITY_RANK[f.minSeverity]) return false;
  if (f.category && a.category !== f.category) return false;
  return true;
}

/**
 * Merges live alerts into the feed: replaces by id, drops those that no longer match, newest
 * first (the feed reads like a log). Ids in `keep` stay even when they stop matching: an alert
 * the person just acknowledged in an "open" feed stays where it was, showing what they did,
 * instead of vanishing when the server's live echo arrives.
 */
export function mergeAlerts(list: readonly Alert[], updates: readonly Alert[], f: AlertFilters, limit: number, keep: ReadonlySet<string> = new Set()): Alert[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  for (const u of updates) byId.set(u.id, u);
  return [...byId.values()]
    .filter((a) => keep.has(a.id) || matchesAlert(a, f))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
