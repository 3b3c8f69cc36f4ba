import { describe, expect, it } from 'vitest';
import type { Contribution } from './contributions.ts';
import { ScoreRecords } from './score-records.ts';

/** A contribution on an invoke edge (painted on the edge, its result mirror and the tool). */
function onEdge(tool: string, score: number): Contribution {
  const edge = `invoke:agent:a->tool:${tool}`;
  return { kind: 'edge', target: edge, raw: -Math.log(1 - score), score, text: '', path: ['agent:a', `tool:${tool}`], edgeIds: [edge], spanIds: [], reason: { target: edge, score, text: '' }, mirror: `result:tool:${tool}->agent:a` };
}

describe('ScoreRecords', () => {
  it('shows the current contributions when read, through the same two objects', () => {
    let parts: Contribution[] = [onEdge('x', 0.5)];
    const records = new ScoreRecords({ forEachPainted: (paint) => parts.forEach(paint) });
    const { nodes, edges } = records;
    records.markStale();
    expect(nodes['tool:x']).toBe(0.5);
    expect(edges['result:tool:x->agent:a']).toBe(0.5);
    parts = [onEdge('x', 0.9), onEdge('y', 0.2)];
    expect(nodes['tool:x']).toBe(0.5); // not marked stale: no repaint
    records.markStale();
    expect(records.nodes).toBe(nodes);
    expect({ ...nodes }).toEqual({ 'tool:x': 0.9, 'tool:y': 0.2 });
    expect(JSON.parse(JSON.stringify(edges))['invoke:agent:a->tool:y']).toBe(0.2);
    expect('tool:z' in nodes).toBe(false);
  });
});
