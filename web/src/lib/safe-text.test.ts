// Hostile trace strings: control characters and bidi overrides must be visible, long text clipped.
import { describe, expect, it } from 'vitest';
import { markSegments, safeInline, safeSegments } from './safe-text.ts';

const joined = (t: string, max = 1000, block = false) =>
  safeSegments(t, max, block)
    .segments.map((s) => (s.escaped ? `[${s.text}]` : s.text))
    .join('');

describe('safeSegments', () => {
  it.each([
    ['plain text stays as it is', 'hello <b>x</b>', 'hello <b>x</b>'],
    ['shows an RTL override instead of letting it reorder text', 'abc\u202Egnp.exe', 'abc[\\u202E]gnp.exe'],
    ['shows bidi isolates', 'a\u2066b\u2069', 'a[\\u2066]b[\\u2069]'],
    ['shows zero-width characters', 'ig\u200Bnore', 'ig[\\u200B]nore'],
    ['shows NUL and escape characters', 'a\u0000b\u001b[31m', 'a[\\u0000]b[\\u001B][31m'],
    ['escapes newlines in inline text', 'a\nb', 'a[\\n]b'],
    ['shows the BOM', '\uFEFFx', '[\\uFEFF]x'],
  ])('%s', (_name, input, expected) => {
    expect(joined(input)).toBe(expected);
  });

  it('keeps newlines and tabs in block text', () => {
    expect(joined('a\n\tb\u202E', 1000, true)).toBe('a\n\tb[\\u202E]');
  });

  it('clips very long text and reports how much was left out', () => {
    const r = safeSegments('x'.repeat(10_000), 100);
    expect(r.segments.map((s) => s.text).join('')).toHaveLength(100);
    expect(r.clipped).toBe(9_900);
  });

  it('does not cut a surrogate pair in half when clipping', () => {
    const r = safeSegments('ab😀cd', 3);
    expect(r.segments.map((s) => s.text).join('')).toBe('ab');
  });

  it('turns non-strings into text', () => {
    expect(joined(42 as unknown as string)).toBe('42');
    expect(safeSegments(undefined, 10).segments).toEqual([]);
  });
});

describe('safeInline', () => {
  it('neutralizes and clips a label', () => {
    expect(safeInline('\u202Eabcdef', 4)).toBe('\\u202Eabc…');
  });
});

describe('markSegments', () => {
  it('marks every match of the evidence pattern', () => {
    const segs = markSegments(safeSegments('pay DE89370400 now, DE89370400', 100).segments, /DE89370400/g);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['DE89370400', 'DE89370400']);
    expect(segs.map((s) => s.text).join('')).toBe('pay DE89370400 now, DE89370400');
  });

  it('leaves the segments as they are without a pattern', () => {
    const segs = [{ text: 'a b' }];
    expect(markSegments(segs, undefined)).toBe(segs);
  });

  it('never marks inside an escaped character, and stops on an empty match', () => {
    const segs = markSegments(safeSegments('ab\u202Eab', 100).segments, /ab/g);
    expect(segs.filter((s) => s.marked)).toHaveLength(2);
    expect(markSegments([{ text: 'abc' }], /x*/g)).toEqual([{ text: 'abc' }]);
  });
});
