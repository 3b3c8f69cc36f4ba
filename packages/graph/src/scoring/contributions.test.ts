import { describe, expect, it } from 'vitest';
import { keyContribution, keySurprise, readsOnlyEdge } from './contributions.ts';
import { buildBaseline } from './score-profile.ts';
import type { StructureKey, StructureKind } from './session-tracker.ts';
import { normalGraphs } from './testing/sessions.ts';

/** Normal sessions: researcher searches then fetches (reads), writer drafts then sends or saves (acts). */
const b = buildBaseline('test-app', normalGraphs(60));
const never = keySurprise(0, 60);

function key(kind: StructureKind, path: string[]): StructureKey {
  const [actor, ...calls] = path;
  const last = calls[calls.length - 1];
  return { key: `${kind[0]}|${actor}|${calls.join('|')}|new`, kind, edgeId: `invoke:${actor}->${last}`, path, spanId: 's' };
}

describe('keyContribution: sequences of known reads', () => {
  it('counts a new order of reads the agent makes in normal sessions a quarter', () => {
    const k = key('bigram', ['agent:researcher', 'tool:fetch_url', 'tool:web_search']);
    expect(readsOnlyEdge(k.kind, k.path)).toBe('e|invoke:agent:researcher->tool:web_search');
    expect(keyContribution(k, b)!.raw).toBeCloseTo(0.25 * never, 9);
    const t = key('trigram', ['agent:researcher', 'tool:fetch_url', 'tool:fetch_url', 'tool:web_search']);
    expect(keyContribution(t, b)!.raw).toBeCloseTo(0.25 * never, 9);
  });

  it('keeps full weight for a sequence that acts, and for a read the agent never makes', () => {
    const act = key('bigram', ['agent:researcher', 'tool:fetch_url', 'tool:send_email']);
    expect(readsOnlyEdge(act.kind, act.path)).toBeUndefined();
    expect(keyContribution(act, b)!.raw).toBeCloseTo(never, 9);
    // After an act: the sequence does not only read.
    const afterAct = key('bigram', ['agent:writer', 'tool:send_email', 'tool:web_search']);
    expect(keyContribution(afterAct, b)!.raw).toBeCloseTo(never, 9);
    // A known read tool, but the writer never reads it (no writer → web_search edge in normal sessions).
    const otherAgent = key('bigram', ['agent:writer', 'tool:web_search']);
    expect(readsOnlyEdge(otherAgent.kind, otherAgent.path)).toBe('e|invoke:agent:writer->tool:web_search');
    expect(keyContribution(otherAgent, b)!.raw).toBeCloseTo(never, 9);
  });
});
