// An alert's evidence as the set of nodes and edges to emphasize: its ids plus the edges along its path.
import type { Evidence } from '../../lib/types.ts';
import type { Highlight, ViewGraph } from './types.ts';

export const EMPTY_HIGHLIGHT: Highlight = { nodes: new Set(), edges: new Set() };

/**
 * Nodes: evidence.nodeIds and every node on evidence.path. Edges: evidence.edgeIds and, for each
 * consecutive pair on the path, the edges that join them in that direction (the path names nodes
 * only). Ids the graph does not hold are kept: the DOM reports them and the canvas skips them.
 */
export function evidenceHighlight(evidence: Evidence | undefined, graph: ViewGraph | undefined): Highlight {
  if (!evidence) return EMPTY_HIGHLIGHT;
  const nodes = new Set<string>([...(evidence.nodeIds ?? []), ...(evidence.path ?? [])]);
  const edges = new Set<string>(evidence.edgeIds ?? []);
  const path = evidence.path ?? [];
  if (graph) {
    for (let i = 0; i + 1 < path.length; i++) {
      const [a, b] = [path[i], path[i + 1]];
      if (graph.hasNode(a) && graph.hasNode(b)) for (const e of graph.outEdges(a, b)) edges.add(e);
    }
  }
  return { nodes, edges };
}

/** Same nodes and edges: lets a view keep the previous object so the canvas does not re-reduce every node for nothing. */
export function sameHighlight(a: Highlight, b: Highlight): boolean {
  if (a === b) return true;
  if (a.nodes.size !== b.nodes.size || a.edges.size !== b.edges.size) return false;
  for (const n of a.nodes) if (!b.nodes.has(n)) return false;
  for (const e of a.edges) if (!b.edges.has(e)) return false;
  return true;
}
