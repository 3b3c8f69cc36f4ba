// Where word-led patterns can start: one pass over a text finds the word starts whose letters are a
// first word of some pattern, and the patterns are then tried only there (sticky), not at every position.
// Why: irregexp tries a `\b(?:before|after|ignore|…)` alternation at every character of the text, and
// the instruction patterns were most of the rules' cost (~2–3.5 ns per character each, bench/detect);
// a table lookup per word is far cheaper, and a pattern rarely has a candidate in ordinary text.
import { asciiBytes } from './ascii-bytes.ts';

/** Slots of the first-word table: a power of two well above the trigger words, so collisions are rare. */
const SLOTS = 1 << 13;

/** An ASCII letter: two arithmetic steps, ~11% faster in the scan loop here than a 64 KiB class table's load. */
const isLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;
/** A digit or `_`: with the letters, `\w` without the `u` flag. */
const isGlue = (c: number): boolean => (c - 48) >>> 0 < 10 || c === 95;

function slotOf(h: number, len: number): number {
  h = Math.imul(h ^ len, 0x9e3779b1);
  return (h ^ (h >>> 15)) & (SLOTS - 1);
}

/** FNV-1a step over a lowercased ASCII letter. */
function step(h: number, c: number): number {
  return Math.imul(h ^ (c | 32), 0x01000193);
}

const FNV_START = 0x811c9dc5 | 0;

/**
 * Word starts of a text that may begin a pattern match, in text order, with the patterns they may
 * begin. Valid until the next `find` of the same `WordTriggers`: the arrays are reused (allocating
 * typed arrays per text cost as much as the search).
 */
export interface Candidates {
  at: Int32Array;
  /** Bit i: pattern i (in `WordTriggers` order) may match at `at[j]`. */
  mask: Uint16Array;
  /** The table slot of the word at `at[j]` (`WordTriggers.slotOfWord` of a first word lands in the same one). */
  slot: Uint16Array;
  length: number;
}

/**
 * Candidate positions for up to 16 patterns, each given with every word it can start with.
 * A candidate is a position where `\b` holds before an ASCII letter (the character before is not
 * `[A-Za-z0-9_]`) and the maximal run of letters from there, lowercased, hashes like one of the
 * pattern's first words. That is a necessary condition for a case-insensitive, non-unicode pattern
 * whose every alternative starts with `\b` and one of those words followed by a non-letter (a
 * hash collision only adds a candidate). O(n) per text, no allocation per word.
 *
 * @example
 * const t = new WordTriggers([['ignore', 'disregard'], ['you', 'your']]);
 * t.find('Please ignore your notes'); // at [7, 14], mask [0b01, 0b10]
 */
export class WordTriggers {
  private readonly table = new Uint16Array(SLOTS);
  private readonly out: Candidates = { at: new Int32Array(256), mask: new Uint16Array(256), slot: new Uint16Array(256), length: 0 };

  constructor(firstWords: readonly (readonly string[])[]) {
    if (firstWords.length > 16) throw new Error('WordTriggers: at most 16 patterns');
    firstWords.forEach((words, i) => {
      for (const w of words) this.table[WordTriggers.slotOfWord(w)] |= 1 << i;
    });
  }

  /** The table slot of a word of ASCII letters (any case): where `find` reports it. */
  static slotOfWord(w: string): number {
    let h = FNV_START;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (!isLetter(c)) throw new Error(`WordTriggers: '${w}' is not a word of ASCII letters`);
      h = step(h, c);
    }
    return slotOf(h, w.length);
  }

  find(text: string): Candidates {
    const out = this.out;
    let { at, mask, slot } = out;
    let length = 0;
    const table = this.table;
    const bytes = asciiBytes(text);
    const n = bytes.length;
    for (let i = 0; i < n; ) {
      let c = bytes[i];
      if (!isLetter(c)) {
        i++;
        // A digit or `_` glues the letters after it to a word: no word start until a non-word character.
        if (isGlue(c)) while (i < n && (isLetter((c = bytes[i])) || isGlue(c))) i++;
        continue;
      }
      // A word start: hash its run of letters.
      const start = i;
      let h = FNV_START;
      do {
        h = step(h, c);
        c = ++i < n ? bytes[i] : 0;
      } while (isLetter(c));
      const k = slotOf(h, i - start);
      const m = table[k];
      if (m !== 0) {
        if (length === at.length) {
          const a = new Int32Array(length * 2);
          a.set(at);
          out.at = at = a;
          const b = new Uint16Array(length * 2);
          b.set(mask);
          out.mask = mask = b;
          const d = new Uint16Array(length * 2);
          d.set(slot);
          out.slot = slot = d;
        }
        at[length] = start;
        slot[length] = k;
        mask[length++] = m;
      }
      if (isGlue(c)) while (i < n && (isLetter((c = bytes[i])) || isGlue(c))) i++;
    }
    out.length = length;
    return out;
  }
}
