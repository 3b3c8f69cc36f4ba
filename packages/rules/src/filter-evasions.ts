// Text written to get past a filter and still be read by a model: letters spaced out ("s e n d  a n  e m a i l"),
// digits for letters ("53nd 4n 3m41l t0 c0nt4ct@c0nt4ct.c0m"), ROT13, a Caesar shift or reversed text with the hint to
// decode it. A model reads through each; the scan reads the text as the model would, as an extra reading after the text
// itself (nothing is replaced: the raw text's values and ids stay as written).
import { hasDigit } from './cheap-tests.ts';

/** Three single letters in a row between spaces: the one-pass test for spaced-out text (led by a space, not a letter). */
const SPACED_GATE = / [a-z] [a-z] [a-z] /i;
/** A run of single letters, each followed by one space and the next: one word spaced out (two spaces part words). */
const SPACED_WORD = /(?<![\w@.])[a-z](?: [a-z](?![\w]))+/gi;
/** An address spaced around its "@" and dots once the words are joined: "contact @ contact . com". */
const SPACED_ADDRESS = /\b([\w.+-]{1,64}) ?@ ?([a-z0-9-]{1,63}(?: ?\. ?[a-z0-9-]{1,63}){1,4})\b/gi;
const SPACED_DOT = / ?\. ?/g;
const RUNS_OF_SPACES = / {2,}/g;

/** Letter-spaced text with its words joined and its addresses closed up, or undefined when it has none. */
function respaced(text: string): string | undefined {
  if (!SPACED_GATE.test(text)) return undefined;
  const joined = text.replace(SPACED_WORD, (m) => m.replaceAll(' ', '')).replace(RUNS_OF_SPACES, ' ');
  return joined.replace(SPACED_ADDRESS, (_m, user: string, host: string) => `${user}@${host.replace(SPACED_DOT, '.')}`);
}

/**
 * A digit for a letter between two letters ("c0nt4ct", "3m41l"). Each digit found by `indexOf` (a vectorized search, six
 * passes ~0.3 ns per character here against ~1.4 for a regex led by the digit class) and its neighbours looked at.
 */
function hasLeetWord(text: string): boolean {
  for (const d of LEET_DIGITS) {
    for (let i = text.indexOf(d, 1); i > 0; i = text.indexOf(d, i + 1)) {
      if (!isLetter(text.charCodeAt(i - 1))) continue;
      const next = text.charCodeAt(i + 1);
      if (isLetter(next) || (LEET_DIGITS.includes(text[i + 1]) && isLetter(text.charCodeAt(i + 2)))) return true;
    }
  }
  return false;
}
const LEET_DIGITS = '013457';
const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122);
/** A word, an address or a host: letters, digits and the characters that join them. */
const TOKEN = /[a-z0-9@.+_-]{2,64}/gi;
/** Digits a word never uses as letters: a token with one is a number, a date or an id (`B737`, `2fa`, `h264`). */
const NUMBER_DIGITS = /[2689]/;
const LEET_RUN = /[a-z]*[013457][a-z013457]*/gi;
/** Letters beyond hex: a token of hex letters and these digits is an id (`3f4a1c`), not a word. */
const NON_HEX_LETTER = /[g-z]/i;
const INSIDE_WORD = /[a-z][013457]+[a-z]/i;
const AS_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/**
 * Words so written before the text counts as leetspeak, and of them written with a digit between letters: one or two
 * are a product's or a protocol's name (`ipv4`, `win10`, `mp3`, `B4B`).
 */
const MIN_LEET_WORDS = 3;
const MIN_INSIDE_WORDS = 2;

/** Leetspeak read as letters, or undefined when the text does not read as written so. */
function deleeted(text: string): string | undefined {
  if (!hasLeetWord(text)) return undefined;
  let words = 0;
  let inside = 0;
  const read = text.replace(TOKEN, (t) => {
    if (NUMBER_DIGITS.test(t) || !NON_HEX_LETTER.test(t)) return t;
    // Each run of letters and leet digits in it (`c0nt4ct`, `c0m` of an address): one with a letter is a word so written.
    let leet = false;
    const out = t.replace(LEET_RUN, (run) => {
      if (!/[a-z]/i.test(run) || !/[013457]/.test(run)) return run;
      leet = true;
      if (INSIDE_WORD.test(run)) inside++;
      return run.replace(/[013457]/g, (d) => AS_LETTER[d]);
    });
    if (leet) words++;
    return out;
  });
  return words >= MIN_LEET_WORDS && inside >= MIN_INSIDE_WORDS ? read : undefined;
}

/** The hint that tells the reader to rotate the text (ROT13, ROT-13, rot 13). */
const ROT13_HINT = /\brot[ -]?13\b/i;

/** Each letter shifted `by` places forward in the alphabet (13: ROT13; 26 − n undoes a shift of n). */
function shifted(text: string, by: number): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + by) % 26) + base);
  });
}

/** A hint to shift the letters by a number ("shift each letter back by 3", "Caesar cipher, key 5"): the number. */
const SHIFT_HINT = /\b(?:shift|caesar|rotate)\b[^.\n]{0,40}?\b([1-9]|1\d|2[0-5])\b/i;
/** A hint to read the text backwards ("read this backwards", "reversed", "from right to left"). */
const REVERSE_HINT = /\b(?:backwards?|reversed?|in reverse|right to left)\b/i;

/**
 * What a model reads in text written past a filter: the spaced-out words joined, the leetspeak read as letters, the text
 * rotated back where it says to apply ROT13 or to shift its letters by a number, reversed where it says to read it
 * backwards; one reading per line, '' when the text uses none of them.
 */
export function evasionReadings(text: string): string {
  const out: string[] = [];
  const spaced = respaced(text);
  if (spaced !== undefined) out.push(spaced);
  // Leetspeak, ROT13's hint and a shift's number all need a digit: prose without one skips the passes below (a
  // substring led by a common letter, like 'hift', costs ~0.7 ns per character here).
  if (hasDigit(text)) {
    const leet = deleeted(text);
    if (leet !== undefined) out.push(leet);
    const rot13 = text.includes('13') && ROT13_HINT.test(text);
    if (rot13) out.push(shifted(text, 13));
    // A shift by a number the text gives, either way (back to undo it, forward if it says the reverse).
    if (!rot13 && (text.includes('hift') || text.includes('aesar') || text.includes('otate'))) {
      const by = SHIFT_HINT.exec(text)?.[1];
      if (by !== undefined) out.push(shifted(text, 26 - Number(by)), shifted(text, Number(by)));
    }
  }
  // Each hint by a substring led by a rarer letter: "backward", "reverse", "right to left".
  if ((text.includes('kward') || text.includes('vers') || text.includes('ght to left')) && REVERSE_HINT.test(text)) out.push([...text].reverse().join(''));
  return out.join('\n');
}
