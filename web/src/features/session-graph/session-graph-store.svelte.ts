// SessionGraphStore: one session's live graph — snapshot over socket.io, then ordered delta batches, scores over REST.
import { api, errorMessage } from '../../lib/api.ts';
import { Batcher } from '../../lib/batcher.ts';
import { liveSocket, type LiveSocket } from '../../lib/socket.ts';
import type { GraphDeltaBatch, GraphSnapshot, SessionSummary, TimelineEntry } from '../../lib/types.ts';
import { applyDeltas, createViewGraph, layoutNew, snapshotDeltas } from './build-graph.ts';
import { layoutGraph } from './layout-client.ts';
import { MAX_DRAWN_NODES, type ViewGraph } from './types.ts';

export type GraphStatus = 'loading' | 'ready' | 'too-large' | 'error';

/** Scores come over REST (the live deltas don't carry them): refetched at most this often while the graph grows. */
const SCORE_REFRESH_MS = 2_000;

/**
 * Owns the graphology graph the canvas draws (mutated in place: sigma listens to graph events,
 * so the graph itself is not reactive) and the reactive facts the view reads. Delta batches are
 * applied in `seq` order once per frame; a gap means a batch was lost, so it re-subscribes and
 * merges a fresh snapshot (deltas are absolute, re-applying is harmless).
 */
export class SessionGraphStore {
  status = $state<GraphStatus>('loading');
  error = $state<string | undefined>();
  nodeCount = $state(0);
  edgeCount = $state(0);
  /** Bumped after every applied change: `$derived` views that read `graph` depend on it. */
  version = $state(0);
  summary = $state.raw<SessionSummary | undefined>();
  timeline = $state.raw<TimelineEntry[] | undefined>();
  /** Nodes carrying an anomaly score: 0 until the graph scorer has a baseline for this app, undefined before the first fetch. */
  scoredNodes = $state<number | undefined>();
  /** True while a big snapshot is laid out in the worker. */
  layingOut = $state(false);

  readonly graph: ViewGraph = createViewGraph();
  private seq = -1;
  private subscribed = false;
  private disposed = false;
  private scoreTimer: ReturnType<typeof setTimeout> | undefined;
  private timelineTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly batches = new Batcher<GraphDeltaBatch>((b) => this.applyBatches(b));

  private readonly onDeltas = (batch: GraphDeltaBatch) => {
    if (batch.sessionId === this.sessionId) this.batches.push(batch);
  };
  private readonly onSession = (s: SessionSummary) => {
    if (s.id !== this.sessionId) return;
    const scoreChanged = s.score !== this.summary?.score;
    this.summary = s;
    if (scoreChanged) this.scheduleScores();
  };
  private readonly onConnect = () => this.subscribe();

  constructor(
    readonly sessionId: string,
    private readonly socket: LiveSocket = liveSocket(),
  ) {
    socket.on('v1:graph:deltas', this.onDeltas);
    socket.on('v1:session', this.onSession);
    // Also on every reconnect: the server forgets room membership with the old connection.
    socket.on('connect', this.onConnect);
    if (socket.connected) this.subscribe();
    void api.session(sessionId).then(
      (s) => {
        if (this.summary) return;
        this.summary = s;
        if (this.scored) this.scheduleScores(0);
      },
      () => undefined, // the snapshot reports a missing session
    );
  }

  private subscribe(): void {
    if (this.disposed) return;
    this.subscribed = true;
    this.socket.emit('v1:session:subscribe', { sessionId: this.sessionId }, (res) => {
      if (this.disposed) return;
      if ('error' in res) {
        this.error = res.error;
        this.status = 'error';
        return;
      }
      void this.applySnapshot(res);
    });
  }

  private async applySnapshot(snap: GraphSnapshot): Promise<void> {
    this.seq = snap.seq;
    if (snap.graph.nodes.length > MAX_DRAWN_NODES) {
      this.nodeCount = snap.graph.nodes.length;
      this.edgeCount = snap.graph.edges.length;
      this.status = 'too-large';
      return;
    }
    applyDeltas(this.graph, snapshotDeltas(this.sessionId, snap.graph));
    if (this.status === 'loading') {
      // First snapshot: nothing is drawn yet, so a big layout can run in the worker undisturbed.
      this.layingOut = true;
      await layoutGraph(this.graph);
      this.layingOut = false;
      if (this.disposed) return;
    } else layoutNew(this.graph);
    this.status = 'ready';
    this.error = undefined;
    this.touch();
    if (this.scored) this.scheduleScores(0);
    else this.scoredNodes = 0;
  }

  private applyBatches(batches: GraphDeltaBatch[]): void {
    if (this.disposed || this.status === 'error') return;
    if (this.status === 'loading' || this.layingOut) {
      // The snapshot is not in yet: keep the batches for after it.
      for (const b of batches) this.batches.push(b);
      return;
    }
    batches.sort((a, b) => a.seq - b.seq);
    let changed = false;
    for (const b of batches) {
      if (b.seq <= this.seq) continue; // already in the snapshot
      if (b.seq !== this.seq + 1) {
        // A batch went missing (reconnect, server restart): start over from a snapshot.
        this.batches.clear();
        this.subscribe();
        break;
      }
      this.seq = b.seq;
      if (this.status === 'too-large') continue;
      applyDeltas(this.graph, b.deltas);
      changed = true;
    }
    if (!changed) return;
    if (this.graph.order > MAX_DRAWN_NODES) {
      this.status = 'too-large';
      this.graph.clear(); // free the memory; the view shows the summary now
    } else layoutNew(this.graph);
    this.touch();
    if (this.scored) this.scheduleScores();
  }

  /** The session has a graph score, so the REST graph carries node and edge scores worth fetching (it is large). */
  private get scored(): boolean {
    return this.summary?.score !== undefined;
  }

  private touch(): void {
    this.nodeCount = this.status === 'too-large' ? Math.max(this.nodeCount, this.summary?.nodeCount ?? 0) : this.graph.order;
    this.edgeCount = this.status === 'too-large' ? Math.max(this.edgeCount, this.summary?.edgeCount ?? 0) : this.graph.size;
    this.version++;
    // The replay timeline follows the graph, at a walking pace (it is a REST fetch).
    if (this.timeline && !this.timelineTimer) this.timelineTimer = setTimeout(() => { this.timelineTimer = undefined; void this.loadTimeline(); }, 1_000);
  }

  private scheduleScores(delay = SCORE_REFRESH_MS): void {
    if (this.scoreTimer || this.status !== 'ready') return;
    this.scoreTimer = setTimeout(() => {
      this.scoreTimer = undefined;
      void this.refreshScores();
    }, delay);
  }

  /** Merges node and edge anomaly scores from the REST graph (only `score`; structure comes from deltas). */
  async refreshScores(): Promise<void> {
    try {
      const g = await api.graph(this.sessionId);
      if (this.disposed || this.status !== 'ready') return;
      let changed = false;
      for (const n of g.nodes) {
        const s = n.attributes?.score;
        if (s !== undefined && this.graph.hasNode(n.key) && this.graph.getNodeAttribute(n.key, 'score') !== s) {
          this.graph.setNodeAttribute(n.key, 'score', s);
          changed = true;
        }
      }
      for (const e of g.edges) {
        const s = e.attributes?.score;
        if (s !== undefined && e.key && this.graph.hasEdge(e.key) && this.graph.getEdgeAttribute(e.key, 'score') !== s) {
          this.graph.setEdgeAttribute(e.key, 'score', s);
          changed = true;
        }
      }
      if (changed) this.version++;
      let scored = 0;
      this.graph.forEachNode((_k, a) => {
        if (a.score !== undefined) scored++;
      });
      this.scoredNodes = scored;
    } catch {
      // Scores are an overlay: the graph stays usable without them.
    }
  }

  /** Loads the interaction timeline (for replay); kept fresh while the graph grows once loaded. */
  async loadTimeline(): Promise<void> {
    try {
      const t = await api.timeline(this.sessionId);
      if (!this.disposed) this.timeline = t;
    } catch (err) {
      if (!this.disposed) this.error = errorMessage(err);
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.scoreTimer);
    clearTimeout(this.timelineTimer);
    this.batches.clear();
    this.socket.off('v1:graph:deltas', this.onDeltas);
    this.socket.off('v1:session', this.onSession);
    this.socket.off('connect', this.onConnect);
    if (this.subscribed && this.socket.connected) this.socket.emit('v1:session:unsubscribe', { sessionId: this.sessionId });
  }
}
