import { describe, expect, it } from 'vitest';
import { lookalikeHost, lookalikeOf, replyLookalikes, siteLabel } from './lookalike.ts';
import { extractValues } from './values.ts';

describe('lookalikeOf', () => {
  it('reads the same mailbox at a domain one or two letters off as a look-alike', () => {
    expect(lookalikeOf('nadia.okafor@okafor-designs.co', 'nadia.okafor@okafor-design.example')).toBe(true);
    expect(lookalikeOf('ap@brightwater-studlo.com', 'ap@brightwater-studio.com')).toBe(true);
    expect(lookalikeOf('j.levin@levinpartner.com', 'J.Levin@levinpartners.com')).toBe(true);
  });

  it('does not read the same site under another suffix, another mailbox, or short names as look-alikes', () => {
    expect(lookalikeOf('nadia@okafor-design.co.uk', 'nadia@okafor-design.com')).toBe(false);
    expect(lookalikeOf('billing@okafor-designs.co', 'nadia@okafor-design.com')).toBe(false);
    expect(lookalikeOf('bob@acme.io', 'bob@acne.io')).toBe(false);
    expect(lookalikeOf('nadia@fabrikam.com', 'nadia@okafor-design.com')).toBe(false);
  });

  it('takes the site label under country suffixes', () => {
    expect(siteLabel('mail.okafor-design.co.uk')).toBe('okafor-design');
    expect(siteLabel('okafor-design.example')).toBe('okafor-design');
  });
});

describe('replyLookalikes', () => {
  const spoofs = (text: string) => [...(replyLookalikes(extractValues(text), text) ?? new Map())];
  it('reads a Reply-To that imitates the From, in JSON and in headers', () => {
    expect(spoofs('{"from":"Nadia Okafor <nadia.okafor@okafor-design.example>","reply_to":"nadia.okafor@okafor-designs.co"}')).toEqual([['email:nadia.okafor@okafor-designs.co', 'email:nadia.okafor@okafor-design.example']]);
    expect(spoofs('From: Nadia <nadia@okafor-design.com>\nReply-To: Nadia <nadia@okafor-designs.com>\nSubject: Invoice')).toEqual([['email:nadia@okafor-designs.com', 'email:nadia@okafor-design.com']]);
  });
  it('does not read a typo in a listing, or a Reply-To that imitates nothing', () => {
    expect(spoofs('Attendees: linda.green@bluesparrowtech.com, linda.green@luesparrowtech.com. Reply to all by Friday.')).toEqual([]);
    expect(spoofs('From: support@zendesk.com\nReply-To: help@acme.com')).toEqual([]);
  });
});

describe('lookalikeHost', () => {
  it('reads a host one letter off, or alike once look-alike letters are read alike, as passing for the genuine one', () => {
    expect(lookalikeHost('northwlnd.com', 'northwind.com')).toBe(true);
    expect(lookalikeHost('mail.rnicrosoft.com', 'microsoft.com')).toBe(true);
    expect(lookalikeHost('northwind.co.uk', 'northwind.com')).toBe(false);
    expect(lookalikeHost('northwood.com', 'northwind.com')).toBe(false);
    expect(lookalikeHost('acme.io', 'acmx.io')).toBe(false);
  });
});
