// Which letters the words of a text start with, to skip patterns that cannot match it. The user's request is read by
// some thirty patterns, each a whole-text regex pass (~1.5 ns per character here even when nothing matches, irregexp
// checking its first characters at every position); most are led by words (`\b(?:handle|deal with|…) …`). One pass
// over the text marks the first one to three letters of every word, and a pattern none of whose leading words is
// there is not run (regex-alternatives.ts reads them from its source).
import { asciiBytes } from './ascii-bytes.ts';
import { wordStartLeads } from './regex-alternatives.ts';

const isLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;
const isWordChar = (c: number): boolean => isLetter(c) || (c - 48) >>> 0 < 10 || c === 95;
/** 1–26 for a letter, either case. */
const letterCode = (c: number): number => (c | 32) - 96;
/** The code of a word's first one, two or three letters (five bits each, none 0): distinct for each prefix. */
function prefixCode(word: string): number {
  let code = 0;
  for (let k = 0; k < Math.min(3, word.length); k++) code |= letterCode(word.charCodeAt(k)) << (5 * k);
  return code;
}

/** A pattern's gate: the codes of its leading words' prefixes (up to three letters), or null when it has none. */
export type WordGate = Int32Array | null;

export function wordGate(re: RegExp): WordGate {
  const leads = wordStartLeads(re);
  return leads === undefined ? null : Int32Array.from(new Set(leads.map(prefixCode)));
}

/** The prefixes of one text's words; `fill` again for the next text (a generation count, no clearing). */
export class WordPrefixes {
  private readonly seen = new Uint32Array(1 << 15);
  private generation = 0;

  /**
   * Marks the first one, two and three letters of each word start: an ASCII letter after no `\w` character (where a
   * `\b` before a letter holds without the `u` flag).
   */
  fill(text: string): this {
    const seen = this.seen;
    const gen = ++this.generation;
    const bytes = asciiBytes(text);
    const n = bytes.length;
    for (let i = 0; i < n; ) {
      let c = bytes[i];
      if (!isLetter(c)) {
        i++;
        if (isWordChar(c)) while (i < n && isWordChar(bytes[i])) i++;
        continue;
      }
      let code = letterCode(c);
      seen[code] = gen;
      for (let k = 1; k < 3 && i + k < n && isLetter((c = bytes[i + k])); k++) seen[(code |= letterCode(c) << (5 * k))] = gen;
      i++;
      while (i < n && isWordChar(bytes[i])) i++;
    }
    return this;
  }

  /** Whether the pattern of this gate may match the text last filled: always when it has no gate. */
  mayMatch(gate: WordGate): boolean {
    if (gate === null) return true;
    for (let i = 0; i < gate.length; i++) if (this.seen[gate[i]] === this.generation) return true;
    return false;
  }
}
