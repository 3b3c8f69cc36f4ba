// AlertsStore: alerts over REST (all, or one session's), kept current by `v1:alert` events; triage actions.
import { api, errorMessage } from '../api.ts';
import { Batcher } from '../batcher.ts';
import { liveSocket, type LiveSocket } from '../socket.ts';
import type { Alert, AlertStatus, Severity } from '../types.ts';
import { SEVERITY_RANK } from '../types.ts';

export interface AlertFilters {
  sessionId?: string;
  status: AlertStatus | '';
  minSeverity: Severity | '';
  category: string;
}

export const ALERTS_LIMIT = 200;

export function matchesAlert(a: Alert, f: AlertFilters): boolean {
  if (f.sessionId && a.sessionId !== f.sessionId) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.minSeverity && SEVERITY_RANK[a.severity] < SEVERITY_RANK[f.minSeverity]) return false;
  if (f.category && a.category !== f.category) return false;
  return true;
}

/** Newest first; the feed reads like a log. */
export function mergeAlerts(list: readonly Alert[], updates: readonly Alert[], f: AlertFilters, limit = ALERTS_LIMIT): Alert[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  for (const u of updates) byId.set(u.id, u);
  return [...byId.values()].filter((a) => matchesAlert(a, f)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1)).slice(0, limit);
}

export class AlertsStore {
  items = $state.raw<Alert[]>([]);
  filters = $state.raw<AlertFilters>({ status: '', minSeverity: '', category: '' });
  loading = $state(true);
  error = $state<string | undefined>();
  /** Alert ids with a status change in flight (buttons disabled). */
  busy = $state.raw<ReadonlySet<string>>(new Set());
  /** Ids that arrived live since load (briefly marked in the list). */
  fresh = $state.raw<ReadonlySet<string>>(new Set());

  private readonly batcher = new Batcher<Alert>((updates) => {
    const known = new Set(this.items.map((a) => a.id));
    this.items = mergeAlerts(this.items, updates, this.filters);
    const added = updates.filter((u) => !known.has(u.id)).map((u) => u.id);
    if (added.length) this.fresh = new Set([...this.fresh, ...added]);
  });
  private readonly onAlert = (a: Alert) => this.batcher.push(a);
  private readonly onConnect = () => void this.load();

  constructor(
    filters: Partial<AlertFilters> = {},
    private readonly socket: LiveSocket = liveSocket(),
  ) {
    this.filters = { ...this.filters, ...filters };
    socket.on('v1:alert', this.onAlert);
    socket.on('connect', this.onConnect);
    void this.load();
  }

  async load(): Promise<void> {
    const f = this.filters;
    this.loading = true;
    try {
      const items = f.sessionId
        ? await api.sessionAlerts(f.sessionId)
        : (await api.alerts({ status: f.status, minSeverity: f.minSeverity, category: f.category, limit: ALERTS_LIMIT })).items;
      this.items = mergeAlerts(items, [], f);
      this.error = undefined;
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.loading = false;
    }
  }

  setFilters(f: Partial<AlertFilters>): void {
    this.filters = { ...this.filters, ...f };
    void this.load();
  }

  /** Acknowledge / resolve / reopen; the list shows the server's answer (and the live echo merges harmlessly). */
  async setStatus(id: string, status: AlertStatus): Promise<void> {
    this.busy = new Set([...this.busy, id]);
    try {
      const updated = await api.setAlertStatus(id, status);
      // Replaced in place even if it no longer matches the status filter: the person sees what they did.
      this.items = this.items.map((a) => (a.id === id ? updated : a));
      this.error = undefined;
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      const next = new Set(this.busy);
      next.delete(id);
      this.busy = next;
    }
  }

  dispose(): void {
    this.socket.off('v1:alert', this.onAlert);
    this.socket.off('connect', this.onConnect);
  }
}
