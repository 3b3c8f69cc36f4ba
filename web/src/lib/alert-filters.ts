// Alert feed filters and order, as pure functions: the same rules apply to the REST page and to live alerts.
import type { Alert, AlertStatus, Severity } from './types.ts';
import { SEVERITY_RANK } from './types.ts';

export interface AlertFilters {
  sessionId?: string;
  status: AlertStatus | '';
  minSeverity: Severity | '';
  category: string;
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
