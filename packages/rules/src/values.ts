// Extracts concrete values (IBANs, emails, URLs, domains, account/phone numbers, tokens, quoted strings) from text and tool arguments.

/** A value as indexed: a kind and a canonical form, e.g. `iban:US133000000121212121212`. */
export type ValueKind = 'iban' | 'email' | 'url' | 'domain' | 'digits' | 'token' | 'quoted' | 'literal' | 'number';

/** Strong kinds identify one party or resource: a match is concrete provenance on its own. */
export const STRONG_KINDS: ReadonlySet<ValueKind> = new Set(['iban', 'email', 'url', 'domain', 'digits', 'token']);

/** Values per text are capped: a hostile multi-KB result must not blow up the session index. */
export const MAX_VALUES_PER_TEXT = 256;

import { eachMatch } from './each-match.ts';

// All patterns are linear: bounded repetitions, no nested quantifiers.
// Emails, domains and tokens are found from cheap anchors ('@', a '.tld', a long run of word chars)
// instead of a regex tried at every position: on KBs of tool output per span that scan was the
// largest cost of the rule engine (bench/ingest). They find what these patterns would find:
//   email  [a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24}
//   domain \b(?:[a-z0-9-]{1,63}\.){1,6}(?:com|org|…)\b     token \b[A-Za-z0-9_-]{16,256}\b
const EMAIL_LOCAL = /[a-z0-9._%+-]{1,64}$/i;
const EMAIL_DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24}/i;
const TLD_LIST = 'com|org|net|io|ai|dev|co|uk|de|fr|info|biz|app|xyz|me|us|ru|cn|edu|gov|site|online|link|ly';
const TLD = new RegExp(`\\.(?:${TLD_LIST})\\b`, 'gi');
const DOMAIN_LABELS = /(?:[a-z0-9-]{1,63}\.){0,5}[a-z0-9-]{1,63}$/i;
const DOMAIN_AT = new RegExp(`(?:[a-z0-9-]{1,63}\\.){1,6}(?:${TLD_LIST})\\b`, 'iy');
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s"'<>`)\]}]{2,2048}/gi;
const IBAN = /\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g;
const DIGITS = /\+?\d[\d ()-]{5,24}\d/g;
const QUOTED = /["'\u2018\u2019\u201c\u201d]([^"'\u2018\u2019\u201c\u201d\n]{2,120})["'\u2018\u2019\u201c\u201d]/g;

/** Canonical keys (`kind:value`) of the values in free text. */
export function extractValues(text: string, out: Set<string> = new Set()): Set<string> {
  if (!text) return out;
  const add = (k: ValueKind, v: string) => {
    if (out.size < MAX_VALUES_PER_TEXT) out.add(`${k}:${v}`);
  };
  for (const e of emails(text)) {
    add('email', e);
    add('domain', e.slice(e.indexOf('@') + 1));
  }
  eachMatch(URL_RE, text, (m) => {
    const u = normalizeUrl(m[0]);
    add('url', u);
    const host = hostOf(u);
    if (host) add('domain', host);
  });
  for (const d of domains(text)) add('domain', stripWww(d.toLowerCase()));
  eachMatch(IBAN, text, (m) => add('iban', m[0]));
  eachMatch(DIGITS, text, (m) => {
    const d = m[0].replace(/\D/g, '');
    if (d.length >= 7 && !/^(19|20)\d{6}$/.test(d)) add('digits', d); // dates like 20240513 are not accounts
  });
  for (const t of tokens(text)) {
    if (/\d/.test(t) && /[a-z]/i.test(t) && !IBAN_FULL.test(t)) add('token', t);
  }
  return out;
}
const IBAN_FULL = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isAlnumCode = (c: number): boolean => isWordCode(c) && c !== 95;

const EMAIL_LOCAL_CHAR = charTable((c) => isWordCode(c) || c === 46 || c === 37 || c === 43 || c === 45); // [a-z0-9._%+-]
const DOMAIN_CHAR = charTable((c) => isAlnumCode(c) || c === 45 || c === 46); // [a-z0-9.-]

function charTable(f: (c: number) => boolean): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = f(c) ? 1 : 0;
  return t;
}

/**
 * Start of the run of `table` chars that ends at `end`, not before `min`. The end-anchored patterns
 * (EMAIL_LOCAL, DOMAIN_LABELS) can only match inside that run, so they get just the run: on the whole
 * window the regex tried every start position with backtracking (~10 ns per char of tool output).
 */
function runStart(text: string, end: number, min: number, table: Uint8Array): number {
  let i = end;
  while (i > min) {
    const c = text.charCodeAt(i - 1);
    if (c >= 128 || table[c] === 0) break;
    i--;
  }
  return i;
}

/** Emails, lowercased: from each '@', the local part backwards and the domain forwards. O(n). */
function emails(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0 && out.length < MAX_VALUES_PER_TEXT; at = text.indexOf('@', at + 1)) {
    if (at < from) continue;
    const local = EMAIL_LOCAL.exec(text.slice(runStart(text, at, Math.max(from, at - 64), EMAIL_LOCAL_CHAR), at))?.[0];
    if (!local) continue;
    let k = 0;
    while (k < local.length && !isAlnumCode(local.charCodeAt(k))) k++;
    if (k === local.length) continue;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 1 + 512))?.[0];
    if (!domain) continue;
    out.push(`${local.slice(k)}@${domain}`.toLowerCase());
    from = at + 1 + domain.length;
  }
  return out;
}

/** Bare domains (not the domain part of an email): from each '.tld', labels backwards, then the full match forwards. */
function domains(text: string): string[] {
  const out: string[] = [];
  TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TLD.exec(text)) !== null && out.length < MAX_VALUES_PER_TEXT) {
    const labels = DOMAIN_LABELS.exec(text.slice(runStart(text, m.index, Math.max(0, m.index - 384), DOMAIN_CHAR), m.index))?.[0];
    if (!labels) continue;
    let start = m.index - labels.length;
    while (start < m.index && !isWordCode(text.charCodeAt(start))) start++;
    if ((start > 0 && isWordCode(text.charCodeAt(start - 1))) || text[start - 1] === '@') continue;
    DOMAIN_AT.lastIndex = start;
    const d = DOMAIN_AT.exec(text);
    if (!d) continue;
    out.push(d[0]);
    TLD.lastIndex = Math.max(TLD.lastIndex, start + d[0].length);
  }
  return out;
}

const TOKEN_CHAR = charTable((c) => isWordCode(c) || c === 45);

/** Runs of 16-256 word characters (and '-'), with word boundaries at both ends. One pass over char codes. */
function tokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < MAX_VALUES_PER_TEXT) {
    const c = text.charCodeAt(i);
    if (c >= 128 || TOKEN_CHAR[c] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d >= 128 || TOKEN_CHAR[d] === 0) break;
    }
    if (j - i >= 16) {
      let a = i;
      let b = j;
      while (a < b && text.charCodeAt(a) === 45) a++;
      while (b > a && text.charCodeAt(b - 1) === 45) b--;
      if (b - a >= 16 && b - a <= 256) out.push(text.slice(a, b));
    }
    i = j;
  }
  return out;
}

/** Quoted strings in free text, lowercased: names and passwords an instruction spells out. */
export function extractQuoted(text: string, out: Set<string> = new Set()): Set<string> {
  eachMatch(QUOTED, text, (m) => {
    const q = m[1].trim().toLowerCase();
    if (q.length >= 3 && out.size < MAX_VALUES_PER_TEXT) out.add(`quoted:${q}`);
  });
  return out;
}

/** One leaf of a tool call's arguments: the argument name and its text. */
export interface ArgLeaf {
  arg: string;
  value: string;
  isNumber: boolean;
}

/** Flattens tool arguments (JSON object, or plain text) into leaves; keys joined with dots. */
export function argumentLeaves(args: string | undefined): ArgLeaf[] {
  if (!args) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    return [{ arg: '', value: args, isNumber: false }];
  }
  const out: ArgLeaf[] = [];
  const walk = (v: unknown, path: string, depth: number) => {
    if (out.length >= MAX_VALUES_PER_TEXT || depth > 8) return;
    if (typeof v === 'string') out.push({ arg: path, value: v, isNumber: false });
    else if (typeof v === 'number') out.push({ arg: path, value: String(v), isNumber: true });
    else if (Array.isArray(v)) for (const x of v) walk(x, path, depth + 1);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, depth + 1);
  };
  walk(parsed, '', 0);
  return out;
}

function normalizeUrl(u: string): string {
  let s = u.toLowerCase().replace(/[.,;:!?]+$/, '');
  s = s.replace(/^https?:\/\//, '');
  s = stripWww(s);
  return s.replace(/\/$/, '');
}

function stripWww(h: string): string {
  return h.startsWith('www.') ? h.slice(4) : h;
}

function hostOf(u: string): string | undefined {
  const h = u.split(/[/?#:]/, 1)[0];
  return h && h.includes('.') ? h : undefined;
}
