// What normal sessions of one app look like: structure counts, feature samples and the score calibration.
import { ValidationError } from '../errors.ts';
import { calibrationTail, type CalibrationTail } from './calibration.ts';
import { nextCheck, reservoirAdd, summarize, type RobustSummary } from './robust-stats.ts';
import { scaleOf, transform } from './session-features.ts';
import type { StructureKey } from './session-tracker.ts';

export const BASELINE_FORMAT = 1;
/** Samples kept per feature: enough for a stable median/MAD and p99, small enough to store as JSON. */
export const MAX_SAMPLES = 512;
/** Structural keys kept per app; past it the keys seen in a single session are dropped (they score as novel again). */
export const MAX_KEYS = 50_000;
/** Calibration scores kept (the most recent): the threshold follows the app as it changes. */
export const MAX_CALIBRATION = 2_000;
/** Below this many sessions leave-one-out summaries are exact; above it one session barely moves a median. */
const EXACT_LOO_SESSIONS = 200;

/** What the baseline learns from one session (see `profileSession`). */
export interface SessionProfile {
  /** Structural keys present (edges, n-grams). */
  keys: StructureKey[];
  /** Sample name → value: session features, calls per edge, node metrics. */
  values: Record<string, number>;
  /** The session's edge-set shape (SessionTracker.shape): a live session of a known shape skips the centrality pass. */
  shape?: string;
}

export interface BaselineJson {
  format: number;
  app: string;
  sessions: number;
  frozen: boolean;
  presence: Record<string, number>;
  samples: Record<string, { seen: number; values: number[] }>;
  calibration: number[];
}

/**
 * The learned normal of one app. Counts how many sessions showed each structural key, keeps
 * bounded samples of every feature, and keeps raw scores of normal sessions scored out of sample
 * so a threshold for a target false-positive rate can be read off them.
 *
 * @example
 * const b = new Baseline('shop');
 * for (const p of normalProfiles) b.learn(p);
 * b.presence('e|invoke:agent:a->tool:t'); // sessions that had the edge
 */
export class Baseline {
  sessions = 0;
  frozen = false;
  /**
   * Whether the baseline learned which tools the app calls (`n|tool:…` keys). Baselines stored
   * before it did say nothing about it, and a read tool must not count as never seen there.
   */
  knowsTools = false;
  /** Bumped on every change; caches key on it. */
  revision = 0;
  private readonly present = new Map<string, number>();
  private readonly samples = new Map<string, { seen: number; values: number[] }>();
  private calibration: number[] = [];
  /** Summaries with the sample size they were computed at: recomputed at `nextCheck` steps, not on every learned session. */
  private readonly summaries = new Map<string, { summary: RobustSummary; at: number }>();
  private tail: { model: CalibrationTail; at: number } | undefined;
  /** Calibration scores added so far (the tail model is refit at `nextCheck` steps of it). */
  private calibrationAdded = 0;

  constructor(readonly app: string) {}

  /** Adds a normal session. O(k + v) for k keys and v values. */
  learn(p: SessionProfile): void {
    this.sessions++;
    for (const { key, kind } of p.keys) {
      this.present.set(key, (this.present.get(key) ?? 0) + 1);
      if (kind === 'node') this.knowsTools = true;
    }
    if (p.shape) this.present.set(shapeKey(p.shape), (this.present.get(shapeKey(p.shape)) ?? 0) + 1);
    if (this.present.size > MAX_KEYS) this.prune();
    for (const [name, v] of Object.entries(p.values)) {
      let s = this.samples.get(name);
      if (!s) this.samples.set(name, (s = { seen: 0, values: [] }));
      reservoirAdd(s.values, v, s.seen++, MAX_SAMPLES);
    }
    this.changed();
  }

  /** Records the raw score of a normal session scored against the baseline without it. O(1) amortized. */
  addCalibration(raw: number): void {
    this.calibration.push(raw);
    if (this.calibration.length > MAX_CALIBRATION * 2) this.calibration = this.calibration.slice(-MAX_CALIBRATION);
    this.calibrationAdded++;
    this.revision++;
  }

  setCalibration(raws: number[]): void {
    this.calibration = raws.slice(-MAX_CALIBRATION);
    this.calibrationAdded += raws.length;
    this.tail = undefined;
    this.revision++;
  }

  get calibrationSize(): number {
    return Math.min(this.calibration.length, MAX_CALIBRATION);
  }

  /** Whether a normal session had exactly this set of edges. O(1). */
  hasShape(shape: string): boolean {
    return this.present.has(shapeKey(shape));
  }

  /** Sessions that showed the key. O(1). */
  presence(key: string): number {
    return this.present.get(key) ?? 0;
  }

  /**
   * Robust summary of a sample, in transformed units; undefined when never sampled. Cached, and
   * refreshed when the sample has grown past the next checkpoint (every session up to 20, then
   * every 5%): a busy app learning many sessions a second sorts each sample O(log n) times, not n.
   */
  summary(name: string, exclude?: number): RobustSummary | undefined {
    const loo = exclude !== undefined && this.sessions <= EXACT_LOO_SESSIONS;
    const s = this.samples.get(name);
    if (!s || s.values.length === 0) return undefined;
    const cached = this.summaries.get(name);
    if (!loo && cached && s.seen < nextCheck(cached.at)) return cached.summary;
    const scale = scaleOf(name);
    if (loo) {
      const rest = [...s.values];
      const i = rest.indexOf(exclude);
      if (i >= 0) rest.splice(i, 1);
      return rest.length === 0 ? undefined : summarize(rest.map((v) => transform(v, scale)), scale.minScale);
    }
    const summary = summarize(s.values.map((v) => transform(v, scale)), scale.minScale);
    this.summaries.set(name, { summary, at: s.seen });
    return summary;
  }

  /** The calibration tail model (median, tail scale, sorted scores). O(c log c), refit at `nextCheck` steps of the scores added. */
  calibrationModel(): CalibrationTail {
    if (!this.tail || this.calibrationAdded >= nextCheck(this.tail.at)) {
      this.tail = { model: calibrationTail(this.calibration.slice(-MAX_CALIBRATION)), at: this.calibrationAdded };
    }
    return this.tail.model;
  }

  toJSON(): BaselineJson {
    return {
      format: BASELINE_FORMAT,
      app: this.app,
      sessions: this.sessions,
      frozen: this.frozen,
      presence: Object.fromEntries(this.present),
      samples: Object.fromEntries(this.samples),
      calibration: this.calibration.slice(-MAX_CALIBRATION),
    };
  }

  /** Parses a stored baseline; throws ValidationError naming what is wrong. */
  static fromJSON(json: unknown): Baseline {
    const j = json as Partial<BaselineJson> | null;
    const bad = (what: string) => new ValidationError(`Baseline.fromJSON: ${what}`);
    if (!j || typeof j !== 'object') throw bad('expected an object');
    if (j.format !== BASELINE_FORMAT) throw bad(`unsupported format ${String(j.format)} (expected ${BASELINE_FORMAT})`);
    if (typeof j.app !== 'string' || !Number.isInteger(j.sessions) || j.sessions! < 0) throw bad('expected "app" (string) and "sessions" (integer >= 0)');
    if (!j.presence || typeof j.presence !== 'object' || !j.samples || typeof j.samples !== 'object' || !Array.isArray(j.calibration)) {
      throw bad('expected "presence", "samples" and "calibration"');
    }
    const b = new Baseline(j.app);
    b.sessions = j.sessions!;
    b.frozen = j.frozen === true;
    for (const [k, v] of Object.entries(j.presence)) {
      if (typeof v !== 'number') continue;
      b.present.set(k, v);
      if (k.startsWith('n|')) b.knowsTools = true;
    }
    for (const [k, v] of Object.entries(j.samples)) {
      if (!v || !Array.isArray(v.values) || typeof v.seen !== 'number') throw bad(`sample ${JSON.stringify(k)} must be { seen, values[] }`);
      b.samples.set(k, { seen: v.seen, values: v.values.filter((x) => typeof x === 'number') });
    }
    b.calibration = j.calibration.filter((x): x is number => typeof x === 'number');
    return b;
  }

  private changed(): void {
    this.revision++;
  }

  /** Drops the rarest keys (one-offs first) until a tenth of the room is free again. O(K) per round, rare. */
  private prune(): void {
    for (let cut = 1; this.present.size > MAX_KEYS * 0.9; cut++) {
      for (const [k, v] of this.present) if (v <= cut) this.present.delete(k);
    }
  }
}

const shapeKey = (shape: string) => `s|${shape}`;
