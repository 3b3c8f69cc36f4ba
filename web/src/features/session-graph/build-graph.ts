// Builds and grows the drawn graph: server snapshots and delta batches applied to one graphology instance, new nodes laid out.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphDelta, NodeAttributes, NodeKind } from '../../lib/types.ts';
import { layoutLayered, placeToXY } from './layout-layered.ts';
import type { LayoutInput, LayoutOutput, ViewGraph, ViewNode } from './types.ts';

export function createViewGraph(): ViewGraph {
  return new MultiDirectedGraph<ViewNode, EdgeAttributes>();
}

/** A snapshot as deltas, so snapshots and live batches take one path (and a re-snapshot merges instead of redrawing). */
export function snapshotDeltas(sessionId: string, g: SerializedGraph<NodeAttributes, EdgeAttributes>): GraphDelta[] {
  const out: GraphDelta[] = [];
  for (const n of g.nodes) if (n.attributes) out.push({ type: 'node:add', sessionId, node: n.key, attributes: n.attributes });
  for (const e of g.edges) {
    if (!e.attributes || !e.key) continue;
    out.push({ type: 'edge:add', sessionId, edge: e.key, source: e.source, target: e.target, attributes: e.attributes });
  }
  return out;
}

/** Kind of a node known only from an edge (`tool:x` → tool), for deltas that reference a node before it was announced. */
function kindFromId(id: string): NodeKind {
  const p = id.slice(0, id.indexOf(':'));
  return p === 'agent' || p === 'tool' || p === 'model' ? p : id === 'user' ? 'user' : 'agent';
}

function ensureNode(g: ViewGraph, id: string, attributes?: NodeAttributes): void {
  if (g.hasNode(id)) {
    if (attributes) g.mergeNodeAttributes(id, attributes);
    return;
  }
  const a: NodeAttributes = attributes ?? { kind: kindFromId(id), label: id.slice(id.indexOf(':') + 1), firstSeen: '0', lastSeen: '0', spanCount: 0, errorCount: 0 };
  // NaN marks "not laid out yet": layoutNew() gives it a place before anything draws.
  g.addNode(id, { ...a, x: NaN, y: NaN, layer: -1, slot: -1 });
}

/**
 * Applies deltas in order. Deltas carry absolute values, so applying one twice is harmless
 * (a snapshot that already contains a batch still in flight converges). Returns the number of
 * nodes and edges added.
 */
export function applyDeltas(g: ViewGraph, deltas: readonly GraphDelta[]): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  for (const d of deltas) {
    if (d.type === 'node:add') {
      if (!g.hasNode(d.node)) nodes++;
      ensureNode(g, d.node, d.attributes);
    } else if (d.type === 'edge:add') {
      if (g.hasEdge(d.edge)) {
        g.mergeEdgeAttributes(d.edge, d.attributes);
        continue;
      }
      for (const id of [d.source, d.target]) {
        if (!g.hasNode(id)) nodes++;
        ensureNode(g, id);
      }
      g.addDirectedEdgeWithKey(d.edge, d.source, d.target, { ...d.attributes });
      edges++;
    } else if (d.target === 'node') {
      if (g.hasNode(d.key)) g.mergeNodeAttributes(d.key, d.attributes);
    } else if (g.hasEdge(d.key)) {
      g.mergeEdgeAttributes(d.key, d.attributes);
    }
  }
  return { nodes, edges };
}

/** The layout's view of the graph: every node, every edge, and where placed nodes are. */
export function layoutInput(g: ViewGraph): LayoutInput {
  const input: LayoutInput = { nodes: [], edges: [], placed: {} };
  g.forEachNode((key, a) => {
    input.nodes.push({ key, kind: a.kind, firstSeen: a.firstSeen });
    if (a.layer >= 0) input.placed[key] = { layer: a.layer, slot: a.slot };
  });
  g.forEachEdge((_key, a, source, target) => {
    input.edges.push({ source, target, kind: a.kind, order: a.order });
  });
  return input;
}

/** Writes computed places onto the nodes (x, y from layer and slot). */
export function assignPlaces(g: ViewGraph, places: LayoutOutput): void {
  for (const [key, p] of Object.entries(places)) {
    if (!g.hasNode(key)) continue;
    const { x, y } = placeToXY(p);
    g.mergeNodeAttributes(key, { layer: p.layer, slot: p.slot, x, y });
  }
}

/** Lays out the nodes that have no place yet, on this thread (cheap for a batch of new nodes). */
export function layoutNew(g: ViewGraph): number {
  let missing = 0;
  g.forEachNode((_k, a) => {
    if (a.layer < 0) missing++;
  });
  if (missing === 0) return 0;
  const places = layoutLayered(layoutInput(g));
  assignPlaces(g, places);
  return missing;
}
