import { describe, expect, it } from 'vitest';
import { branchesAt, leadingLetters, topAlternatives, wordStartLeads } from './regex-alternatives.ts';

describe('topAlternatives', () => {
  it('splits at the top-level bars only, not inside groups, classes or escapes', () => {
    expect(topAlternatives(String.raw`a(?:b|c)|[|x]d|e\|f|(?<=g|h)i`)).toEqual(['a(?:b|c)', '[|x]d', String.raw`e\|f`, '(?<=g|h)i']);
  });
});

describe('leadingLetters', () => {
  it('reads the literal letters a branch must start with, past assertions', () => {
    expect(leadingLetters(String.raw`\bagents?\b`)).toEqual(['agent']);
    expect(leadingLetters(String.raw`(?<=\b(?:to|for) )(?:ai|assistant|language model)s?\b`)).toEqual(['ai', 'assistant', 'language']);
    expect(leadingLetters(String.raw`(?=(?:ai|bot)s?\b)(?<=\bto )(?:ai|bot)s?`)).toEqual(['ai', 'bot']);
    expect(leadingLetters(String.raw`\b(?:before|after) (?:you )?do`)).toEqual(['before', 'after']);
  });

  it('says nothing of a branch it cannot read: a class, an escape, a named group', () => {
    expect(leadingLetters(String.raw`[a-z]+ must`)).toBeUndefined();
    expect(leadingLetters(String.raw`\s{0,2}ai`)).toBeUndefined();
    expect(leadingLetters(String.raw`(?:the )?\w+`)).toBeUndefined();
    expect(leadingLetters(String.raw`(?<w>ai)`)).toBeUndefined();
    expect(leadingLetters(String.raw`(?:ai|\w+)`)).toBeUndefined();
  });

  it('stops the letters before one a quantifier makes optional', () => {
    expect(leadingLetters(String.raw`\bsummari[sz]e`)).toEqual(['summari']);
    expect(leadingLetters(String.raw`\bcancell?ed`)).toEqual(['cancel']);
  });

  it('reads an optional first part as either it or what follows', () => {
    expect(leadingLetters(String.raw`(?:the )?agent`)).toEqual(['the', 'agent']);
    expect(leadingLetters(String.raw`(?:pre|re)?payments?`)).toEqual(['pre', 're', 'payment']);
    expect(leadingLetters(String.raw`b?cc`)).toEqual(['b', 'cc']);
    expect(leadingLetters(String.raw`x*y`)).toEqual(['x', 'y']);
    expect(leadingLetters(String.raw`(?:a |an ){0,2}?order`)).toEqual(['a', 'an', 'order']);
  });
});

describe('wordStartLeads', () => {
  it('gives the leading letters when every branch opens with \\b, not in u mode', () => {
    expect(wordStartLeads(/\b(?:handle|deal with) it\b|\bsort (?:it|this) out\b/i)).toEqual(['handle', 'deal', 'sort']);
    expect(wordStartLeads(/\bhandle it|(?:^|\. )calendar/i)).toBeUndefined();
    expect(wordStartLeads(/\bhandle it/iu)).toBeUndefined();
    expect(wordStartLeads(/(?<!\bthe )\b(?:following|per) the\b/i)).toEqual(['following', 'per']);
  });
});

describe('branchesAt', () => {
  it('keeps the branches that can start at the words, in order, and the whole pattern when all can', () => {
    const re = /\b(?:ignore|forget) previous\b|(?<=\bdear )(?:ai|agent)\b|[a-z]+ must\b/i;
    const sticky = new RegExp(re.source, 'iy');
    const cut = branchesAt(re, ['agent'], sticky);
    expect(cut.source).toBe(String.raw`(?<=\bdear )(?:ai|agent)\b|[a-z]+ must\b`);
    expect(cut.flags).toBe('iy');
    expect(branchesAt(/\bagent\b|[a-z]+ must/i, ['agent'], sticky)).toBe(sticky);
    // No branch can start at the word: a regex that never matches.
    expect(branchesAt(/\bignore\b|\bforget\b/i, ['agent'], sticky).test('agent')).toBe(false);
  });

  it('leaves a pattern with a backreference whole', () => {
    const re = /(["'])ignore\1|\bagent\b/;
    const sticky = new RegExp(re.source, 'y');
    expect(branchesAt(re, ['agent'], sticky)).toBe(sticky);
  });
});
