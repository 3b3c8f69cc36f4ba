// Property-based: whatever an endpoint replies, parsing ends in a verdict that satisfies the schema or
// in a short error; it never throws and never echoes more than a bounded message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVerdict, verdictSchema } from './verdict.ts';

const good = { verdict: 'malicious', category: 'injection_propagation', confidence: 0.8, rationale: 'r', implicatedAgents: ['a'], implicatedSpans: [], recommendedAction: 'x' };

function wellBehaved(reply: string): boolean {
  const r = parseVerdict(reply);
  if (r.ok) return verdictSchema.safeParse(r.verdict).success;
  return typeof r.error === 'string' && r.error.length > 0 && r.error.length <= 1_000;
}

describe('judge replies under fuzzing', () => {
  it('random text, random JSON, and JSON wrapped in prose or fences', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2_000 }), wellBehaved), { numRuns: 1_000 });
    fc.assert(fc.property(fc.json(), wellBehaved), { numRuns: 1_000 });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.json(), fc.constantFrom('', '```json\n', '```\n'), (prose, json, fence) => wellBehaved(`${prose}${fence}${json}${fence ? '\n```' : ''}`)),
      { numRuns: 500 },
    );
  });

  it('a valid verdict with one field replaced by any JSON value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(good)), fc.jsonValue(), (key, value) => {
        const reply = JSON.stringify({ ...good, [key]: value });
        const r = parseVerdict(reply);
        expect(wellBehaved(reply)).toBe(true);
        // A reply that passes must carry exactly what the schema allows, nothing coerced: the value as the
        // reply's JSON carries it (-0 travels as 0).
        if (r.ok) expect((r.verdict as Record<string, unknown>)[key]).toEqual(JSON.parse(JSON.stringify(value)));
        return true;
      }),
      { numRuns: 1_000 },
    );
  });
});
