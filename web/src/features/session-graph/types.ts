// Types and limits of the session graph view: the graph the canvas draws and what the pure modules exchange.
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, NodeKind } from '../../lib/types.ts';

/** A node as drawn: the server's attributes plus its place in the layered layout. */
export interface ViewNode extends NodeAttributes {
  x: number;
  y: number;
  /** Column in the left-to-right execution flow (user = 0). */
  layer: number;
  /** Row inside the column (see NodePlace). */
  slot: number;
}

export type ViewEdge = EdgeAttributes;

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

/**
 * Above this many nodes the graph is not drawn: sigma stays fluid to about this size on a
 * laptop GPU, and a person cannot read more anyway; the view shows a summary instead.
 */
export const MAX_DRAWN_NODES = 5_000;

/**
 * Above this many edges ordinary edges are drawn as 1-px lines (sigma's gl.LINES program) instead of
 * arrows; highlighted and hovered edges keep their arrows. Arrows are two instanced programs per
 * edge: on a software-rendered canvas (no GPU) 5,000 of them cost ~400 ms a frame, lines ~100 ms
 * (bench/web.ts); and at this density arrowheads no longer read anyway (hover shows the direction).
 */
export const LINE_EDGES_ABOVE = 1_500;

/** From this many nodes a full layout runs in a Web Worker so the page keeps answering input. */
export const WORKER_LAYOUT_NODES = 1_500;

/** What the layout needs to know about the graph (plain data, so it can cross to a worker). */
export interface LayoutInput {
  nodes: Array<{ key: string; kind: NodeKind; firstSeen: string }>;
  edges: Array<{ source: string; target: string; kind: string; order: number }>;
  /** Nodes that already have a place: they keep it. */
  placed: Record<string, NodePlace>;
}

export interface NodePlace {
  layer: number;
  /** Row inside the layer, 0, 1, 2, … in placement order. */
  slot: number;
}

export type LayoutOutput = Record<string, NodePlace>;

/** Nodes and edges to emphasize (an alert's evidence). */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The session as it was after `step` interactions (timeline replay). */
export interface ReplayFrame {
  step: number;
  nodes: ReadonlySet<string>;
  /** Interactions per edge up to this step. */
  edgeCounts: ReadonlyMap<string, number>;
}

export type ColorMode = 'kind' | 'score';
