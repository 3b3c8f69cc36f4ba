// AlertsStore: alerts over REST (all, or one session's), kept current by `v1:alert` events; triage actions.
import { api, errorMessage } from '../api.ts';
import { Batcher } from '../batcher.ts';
import { liveSocket, type LiveSocket } from '../socket.ts';
import { matchesAlert, mergeAlerts, type AlertFilters } from '../alert-filters.ts';
import type { Alert, AlertStatus } from '../types.ts';

export type { AlertFilters };

/** A status change the server did not take: what was asked, and why it failed. */
export interface TriageFailure {
  status: AlertStatus;
  message: string;
}

/** Alerts per page of the feed ("load more" adds another). */
export const ALERTS_PAGE = 100;
/** The server's largest page: a reload fetches at most this many at once. */
const MAX_PAGE = 500;

export class AlertsStore {
  items = $state.raw<Alert[]>([]);
  filters = $state.raw<AlertFilters>({ status: '', minSeverity: '', category: '' });
  loading = $state(true);
  error = $state<string | undefined>();
  /** Alert ids with a status change in flight (buttons disabled). */
  busy = $state.raw<ReadonlySet<string>>(new Set());
  /** Triage actions that failed, by alert id: shown at the row with a retry (the connection banner alone says nothing of a lost click). */
  failed = $state.raw<ReadonlyMap<string, TriageFailure>>(new Map());
  /** Ids that arrived live since load (briefly marked in the list). */
  fresh = $state.raw<ReadonlySet<string>>(new Set());
  total = $state<number | undefined>();
  /** Set instead of `total` when the server stopped counting (more than this many match). */
  totalAtLeast = $state<number | undefined>();
  next = $state<string | undefined>();
  loadingMore = $state(false);
  /** Alerts the person triaged here: they stay in the feed even when they no longer match its filters. */
  private readonly triaged = new Set<string>();
  /** How many alerts the feed holds: grows by a page with each "load more" (one session's alerts: all of them). */
  private limit = ALERTS_PAGE;

  private readonly batcher = new Batcher<Alert>((updates) => {
    const known = new Set(this.items.map((a) => a.id));
    this.items = mergeAlerts(this.items, updates, this.filters, this.cap(), this.triaged);
    const added = updates.filter((u) => !known.has(u.id) && matchesAlert(u, this.filters)).map((u) => u.id);
    if (added.length) this.fresh = new Set([...this.fresh, ...added]);
    if (this.total !== undefined) this.total += added.length;
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

  private cap(): number {
    return this.filters.sessionId ? Number.MAX_SAFE_INTEGER : this.limit;
  }

  async load(): Promise<void> {
    const f = this.filters;
    this.loading = true;
    this.limit = Math.min(this.limit, MAX_PAGE);
    try {
      if (f.sessionId) {
        this.items = mergeAlerts(await api.sessionAlerts(f.sessionId), [], f, this.cap());
        this.next = undefined;
        this.total = undefined;
        this.totalAtLeast = undefined;
      } else {
        const page = await api.alerts({ status: f.status, minSeverity: f.minSeverity, category: f.category, limit: this.limit });
        this.items = mergeAlerts(page.items, [], f, this.limit);
        this.next = page.next;
        this.total = page.total;
        this.totalAtLeast = page.totalAtLeast;
      }
      this.error = undefined;
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.loading = false;
    }
  }

  /** The next page of the feed, appended (merged by id: live alerts may have shifted the pages). */
  async loadMore(): Promise<void> {
    const f = this.filters;
    if (!this.next || this.loadingMore || f.sessionId) return;
    this.loadingMore = true;
    try {
      const page = await api.alerts({ status: f.status, minSeverity: f.minSeverity, category: f.category, limit: ALERTS_PAGE, cursor: this.next });
      this.limit += ALERTS_PAGE;
      const known = new Set(this.items.map((a) => a.id));
      this.items = mergeAlerts(this.items, page.items.filter((a) => !known.has(a.id)), f, this.limit);
      this.next = page.next;
      if (page.total !== undefined) this.total = page.total;
      this.error = undefined;
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.loadingMore = false;
    }
  }

  setFilters(f: Partial<AlertFilters>): void {
    this.filters = { ...this.filters, ...f };
    this.limit = ALERTS_PAGE;
    this.triaged.clear();
    void this.load();
  }

  /** Acknowledge / resolve / reopen; the list shows the server's answer (and the live echo merges harmlessly). */
  async setStatus(id: string, status: AlertStatus): Promise<void> {
    this.busy = new Set([...this.busy, id]);
    this.triaged.add(id);
    this.failed = without(this.failed, id);
    try {
      const updated = await api.setAlertStatus(id, status);
      // Replaced in place even if it no longer matches the status filter: the person sees what they did.
      this.items = this.items.map((a) => (a.id === id ? updated : a));
    } catch (err) {
      this.failed = new Map([...this.failed, [id, { status, message: errorMessage(err) }]]);
    } finally {
      this.busy = without(this.busy, id);
    }
  }

  dispose(): void {
    this.socket.off('v1:alert', this.onAlert);
    this.socket.off('connect', this.onConnect);
  }
}

/** A copy of `set` (or map) without `id`: state is replaced, never mutated, so Svelte sees the change. */
function without<T extends ReadonlySet<string> | ReadonlyMap<string, unknown>>(set: T, id: string): T {
  if (!set.has(id)) return set;
  const next = set instanceof Map ? new Map(set) : new Set(set as ReadonlySet<string>);
  next.delete(id);
  return next as unknown as T;
}
