// Extracts concrete values (IBANs, emails, URLs, domains, account/phone numbers, tokens, quoted strings) from text and tool arguments.

/** A value as indexed: a kind and a canonical form, e.g. `iban:US133000000121212121212`. */
export type ValueKind = 'iban' | 'email' | 'url' | 'domain' | 'digits' | 'token' | 'quoted' | 'literal' | 'number';

/** Strong kinds identify one party or resource: a match is concrete provenance on its own. */
export const STRONG_KINDS: ReadonlySet<ValueKind> = new Set(['iban', 'email', 'url', 'domain', 'digits', 'token']);

/** Values per text are capped: a hostile multi-KB result must not blow up the session index. */
export const MAX_VALUES_PER_TEXT = 256;

// All patterns are linear: bounded repetitions, no nested quantifiers.
const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24}/gi;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s"'<>`)\]}]{2,2048}/gi;
const DOMAIN = /\b(?:[a-z0-9-]{1,63}\.){1,6}(?:com|org|net|io|ai|dev|co|uk|de|fr|info|biz|app|xyz|me|us|ru|cn|edu|gov|site|online|link|ly)\b/gi;
const IBAN = /\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g;
const DIGITS = /\+?\d[\d ()-]{5,24}\d/g;
const TOKEN = /\b[A-Za-z0-9_\-]{16,256}\b/g;
const QUOTED = /["'\u2018\u2019\u201c\u201d]([^"'\u2018\u2019\u201c\u201d\n]{2,120})["'\u2018\u2019\u201c\u201d]/g;

/** Canonical keys (`kind:value`) of the values in free text. */
export function extractValues(text: string, out: Set<string> = new Set()): Set<string> {
  if (!text) return out;
  const add = (k: ValueKind, v: string) => {
    if (out.size < MAX_VALUES_PER_TEXT) out.add(`${k}:${v}`);
  };
  for (const m of text.matchAll(EMAIL)) {
    const e = m[0].toLowerCase();
    add('email', e);
    add('domain', e.slice(e.indexOf('@') + 1));
  }
  for (const m of text.matchAll(URL_RE)) {
    const u = normalizeUrl(m[0]);
    add('url', u);
    const host = hostOf(u);
    if (host) add('domain', host);
  }
  for (const m of text.matchAll(DOMAIN)) {
    const i = m.index ?? 0;
    if (i > 0 && text[i - 1] === '@') continue; // already counted with its email
    add('domain', stripWww(m[0].toLowerCase()));
  }
  for (const m of text.matchAll(IBAN)) add('iban', m[0]);
  for (const m of text.matchAll(DIGITS)) {
    const d = m[0].replace(/\D/g, '');
    if (d.length >= 7 && !/^(19|20)\d{6}$/.test(d)) add('digits', d); // dates like 20240513 are not accounts
  }
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (/\d/.test(t) && /[a-z]/i.test(t) && !IBAN_FULL.test(t)) add('token', t);
  }
  return out;
}
const IBAN_FULL = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

/** Quoted strings in free text, lowercased: names and passwords an instruction spells out. */
export function extractQuoted(text: string, out: Set<string> = new Set()): Set<string> {
  for (const m of text.matchAll(QUOTED)) {
    const q = m[1].trim().toLowerCase();
    if (q.length >= 3 && out.size < MAX_VALUES_PER_TEXT) out.add(`quoted:${q}`);
  }
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
