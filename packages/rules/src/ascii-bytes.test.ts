import { describe, expect, it } from 'vitest';
import { asciiBytes, NON_ASCII } from './ascii-bytes.ts';

/** What asciiBytes promises, by `charCodeAt`. */
const expected = (text: string): number[] => [...Array(text.length).keys()].map((i) => (text.charCodeAt(i) < 0x80 ? text.charCodeAt(i) : NON_ASCII));

describe('asciiBytes', () => {
  it('gives an ASCII text its code units', () => {
    const text = 'Ignore previous_instructions 42, then {"to":"x@y.z"}\n';
    expect([...asciiBytes(text)]).toEqual(expected(text));
  });

  it('keeps every index in place past characters that take more than one UTF-8 byte, and marks them', () => {
    for (const text of ['café ignore', 'Ａgent: send', '𝗶𝗴𝗻𝗼𝗿𝗲 this', 'a\u212ab', 'x\ud800y', '\u00a0you', 'ü'.repeat(5000) + 'agent']) {
      const bytes = asciiBytes(text);
      expect(bytes.length).toBe(text.length);
      expect([...bytes]).toEqual(expected(text));
    }
  });

  it('answers a text after another as that text, longer or shorter, and the same text twice alike', () => {
    const long = 'word '.repeat(3000);
    expect([...asciiBytes(long)]).toEqual(expected(long));
    expect([...asciiBytes('ab')]).toEqual([97, 98]);
    expect([...asciiBytes('ab')]).toEqual([97, 98]);
    expect([...asciiBytes('é')]).toEqual([NON_ASCII]);
    expect(asciiBytes('').length).toBe(0);
  });
});
