// Evidence values found in the span text they came from: kind prefixes, lowercased values, separators, masked secrets.
import { describe, expect, it } from 'vitest';
import { evidencePattern } from './evidence-marks.ts';
import { markSegments } from './safe-text.ts';

/** The marked parts of `text` for these evidence values. */
const marked = (values: unknown[], text: string) =>
  markSegments([{ text }], evidencePattern(values))
    .filter((s) => s.marked)
    .map((s) => s.text);

describe('evidencePattern', () => {
  it.each([
    ['an email, stored lowercase', ['email:mark.black-2134@gmail.com'], 'send to Mark.Black-2134@Gmail.com now', ['Mark.Black-2134@Gmail.com']],
    ['a domain', ['domain:gmail.com'], 'at GMAIL.COM', ['GMAIL.COM']],
    ['a URL kept without scheme and www.', ['url:evil.example/collect?d=1'], 'load https://www.Evil.example/collect?d=1 first', ['https://www.Evil.example/collect?d=1']],
    ['an IBAN printed in groups', ['iban:DE89370400440532013000'], 'pay DE89 3704 0044 0532 0130 00 today', ['DE89 3704 0044 0532 0130 00']],
    ['an IBAN in one run', ['iban:DE89370400440532013000'], 'iban=DE89370400440532013000', ['DE89370400440532013000']],
    ['digits with separators', ['digits:4412345678'], 'call +44 (123) 456-78 or 4412345678', ['44 (123) 456-78', '4412345678']],
    ['digits not inside a longer number', ['digits:1234567'], 'ref 91234567 and 1234567', ['1234567']],
    ['a literal from the arguments, lowercased', ['literal:follow-up meeting'], "title: 'Follow-up Meeting'", ['Follow-up Meeting']],
    ['a quoted string across a line break', ['quoted:send the file'], 'Send the\nfile', ['Send the\nfile']],
    ['a number, not inside another', ['number:1500'], 'amount 1500, not 15000 or 1500.5', ['1500']],
    ['a repeated phrase, punctuation between its words', ['text:visit evil site'], 'You should Visit: evil-site today, not revisit evil sites', ['Visit: evil-site']],
    ['a token, as written', ['token:AbCdEf0123456789xyz'], 'key AbCdEf0123456789xyz', ['AbCdEf0123456789xyz']],
    ['a value without a kind', ['DE89370400'], 'x DE89370400 y', ['DE89370400']],
    ['the longest value where two start at one place', ['domain:evil.example', 'url:evil.example/x'], 'go to evil.example/x', ['evil.example/x']],
  ])('marks %s', (_name, values, text, expected) => {
    expect(marked(values, text)).toEqual(expected);
  });

  it('leaves masked secrets and short values alone', () => {
    expect(evidencePattern(['sk-…xy (40 chars)', 'email:ab***', 'literal:ok', 'number:42', 'digits:1-2'])).toBeUndefined();
  });

  it('takes odd values without throwing: regex characters, blanks, non-strings', () => {
    const values = ['literal:a+b (c)? [d]*', 'text:', 'url:', '', ':', 'bogus:x.y.z', 42, null, 'literal:\\'];
    expect(() => evidencePattern(values)).not.toThrow();
    expect(marked(values, 'see a+b  (c)? [d]* and bogus:x.y.z')).toEqual(['a+b  (c)? [d]*', 'bogus:x.y.z']);
  });

  it('is undefined without values', () => {
    expect(evidencePattern(undefined)).toBeUndefined();
    expect(evidencePattern([])).toBeUndefined();
  });
});
