// Overview filters and order (risk or recent), as pure functions: the same rules apply to the REST page and to live updates.
import type { AlertStatus, SessionSummary, Severity } from './types.ts';
import { SEVERITY_RANK } from './types.ts';

export interface SessionFilters {
  app: string;
  /** Only sessions with an unresolved alert at least this severe. */
  minSeverity: Severity | '';
  /** 'open': only sessions with open alerts. */
  alertStatus: AlertStatus | '';
  /** Only sessions active in the last N minutes (0 = any time). */
  windowMinutes: number;
  /** The order of the list (not a filter: clearing filters keeps it); the server's `sort` of GET /api/sessions. */
  sort: SessionSort;
}

/** risk: worst first (compareRisk); recent: last active first, where a new session shows up whatever its risk. */
export type SessionSort = 'risk' | 'recent';

export const NO_FILTERS: SessionFilters = { app: '', minSeverity: '', alertStatus: '', windowMinutes: 0, sort: 'risk' };

/** Whether any filter narrows the list (the order is not a filter). */
export function hasFilters(f: SessionFilters): boolean {
  return f.app !== '' || f.minSeverity !== '' || f.alertStatus !== '' || f.windowMinutes !== 0;
}

/** The time windows the overview offers, in minutes (0 = any time). */
export const WINDOWS = [0, 15, 60, 1440] as const;

/** Filters from the URL (`#/?app=mail&severity=high&status=open&window=60&sort=recent`); unknown values are ignored. */
export function sessionFiltersFromQuery(q: Record<string, string> | undefined): SessionFilters {
  const f = { ...NO_FILTERS };
  if (!q) return f;
  if (q.app) f.app = q.app;
  if (q.severity && q.severity in SEVERITY_RANK) f.minSeverity = q.severity as Severity;
  if (q.status === 'open') f.alertStatus = 'open';
  const w = Number(q.window);
  if ((WINDOWS as readonly number[]).includes(w)) f.windowMinutes = w;
  if (q.sort === 'recent') f.sort = 'recent';
  return f;
}

/** The URL form of the filters: only what differs from no filters. */
export function sessionFiltersQuery(f: SessionFilters): Record<string, string> | undefined {
  const q: Record<string, string> = {};
  if (f.app) q.app = f.app;
  if (f.minSeverity) q.severity = f.minSeverity;
  if (f.alertStatus) q.status = f.alertStatus;
  if (f.windowMinutes) q.window = String(f.windowMinutes);
  if (f.sort !== NO_FILTERS.sort) q.sort = f.sort;
  return Object.keys(q).length > 0 ? q : undefined;
}

export function matchesFilters(s: SessionSummary, f: SessionFilters, now = Date.now()): boolean {
  if (f.app && s.app !== f.app) return false;
  if (f.minSeverity && (!s.maxSeverity || SEVERITY_RANK[s.maxSeverity] < SEVERITY_RANK[f.minSeverity])) return false;
  if (f.alertStatus === 'open' && s.openAlerts === 0) return false;
  if (f.windowMinutes > 0 && Date.parse(s.lastActivityAt) < now - f.windowMinutes * 60_000) return false;
  return true;
}

/** The server's risk order: worst open severity, then open alerts, then graph score, then most recent. */
export function compareRisk(a: SessionSummary, b: SessionSummary): number {
  const sev = (s: SessionSummary) => (s.maxSeverity ? SEVERITY_RANK[s.maxSeverity] + 1 : 0);
  return (
    sev(b) - sev(a) ||
    b.openAlerts - a.openAlerts ||
    (b.score ?? 0) - (a.score ?? 0) ||
    Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The server's recent order: last active first, then by id. */
export function compareRecent(a: SessionSummary, b: SessionSummary): number {
  return Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Merges live summaries into a list: replaces by id, adds new ones, drops those that no longer match, keeps the chosen order. */
export function mergeSessions(list: readonly SessionSummary[], updates: readonly SessionSummary[], f: SessionFilters, limit: number, now = Date.now()): SessionSummary[] {
  const byId = new Map(list.map((s) => [s.id, s]));
  for (const u of updates) byId.set(u.id, u);
  return [...byId.values()].filter((s) => matchesFilters(s, f, now)).sort(f.sort === 'recent' ? compareRecent : compareRisk).slice(0, limit);
}
