import { describe, expect, it } from 'vitest';
import { followsAct, keyContribution, keySurprise, readsOnlyEdge } from './contributions.ts';
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
    // After an act: the sequence does not only read (and goes on after an act: 1.5×, see below).
    const afterAct = key('bigram', ['agent:writer', 'tool:send_email', 'tool:web_search']);
    expect(keyContribution(afterAct, b)!.raw).toBeCloseTo(1.5 * never, 9);
    // A known read tool, but the writer never reads it (no writer → web_search edge in normal sessions).
    const otherAgent = key('bigram', ['agent:writer', 'tool:web_search']);
    expect(readsOnlyEdge(otherAgent.kind, otherAgent.path)).toBe('e|invoke:agent:writer->tool:web_search');
    expect(keyContribution(otherAgent, b)!.raw).toBeCloseTo(never, 9);
  });
});

describe('keyContribution: sequences that go on after an act', () => {
  it('counts a tool call after an act 1.5 times its kind, a new read tool included', () => {
    const bigram = key('bigram', ['agent:writer', 'tool:send_email', 'tool:save_file']);
    expect(followsAct(bigram.kind, bigram.path)).toBe(true);
    expect(keyContribution(bigram, b)!.raw).toBeCloseTo(1.5 * never, 9);
    // The act in the middle of a trigram (trigrams weigh half).
    const trigram = key('trigram', ['agent:writer', 'tool:send_email', 'tool:draft_doc', 'tool:save_file']);
    expect(followsAct(trigram.kind, trigram.path)).toBe(true);
    expect(keyContribution(trigram, b)!.raw).toBeCloseTo(0.75 * never, 9);
    // A read tool no normal session called counts right after an act (it counts nothing elsewhere).
    const newRead = key('bigram', ['agent:writer', 'tool:send_email', 'tool:get_contacts']);
    expect(keyContribution(newRead, b)!.raw).toBeCloseTo(1.5 * never, 9);
  });

  it('keeps the plain weight when the act comes last, when what follows is not a tool, and for a new read after a non-act', () => {
    const actLast = key('bigram', ['agent:writer', 'tool:web_search', 'tool:send_email']);
    expect(followsAct(actLast.kind, actLast.path)).toBe(false);
    expect(keyContribution(actLast, b)!.raw).toBeCloseTo(never, 9);
    const trigramActLast = key('trigram', ['agent:writer', 'tool:draft_doc', 'tool:draft_doc', 'tool:send_email']);
    expect(followsAct(trigramActLast.kind, trigramActLast.path)).toBe(false);
    // Reporting to another agent after acting is how an agent ends its part.
    const message = key('bigram', ['agent:writer', 'tool:send_email', 'agent:reviewer']);
    expect(followsAct(message.kind, message.path)).toBe(false);
    expect(keyContribution(message, b)!.raw).toBeCloseTo(never, 9);
    // `draft_doc` has no verb we know: not an act, so a new read after it still counts nothing.
    const newRead = key('bigram', ['agent:writer', 'tool:draft_doc', 'tool:get_contacts']);
    expect(followsAct(newRead.kind, newRead.path)).toBe(false);
    expect(keyContribution(newRead, b)).toBeUndefined();
    // Edges and role patterns are not sequences of calls.
    expect(followsAct('edge', ['agent:writer', 'tool:send_email', 'tool:save_file'])).toBe(false);
  });
});
