// A graph_anomaly Finding from a session score: the anomalous nodes, edges, spans and the path that leads to them.
import type { Finding, Severity } from '../finding.ts';
import { USER_NODE } from '../node-ids.ts';
import type { SessionGraph } from '../session-graph.ts';
import type { GraphScore } from './graph-scorer.ts';

/** Spans listed per anomalous edge: the evidence shows where, not every repeat. */
const SPANS_PER_EDGE = 5;
/** A tail probability this far below the target rate is rated high rather than medium. */
export const HIGH_FACTOR = 20;

/**
 * Builds the finding. Structure alone never proves an attack, so the severity stays at medium
 * (over the threshold) or high (20× past it); the judge and the rules say more.
 * O(K · (depth + SPANS_PER_EDGE)).
 */
export function anomalyFinding(g: SessionGraph, v: GraphScore, targetFpr: number): Finding {
  const severity: Severity = v.pValue <= targetFpr / HIGH_FACTOR ? 'high' : 'medium';
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  const spanIds = new Set<string>();
  for (const c of v.contributions) {
    for (const n of c.path) if (g.graph.hasNode(n)) nodeIds.add(n);
    if ((c.kind === 'metric' || c.kind === 'volume') && g.graph.hasNode(c.target)) nodeIds.add(c.target);
    for (const e of c.edgeIds) {
      if (!g.graph.hasEdge(e)) continue;
      edgeIds.add(e);
      for (const sp of g.graph.getEdgeAttribute(e, 'spanIds').slice(-SPANS_PER_EDGE)) spanIds.add(sp);
    }
    for (const sp of c.spanIds) spanIds.add(sp);
  }
  // The path down to the strongest anomaly: the delegation chain to the acting agent, then what it acted on.
  const lead = v.contributions.find((c) => c.edgeIds.some((e) => g.graph.hasEdge(e)) || ((c.kind === 'metric' || c.kind === 'volume') && g.graph.hasNode(c.target)));
  const leadEdge = lead?.edgeIds.find((e) => g.graph.hasEdge(e));
  const path = leadEdge ? [...chainTo(g, g.graph.source(leadEdge)), g.graph.target(leadEdge)] : lead ? chainTo(g, lead.target) : [];
  const reasons = v.reasons.slice(0, 3).map((r) => r.text);
  return {
    ruleId: 'graph_anomaly',
    category: 'graph_anomaly',
    severity,
    score: v.score,
    title: `Unusual session structure for app ${g.app} (anomaly score ${v.score.toFixed(3)})`,
    explanation:
      `This session departs from the ${v.baselineSessions} normal sessions learned for ${g.app}: ${reasons.join('; ')}. ` +
      `Score ${v.score.toFixed(4)} is at or above the threshold ${v.threshold.toFixed(4)} (target false-positive rate ${(targetFpr * 100).toFixed(2)}%).`,
    evidence: { nodeIds: [...nodeIds].sort(), edgeIds: [...edgeIds].sort(), spanIds: [...spanIds].sort(), path },
    dedupKey: `${g.sessionId}|graph_anomaly`,
  };
}

/**
 * The delegation chain from the user to `node` (request and delegate edges, first caller first),
 * ending at `node`. O(depth · in-degree); a visited set stops delegation cycles.
 */
function chainTo(g: SessionGraph, node: string): string[] {
  const chain = [node];
  const seen = new Set(chain);
  let cur = node;
  while (cur !== USER_NODE && g.graph.hasNode(cur)) {
    let parent: string | undefined;
    let best: bigint | undefined;
    let bestKey = '';
    // By first interaction (time, then edge id), not `order`: a live graph's ranks are final only once exported.
    g.graph.forEachInEdge(cur, (e, attr, source) => {
      if ((attr.kind !== 'request' && attr.kind !== 'delegate') || seen.has(source)) return;
      const t = BigInt(attr.firstSeen);
      if (best === undefined || t < best || (t === best && e < bestKey)) {
        best = t;
        bestKey = e;
        parent = source;
      }
    });
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parent);
    cur = parent;
  }
  return chain;
}
