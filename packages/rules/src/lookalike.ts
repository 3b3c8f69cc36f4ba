// Addresses made to pass for another: the same mailbox name at a domain one or two letters off
// (nadia.okafor@okafor-designs.co for nadia.okafor@okafor-design.example). How business-email compromise
// answers a real thread: the Reply-To or a CC points at a domain the attacker registered beside the real one.

/** Levenshtein distance, one row at a time. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Second-level labels of country suffixes (example.co.uk, example.com.au). */
const SECOND_LEVEL: ReadonlySet<string> = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** A host's own label under its public suffix: `okafor-design` for mail.okafor-design.co.uk. */
export function siteLabel(host: string): string {
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2) return labels[0] ?? '';
  const second = labels[labels.length - 2];
  return labels.length >= 3 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.has(second) ? labels[labels.length - 3] : second;
}

/** Shortest site label compared: a two-letter difference between short names is another company, not a lookalike. */
const MIN_LABEL = 5;

/**
 * `address` is the same mailbox as `genuine` at a site whose name is one or two edits from the genuine one's (a letter
 * added, dropped or swapped; `rn` for `m`). The same site under another suffix (acme.com, acme.co.uk) is a company's
 * regional domain, not a lookalike.
 */
export function lookalikeOf(address: string, genuine: string): boolean {
  const at = address.lastIndexOf('@');
  const gat = genuine.lastIndexOf('@');
  if (at <= 0 || gat <= 0 || address.slice(0, at).toLowerCase() !== genuine.slice(0, gat).toLowerCase()) return false;
  const site = siteLabel(address.slice(at + 1));
  const real = siteLabel(genuine.slice(gat + 1));
  if (site === real || Math.min(site.length, real.length) < MIN_LABEL) return false;
  const d = editDistance(site, real);
  return d >= 1 && d <= 2;
}

/**
 * A host made to pass for `genuine`'s site: its own label one letter off (`northwlnd.com` for `northwind.com`), or the
 * same once letters that look alike are read alike (`rn` for `m`, `vv` for `w`, `0` for `o`, `1` and `l` for `i`).
 * Not two letters off: `northwood` beside `northwind` is another company more often than a forgery.
 */
export function lookalikeHost(host: string, genuine: string): boolean {
  const site = siteLabel(host);
  const real = siteLabel(genuine);
  if (site === real || Math.min(site.length, real.length) < MIN_LABEL) return false;
  return editDistance(site, real) === 1 || readAlike(site) === readAlike(real);
}
const readAlike = (label: string): string => label.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/[1l]/g, 'i');

/** A field that says where answers go: `Reply-To:`, `"reply_to":`, `replyTo=`. */
const REPLY_LABEL = /reply[-_ ]?to/i;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Addresses the text gives as where replies go (a Reply-To) that are look-alikes of another address in it (its From),
 * each with the address it imitates. Only where a reply field holds it: a typo of a colleague's address in meeting
 * minutes is no Reply-To.
 */
export function replyLookalikes(values: ReadonlySet<string>, text: string): Map<string, string> | undefined {
  // Two addresses first (a set's walk), then the text (a pass over every result): most results give fewer.
  const emails: string[] = [];
  for (const v of values) if (v.startsWith('email:')) emails.push(v.slice('email:'.length));
  if (emails.length < 2 || !REPLY_LABEL.test(text)) return undefined;
  let out: Map<string, string> | undefined;
  for (const a of emails) {
    const genuine = emails.find((b) => b !== a && lookalikeOf(a, b));
    if (genuine === undefined) continue;
    const inReply = new RegExp(`reply[-_ ]?to["']?\\s{0,3}[:=]\\s{0,3}["']?(?:[^"<\\n]{0,60}<)?${a.replace(ESCAPE, '\\$&')}`, 'i');
    if (inReply.test(text)) (out ??= new Map()).set(`email:${a}`, `email:${genuine}`);
  }
  return out;
}
