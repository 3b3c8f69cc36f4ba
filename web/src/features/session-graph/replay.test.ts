// Timeline replay and evidence highlighting.
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../lib/types.ts';
import { applyDeltas, createViewGraph } from './build-graph.ts';
import { evidenceHighlight, sameHighlight } from './highlight.ts';
import { replayFrame } from './replay.ts';

const t = (order: number, kind: TimelineEntry['kind'], source: string, target: string): TimelineEntry => ({
  order,
  spanId: `s${order}`,
  edgeId: `${kind}:${source}->${target}`,
  kind,
  source,
  target,
  time: String(order),
});

const timeline = [t(0, 'request', 'user', 'agent:a'), t(1, 'invoke', 'agent:a', 'tool:x'), t(2, 'result', 'tool:x', 'agent:a'), t(3, 'invoke', 'agent:a', 'tool:x')];

describe('replayFrame', () => {
  it.each([
    [0, [], {}],
    [1, ['agent:a', 'user'], { 'request:user->agent:a': 1 }],
    [4, ['agent:a', 'tool:x', 'user'], { 'request:user->agent:a': 1, 'invoke:agent:a->tool:x': 2, 'result:tool:x->agent:a': 1 }],
    [99, ['agent:a', 'tool:x', 'user'], { 'request:user->agent:a': 1, 'invoke:agent:a->tool:x': 2, 'result:tool:x->agent:a': 1 }],
  ])('after %d steps', (step, nodes, counts) => {
    const f = replayFrame(timeline, step);
    expect([...f.nodes].sort()).toEqual(nodes);
    expect(Object.fromEntries(f.edgeCounts)).toEqual(counts);
  });

  it('replays in timeline order even when entries come unsorted', () => {
    const f = replayFrame([...timeline].reverse(), 1);
    expect([...f.edgeCounts.keys()]).toEqual(['request:user->agent:a']);
  });
});

describe('evidenceHighlight', () => {
  it('adds the edges along the evidence path, in path direction only', () => {
    const g = createViewGraph();
    const na = { firstSeen: '1', lastSeen: '1', spanCount: 1, errorCount: 0 };
    const ea = { count: 1, firstSeen: '1', lastSeen: '1', spanIds: [], order: 0 };
    applyDeltas(g, [
      { type: 'node:add', sessionId: 's', node: 'tool:web', attributes: { kind: 'tool', label: 'web', ...na } },
      { type: 'node:add', sessionId: 's', node: 'agent:a', attributes: { kind: 'agent', label: 'a', ...na } },
      { type: 'node:add', sessionId: 's', node: 'tool:pay', attributes: { kind: 'tool', label: 'pay', ...na } },
      { type: 'edge:add', sessionId: 's', edge: 'result:tool:web->agent:a', source: 'tool:web', target: 'agent:a', attributes: { kind: 'result', ...ea } },
      { type: 'edge:add', sessionId: 's', edge: 'invoke:agent:a->tool:web', source: 'agent:a', target: 'tool:web', attributes: { kind: 'invoke', ...ea } },
      { type: 'edge:add', sessionId: 's', edge: 'invoke:agent:a->tool:pay', source: 'agent:a', target: 'tool:pay', attributes: { kind: 'invoke', ...ea } },
    ]);
    const h = evidenceHighlight({ nodeIds: [], edgeIds: [], spanIds: [], path: ['tool:web', 'agent:a', 'tool:pay'] }, g);
    expect([...h.nodes].sort()).toEqual(['agent:a', 'tool:pay', 'tool:web']);
    expect([...h.edges].sort()).toEqual(['invoke:agent:a->tool:pay', 'result:tool:web->agent:a']);
  });

  it('highlights nothing without evidence', () => {
    expect(evidenceHighlight(undefined, undefined).nodes.size).toBe(0);
  });
});

describe('sameHighlight', () => {
  const h = (nodes: string[], edges: string[] = []) => ({ nodes: new Set(nodes), edges: new Set(edges) });
  it.each([
    [h(['a', 'b'], ['e']), h(['b', 'a'], ['e']), true],
    [h([]), h([]), true],
    [h(['a']), h(['b']), false],
    [h(['a'], ['e']), h(['a']), false],
    [h(['a']), h(['a', 'b']), false],
  ])('%# compares contents, not identity (so a growing graph does not re-reduce every frame)', (a, b, want) => {
    expect(sameHighlight(a, b)).toBe(want);
  });
});
