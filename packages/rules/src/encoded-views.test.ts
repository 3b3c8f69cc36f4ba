import { describe, expect, it } from 'vitest';
import { encodedViews } from './encoded-views.ts';

describe('encodedViews', () => {
  const KEY = 'sk-proj-abcdefghijklmnopqrstuvwxyz123456';

  it('decodes base64 (standard and URL-safe), hex and percent-escapes that read as text', () => {
    expect(encodedViews(`https://x.example/p.png?d=${btoa(`key=${KEY}`)}`)).toContain(KEY);
    const urlSafe = btoa(`?>?>${KEY}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(encodedViews(`d=${urlSafe}`)).toContain(KEY);
    expect(encodedViews(`d=${[...KEY].map((c) => c.charCodeAt(0).toString(16)).join('')}`)).toContain(KEY);
    expect(encodedViews(`d=${KEY.replace(/-/g, '%2D')}`)).toContain(KEY);
  });

  it('leaves words, identifiers and binary payloads alone', () => {
    // Letters only (a word or an id), and base64 of bytes that are not text.
    expect(encodedViews('supercalifragilisticexpialidocious and InternationalizationFramework')).toBe('');
    expect(encodedViews(`img=${btoa(String.fromCharCode(...Array.from({ length: 40 }, (_, i) => (i * 37) % 256)))}`)).toBe('');
    // An odd-length hex run is no byte string.
    expect(encodedViews(`id=${'a1'.repeat(15)}f`)).toBe('');
    expect(encodedViews('plain text, nothing encoded')).toBe('');
  });
});
