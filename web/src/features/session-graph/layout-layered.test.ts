// The layered layout: columns follow the execution flow and placed nodes never move.
import { describe, expect, it } from 'vitest';
import { LABEL_ROOM, labelRoomBBox, layoutLayered, placeToXY } from './layout-layered.ts';
import type { LayoutInput } from './types.ts';

const node = (key: string, kind: 'user' | 'agent' | 'tool' | 'model', firstSeen = '1') => ({ key, kind, firstSeen });
const edge = (kind: string, source: string, target: string, order: number) => ({ kind, source, target, order });

const session: LayoutInput = {
  nodes: [node('user', 'user'), node('agent:planner', 'agent'), node('agent:worker', 'agent'), node('tool:search', 'tool'), node('model:gpt', 'model'), node('tool:send', 'tool')],
  edges: [
    edge('request', 'user', 'agent:planner', 0),
    edge('call', 'agent:planner', 'model:gpt', 1),
    edge('delegate', 'agent:planner', 'agent:worker', 2),
    edge('invoke', 'agent:worker', 'tool:search', 3),
    edge('result', 'tool:search', 'agent:worker', 4),
    edge('return', 'agent:worker', 'agent:planner', 5),
    edge('invoke', 'agent:planner', 'tool:send', 6),
  ],
  placed: {},
};

describe('layoutLayered', () => {
  it('puts each node one column past the node that first reached it', () => {
    const out = layoutLayered(session);
    expect(out['user'].layer).toBe(0);
    expect(out['agent:planner'].layer).toBe(1);
    expect(out['model:gpt'].layer).toBe(2);
    expect(out['agent:worker'].layer).toBe(2);
    expect(out['tool:search'].layer).toBe(3);
    expect(out['tool:send'].layer).toBe(2);
  });

  it('orders rows in a column by first interaction', () => {
    const out = layoutLayered(session);
    expect([out['model:gpt'].slot, out['agent:worker'].slot, out['tool:send'].slot]).toEqual([0, 1, 2]);
  });

  it('does not follow result and return edges back to the left', () => {
    const out = layoutLayered({ ...session, edges: session.edges.filter((e) => e.kind !== 'invoke' || e.target !== 'tool:search') });
    // Only a result edge mentions tool:search now: it falls back to the tool column.
    expect(out['tool:search'].layer).toBe(2);
  });

  it('keeps placed nodes where they are and only places new ones', () => {
    const first = layoutLayered({ ...session, nodes: session.nodes.slice(0, 3), edges: session.edges.slice(0, 3) });
    const next = layoutLayered({ ...session, placed: first });
    expect(Object.keys(next).sort()).toEqual(['model:gpt', 'tool:search', 'tool:send']);
    // agent:worker took row 0 of column 2 before the model arrived: the model goes below it.
    expect(first['agent:worker']).toEqual({ layer: 2, slot: 0 });
    expect(next['model:gpt']).toEqual({ layer: 2, slot: 1 });
  });

  it('places a node whose source is placed later in the same pass', () => {
    const out = layoutLayered({
      nodes: [node('user', 'user'), node('agent:a', 'agent'), node('agent:b', 'agent')],
      edges: [edge('message', 'agent:a', 'agent:b', 0), edge('request', 'user', 'agent:a', 1)],
      placed: {},
    });
    expect(out['agent:b'].layer).toBe(2);
  });

  it('is independent of the order nodes are listed in', () => {
    const a = layoutLayered(session);
    const b = layoutLayered({ ...session, nodes: [...session.nodes].reverse(), edges: [...session.edges].reverse() });
    expect(b).toEqual(a);
  });
});

describe('placeToXY', () => {
  it.each([
    [{ layer: 0, slot: 0 }, { x: 0, y: 0 }],
    [{ layer: 2, slot: 1 }, { x: 20, y: -3 }],
    [{ layer: 2, slot: 2 }, { x: 20, y: 3 }],
    [{ layer: 1, slot: 3 }, { x: 10, y: -6 }],
  ])('%o → %o', (p, xy) => {
    const r = placeToXY(p);
    expect({ x: r.x, y: r.y + 0 }).toEqual(xy);
  });
});

describe('labelRoomBBox', () => {
  const graph = (pts: Array<{ x: number; y: number }>) => ({ forEachNode: (cb: (k: string, a: { x: number; y: number }) => void) => pts.forEach((p, i) => cb(String(i), p)) });

  it('leaves room right of the last column so its labels are not cut at the edge', () => {
    expect(labelRoomBBox(graph([{ x: 0, y: 0 }, { x: 30, y: -6 }, { x: 20, y: 9 }]))).toEqual({ x: [0, 30 + LABEL_ROOM], y: [-6, 9] });
  });

  it('skips nodes not laid out yet, and answers undefined for an empty graph', () => {
    expect(labelRoomBBox(graph([]))).toBeUndefined();
    expect(labelRoomBBox(graph([{ x: NaN, y: NaN }]))).toBeUndefined();
    expect(labelRoomBBox(graph([{ x: 0, y: 0 }, { x: NaN, y: 1 }]))?.x).toEqual([0, LABEL_ROOM]);
  });
});
