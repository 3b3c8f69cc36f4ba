// Session-level features and how each is compared: a log scale for counts, a floor on the robust scale.
import type { SessionGraph } from '../session-graph.ts';
import type { NodeMetric } from './node-metrics.ts';
import type { SessionTracker } from './session-tracker.ts';

export const SESSION_FEATURES = [
  'spans',
  'errors',
  'durationMs',
  'toolCalls',
  'llmCalls',
  'delegations',
  'messages',
  'tools',
  'agents',
  'edges',
  'depth',
  'fanOut',
  'repeatRun',
  'cycles',
] as const;
export type SessionFeature = (typeof SESSION_FEATURES)[number];
export type SessionFeatures = Record<SessionFeature, number>;

const LABELS: Record<SessionFeature, string> = {
  spans: 'spans',
  errors: 'error spans',
  durationMs: 'duration (ms)',
  toolCalls: 'tool calls',
  llmCalls: 'model calls',
  delegations: 'delegations',
  messages: 'agent messages',
  tools: 'distinct tools',
  agents: 'agents',
  edges: 'distinct interactions',
  depth: 'delegation depth',
  fanOut: 'largest fan-out',
  repeatRun: 'longest run of one repeated call',
  cycles: 'agent cycles',
};

/** How a sampled quantity is compared. */
export interface Scale {
  /** Counts and durations are compared on log1p: 2 → 4 calls is as far as 20 → 40. */
  log: boolean;
  /** Least robust scale, in transformed units (see robust-stats `summarize`). */
  minScale: number;
}

/** A doubling of a count is about 2.7 floors (log1p units): three doublings stand out, one does not. */
const COUNT: Scale = { log: true, minScale: 0.25 };
/** Centralities live in [0,1]; a shift of 0.15 is ~3 floors. */
const UNIT: Scale = { log: false, minScale: 0.05 };

export function featureLabel(f: SessionFeature): string {
  return LABELS[f];
}

/** Sample names in a baseline: `f|<feature>`, `c|<edge id>` (calls on one edge), `m|<node>|<metric>`. */
export const featureKey = (f: SessionFeature) => `f|${f}`;
export const callsKey = (edgeId: string) => `c|${edgeId}`;
export const metricKey = (node: string, metric: NodeMetric) => `m|${node}|${metric}`;

/** The comparison scale for a sample name. */
export function scaleOf(sampleKey: string): Scale {
  if (sampleKey.startsWith('m|') && (sampleKey.endsWith('|betweenness') || sampleKey.endsWith('|pagerank'))) return UNIT;
  return COUNT;
}

export function transform(x: number, s: Scale): number {
  return s.log ? Math.log1p(Math.max(0, x)) : x;
}

export function untransform(y: number, s: Scale): number {
  return s.log ? Math.expm1(y) : y;
}

/** The session's features from its tracker and graph counters. O(1). */
export function sessionFeatures(g: SessionGraph, t: SessionTracker, cycles: number): SessionFeatures {
  const duration = g.firstStart !== undefined && g.lastEnd !== undefined ? Number(g.lastEnd - g.firstStart) / 1e6 : 0;
  return {
    spans: g.spanCount,
    errors: g.errorCount,
    durationMs: duration,
    toolCalls: t.toolCalls,
    llmCalls: t.llmCalls,
    delegations: t.delegations,
    messages: t.messages,
    tools: t.tools,
    agents: t.agents,
    edges: t.edges,
    depth: t.maxDepth,
    fanOut: t.maxFanOut,
    repeatRun: t.maxRepeatRun,
    cycles,
  };
}

/** `featureKey` of every feature, in SESSION_FEATURES order: built once, so a lookup hashes no new string. */
export const FEATURE_KEYS: readonly string[] = SESSION_FEATURES.map(featureKey);

/**
 * `sessionFeatures` written into `out` in SESSION_FEATURES order, for the live scorer, which
 * re-reads them often and compares them with the last read. Same values as `sessionFeatures`. O(1).
 */
export function readFeatures(g: SessionGraph, t: SessionTracker, cycles: number, out: Float64Array): void {
  out[0] = g.spanCount;
  out[1] = g.errorCount;
  out[2] = g.firstStart !== undefined && g.lastEnd !== undefined ? Number(g.lastEnd - g.firstStart) / 1e6 : 0;
  out[3] = t.toolCalls;
  out[4] = t.llmCalls;
  out[5] = t.delegations;
  out[6] = t.messages;
  out[7] = t.tools;
  out[8] = t.agents;
  out[9] = t.edges;
  out[10] = t.maxDepth;
  out[11] = t.maxFanOut;
  out[12] = t.maxRepeatRun;
  out[13] = cycles;
}
