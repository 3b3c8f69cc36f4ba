// Graph styling: score colours, labels with counts, hostile labels neutralized on the canvas.
import { describe, expect, it } from 'vitest';
import { edgeLabel, edgeSize, nodeLabel, scoreColor, UNSCORED_COLOR } from './style.ts';
import type { ViewEdge, ViewNode } from './types.ts';

const n = (label: string, spanCount = 1): ViewNode => ({ kind: 'tool', label, firstSeen: '1', lastSeen: '1', spanCount, errorCount: 0, x: 0, y: 0, layer: 1, slot: 0 });
const e = (count: number): ViewEdge => ({ kind: 'invoke', count, firstSeen: '1', lastSeen: '1', spanIds: [], order: 0 });

describe('scoreColor', () => {
  it.each([
    [0, '#3fb950'],
    [0.5, '#d29922'],
    [1, '#f85149'],
    [7, '#f85149'],
    [-1, '#3fb950'],
  ])('%d → %s', (s, c) => expect(scoreColor(s)).toBe(c));

  it('shows unscored elements in grey, not green', () => {
    expect(scoreColor(undefined)).toBe(UNSCORED_COLOR);
    expect(scoreColor(NaN)).toBe(UNSCORED_COLOR);
  });
});

describe('labels', () => {
  it('adds the span count to a node used more than once', () => {
    expect(nodeLabel(n('search', 3))).toBe('search (3)');
    expect(nodeLabel(n('search', 1))).toBe('search');
  });

  it('marks an agent that delegated to itself, with how often', () => {
    expect(nodeLabel(n('lead', 3), 1)).toBe('lead (3) ↻');
    expect(nodeLabel(n('lead', 3), 2)).toBe('lead (3) ↻ ×2');
  });

  it('neutralizes an RTL override in a node label', () => {
    expect(nodeLabel(n('evil\u202Etxt.exe'))).toBe('evil\\u202Etxt.exe');
  });

  it('labels only repeated edges, with their count', () => {
    expect(edgeLabel(e(1))).toBe('');
    expect(edgeLabel(e(4))).toBe('invoke ×4');
    expect(edgeLabel(e(4), 2)).toBe('invoke ×2');
  });

  it('keeps a huge loop edge a reasonable width', () => {
    expect(edgeSize(1)).toBe(1);
    expect(edgeSize(10_000)).toBe(5);
  });
});
