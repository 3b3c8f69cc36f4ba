// SessionsStore: the live overview — a filtered page of sessions over REST, kept current by `v1:session` events.
import { api, errorMessage } from '../api.ts';
import { Batcher } from '../batcher.ts';
import { mergeSessions, NO_FILTERS, type SessionFilters } from '../session-filters.ts';
import { liveSocket, type LiveSocket } from '../socket.ts';
import type { SessionSummary } from '../types.ts';

/** Sessions kept on the overview: enough to triage, bounded so a flood of sessions can't grow the page. */
export const OVERVIEW_LIMIT = 200;

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

  private abort: AbortController | undefined;
  private readonly batcher = new Batcher<SessionSummary>((updates) => {
    this.items = mergeSessions(this.items, updates, this.filters, OVERVIEW_LIMIT);
    this.waiting = 0;
    if (updates.some((u) => !this.apps.includes(u.app))) this.apps = [...new Set([...this.apps, ...updates.map((u) => u.app)])].sort();
  }, 250);
  private readonly onSession = (s: SessionSummary) => {
    this.batcher.push(s);
    if (this.paused) this.waiting = this.batcher.size;
  };
  private readonly onConnect = () => {
    this.connected = true;
    // Whatever happened while disconnected is in the store: reload instead of guessing.
    void this.load();
  };
  private readonly onDisconnect = () => (this.connected = false);

  constructor(private readonly socket: LiveSocket = liveSocket()) {
    socket.on('v1:session', this.onSession);
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    this.connected = socket.connected;
    void this.load();
    void api.apps().then(
      (a) => (this.apps = a),
      () => undefined,
    );
  }

  async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const f = this.filters;
    this.loading = true;
    try {
      const page = await api.sessions(
        {
          sort: 'risk',
          limit: OVERVIEW_LIMIT,
          app: f.app,
          minSeverity: f.minSeverity,
          alertStatus: f.alertStatus,
          since: f.windowMinutes > 0 ? new Date(Date.now() - f.windowMinutes * 60_000).toISOString() : undefined,
        },
        abort.signal,
      );
      // Live updates that raced the request are newer than the page: keep them on top of it.
      this.items = mergeSessions(page.items, [], f, OVERVIEW_LIMIT);
      this.error = undefined;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.error = errorMessage(err);
    } finally {
      if (this.abort === abort) this.loading = false;
    }
  }

  setFilters(f: Partial<SessionFilters>): void {
    this.filters = { ...this.filters, ...f };
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
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
  }
}
