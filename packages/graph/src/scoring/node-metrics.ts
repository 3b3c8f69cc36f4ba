// Per-node graph metrics of a session (degree, weighted degree, betweenness, PageRank, cycles) via graphology-metrics.
import { DirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import { stronglyConnectedComponents } from 'graphology-components';
import { centrality } from 'graphology-metrics';
import type { EdgeKind } from '../graph-types.ts';
import type { SessionGraphData } from '../session-graph.ts';

/**
 * Nodes kept for the metric pass. Betweenness is O(n·m); a session with thousands of distinct
 * tools would make one pass cost seconds. Past this size the pass runs on the user, every agent
 * and the busiest tools and models (an approximation, flagged as such): the agents are where
 * centrality means something, and a tool called once barely moves anyone's centrality.
 */
export const MAX_METRIC_NODES = 200;

export const NODE_METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type NodeMetric = (typeof NODE_METRICS)[number];
/** What the metric pass scores; weighted degree is a running count, scored live on the ingest path. */
export const PASS_METRICS: readonly NodeMetric[] = ['degree', 'betweenness', 'pagerank'];
export type NodeMetricValues = Record<NodeMetric, number>;

export interface SessionMetrics {
  nodes: Record<string, NodeMetricValues>;
  /** Independent cycles among agents (delegations and messages that come back around): Σ over SCCs of m − n + 1. */
  cycles: number;
  /** True when the session had more than `maxNodes` nodes and the pass ran on a subset. */
  approximate: boolean;
}

const MIRROR_KINDS: ReadonlySet<EdgeKind> = new Set(['result', 'return']);
const CYCLE_KINDS: ReadonlySet<EdgeKind> = new Set(['delegate', 'message']);

/**
 * Computes the metrics of every (kept) node.
 * Complexity: one edge walk O(n + m); betweenness O(n'·m') (Brandes, unweighted); PageRank
 * O(iterations·m'); cycles O(a + d) over the a agents and d delegations/messages; n' ≤ maxNodes.
 * Small sessions are measured on the session graph itself (its parallel edges — invoke and result,
 * delegate and return — count as they are, the same way in every session); only past `maxNodes`
 * is a merged projection of the kept nodes built, which costs more than the metrics on a small graph.
 *
 * @example
 * const m = computeSessionMetrics(session.graph);
 * m.nodes['agent:planner'].betweenness; // 0.42
 */
export function computeSessionMetrics(graph: SessionGraphData, maxNodes = MAX_METRIC_NODES): SessionMetrics {
  const weighted = new Map<string, number>();
  const loops: [string, string][] = [];
  graph.forEachEdge((_e, attr, source, target) => {
    if (CYCLE_KINDS.has(attr.kind) && source !== target) loops.push([source, target]);
    if (MIRROR_KINDS.has(attr.kind)) return;
    weighted.set(source, (weighted.get(source) ?? 0) + attr.count);
    weighted.set(target, (weighted.get(target) ?? 0) + attr.count);
  });
  const approximate = graph.order > maxNodes;
  const p: Graph = approximate ? projection(graph, keptNodes(graph, weighted, maxNodes)) : graph;
  const weight = approximate ? 'weight' : 'count';
  const betweenness = p.order > 2 ? centrality.betweenness(p, { getEdgeWeight: null }) : {};
  // 1e-3 (L1 over all nodes): centralities are compared at ±0.05; the default 1e-6 costs twice the iterations.
  const rank = p.size > 0 ? centrality.pagerank(p, { getEdgeWeight: weight, tolerance: 1e-3 }) : {};
  const nodes: Record<string, NodeMetricValues> = {};
  p.forEachNode((n) => {
    // Degrees always from the session graph: only the path-based metrics are approximate on a subset.
    nodes[n] = { degree: graph.degree(n), weightedDegree: weighted.get(n) ?? 0, betweenness: betweenness[n] ?? 0, pagerank: rank[n] ?? 1 / Math.max(1, p.order) };
  });
  return { nodes, cycles: mayCycle(loops) ? countCycles(loops) : 0, approximate };
}

/** A cycle needs an edge into a node that itself has an outgoing edge: most sessions (a plain delegation tree) have none. O(d). */
function mayCycle(loops: [string, string][]): boolean {
  if (loops.length < 2) return false;
  const sources = new Set(loops.map(([s]) => s));
  return loops.some(([, t]) => sources.has(t));
}

/** Independent cycles among agents: Σ over strongly connected components of (edges − nodes + 1). */
function countCycles(loops: [string, string][]): number {
  const agents = new DirectedGraph();
  for (const [s, t] of loops) {
    agents.mergeNode(s);
    agents.mergeNode(t);
    agents.mergeEdge(s, t);
  }
  let cycles = 0;
  for (const scc of stronglyConnectedComponents(agents)) {
    if (scc.length < 2) continue;
    const inside = new Set(scc);
    let m = 0;
    for (const n of scc) agents.forEachOutNeighbor(n, (t) => void (inside.has(t) && m++));
    cycles += m - scc.length + 1;
  }
  return cycles;
}

/** Merged simple graph of the kept nodes: one edge per ordered pair, weight = interactions on it. O(n' + m). */
function projection(graph: SessionGraphData, keep: Set<string>): Graph {
  const p = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (const n of keep) p.addNode(n);
  graph.forEachEdge((_e, attr, source, target) => {
    if (!keep.has(source) || !keep.has(target) || source === target) return;
    if (p.hasEdge(source, target)) p.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + attr.count);
    else p.addEdge(source, target, { weight: attr.count });
  });
  return p;
}

/** All nodes when few; else the user, agents, then tools and models by interactions, up to `max`. O(n log n). */
function keptNodes(graph: SessionGraphData, weighted: Map<string, number>, max: number): Set<string> {
  if (graph.order <= max) return new Set(graph.nodes());
  const keep = new Set<string>();
  const rest: string[] = [];
  graph.forEachNode((n, attr) => {
    if ((attr.kind === 'user' || attr.kind === 'agent') && keep.size < max) keep.add(n);
    else rest.push(n);
  });
  rest.sort((a, b) => (weighted.get(b) ?? 0) - (weighted.get(a) ?? 0) || (a < b ? -1 : 1));
  for (const n of rest) {
    if (keep.size >= max) break;
    keep.add(n);
  }
  return keep;
}
