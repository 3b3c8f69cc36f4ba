import { describe, expect, it } from 'vitest';
import { WordPrefixes, wordGate } from './word-prefixes.ts';

/** Patterns led by words as the request's are, some with optional first parts and case-sensitive letters. */
const PATTERNS = [
  /\b(?:handle|deal with|take care of|sort out|work|action) (?:it|this|that)\b|\bsort (?:it|this) out\b/i,
  /\b(?:open|raise|log|submit|cut)(?: up)? (?:a|an|new)\b|\breplace\b[^.?!\n]{1,80}?\bwith\b/i,
  /\b(?:pre|down|re|over)?payments?\b|\binstal{1,2}ments?\b|\bstanding orders?\b/i,
  /\b(?:b?cc|copy|copies|loop (?:[a-z]+ ){0,2}in)\b/i,
  /\blet (?!me\b|us\b)(?:[a-z'-]+ ){1,6}know\b/i,
  /\bby ([a-z]{3,}ing)\b/gi,
  /\bRunbook\s+#?[A-Z]+-?\d+\b/,
  /\bx*yz\b/i,
  /(?<!\bthe )\b(?:following|per) (?:the|my)\b/i,
];
const WORDS = ['handle', 'deal', 'with', 'it', 'this', 'sort', 'out', 'open', 'up', 'a', 'new', 'replace', 'payment', 'prepayments', 'instalment', 'standing', 'orders', 'cc', 'bcc', 'copy', 'loop', 'in', 'let', 'dana', 'know', 'by', 'sending', 'runbook', 'RB', '7', 'xyz', 'yz', 'xxyz', 'the', 'me', 'following', 'per', 'my'];
const SEPARATORS = [' ', ' ', '  ', '\n', '_', '1', 'é', '-', "'", '.', ', ', '#', 'K', '\u212a', 'ſ'];

function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('WordPrefixes', () => {
  it('lets a pattern run wherever it can match: no text it skips matches it', () => {
    const gates = PATTERNS.map(wordGate);
    expect(gates.filter((g) => g !== null).length).toBe(PATTERNS.length);
    const prefixes = new WordPrefixes();
    const rand = seeded(5);
    let skipped = 0;
    let matched = 0;
    for (let t = 0; t < 30_000; t++) {
      let text = '';
      for (let i = 0, n = 1 + Math.floor(rand() * 12); i < n; i++) {
        let w = WORDS[Math.floor(rand() * WORDS.length)];
        if (rand() < 0.3) w = w.toUpperCase();
        text += w + SEPARATORS[Math.floor(rand() * SEPARATORS.length)];
      }
      prefixes.fill(text);
      PATTERNS.forEach((re, i) => {
        re.lastIndex = 0;
        const hit = re.test(text);
        if (hit) matched++;
        if (!prefixes.mayMatch(gates[i])) {
          skipped++;
          if (hit) expect.fail(`pattern ${i} matches ${JSON.stringify(text)} but was skipped`);
        }
      });
    }
    expect(skipped).toBeGreaterThan(50_000);
    expect(matched).toBeGreaterThan(20_000);
  });

  it('marks the first one to three letters of each word start, not of letters after a digit or `_`', () => {
    const p = new WordPrefixes().fill('Handle it; 1open x_log');
    expect(p.mayMatch(wordGate(/\bhandle\b/i))).toBe(true);
    expect(p.mayMatch(wordGate(/\bit\b/i))).toBe(true);
    expect(p.mayMatch(wordGate(/\bopen\b/i))).toBe(false);
    expect(p.mayMatch(wordGate(/\blog\b/i))).toBe(false);
    // A pattern without a gate always runs.
    expect(p.mayMatch(wordGate(/(?:^|\. )open/i))).toBe(true);
  });
});
