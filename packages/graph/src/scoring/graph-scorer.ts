// The live graph-metric anomaly scorer: baselines per app, cheap per-span updates, a separate metric pass, findings.
import type { EdgeKind } from '../graph-types.ts';
import type { Finding } from '../finding.ts';
import type { PlacedSpan, SessionGraph } from '../session-graph.ts';
import { Baseline } from './baseline.ts';
import { rawThreshold, tailProbability } from './calibration.ts';
import { combine, type Contribution } from './contributions.ts';
import { valueContribution } from './value-contributions.ts';
import { HIGH_FACTOR, anomalyFinding } from './anomaly-finding.ts';
import { LiveScore, nextCheck } from './live-score.ts';
import { AppSamples } from './sample-cache.ts';
import { leading, sameList, sameReasons } from './leading-reasons.ts';
import { addVolume, readFeatureContributions } from './live-samples.ts';
import { hash32, hashString } from './robust-stats.ts';
import { computeSessionMetrics, MAX_METRIC_NODES, PASS_METRICS } from './node-metrics.ts';
import { profileSession } from './profile-session.ts';
import { scoreProfile } from './score-profile.ts';
import { metricKey } from './session-features.ts';
import { SessionTracker } from './session-tracker.ts';

export const DEFAULT_TARGET_FPR = 0.01;
/** Normal sessions an app needs before its scores are shown and can alert: fewer say little about "normal". */
export const DEFAULT_WARMUP_SESSIONS = 20;
/** Calibration scores needed before a threshold is derived at all. */
export const MIN_CALIBRATION = 5;
/**
 * An app learns every closed session up to this many; past it one in ⌈sessions / LEARN_ALL_UNTIL⌉
 * (picked by session-id hash). A thousand sessions pin the medians and rare keys down; learning
 * every session of a busy app would only spend CPU at each close.
 */
export const LEARN_ALL_UNTIL = 1_000;

const COUNTED: ReadonlySet<EdgeKind> = new Set(['invoke', 'delegate', 'message', 'call']);
const MIRRORS: ReadonlySet<EdgeKind> = new Set(['result', 'return']);

export interface GraphScorerOptions {
  /** Share of normal sessions allowed to raise a finding (default 1%). */
  targetFpr?: number;
  /** Baseline sessions needed before scoring (default 20). */
  warmupSessions?: number;
  /** Node cap of the metric pass (see MAX_METRIC_NODES). */
  maxMetricNodes?: number;
}

export interface ScoreReasonView {
  target: string;
  score: number;
  text: string;
}

export interface GraphScore {
  /** Calibrated session score in [0,1]: 1 − the share of normal sessions expected to score this high. */
  score: number;
  raw: number;
  /** Score at which a finding is raised: 1 − targetFpr. */
  threshold: number;
  anomalous: boolean;
  /** Tail probability under the baseline (what `score` is one minus). */
  pValue: number;
  reasons: ScoreReasonView[];
  nodeScores: Record<string, number>;
  edgeScores: Record<string, number>;
  baselineSessions: number;
  /** The metric pass ran on a subset of the nodes (large session). */
  approximate: boolean;
  /** Contributions behind the reasons, strongest first (for evidence). */
  contributions: Contribution[];
}

/**
 * Scores live sessions against per-app baselines.
 * Cost: `observe` O(1) per placed span; `score` O(F + K + log c) (features, top reasons, a binary
 * search in the calibration); `recomputeMetrics` O(T + n'·m') — call it off the hot path,
 * debounced; `learn` O(T + n'·m') once per closed session.
 *
 * @example
 * const scorer = new GraphScorer({ warmupSessions: 20 });
 * scorer.setBaseline(Baseline.fromJSON(stored));
 * scorer.observe(g, g.add(span).placed);
 * const f = scorer.finding(g); // a graph_anomaly Finding when the session is over the threshold
 */
export class GraphScorer {
  readonly targetFpr: number;
  readonly warmupSessions: number;
  private readonly maxMetricNodes: number;
  private readonly baselines = new Map<string, Baseline>();
  private readonly live = new Map<string, LiveScore>();
  private readonly samples = new Map<Baseline, AppSamples>();

  constructor(opts: GraphScorerOptions = {}) {
    this.targetFpr = opts.targetFpr ?? DEFAULT_TARGET_FPR;
    this.warmupSessions = opts.warmupSessions ?? DEFAULT_WARMUP_SESSIONS;
    this.maxMetricNodes = opts.maxMetricNodes ?? MAX_METRIC_NODES;
  }

  setBaseline(b: Baseline): void {
    this.baselines.set(b.app, b);
  }

  baseline(app: string): Baseline | undefined {
    return this.baselines.get(app);
  }

  allBaselines(): Baseline[] {
    return [...this.baselines.values()];
  }

  /** Enough normal sessions and calibration to trust a score. */
  isWarm(b: Baseline | undefined): b is Baseline {
    return !!b && b.sessions >= this.warmupSessions && b.calibrationSize >= MIN_CALIBRATION;
  }

  /**
   * Cheap per-span update: new edges and transitions, calls per edge, volume per node. O(1) per
   * placed span, and for an interaction the session already had (most spans) no allocation: map
   * lookups on ids the graph holds, and the calls and volume samples re-scored only at their count
   * checkpoints (every count up to 20, then every 5%) against summaries kept per baseline revision.
   */
  observe(g: SessionGraph, placed: PlacedSpan[]): void {
    const s = this.state(g);
    const b = this.baselines.get(g.app);
    // Contributions computed against an older revision (the baseline learned since) stay until the
    // next metric pass rebuilds them: rebuilding every open session on every learned one would cost
    // O(open sessions · T) per closed session.
    if (!this.isWarm(b) || s.needsRebuild) {
      s.needsRebuild = true; // caught up from the timeline when scored or at the metric pass
      return;
    }
    if (s.revision < 0) {
      s.revision = b.revision;
      s.sessionsAt = b.sessions;
    }
    s.baseline = b;
    const samples = this.samplesOf(b);
    for (const p of placed) {
      for (const e of p.edgeIds) {
        const attr = g.graph.getEdgeAttributes(e);
        if (MIRRORS.has(attr.kind)) continue;
        const source = g.graph.source(e);
        const target = g.graph.target(e);
        s.tracker.observeEdge(attr.kind, e, source, target, p.span.spanId, p.span.start, s.onKey);
        if (COUNTED.has(attr.kind) && attr.count >= (s.callsCheck.get(e) ?? 0)) {
          s.callsCheck.set(e, nextCheck(attr.count));
          const calls = samples.callsOf(e);
          s.set(calls.name, calls.contribution(attr.count, b));
        }
        addVolume(s, b, samples, source);
        addVolume(s, b, samples, target);
      }
    }
  }

  /** The app's sample cache, dropped when its baseline object is replaced. O(1). */
  private samplesOf(b: Baseline): AppSamples {
    let c = this.samples.get(b);
    if (!c) {
      for (const k of this.samples.keys()) if (k.app === b.app) this.samples.delete(k);
      this.samples.set(b, (c = new AppSamples()));
    }
    return c;
  }

  /** True when the metric pass has something new to look at. */
  needsMetrics(sessionId: string): boolean {
    return this.live.get(sessionId)?.metricsStale ?? false;
  }

  /**
   * The costly pass, meant to run debounced off the ingest path: betweenness, PageRank, degrees and
   * cycles (O(n'·m')), plus an exact rebuild of the structure from the timeline (O(T)) when spans
   * came out of order or the baseline changed since they were scored.
   */
  recomputeMetrics(g: SessionGraph): void {
    const s = this.state(g);
    const b = this.baselines.get(g.app);
    if (!this.isWarm(b)) {
      s.metricsStale = false;
      return;
    }
    // A baseline that learned a few sessions since barely moved: rebuild once it grew past the next checkpoint (5%).
    if (s.needsRebuild || s.tracker.disordered || b.sessions >= nextCheck(s.sessionsAt)) this.rebuild(g, s, b);
    s.metricsStale = false;
    // A shape (edge set) some normal session had has that session's degrees and betweenness: skip the
    // O(n'·m') pass. Counts on a known shape are still scored live (calls per edge, volume).
    if (b.hasShape(s.tracker.shape)) {
      s.setMetrics([]);
      s.repaint();
      return;
    }
    const m = computeSessionMetrics(g.graph, this.maxMetricNodes);
    const list: Contribution[] = [];
    for (const [node, values] of Object.entries(m.nodes)) {
      let best: Contribution | undefined;
      for (const name of PASS_METRICS) {
        const c = valueContribution(metricKey(node, name), values[name], b);
        if (c && (!best || c.raw > best.raw)) best = c;
      }
      if (best) list.push(best);
    }
    s.cycles = m.cycles;
    s.approximate = m.approximate;
    s.setMetrics(list);
    s.repaint();
  }

  /**
   * The session's current score, or undefined while its app's baseline is warming up. Cached: the
   * view is rebuilt (O(K) merge of the candidate reasons, O(log c) tail lookup) only when a
   * contribution changed; otherwise O(1), plus an O(F) feature read at span-count checkpoints.
   */
  score(g: SessionGraph): GraphScore | undefined {
    const b = this.baselines.get(g.app);
    if (!this.isWarm(b)) return undefined;
    const s = this.state(g);
    if (s.needsRebuild) {
      this.rebuild(g, s, b); // once, when the baseline became usable mid-session: O(T)
      s.repaint();
    }
    // Features follow the span count; they are re-read at its checkpoints (every span up to 20, then
    // every 5%), so a 10,000-span session computes them O(log n) times instead of n.
    let fresh = false;
    if (g.spanCount >= s.featureCheck) {
      s.featureCheck = nextCheck(g.spanCount);
      fresh = readFeatureContributions(g, s, b, this.samplesOf(b).features);
    }
    if (!fresh && s.view !== undefined && s.viewVersion === s.version && s.viewBase === b && s.viewRevision === b.revision) return s.view;
    const raw = combine(s.structureSq + s.metricSq + s.featureSq);
    const model = b.calibrationModel();
    const pValue = tailProbability(model, raw);
    let contributions = leading(s.top, s.metrics, s.featuresByRaw);
    // Same leading contributions as last time: keep the list and its reasons. A reason's text is
    // formatted when it is read (a summary serialized, an alert raised), not here.
    if (sameList(contributions, s.lastContributions)) contributions = s.lastContributions;
    else {
      s.lastContributions = contributions;
      s.lastReasons = contributions.map((c) => c.reason);
    }
    const view: GraphScore = {
      score: round(1 - pValue),
      raw,
      threshold: 1 - this.targetFpr,
      anomalous: raw >= rawThreshold(model, this.targetFpr),
      pValue,
      reasons: s.lastReasons,
      nodeScores: s.records.nodes,
      edgeScores: s.records.edges,
      baselineSessions: b.sessions,
      approximate: s.approximate,
      contributions,
    };
    s.view = view;
    s.viewVersion = s.version;
    s.viewBase = b;
    s.viewRevision = b.revision;
    return view;
  }

  /** A graph_anomaly finding when the session is over the threshold and says something new since the last one. */
  finding(g: SessionGraph): Finding | undefined {
    const v = this.score(g);
    if (!v || !v.anomalous) return undefined;
    const s = this.state(g);
    // The view this call saw last time: nothing new (O(1); most spans of an anomalous session).
    if (s.findingView === v) return undefined;
    s.findingView = v;
    // Same severity band and same leading reasons (kind and target): the alert already says this. O(K), nothing built.
    const high = v.pValue <= this.targetFpr / HIGH_FACTOR;
    const last = s.lastFinding;
    if (last && last.high === high && sameReasons(last.list, v.contributions)) return undefined;
    s.lastFinding = { high, list: v.contributions };
    return anomalyFinding(g, v, this.targetFpr);
  }

  /**
   * Online learning from a closed session. Skipped when the baseline is frozen, the session had
   * alerts, or it scores over the threshold (an attack wave must not become normal). The session is
   * scored before it is learned; that out-of-sample score joins the calibration once the baseline
   * has half its warm-up (earlier scores would only say the baseline was small). Returns whether
   * the baseline changed. O(T + n'·m').
   */
  learn(g: SessionGraph, hadAlerts: boolean): boolean {
    let b = this.baselines.get(g.app);
    if (b?.frozen || hadAlerts || g.spanCount === 0) return false;
    if (!b) this.baselines.set(g.app, (b = new Baseline(g.app)));
    if (b.sessions >= LEARN_ALL_UNTIL && hash32(hashString(g.sessionId)) % Math.ceil(b.sessions / LEARN_ALL_UNTIL) !== 0) return false;
    const profile = profileSession(g, computeSessionMetrics(g.graph, this.maxMetricNodes));
    if (b.sessions >= Math.max(MIN_CALIBRATION, this.warmupSessions / 2)) {
      const raw = scoreProfile(profile, b).raw;
      if (this.isWarm(b) && raw >= rawThreshold(b.calibrationModel(), this.targetFpr)) return false;
      b.addCalibration(raw);
    }
    b.learn(profile);
    return true;
  }

  forget(sessionId: string): void {
    this.live.delete(sessionId);
  }

  private state(g: SessionGraph): LiveScore {
    let s = this.live.get(g.sessionId);
    if (!s) {
      const b = this.baselines.get(g.app);
      this.live.set(g.sessionId, (s = new LiveScore(b && this.samplesOf(b).keys)));
    }
    return s;
  }

  /** Exact structure from the timeline against the current baseline. O(T + k). */
  private rebuild(g: SessionGraph, s: LiveScore, b: Baseline): void {
    s.clear();
    s.baseline = b;
    const samples = this.samplesOf(b);
    s.tracker = SessionTracker.fromTimeline(g, s.onKey, s.keysFor(samples.keys));
    g.graph.forEachEdge((e, attr, source, target) => {
      if (COUNTED.has(attr.kind)) {
        const calls = samples.callsOf(e);
        s.set(calls.name, calls.contribution(attr.count, b));
      }
      if (MIRRORS.has(attr.kind)) return;
      s.volume.set(source, (s.volume.get(source) ?? 0) + attr.count);
      s.volume.set(target, (s.volume.get(target) ?? 0) + attr.count);
    });
    for (const [node, n] of s.volume) {
      const v = samples.volumeOf(node);
      s.set(v.name, v.contribution(n, b));
    }
    s.revision = b.revision;
    s.sessionsAt = b.sessions;
    s.needsRebuild = false;
    s.metricsStale = true; // the metric contributions were computed against another baseline, or never
  }
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
