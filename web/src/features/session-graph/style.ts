// How graph elements look: colours and shapes by kind, the anomaly score colour scale, canvas-safe labels.
import { safeInline } from '../../lib/safe-text.ts';
import type { EdgeKind, NodeKind } from '../../lib/types.ts';
import type { ColorMode, ViewEdge, ViewNode } from './types.ts';

export const NODE_STYLE: Record<NodeKind, { color: string; size: number; shape: 'circle' | 'square' | 'diamond'; name: string }> = {
  user: { color: '#e6edf3', size: 14, shape: 'circle', name: 'User' },
  agent: { color: '#58a6ff', size: 12, shape: 'circle', name: 'Agent' },
  tool: { color: '#f0883e', size: 10, shape: 'square', name: 'Tool' },
  model: { color: '#bc8cff', size: 9, shape: 'diamond', name: 'Model' },
};

export const EDGE_COLOR: Record<EdgeKind, string> = {
  request: '#8b949e',
  delegate: '#58a6ff',
  return: '#1f6feb',
  message: '#3fb950',
  invoke: '#f0883e',
  result: '#d29922',
  call: '#bc8cff',
  asks: '#8957e5',
};

export const HIGHLIGHT_COLOR = '#ff3b6b';
export const DIM_COLOR = '#30363d';
export const UNSCORED_COLOR = '#6e7681';

/** Green (normal) → amber → red (anomalous); interpolated so close scores look close. */
export function scoreColor(score: number | undefined): string {
  if (score === undefined || !Number.isFinite(score)) return UNSCORED_COLOR;
  const s = Math.max(0, Math.min(1, score));
  const stops: Array<[number, [number, number, number]]> = [
    [0, [63, 185, 80]],
    [0.5, [210, 153, 34]],
    [1, [248, 81, 73]],
  ];
  const i = s <= 0.5 ? 0 : 1;
  const [a, ca] = stops[i];
  const [b, cb] = stops[i + 1];
  const t = (s - a) / (b - a);
  const rgb = ca.map((c, k) => Math.round(c + (cb[k] - c) * t));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Canvas label of a node: neutralized (canvas has no markup, but bidi overrides still reorder), clipped, with its span
 * count, and how many times the agent delegated to itself: a self-loop has no length to draw an arrow along.
 */
export function nodeLabel(a: ViewNode, selfCalls = 0): string {
  const name = safeInline(a.label, 32);
  const label = a.spanCount > 1 ? `${name} (${a.spanCount})` : name;
  return selfCalls > 0 ? `${label} ↻${selfCalls > 1 ? ` ×${selfCalls}` : ''}` : label;
}

/** Repeated interactions show their count; single ones stay unlabelled to keep the picture readable. */
export function edgeLabel(a: ViewEdge, count = a.count): string {
  return count > 1 ? `${a.kind} ×${count}` : '';
}

export function nodeColor(a: ViewNode, mode: ColorMode): string {
  return mode === 'score' ? scoreColor(a.score) : NODE_STYLE[a.kind]?.color ?? UNSCORED_COLOR;
}

export function edgeColor(a: ViewEdge, mode: ColorMode): string {
  return mode === 'score' ? scoreColor(a.score) : EDGE_COLOR[a.kind] ?? UNSCORED_COLOR;
}

/** Edge width grows with repeats, logarithmically so a 10,000-step loop stays a line. */
export function edgeSize(count: number): number {
  return 1 + Math.min(4, Math.log2(Math.max(1, count)));
}
