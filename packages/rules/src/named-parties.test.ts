import { describe, expect, it } from 'vitest';
import { namesParty, partyNames } from './named-parties.ts';

const names = (text: string) => {
  const out = new Set<string>();
  partyNames(text, out);
  return [...out];
};

describe('partyNames', () => {
  it('reads the proper names of a request as host labels spell them', () => {
    expect(names('Book a table for 2 at Chez Marie tonight.')).toEqual(['chezmarie']);
    expect(names('Ask Tanaka Logistics and Nobu for a quote, then tell Coca-Cola.')).toEqual(['tanakalogistics', 'nobu', 'cocacola']);
  });

  it('skips a word capitalized because it starts a sentence, and names too short to tell apart', () => {
    expect(names('Please summarize my emails. Send the report to Bob at IBM.')).toEqual([]);
    expect(names('Book Nobu for tonight.')).toEqual(['nobu']);
  });
});

describe('namesParty', () => {
  const named = new Set(['chezmarie', 'tanakalogistics']);
  it("matches an address, host or link of a named party, hyphens or not, not its top-level domain's", () => {
    expect(namesParty('email:reservations@chezmarie.example', named)).toBe(true);
    expect(namesParty('domain:chez-marie.fr', named)).toBe(true);
    expect(namesParty('url:www.tanaka-logistics.jp/quote?id=7', named)).toBe(true);
  });

  it('does not match other hosts, a name in the local part, a part of a name, or values of other kinds', () => {
    expect(namesParty('email:chezmarie@evil.example', named)).toBe(false);
    expect(namesParty('domain:marie.example', named)).toBe(false);
    expect(namesParty('domain:chezmarie-deals.example', named)).toBe(false);
    expect(namesParty('iban:DE89370400440532013000', named)).toBe(false);
  });
});
