// One live session's running anomaly score: contributions kept incrementally, node/edge scores painted as they change.
import type { Baseline } from './baseline.ts';
import type { GraphScore } from './graph-scorer.ts';
import { keyContribution, type Contribution, type ContributionReason } from './contributions.ts';
import { ScoreRecords, type PaintSource } from './score-records.ts';
import { SESSION_FEATURES } from './session-features.ts';
import type { InternedKey, KeyIntern } from './key-intern.ts';
import { SessionTracker, type KeyFilter, type StructureKey } from './session-tracker.ts';
export { nextCheck } from './robust-stats.ts';

/** Reasons kept per session (the strongest): enough to explain a score, small enough to ship in every summary. */
export const TOP_REASONS = 8;

/**
 * The incremental state of one session. Structural and per-edge contributions are replaced one
 * at a time (O(1) each, O(K) when one enters the top K); the metric pass swaps in its
 * contributions as a block. Node and edge score records are two stable objects the server can
 * hold, painted when read (ScoreRecords).
 */
export class LiveScore implements PaintSource {
  tracker: SessionTracker;
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
  /** Node and edge scores, painted from the contributions when read (see ScoreRecords). */
  readonly records: ScoreRecords = new ScoreRecords(this);
  /** Per counted edge (and per node, for volume), the count at which its contribution is next recomputed. */
  readonly callsCheck = new Map<string, number>();
  /** Interactions through each node so far (its weighted degree). */
  readonly volume = new Map<string, number>();
  /** Span count at which the session features are next recomputed (see GraphScorer.score). */
  featureCheck = 0;
  /** Session-feature contributions as of the last checkpoint, and their sum of squares. */
  features: Contribution[] = [];
  featureSq = 0;
  /** `features`, strongest first (stable): read by every score view, sorted once per change. */
  featuresByRaw: Contribution[] = [];
  /**
   * The last feature read, per feature (SESSION_FEATURES order): its value and contribution, and
   * the baseline and revision it was scored against. A feature whose value and baseline did not
   * move keeps its contribution, so most checkpoints change nothing.
   */
  readonly featureValues: number[] = new Array<number>(SESSION_FEATURES.length).fill(NaN);
  readonly featureParts: (Contribution | undefined)[] = new Array<Contribution | undefined>(SESSION_FEATURES.length).fill(undefined);
  featureBase: Baseline | undefined;
  featureRev = -1;
  /** The last score view, and the version, baseline and revision it was built at. */
  view: GraphScore | undefined;
  viewVersion = -1;
  viewBase: Baseline | undefined;
  viewRevision = -1;
  /** The view `finding` last looked at: the same view cannot say anything new. */
  findingView: GraphScore | undefined;
  /** The baseline new structural keys are scored against (set by the scorer before it feeds the tracker). */
  baseline: Baseline | undefined;
  /** Scores a key the tracker reports as new; one function per session, so feeding the tracker allocates none. */
  readonly onKey = (k: StructureKey): void => {
    this.set(k.key, keyContribution(k, this.baseline!));
    if (k.kind === 'edge') this.metricsStale = true; // centralities move with structure, not with repeats
  };
  /**
   * Which new keys the tracker reports: those that score against the session's baseline (a key in
   * half the normal sessions or more would only set an empty contribution). A new edge makes the
   * metric pass stale either way.
   */
  private readonly wants = (k: InternedKey): boolean => {
    if (k.kind === 'edge') this.metricsStale = true;
    return k.scores(this.baseline!);
  };
  private filter: KeyFilter | undefined;

  /** `intern`: the app's interned keys, when its baseline is known (see SessionTracker). */
  constructor(intern?: KeyIntern) {
    this.tracker = new SessionTracker(intern && this.keysFor(intern));
  }

  /** The tracker's key filter over `intern` (kept while the intern is the same). */
  keysFor(intern: KeyIntern): KeyFilter {
    if (this.filter?.intern !== intern) this.filter = { intern, wants: this.wants };
    return this.filter;
  }
  /** The contributions behind the last reasons, and those reasons (reused while the list is the same). */
  lastContributions: Contribution[] = [];
  lastReasons: ContributionReason[] = [];
  /** Severity band and leading contributions of the last finding raised: raise again only when it says something new. */
  lastFinding: { high: boolean; list: Contribution[] } | undefined;
  private readonly parts = new Map<string, Contribution>();

  /** Replaces the contribution under `id` (a structural key or `c|<edge>`). O(1), or O(K log K) if it touches the top K. */
  set(id: string, c: Contribution | undefined): void {
    const old = this.parts.get(id);
    if (!old && !c) return;
    if (old === c) return;
    this.structureSq += (c?.raw ?? 0) ** 2 - (old?.raw ?? 0) ** 2;
    if (c) this.parts.set(id, c);
    else this.parts.delete(id);
    // `top` stays sorted strongest first, ties in the order they entered (what a stable sort of it
    // gives): a replaced or added entry is moved into place, O(K) with K = TOP_REASONS.
    const top = this.top;
    const i = old ? top.indexOf(old) : -1;
    if (i >= 0) {
      if (c) {
        top[i] = c;
        settle(top, i);
      } else top.splice(i, 1);
    } else if (c && (top.length < TOP_REASONS || c.raw > top[top.length - 1].raw)) {
      top.push(c);
      settle(top, top.length - 1);
      if (top.length > TOP_REASONS) top.pop();
    }
    this.records.markStale();
    this.version++;
  }

  /** Takes the metric pass's contributions, strongest first. O(n' log n'). */
  setMetrics(list: Contribution[]): void {
    this.metrics = list.sort(byRaw);
    this.metricSq = list.reduce((a, c) => a + c.raw * c.raw, 0);
    this.records.markStale();
    this.version++;
  }

  /** Drops every structural contribution (before a rebuild). O(k). */
  clear(): void {
    this.parts.clear();
    this.top = [];
    this.structureSq = 0;
    this.tracker = new SessionTracker(this.filter);
    this.callsCheck.clear();
    this.volume.clear();
    this.featureCheck = 0; // features read the tracker: re-read them with the new one
    this.records.markStale();
    this.version++;
  }

  /** Node and edge scores follow the contributions again (after a rebuild or a metric pass). O(1): painted when read. */
  repaint(): void {
    this.records.markStale();
  }

  /** Every contribution that lands on a node or an edge: the structural ones and the last metric pass's. O(k). */
  forEachPainted(paint: (c: Contribution) => void): void {
    for (const c of this.parts.values()) paint(c);
    for (const c of this.metrics) paint(c);
  }
}

/**
 * Moves `list[i]` to where a stable sort (strongest first) of the otherwise sorted list puts it:
 * up past weaker entries, down past stronger ones, never past an equal one. O(K).
 */
function settle(list: Contribution[], i: number): void {
  const c = list[i];
  while (i > 0 && c.raw > list[i - 1].raw) {
    list[i] = list[i - 1];
    i--;
  }
  while (i < list.length - 1 && c.raw < list[i + 1].raw) {
    list[i] = list[i + 1];
    i++;
  }
  list[i] = c;
}

function byRaw(a: Contribution, b: Contribution): number {
  return b.raw - a.raw;
}

