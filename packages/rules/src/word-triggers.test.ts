import { describe, expect, it } from 'vitest';
import { WORD_LED } from './instruction-patterns.ts';
import { WordTriggers } from './word-triggers.ts';

/** Every word that occurs in the patterns' sources, in random case, glued by separators that test `\b` and the letter runs. */
const WORDS = [...new Set(WORD_LED.flatMap((p) => p.re.source.match(/[a-z]+/g) ?? []))].concat(['the', 'xyz', 'ab', 'a', 'gpt4o', 'gpt-4', 'don', 't']);
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '_', '1', 'é', '-', "'", '.', ': ', ', ', '\u00a0', 'K', '\u212a'];

function fuzzText(rand: () => number): string {
  let out = '';
  const n = 5 + Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) {
    let w = WORDS[Math.floor(rand() * WORDS.length)];
    // Patterns take plurals (`agents?`): a match can start at a word the source never spells out whole.
    if (rand() < 0.15) w += 's';
    if (rand() < 0.3) w = w.toUpperCase();
    else if (rand() < 0.2) w = w[0].toUpperCase() + w.slice(1);
    out += w + SEPARATORS[Math.floor(rand() * SEPARATORS.length)];
  }
  return out;
}

function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('word-led instruction patterns', () => {
  it('every match of every pattern starts at a candidate word of that pattern', () => {
    const triggers = new WordTriggers(WORD_LED.map((p) => p.first));
    const rand = seeded(7);
    let matches = 0;
    for (let t = 0; t < 26_000; t++) {
      const text = fuzzText(rand);
      const cands = triggers.find(text);
      const at = new Map<number, number>();
      for (let j = 0; j < cands.length; j++) at.set(cands.at[j], cands.mask[j]);
      WORD_LED.forEach((p, i) => {
        for (let from = 0; from < text.length; from++) {
          p.sticky.lastIndex = from;
          if (!p.sticky.test(text)) continue;
          matches++;
          if (((at.get(from) ?? 0) & (1 << i)) === 0) expect.fail(`pattern ${i} matches at ${from} of ${JSON.stringify(text)} without a candidate there`);
        }
      });
    }
    expect(matches).toBeGreaterThan(12_000); // the fuzz does reach the patterns (14,920 with the patterns of 2026-11-30)
  });

  it('each pattern cut to the branches that can start at a candidate word finds what the whole pattern finds there', () => {
    const triggers = new WordTriggers(WORD_LED.map((p) => p.first));
    const rand = seeded(11);
    let cut = 0;
    let found = 0;
    for (let t = 0; t < 20_000; t++) {
      const text = fuzzText(rand);
      const cands = triggers.find(text);
      for (let j = 0; j < cands.length; j++) {
        WORD_LED.forEach((p, i) => {
          if ((cands.mask[j] & (1 << i)) === 0) return;
          const tried = p.bySlot.get(cands.slot[j]) ?? p.sticky;
          if (tried !== p.sticky) cut++;
          p.sticky.lastIndex = cands.at[j];
          const whole = p.sticky.exec(text)?.[0];
          tried.lastIndex = cands.at[j];
          const part = tried.exec(text)?.[0];
          if (whole !== undefined) found++;
          if (part !== whole) expect.fail(`pattern ${i} at ${cands.at[j]} of ${JSON.stringify(text)}: ${JSON.stringify(part)} for ${JSON.stringify(whole)}`);
        });
      }
    }
    expect(cut).toBeGreaterThan(100_000);
    expect(found).toBeGreaterThan(10_000);
  });

  it('finds word starts (not after a digit or `_`) whose whole letter run is a first word, whatever the case', () => {
    const t = new WordTriggers([['ignore'], ['you', 'your']]);
    // `your_` is a candidate (the letters are `your`; the pattern itself rejects the `_`), `1you` and `yours` are not.
    const c = t.find('IGNORE your_notes, 1you éyou yours You');
    expect([...c.at.slice(0, c.length)]).toEqual([0, 7, 25, 35]);
    expect([...c.mask.slice(0, c.length)]).toEqual([1, 2, 2, 2]);
    expect([...c.slot.slice(0, c.length)]).toEqual(['ignore', 'your', 'you', 'you'].map((w) => WordTriggers.slotOfWord(w)));
  });
});

