// Re-scoring a live session's sampled counts: node volume at count checkpoints, session features when they move.
import type { Baseline } from './baseline.ts';
import { byRaw } from './leading-reasons.ts';
import type { LiveScore } from './live-score.ts';
import { nextCheck } from './robust-stats.ts';
import type { AppSamples, Sample } from './sample-cache.ts';
import { SESSION_FEATURES, readFeatures } from './session-features.ts';
import type { SessionGraph } from '../session-graph.ts';

/** One more interaction through a node: its weighted degree, scored at count checkpoints. O(1). */
export function addVolume(s: LiveScore, b: Baseline, samples: AppSamples, node: string): void {
  const n = (s.volume.get(node) ?? 0) + 1;
  s.volume.set(node, n);
  if (n < (s.callsCheck.get(node) ?? 0)) return;
  s.callsCheck.set(node, nextCheck(n));
  const v = samples.volumeOf(node);
  s.set(v.name, v.contribution(n, b));
}

/**
 * Re-reads the session features into `s.features` and says whether any contribution changed. A
 * feature is re-scored only when its value or the baseline moved. O(F), allocating only for a
 * feature over its line.
 */
export function readFeatureContributions(g: SessionGraph, s: LiveScore, b: Baseline, samples: Sample[]): boolean {
  const moved = s.featureBase !== b || s.featureRev !== b.revision;
  s.featureBase = b;
  s.featureRev = b.revision;
  readFeatures(g, s.tracker, s.cycles, FEATURE_SCRATCH);
  let changed = false;
  for (let i = 0; i < samples.length; i++) {
    const value = FEATURE_SCRATCH[i];
    if (!moved && value === s.featureValues[i]) continue;
    s.featureValues[i] = value;
    const c = samples[i].contribution(value, b);
    if (c || s.featureParts[i]) changed = true;
    s.featureParts[i] = c;
  }
  if (!changed) return false;
  s.features = [];
  for (const c of s.featureParts) if (c) s.features.push(c);
  s.featureSq = s.features.reduce((a, c) => a + c.raw * c.raw, 0);
  s.featuresByRaw = s.features.length > 1 ? [...s.features].sort(byRaw) : s.features;
  return true;
}

/** Feature values of the session being read (one read at a time: the scorer is synchronous). */
const FEATURE_SCRATCH = new Float64Array(SESSION_FEATURES.length);
