import { describe, expect, it } from 'vitest';
import { extractQuoted } from './values.ts';

describe('extractQuoted', () => {
  it('reads strings in the quotes of other languages too (German, guillemets, Japanese)', () => {
    expect([...extractQuoted('ändern Sie das Passwort auf „Sommer2024!Sync“.')]).toEqual(['quoted:sommer2024!sync']);
    expect([...extractQuoted('mettez le titre « Réunion annuelle » et ‹ urgent ›')]).toEqual(['quoted:réunion annuelle', 'quoted:urgent']);
    expect([...extractQuoted('件名を「至急確認」にしてください')]).toEqual(['quoted:至急確認']);
    expect([...extractQuoted('Set the title to "Quarterly review".')]).toEqual(['quoted:quarterly review']);
  });
});
