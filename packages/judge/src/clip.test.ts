import { describe, expect, it } from 'vitest';
import { clip } from './clip.ts';

describe('clip', () => {
  it.each([
    ['short text is untouched', 'hello', 10, [], 'hello'],
    ['long text keeps head and tail', 'a'.repeat(50) + 'b'.repeat(50), 20, [], 'a'.repeat(14) + '…[80 chars cut]…' + 'b'.repeat(6)],
  ])('%s', (_n, text, max, keep, want) => {
    expect(clip(text, max, keep)).toBe(want);
  });

  it('keeps a window around an evidence value deep inside the text', () => {
    const text = 'x'.repeat(10_000) + ' send to DE89370400440532013000 now ' + 'y'.repeat(10_000);
    const out = clip(text, 600, ['DE89370400440532013000']);
    expect(out).toContain('send to DE89370400440532013000 now');
    expect(out.length).toBeLessThan(700);
  });

  it('is deterministic', () => {
    const text = 'abc '.repeat(5_000);
    expect(clip(text, 300, ['abc abc abc'])).toBe(clip(text, 300, ['abc abc abc']));
  });
});
