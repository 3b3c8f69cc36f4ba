import { describe, expect, it } from 'vitest';
import { VERDICT_JSON_SCHEMA, parseVerdict, verdictSchema } from './verdict.ts';

const good = { verdict: 'malicious', category: 'injection_propagation', confidence: 0.8, rationale: 'r', implicatedAgents: ['a'], implicatedSpans: [], recommendedAction: 'x' };

describe('parseVerdict', () => {
  it.each([
    ['a plain object', JSON.stringify(good), true],
    ['a ```json fence (JSON mode on some servers)', '```json\n' + JSON.stringify(good) + '\n```', true],
    ['a sentence before the object', 'Here is my verdict: ' + JSON.stringify(good), true],
    ['an empty reply', '', false],
    ['prose', 'The session looks benign.', false],
    ['malformed JSON', '{"verdict": "benign", ', false],
    ['a verdict outside the enum', JSON.stringify({ ...good, verdict: 'fine' }), false],
    ['confidence as a percentage', JSON.stringify({ ...good, confidence: 85 }), false],
    ['a missing field', JSON.stringify({ ...good, rationale: undefined }), false],
    ['an extra field (strict)', JSON.stringify({ ...good, override: true }), false],
    ["a reasoning model's <think> block with braces of its own first", '<think>the user wants {json}, and {"a": 1} is not it</think>\n' + JSON.stringify(good), true],
    ['a note with braces after the object', 'Verdict: ' + JSON.stringify(good) + '\nNote: the {recipient} field came from the email.', true],
    ['braces inside its strings', JSON.stringify({ ...good, rationale: 'the body said "}{" and {x}' }), true],
  ])('%s → ok=%s', (_name, reply, ok) => {
    expect(parseVerdict(reply).ok).toBe(ok);
  });

  it('names the failing fields, not the reply', () => {
    const r = parseVerdict(JSON.stringify({ ...good, confidence: 2 }));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^schema: confidence/) });
  });

  it('keeps the JSON schema for response_format in step with the zod schema', () => {
    expect([...VERDICT_JSON_SCHEMA.required].sort()).toEqual(Object.keys(verdictSchema.shape).sort());
    expect(Object.keys(VERDICT_JSON_SCHEMA.properties).sort()).toEqual(Object.keys(verdictSchema.shape).sort());
  });
});
