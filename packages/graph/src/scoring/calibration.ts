// From raw scores of normal sessions to a tail probability and a threshold for a target false-positive rate.
import { sortedMedian } from './robust-stats.ts';

/**
 * Least tail scale, in raw-score units. When every normal session scored (nearly) the same, the
 * fitted tail would be flat and any deviation would alert; with this floor a session must sit
 * ~2 units (0.5 × ln 50) above the median to reach 1%: about one never-seen edge with its
 * transitions in an app with a dozen normal sessions.
 */
export const MIN_TAIL_SCALE = 0.5;

/**
 * One-sided confidence of the tail-scale upper bound (95%): a small calibration sample must not
 * promise a low false-positive rate. On agentdojo-dev (5–23 normal sessions per app) 90% let
 * 0.4% of held-out benign sessions alert over 40 random splits, 95% none, at the same AUROC.
 */
const TAIL_CONFIDENCE_Z = 1.6449; // standard normal 95% quantile

/**
 * Prior on the tail scale, in raw-score units: a normal session sits about one nat of surprise
 * (one key seen in a few normal sessions) above the app's median, worth TAIL_PRIOR_SESSIONS
 * sessions of evidence. The raw score is surprise in the same units for every app, so the prior
 * holds across apps; what a small app's few scores cannot tell is *its* scale, and the bare χ²
 * bound of 2–5 excesses is 2.5–6× their mean and swings from split to split. With the prior a
 * small app's scale sits near one nat plus what its sessions show; an app with hundreds of
 * normal sessions is ruled by its own. Scores of apps then compare on one scale (on
 * agentdojo-dev, 5–23 normal sessions per app, 40 splits: pooled AUROC 0.834 → 0.850, per-app
 * AUROC within 0.004, no held-out benign alert; BENCHMARKS.md). Conjugate: the excesses are exponential
 * with scale θ, θ ~ inverse-gamma(TAIL_PRIOR_SESSIONS, TAIL_PRIOR_SESSIONS · TAIL_PRIOR_SCALE).
 */
export const TAIL_PRIOR_SCALE = 1;
export const TAIL_PRIOR_SESSIONS = 8;

export interface CalibrationTail {
  /** Raw scores of normal sessions (each scored out of sample), ascending. */
  sorted: number[];
  median: number;
  /**
   * Scale of the exponential tail above the median: the 95% upper confidence bound of the scale
   * θ given the upper half of the sample's excesses over the median and the prior above
   * (2(S + m₀θ₀)/θ is χ²(2(m + m₀)) for m excesses summing to S), at least MIN_TAIL_SCALE. The
   * upper half counts scores tied with the median as zero excesses: a thousand identical normal
   * sessions pin the scale to the floor, whatever the prior.
   */
  tailScale: number;
}

/** O(c log c). */
export function calibrationTail(raws: number[]): CalibrationTail {
  const sorted = [...raws].sort((a, b) => a - b);
  const median = sorted.length > 0 ? sortedMedian(sorted) : 0;
  const upper = sorted.slice(sorted.length - (sorted.length >> 1));
  const m = upper.length + TAIL_PRIOR_SESSIONS;
  const excess = upper.reduce((a, x) => a + x - median, 0) + TAIL_PRIOR_SESSIONS * TAIL_PRIOR_SCALE;
  const bound = m > 0 ? (2 * excess) / chiSquareQuantileLow(2 * m) : 0;
  return { sorted, median, tailScale: Math.max(bound, MIN_TAIL_SCALE) };
}

/** The lower TAIL_CONFIDENCE quantile of χ²(k), Wilson–Hilferty approximation (good to ~1% for k ≥ 2). */
function chiSquareQuantileLow(k: number): number {
  const a = 2 / (9 * k);
  return k * Math.pow(Math.max(1e-6, 1 - a - TAIL_CONFIDENCE_Z * Math.sqrt(a)), 3);
}

/** Share of normal scores >= x. O(log c). */
function exceedance(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return (sorted.length - lo) / sorted.length;
}

/**
 * How likely a normal session scores at least `raw`: the empirical exceedance, and beyond the
 * median an exponential tail fitted to the excesses over it (peaks over threshold), whichever is
 * larger. The empirical part keeps heavy tails honest inside the data; the fitted tail extrapolates
 * past the largest normal score, which a small baseline needs to reach a 1% rate at all. O(log c).
 */
export function tailProbability(t: CalibrationTail, raw: number): number {
  if (t.sorted.length === 0) return 1;
  const emp = exceedance(t.sorted, raw);
  if (raw <= t.median) return Math.max(emp, 0.5);
  return Math.min(1, Math.max(emp, 0.5 * Math.exp(-(raw - t.median) / t.tailScale)));
}

/**
 * The smallest raw score whose tail probability is at most `fpr`: above it a normal session is
 * flagged at most that often (as far as the calibration sample can tell). O(1).
 */
export function rawThreshold(t: CalibrationTail, fpr: number): number {
  const tail = t.median + t.tailScale * Math.log(0.5 / fpr);
  const n = t.sorted.length;
  if (n === 0) return tail;
  // Empirical: more than fpr·n normal scores must lie below it.
  const k = n - 1 - Math.floor(fpr * n);
  const emp = k >= 0 ? nextUp(t.sorted[k]) : -Infinity;
  return Math.max(tail, emp);
}

function nextUp(x: number): number {
  return x + Math.max(1e-9, Math.abs(x) * 1e-9);
}
