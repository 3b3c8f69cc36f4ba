import { describe, expect, it } from 'vitest';
import { hasDigit } from './cheap-tests.ts';

describe('hasDigit', () => {
  it('answers as /\\d/ does, on one-byte and two-byte text', () => {
    const samples = ['', 'no digits here', 'room 4', '9 lives', 'a—b “quoted” 7', 'ünïcödé', 'Ｉｇｎｏｒｅ ٣', 'x'.repeat(5000) + '0'];
    for (const s of samples) expect(hasDigit(s), s.slice(0, 20)).toBe(/\d/.test(s));
    // Random text over letters, digits and punctuation.
    let x = 12345;
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = 0; i < 40; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        s += x % 50 === 0 ? String(x % 10) : String.fromCharCode(97 + (x % 26));
      }
      expect(hasDigit(s)).toBe(/\d/.test(s));
    }
  });
});
