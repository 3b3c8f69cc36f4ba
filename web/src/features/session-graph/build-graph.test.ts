// Applying snapshots and deltas to the drawn graph: idempotent, tolerant of gaps, and stable for placed nodes.
import { describe, expect, it } from 'vitest';
import type { GraphDelta, NodeAttributes } from '../../lib/types.ts';
import { applyDeltas, createViewGraph, layoutNew, snapshotDeltas } from './build-graph.ts';

const attrs = (kind: NodeAttributes['kind'], label: string, t = '100'): NodeAttributes => ({ kind, label, firstSeen: t, lastSeen: t, spanCount: 1, errorCount: 0 });
const edgeAttrs = (kind: 'request' | 'invoke' | 'result', order: number, count = 1) => ({ kind, count, firstSeen: '1', lastSeen: '1', spanIds: [`s${order}`], order });

const batch1: GraphDelta[] = [
  { type: 'node:add', sessionId: 's', node: 'user', attributes: attrs('user', 'user') },
  { type: 'node:add', sessionId: 's', node: 'agent:a', attributes: attrs('agent', 'a') },
  { type: 'edge:add', sessionId: 's', edge: 'request:user->agent:a', source: 'user', target: 'agent:a', attributes: edgeAttrs('request', 0) },
];
const batch2: GraphDelta[] = [
  { type: 'node:add', sessionId: 's', node: 'tool:t', attributes: attrs('tool', 't', '200') },
  { type: 'edge:add', sessionId: 's', edge: 'invoke:agent:a->tool:t', source: 'agent:a', target: 'tool:t', attributes: edgeAttrs('invoke', 1) },
  { type: 'edge:add', sessionId: 's', edge: 'result:tool:t->agent:a', source: 'tool:t', target: 'agent:a', attributes: edgeAttrs('result', 2) },
  { type: 'attr:update', sessionId: 's', target: 'edge', key: 'invoke:agent:a->tool:t', attributes: { count: 3 } },
  { type: 'attr:update', sessionId: 's', target: 'node', key: 'agent:a', attributes: { spanCount: 4 } },
];

describe('applyDeltas', () => {
  it('adds nodes and edges and merges attribute updates', () => {
    const g = createViewGraph();
    expect(applyDeltas(g, batch1)).toEqual({ nodes: 2, edges: 1 });
    expect(applyDeltas(g, batch2)).toEqual({ nodes: 1, edges: 2 });
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.getEdgeAttribute('invoke:agent:a->tool:t', 'count')).toBe(3);
    expect(g.getNodeAttribute('agent:a', 'spanCount')).toBe(4);
  });

  it('applying the same batch twice changes nothing (snapshot overlapping a batch in flight)', () => {
    const g = createViewGraph();
    applyDeltas(g, [...batch1, ...batch2]);
    expect(applyDeltas(g, [...batch1, ...batch2])).toEqual({ nodes: 0, edges: 0 });
    expect([g.order, g.size]).toEqual([3, 3]);
  });

  it('creates a node an edge references before the node was announced', () => {
    const g = createViewGraph();
    applyDeltas(g, [batch2[1]]);
    expect(g.getNodeAttribute('tool:t', 'kind')).toBe('tool');
    expect(g.getNodeAttribute('agent:a', 'kind')).toBe('agent');
  });

  it('ignores updates for things it has not seen', () => {
    const g = createViewGraph();
    expect(() => applyDeltas(g, [batch2[3], batch2[4]])).not.toThrow();
    expect(g.order).toBe(0);
  });
});

describe('layoutNew', () => {
  it('gives every node a finite position', () => {
    const g = createViewGraph();
    applyDeltas(g, [...batch1, ...batch2]);
    expect(layoutNew(g)).toBe(3);
    g.forEachNode((_k, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
    expect(g.getNodeAttribute('tool:t', 'layer')).toBe(2);
  });

  it('keeps existing positions when nodes are added (a live graph must not jump)', () => {
    const g = createViewGraph();
    applyDeltas(g, batch1);
    layoutNew(g);
    const before = { ...g.getNodeAttributes('agent:a') };
    applyDeltas(g, batch2);
    applyDeltas(g, [{ type: 'node:add', sessionId: 's', node: 'tool:u', attributes: attrs('tool', 'u', '300') }, { type: 'edge:add', sessionId: 's', edge: 'invoke:agent:a->tool:u', source: 'agent:a', target: 'tool:u', attributes: edgeAttrs('invoke', 3) }]);
    expect(layoutNew(g)).toBe(2);
    const after = g.getNodeAttributes('agent:a');
    expect([after.x, after.y]).toEqual([before.x, before.y]);
    expect(g.getNodeAttribute('tool:u', 'y')).not.toBe(g.getNodeAttribute('tool:t', 'y'));
  });
});

describe('snapshotDeltas', () => {
  it('turns a serialized graph into the same graph', () => {
    const g = createViewGraph();
    applyDeltas(g, [...batch1, ...batch2]);
    const ser = g.export();
    const h = createViewGraph();
    applyDeltas(h, snapshotDeltas('s', ser as never));
    expect(h.order).toBe(g.order);
    expect(h.edges().sort()).toEqual(g.edges().sort());
  });
});
