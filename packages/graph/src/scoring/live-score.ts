// One live session's running anomaly score: contributions kept incrementally, node/edge scores painted as they change.
import type { Contribution } from './contributions.ts';
import { SessionTracker } from './session-tracker.ts';
export { nextCheck } from './robust-stats.ts';

/** Reasons kept per session (the strongest): enough to explain a score, small enough to ship in every summary. */
export const TOP_REASONS = 8;

const MIRROR: Record<string, string> = { invoke: 'result', delegate: 'return' };

/**
 * The incremental state of one session. Structural and per-edge contributions are replaced one
 * at a time (O(1) each, O(K log K) when one enters the top K); the metric pass swaps in its
 * contributions as a block. Node and edge score records are mutated in place so the server can
 * hold a reference to them.
 */
export class LiveScore {
  tracker = new SessionTracker();
  /** Baseline revision, and its session count, the contributions were computed against. */
  revision = -1;
  sessionsAt = 0;
  /** Bumped on every change: the score view is cached per version. */
  version = 0;
  metricsStale = true;
  /** Set when spans were placed while the baseline was not usable: rebuild from the timeline first. */
  needsRebuild = false;
  cycles = 0;
  approximate = false;
  /** Sums of squared contributions (see `combine`): structure and per-edge calls, and the last metric pass. */
  structureSq = 0;
  metricSq = 0;
  metrics: Contribution[] = [];
  top: Contribution[] = [];
  nodeScores: Record<string, number> = {};
  edgeScores: Record<string, number> = {};
  /** Per counted edge (and per node, for volume), the count at which its contribution is next recomputed. */
  readonly callsCheck = new Map<string, number>();
  /** Interactions through each node so far (its weighted degree). */
  readonly volume = new Map<string, number>();
  /** Span count at which the session features are next recomputed (see GraphScorer.score). */
  featureCheck = 0;
  /** Session-feature contributions as of the last checkpoint, and their sum of squares. */
  features: Contribution[] = [];
  featureSq = 0;
  /** The contributions behind the last reasons, and those reasons (reused while the list is the same). */
  lastContributions: Contribution[] = [];
  lastReasons: { target: string; score: number; text: string }[] = [];
  /** Signature of the last finding raised: raise again only when it says something new. */
  lastFinding: string | undefined;
  private readonly parts = new Map<string, Contribution>();

  /** Replaces the contribution under `id` (a structural key or `c|<edge>`). O(1), or O(K log K) if it touches the top K. */
  set(id: string, c: Contribution | undefined): void {
    const old = this.parts.get(id);
    if (!old && !c) return;
    if (old === c) return;
    this.structureSq += (c?.raw ?? 0) ** 2 - (old?.raw ?? 0) ** 2;
    if (c) this.parts.set(id, c);
    else this.parts.delete(id);
    const i = old ? this.top.indexOf(old) : -1;
    if (i >= 0) {
      if (c) this.top[i] = c;
      else this.top.splice(i, 1);
      this.top.sort(byRaw);
    } else if (c && (this.top.length < TOP_REASONS || c.raw > this.top[this.top.length - 1].raw)) {
      this.top.push(c);
      this.top.sort(byRaw);
      if (this.top.length > TOP_REASONS) this.top.pop();
    }
    if (c) this.paint(c);
    this.version++;
  }

  /** Takes the metric pass's contributions, strongest first. O(n' log n'). */
  setMetrics(list: Contribution[]): void {
    this.metrics = list.sort(byRaw);
    this.metricSq = list.reduce((a, c) => a + c.raw * c.raw, 0);
    this.version++;
  }

  /** Drops every structural contribution (before a rebuild). O(k). */
  clear(): void {
    this.parts.clear();
    this.top = [];
    this.structureSq = 0;
    this.tracker = new SessionTracker();
    this.callsCheck.clear();
    this.volume.clear();
    this.featureCheck = 0; // features read the tracker: re-read them with the new one
    this.version++;
  }

  /**
   * Recomputes node and edge scores from scratch (after a rebuild or a metric pass), into new
   * records: holders of the old ones pick the new ones up with the next score view. O(k + n).
   */
  repaint(): void {
    this.nodeScores = {};
    this.edgeScores = {};
    for (const c of this.parts.values()) this.paint(c);
    for (const c of this.metrics) this.paint(c);
  }

  /** An edge, its mirror (result/return) and the node it points at take the contribution's score, if higher. O(1). */
  private paint(c: Contribution): void {
    const last = c.path[c.path.length - 1];
    for (const e of c.edgeIds) {
      raise(this.edgeScores, e, c.score);
      // Edge and transition contributions sit on the edge path[0] → path[last]; its mirror runs back.
      const mirror = MIRROR[e.slice(0, e.indexOf(':'))];
      if (mirror && c.path.length >= 2) raise(this.edgeScores, `${mirror}:${last}->${c.path[0]}`, c.score);
    }
    const node = c.kind === 'metric' || c.kind === 'volume' ? c.target : last;
    if (node) raise(this.nodeScores, node, c.score);
  }
}

function raise(rec: Record<string, number>, key: string, score: number): void {
  if (!(rec[key] >= score)) rec[key] = Math.round(score * 1000) / 1000;
}

function byRaw(a: Contribution, b: Contribution): number {
  return b.raw - a.raw;
}

