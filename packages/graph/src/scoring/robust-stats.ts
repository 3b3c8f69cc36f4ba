// Robust statistics over small samples: median, MAD scale, robust z-scores, quantiles, a bounded reservoir.

/** Median of an ascending-sorted array; NaN when empty. O(1). */
export function sortedMedian(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Linear-interpolated quantile of an ascending-sorted array (q in [0,1]); NaN when empty. O(1). */
export function sortedQuantile(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = Math.min(1, Math.max(0, q)) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Where a sample sits: median, robust scale and a high quantile. */
export interface RobustSummary {
  n: number;
  median: number;
  /**
   * Robust standard deviation: 1.4826 × MAD, or (when more than half the values tie, MAD = 0)
   * 1.2533 × the mean absolute deviation, never below `minScale`. The floor keeps a feature that
   * was constant in every normal session from turning a difference of one into an infinite z.
   */
  scale: number;
  p99: number;
}

/** Summarizes a sample. O(n log n) for the sort; callers cache the result per baseline version. */
export function summarize(values: readonly number[], minScale: number): RobustSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sortedMedian(sorted);
  const dev = sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
  let scale = 1.4826 * sortedMedian(dev);
  if (!(scale > 0)) scale = dev.length > 0 ? (1.2533 * dev.reduce((a, b) => a + b, 0)) / dev.length : 0;
  return { n: sorted.length, median, scale: Math.max(scale, minScale), p99: sortedQuantile(sorted, 0.99) };
}

/** Robust z-score of x against a summary; 0 for an empty summary. O(1). */
export function robustZ(x: number, s: RobustSummary): number {
  return s.n === 0 ? 0 : (x - s.median) / s.scale;
}

/**
 * Adds a value to a capped sample (reservoir sampling, Vitter's algorithm R) so a baseline learned
 * from millions of sessions keeps a fixed-size, unbiased sample. `seen` is how many values were
 * offered before this one. Deterministic: the slot comes from a hash of `seen`, not Math.random, so
 * the same sessions always give the same baseline. O(1).
 */
export function reservoirAdd(sample: number[], value: number, seen: number, cap: number): void {
  if (sample.length < cap) {
    sample.push(value);
    return;
  }
  const slot = hash32(seen) % (seen + 1);
  if (slot < cap) sample[slot] = value;
}

/** A 32-bit integer hash (splitmix-style), for deterministic pseudo-random choices. */
export function hash32(x: number): number {
  let h = (x ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The next count at which a growing count is looked at again: every step up to 20, then every 5%.
 * A count of n is then revisited O(20 + log₁.₀₅ n) times instead of n; a median or a z-score on the
 * log scale barely moves between two looks.
 */
export function nextCheck(count: number): number {
  return count < 20 ? count + 1 : Math.ceil(count * 1.05);
}

/** FNV-1a hash of a string: stable across runs and platforms (used to split corpora deterministically). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
