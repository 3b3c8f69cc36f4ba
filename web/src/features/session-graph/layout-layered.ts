// Layered left-to-right layout of an execution flow: each node's column is one past the node that first reached it.
import type { LayoutInput, LayoutOutput, NodePlace } from './types.ts';

/** Edges that carry control forward (caller → callee); results and returns point back and don't define columns. */
const FORWARD = new Set(['request', 'delegate', 'invoke', 'call', 'message', 'asks']);
/** Column of a node nothing forward reaches (an orphaned span's tool, a message target seen first). */
const FALLBACK_LAYER: Record<string, number> = { user: 0, agent: 1, tool: 2, model: 2 };

export const LAYER_GAP = 10;
export const ROW_GAP = 3;

/**
 * Places the nodes of `input` that are not in `input.placed`, keeping every placed node where
 * it is (a live graph must not jump). A new node goes to column `layer(source) + 1` of the
 * first forward edge that reaches it (edges by timeline order), in the next free row of that column.
 * O(nodes + edges · passes); passes stay small because edges arrive in time order.
 * @example
 * layoutLayered({ nodes, edges, placed: {} }) // → { user: {layer:0, slot:0}, 'agent:a': {layer:1, slot:0}, … }
 */
export function layoutLayered(input: LayoutInput): LayoutOutput {
  const out: LayoutOutput = {};
  const layerOf = new Map<string, number>();
  const used: number[] = [];
  for (const [key, p] of Object.entries(input.placed)) {
    layerOf.set(key, p.layer);
    used[p.layer] = Math.max(used[p.layer] ?? 0, p.slot + 1);
  }
  const place = (key: string, layer: number) => {
    const slot = used[layer] ?? 0;
    used[layer] = slot + 1;
    layerOf.set(key, layer);
    out[key] = { layer, slot };
  };

  const unplaced = new Map<string, string>();
  for (const n of input.nodes) if (!layerOf.has(n.key)) unplaced.set(n.key, n.kind);
  if (unplaced.size === 0) return out;
  for (const [key, kind] of unplaced) if (kind === 'user') place(key, 0);

  const forward = input.edges.filter((e) => FORWARD.has(e.kind)).sort((a, b) => a.order - b.order);
  for (let progress = true; progress; ) {
    progress = false;
    for (const e of forward) {
      if (layerOf.has(e.target) || !unplaced.has(e.target)) continue;
      const from = layerOf.get(e.source);
      if (from === undefined) continue;
      place(e.target, from + 1);
      progress = true;
    }
  }

  // Nodes nothing forward reaches: by kind, in order of first appearance so the result is deterministic.
  const rest = input.nodes.filter((n) => !layerOf.has(n.key)).sort((a, b) => cmpNanos(a.firstSeen, b.firstSeen) || (a.key < b.key ? -1 : 1));
  for (const n of rest) place(n.key, FALLBACK_LAYER[n.kind] ?? 1);
  return out;
}

/** Graph coordinates of a place: rows alternate around the axis (0, +1, −1, +2, …) so columns stay centred as they grow. */
export function placeToXY(p: NodePlace): { x: number; y: number } {
  const k = p.slot === 0 ? 0 : p.slot % 2 === 1 ? (p.slot + 1) / 2 : -p.slot / 2;
  return { x: p.layer * LAYER_GAP, y: -k * ROW_GAP };
}

function cmpNanos(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { NodePlace };

/** Room right of the last column, in graph units: about a label's width at the usual zoom. */
export const LABEL_ROOM = LAYER_GAP * 0.6;

/**
 * The extent sigma should frame: the nodes' extent plus room right of the last column for its
 * labels (a left-to-right flow ends in tools and models whose names would be cut at the edge).
 * Undefined for an empty graph.
 */
export function labelRoomBBox(g: { forEachNode(cb: (key: string, a: { x: number; y: number }) => void): void }): { x: [number, number]; y: [number, number] } | undefined {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  g.forEachNode((_k, a) => {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) return;
    if (a.x < x0) x0 = a.x;
    if (a.x > x1) x1 = a.x;
    if (a.y < y0) y0 = a.y;
    if (a.y > y1) y1 = a.y;
  });
  if (x0 === Infinity) return undefined;
  return { x: [x0, x1 + LABEL_ROOM], y: [Math.min(y0, -ROW_GAP), Math.max(y1, ROW_GAP)] };
}
