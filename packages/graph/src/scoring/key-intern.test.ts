import { describe, expect, it } from 'vitest';
import { Baseline } from './baseline.ts';
import { KeyIntern, MAX_INTERNED_KEYS } from './key-intern.ts';

describe('KeyIntern', () => {
  it('hands back the same key for the same node ids, with the string a profile would build', () => {
    const intern = new KeyIntern();
    const t = intern.trigram('agent:a', '^', 'tool:x', 'tool:y');
    expect(intern.trigram('agent:a', '^', 'tool:x', 'tool:y')).toBe(t);
    expect(t.key).toBe('t|agent:a|^|tool:x|tool:y');
    expect(intern.bigram('agent:a', 'tool:x', 'tool:y').key).toBe('b|agent:a|tool:x|tool:y');
    expect(intern.trigram('agent:b', '^', 'tool:x', 'tool:y')).not.toBe(t);
    expect(intern.edge('invoke:agent:a->tool:y', 'tool:y').key).toBe('e|invoke:agent:a->tool:y');
  });

  it('re-reads whether a key scores when the baseline learns', () => {
    const b = new Baseline('app');
    const k = new KeyIntern().edge('invoke:agent:a->tool:send_money', 'tool:send_money');
    for (let i = 0; i < 10; i++) b.learn({ keys: [], values: {} });
    expect(k.scores(b)).toBe(true); // never seen in 10 sessions
    for (let i = 0; i < 10; i++) b.learn({ keys: [{ key: k.key, kind: 'edge', edgeId: 'e', path: [], spanId: 's' }], values: {} });
    expect(k.scores(b)).toBe(false); // now in half of 20: common
  });

  it('starts over instead of growing past its bound', () => {
    const intern = new KeyIntern();
    const first = intern.edge('e0', 'tool:t0');
    for (let i = 1; i <= MAX_INTERNED_KEYS; i++) intern.edge(`e${i}`, `tool:t${i}`);
    expect(intern.edge('e0', 'tool:t0')).not.toBe(first); // dropped with the rest, made again
    expect(intern.edge('e0', 'tool:t0').key).toBe(first.key);
  });
});
