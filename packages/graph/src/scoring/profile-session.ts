// A finished session as the baseline sees it: its structural keys and sampled values.
import type { SessionGraph } from '../session-graph.ts';
import type { SessionProfile } from './baseline.ts';
import { computeSessionMetrics, NODE_METRICS, type SessionMetrics } from './node-metrics.ts';
import { SESSION_FEATURES, callsKey, featureKey, metricKey, sessionFeatures } from './session-features.ts';
import { SessionTracker, type StructureKey } from './session-tracker.ts';

/** Edge kinds whose per-session count is a "calls per tool / per delegate" sample. */
const COUNTED_KINDS = new Set(['invoke', 'delegate', 'message', 'call']);

/**
 * Profiles a session: exact structure from its time-ordered timeline, features, calls per edge,
 * and per-node metrics. O(T + n'·m') (timeline walk plus one metric pass).
 */
export function profileSession(g: SessionGraph, metrics: SessionMetrics = computeSessionMetrics(g.graph)): SessionProfile {
  const keys: StructureKey[] = [];
  const tracker = SessionTracker.fromTimeline(g, (k) => keys.push(k));
  const values: Record<string, number> = {};
  const f = sessionFeatures(g, tracker, metrics.cycles);
  for (const name of SESSION_FEATURES) values[featureKey(name)] = f[name];
  g.graph.forEachEdge((e, attr) => {
    if (COUNTED_KINDS.has(attr.kind)) values[callsKey(e)] = attr.count;
  });
  // Metrics of approximate passes are not learned: they would bias the sample of small sessions.
  if (!metrics.approximate) {
    for (const [node, m] of Object.entries(metrics.nodes)) for (const name of NODE_METRICS) values[metricKey(node, name)] = m[name];
  }
  return { keys, values, shape: tracker.shape };
}
