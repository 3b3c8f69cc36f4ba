// SessionsStore: the live overview — a filtered page of sessions over REST, kept current by `v1:session` events.
import { api, errorMessage } from '../api.ts';
import { Batcher } from '../batcher.ts';
import { matchesFilters, mergeSessions, NO_FILTERS, type SessionFilters } from '../session-filters.ts';
import { liveSocket, type LiveSocket } from '../socket.ts';
import type { SessionSummary } from '../types.ts';

/** Sessions per page ("load more" adds another): enough to triage, bounded so a flood of sessions can't grow the page. */
export const OVERVIEW_PAGE = 100;
/** The server's largest page: a reload (filters, reconnect) fetches at most this many at once. */
export const MAX_PAGE = 500;

export class SessionsStore {
  items = $state.raw<SessionSummary[]>([]);
  filters = $state.raw<SessionFilters>(NO_FILTERS);
  apps = $state.raw<string[]>([]);
  loading = $state(true);
  error = $state<string | undefined>();
  paused = $state(false);
  /** Live updates held back while paused. */
  waiting = $state(0);
  connected = $state(false);
  /** Sessions matching the filters on the server (when it says). */
  total = $state<number | undefined>();
  /** Set instead of `total` when the server stopped counting (more than this many match). */
  totalAtLeast = $state<number | undefined>();
  /** Cursor of the next page; undefined on the last one. */
  next = $state<string | undefined>();
  loadingMore = $state(false);
  /** Live sessions updated since the last load that match the filters but rank below the ones shown. */
  unseen = $state(0);
  private readonly offList = new Set<string>();
  /** How many sessions the list holds: grows by a page with each "load more". */
  private limit = OVERVIEW_PAGE;

  private abort: AbortController | undefined;
  private readonly batcher = new Batcher<SessionSummary>((updates) => {
    const known = new Set(this.items.map((s) => s.id));
    this.items = mergeSessions(this.items, updates, this.filters, this.limit);
    const shown = new Set(this.items.map((s) => s.id));
    // New sessions the server has not counted yet: keep "x of total" honest until the next reload.
    if (this.total !== undefined) this.total += updates.filter((u) => !known.has(u.id) && shown.has(u.id)).length;
    // A session receiving spans now but outranked by the ones shown never appears (an attack streaming in
    // behind older critical sessions): count it, so the view can say so. Not one closing after idling.
    for (const u of updates) if (u.state === 'live' && !shown.has(u.id) && matchesFilters(u, this.filters)) this.offList.add(u.id);
    for (const id of shown) this.offList.delete(id);
    this.unseen = this.offList.size;
    this.waiting = 0;
    if (updates.some((u) => !this.apps.includes(u.app))) this.apps = [...new Set([...this.apps, ...updates.map((u) => u.app)])].sort();
  }, 250);
  private readonly onSession = (s: SessionSummary) => {
    this.batcher.push(s);
    if (this.paused) this.waiting = this.batcher.size;
  };
  /** A session known by its trace id went into the one a later span named: that one's summary follows on its own. */
  private readonly onMoved = ({ from }: { from: string }) => {
    if (this.items.some((s) => s.id === from)) this.items = this.items.filter((s) => s.id !== from);
    if (this.offList.delete(from)) this.unseen = this.offList.size;
  };
  private readonly onConnect = () => {
    this.connected = true;
    // Whatever happened while disconnected is in the store: reload instead of guessing.
    void this.load();
  };
  private readonly onDisconnect = () => (this.connected = false);

  constructor(
    filters: Partial<SessionFilters> = {},
    private readonly socket: LiveSocket = liveSocket(),
  ) {
    this.filters = { ...this.filters, ...filters };
    socket.on('v1:session', this.onSession);
    socket.on('v1:session:moved', this.onMoved);
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    this.connected = socket.connected;
    void this.load();
    void api.apps().then(
      (a) => (this.apps = a),
      () => undefined,
    );
  }

  private query(cursor?: string) {
    const f = this.filters;
    return {
      sort: this.filters.sort,
      limit: cursor ? OVERVIEW_PAGE : Math.min(this.limit, MAX_PAGE),
      cursor,
      app: f.app,
      minSeverity: f.minSeverity,
      alertStatus: f.alertStatus,
      since: f.windowMinutes > 0 ? new Date(Date.now() - f.windowMinutes * 60_000).toISOString() : undefined,
    };
  }

  async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const f = this.filters;
    this.loading = true;
    this.limit = Math.min(this.limit, MAX_PAGE);
    try {
      const page = await api.sessions(this.query(), abort.signal);
      this.items = mergeSessions(page.items, [], f, this.limit);
      this.offList.clear();
      this.unseen = 0;
      this.next = page.next;
      this.total = page.total;
      this.totalAtLeast = page.totalAtLeast;
      this.error = undefined;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.error = errorMessage(err);
    } finally {
      if (this.abort === abort) this.loading = false;
    }
  }

  /** The next page from the server, appended (merged by id: live updates may have shifted the pages). */
  async loadMore(): Promise<void> {
    if (!this.next || this.loadingMore) return;
    const abort = this.abort ?? new AbortController();
    this.loadingMore = true;
    try {
      const page = await api.sessions(this.query(this.next), abort.signal);
      this.limit += OVERVIEW_PAGE;
      const known = new Set(this.items.map((s) => s.id));
      this.items = mergeSessions(this.items, page.items.filter((s) => !known.has(s.id)), this.filters, this.limit);
      this.next = page.next;
      if (page.total !== undefined) this.total = page.total;
      this.error = undefined;
    } catch (err) {
      if ((err as Error).name !== 'AbortError') this.error = errorMessage(err);
    } finally {
      this.loadingMore = false;
    }
  }

  setFilters(f: Partial<SessionFilters>): void {
    this.filters = { ...this.filters, ...f };
    this.limit = OVERVIEW_PAGE;
    void this.load();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.batcher.setPaused(paused);
    if (!paused) this.waiting = 0;
  }

  dispose(): void {
    this.abort?.abort();
    this.socket.off('v1:session', this.onSession);
    this.socket.off('v1:session:moved', this.onMoved);
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
  }
}
