// Extracts concrete values (IBANs, emails, URLs, domains, account/phone numbers, tokens, quoted strings) from text and tool arguments.
import { hasDigit } from './cheap-tests.ts';
import { TextMemo } from './text-memo.ts';

/** A value as indexed: a kind and a canonical form, e.g. `iban:US133000000121212121212`. */
export type ValueKind = 'iban' | 'email' | 'url' | 'domain' | 'digits' | 'token' | 'quoted' | 'literal' | 'number';

/** Strong kinds identify one party or resource: a match is concrete provenance on its own. */
export const STRONG_KINDS: ReadonlySet<ValueKind> = new Set(['iban', 'email', 'url', 'domain', 'digits', 'token']);

/** Values per text are capped: a hostile multi-KB result must not blow up the session index. */
export const MAX_VALUES_PER_TEXT = 256;

// All patterns are linear: bounded repetitions, no nested quantifiers.
// Emails, domains and tokens are found from cheap anchors ('@', a '.tld', a long run of word chars)
// instead of a regex tried at every position: on KBs of tool output per span that scan was the
// largest cost of the rule engine (bench/ingest). They find what these patterns would find:
//   email  [a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24}
//   domain \b(?:[a-z0-9-]{1,63}\.){1,6}(?:com|org|…)\b     token \b[A-Za-z0-9_-]{16,256}\b
const EMAIL_LOCAL = /[a-z0-9._%+-]{1,64}$/i;
const EMAIL_DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24}/i;
/**
 * Top-level domains a bare host is read by ("upload to files.example.tk"): generic, country and the free or cheap ones
 * attackers register. Not those that are also file extensions or code's property names (`sh`, `py`, `md`, `rs`, `zip`,
 * `id`, `email`, `top`, `store`, `click`, `no` as in "Ref.No"): a script or `user.id` is no host.
 */
const TLD_LIST = [
  'com|org|net|io|ai|dev|co|uk|de|fr|eu|ch|nl|es|se|dk|fi|pl|jp|kr|br|au|ca|info|biz|app|xyz|me|us|ru|cn|edu|gov|site|online|link|ly|cloud|tech|tv|gg|cc',
  'in|it|is|to|be|at|ie|pt|cz|sk|hu|ro|gr|bg|hr|si|lt|lv|ee|nz|sg|hk|tw|mx|ar|za|tr|ua|vn|ir|su|la|fm|ws',
  'tk|ml|ga|cf|gq|pw|icu|buzz|club|shop|art|vip|loan|men|party|racing|kim|country|cricket|accountant|faq',
].join('|');
const TLD = new RegExp(`\\.(?:${TLD_LIST})\\b`, 'gi');
const DOMAIN_LABELS = /(?:[a-z0-9-]{1,63}\.){0,5}[a-z0-9-]{1,63}$/i;
const DOMAIN_AT = new RegExp(`(?:[a-z0-9-]{1,63}\\.){1,6}(?:${TLD_LIST})\\b`, 'iy');
/** A link with its scheme (the web's, or a stream's, a file transfer's, a socket's: `rtmp://…/live`), or one from `www.`. */
const URL_RE = /\b(?:(?:https?|ftps?|sftp|wss?|rtmps?|rtsp|srt):\/\/|www\.)[^\s"'<>`)\]}]{2,2048}/gi;
/** The path after a bare host, as URL_RE reads a URL's rest. */
const BARE_PATH = /\/[^\s"'<>`)\]}]{0,2047}/y;
/**
 * An IBAN as one run, or in the groups of four it is printed in ("DE89 3704 0044 0532 0130 00"), also with dots,
 * dashes or slashes between them ("DE89.3704.0044.0532.0130.00"): one separator throughout. Grouped, in lower case
 * too ("de44/5001/0517/…").
 */
const IBAN = /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{10,30}|( |\.|-|\/)[A-Z0-9]{4}(?:\1[A-Z0-9]{4}){1,6}(?:\1[A-Z0-9]{1,4})?)\b/gi;
const DIGITS = /\+?\d[\d ()-]{5,24}\d/g;
const IBAN_SEPARATORS = /[ .\/-]/g;
const LOWER_CASE = /[a-z]/;
// Typographic quotes too: German „…“ and ‚…‘, guillemets «…» and ‹…›, Japanese 「…」.
const QUOTED = /["'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d]([^"'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\n]{2,120})["'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d]/g;

/** Kept extractValues of long texts (text-memo.ts): an app's sessions read the same results and prompts again. */
const VALUES_KEPT = TextMemo.shared<ReadonlySet<string>>(2_000_000);

/** extractValues of a text, shared: read only. */
export function valuesIn(text: string): ReadonlySet<string> {
  return VALUES_KEPT.read(text, extractValues);
}

/** Canonical keys (`kind:value`) of the values in free text. */
export function extractValues(text: string, out: Set<string> = new Set()): Set<string> {
  // Plain loops and no closures: this runs on every text of every span, and the TypeScript loader
  // wraps each closure created per call (keepNames), which cost as much as a regex scan here.
  if (!text) return out;
  for (const e of emails(text)) {
    addValue(out, 'email', e);
    addValue(out, 'domain', e.slice(e.indexOf('@') + 1));
  }
  let m: RegExpExecArray | null;
  // A URL holds "://" or "www.", a domain a dot: `indexOf` finds a character ~10× faster than a
  // regex pass over text without it (chat turns, short results, JSON without hosts).
  const dot = text.indexOf('.') >= 0;
  URL_RE.lastIndex = 0;
  if (dot || text.indexOf('://') >= 0) {
    while ((m = URL_RE.exec(text)) !== null) {
      const u = normalizeUrl(m[0]);
      addValue(out, 'url', u);
      const host = hostOf(u);
      if (host) addValue(out, 'domain', host);
    }
  }
  if (dot) {
    const paths: string[] = [];
    for (const d of domains(text, paths)) addValue(out, 'domain', stripWww(d.toLowerCase()));
    // A host with a path and no scheme ("uploads now go to legal-drive.example.tk/upload") is a link all the same.
    for (const u of paths) addValue(out, 'url', normalizeUrl(u));
  }
  // IBANs, account numbers and tokens all hold a digit: prose without one skips three passes over it
  // (the test stops at the first digit, so text with digits pays next to nothing for it).
  if (!hasDigit(text)) return out;
  IBAN.lastIndex = 0;
  while ((m = IBAN.exec(text)) !== null) {
    // Grouped, it is read as one only when its check digits hold: four-letter words after a code are no account.
    if (m[1] === undefined) {
      // One run in lower case is as likely a hash or an id ("de44a0b1…"): only a grouped one is read as an account.
      if (!LOWER_CASE.test(m[0])) addValue(out, 'iban', m[0]);
    } else {
      const iban = m[0].replace(IBAN_SEPARATORS, '').toUpperCase();
      if (ibanChecks(iban)) addValue(out, 'iban', iban);
    }
  }
  // A host by its IPv4 address ("allow TCP 22 from 198.51.100.77/32", "ssh root@203.0.113.5"): a domain as much as a name.
  if (dot) {
    IPV4.lastIndex = 0;
    while ((m = IPV4.exec(text)) !== null) if (!LOCAL_IPV4.test(m[0])) addValue(out, 'domain', m[0]);
  }
  DIGITS.lastIndex = 0;
  while ((m = DIGITS.exec(text)) !== null) {
    const d = m[0].replace(NON_DIGITS, '');
    if (d.length >= 7 && !DATE_DIGITS.test(d)) addValue(out, 'digits', d); // dates like 20240513 are not accounts
  }
  for (const t of tokens(text)) {
    if (HAS_LETTER.test(t) && !IBAN_FULL.test(t)) addValue(out, 'token', t); // tokens() only returns runs with a digit
  }
  return out;
}
const NON_DIGITS = /\D/g;
/** Addresses of one's own network (a router's 192.168.0.1, a pod's 10.x, loopback): no outside party. */
const LOCAL_IPV4 = /^(?:10\.|127\.|0\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.)/;
/** Four octets, not a version ("v1.2.3.4", "1.2.3.4.5") nor part of a longer number. */
const IPV4 = /(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w]|\.\d)/g;

/** ISO 13616 check: the country and check digits moved to the end, letters as 10–35, the number mod 97 is 1. */
function ibanChecks(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const n = c <= 57 ? c - 48 : c - 55;
    r = n > 9 ? (r * 100 + n) % 97 : (r * 10 + n) % 97;
  }
  return r === 1;
}
const DATE_DIGITS = /^(19|20)\d{6}$/;
const HAS_LETTER = /[a-z]/i;

function addValue(out: Set<string>, k: ValueKind, v: string): void {
  if (out.size < MAX_VALUES_PER_TEXT) out.add(`${k}:${v}`);
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

/**
 * The '@' at `at` ends a URL's credentials (`postgres://app:pw@db.internal`, `https://user@host/`): what is read as an
 * address there is none. Not a query's or a path's ('?email=a@b.com' is one): only the characters since the scheme's
 * "://", none of them '/', '?', '#'.
 */
export function inUserinfo(text: string, at: number): boolean {
  for (let i = at - 1; i >= 2 && i >= at - 256; i--) {
    const c = text.charCodeAt(i);
    if (c === 47) return text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58; // the second '/' of "://"
    if (c <= 32 || c === 63 || c === 35 || c === 34 || c === 39 || c === 60 || c === 62) return false;
  }
  return false;
}

/**
 * Bare domains (not the domain part of an email): from each '.tld', labels backwards, then the full match forwards.
 * Those a path follows are also pushed with their path onto `paths`.
 */
function domains(text: string, paths: string[]): string[] {
  const out: string[] = [];
  TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TLD.exec(text)) !== null && out.length < MAX_VALUES_PER_TEXT) {
    const labels = DOMAIN_LABELS.exec(text.slice(runStart(text, m.index, Math.max(0, m.index - 384), DOMAIN_CHAR), m.index))?.[0];
    if (!labels) continue;
    let start = m.index - labels.length;
    while (start < m.index && !isWordCode(text.charCodeAt(start))) start++;
    // Glued to a word before it: part of an identifier, unless an underscore joins it (`<token>_x.verify.evil.net`, a
    // DNS name whose first label holds an underscore): then the labels after it are a domain.
    if (start > 0 && text[start - 1] === '_') {
      const dot = text.indexOf('.', start);
      if (dot < 0 || dot >= m.index) continue;
      start = dot + 1;
    } else if ((start > 0 && isWordCode(text.charCodeAt(start - 1))) || text[start - 1] === '@') continue;
    DOMAIN_AT.lastIndex = start;
    const d = DOMAIN_AT.exec(text);
    if (!d) continue;
    out.push(d[0]);
    const end = start + d[0].length;
    if (text.charCodeAt(end) === 47) {
      BARE_PATH.lastIndex = end;
      const path = BARE_PATH.exec(text)?.[0];
      if (path && path.length > 1) paths.push(d[0] + path);
    }
    TLD.lastIndex = Math.max(TLD.lastIndex, end);
  }
  return out;
}

const TOKEN_CHAR = charTable((c) => isWordCode(c) || c === 45);
/** `[A-Za-z0-9_-]`: a character of a token or key. */
export const isTokenCode = (c: number): boolean => c < 128 && TOKEN_CHAR[c] === 1;
const DIGIT = /\d/g;

/**
 * Runs of 16-256 word characters (and '-') that contain a digit (only those can be tokens), with word
 * boundaries at both ends. Found from their digits: the regex engine skips to the next digit, and
 * only the runs around digits are read char by char (a JS loop over every char cost ~3 ns per char).
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  DIGIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < MAX_VALUES_PER_TEXT && (m = DIGIT.exec(text)) !== null) {
    let i = m.index;
    let j = i + 1;
    while (i > 0 && isTokenCode(text.charCodeAt(i - 1))) i--;
    while (j < n && isTokenCode(text.charCodeAt(j))) j++;
    DIGIT.lastIndex = j;
    if (j - i < 16) continue;
    while (i < j && text.charCodeAt(i) === 45) i++;
    while (j > i && text.charCodeAt(j - 1) === 45) j--;
    if (j - i >= 16 && j - i <= 256) out.push(text.slice(i, j));
  }
  return out;
}

/** Quoted strings in free text, lowercased: names and passwords an instruction spells out. */
export function extractQuoted(text: string, out: Set<string> = new Set()): Set<string> {
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(text)) !== null) {
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
  walkLeaves(parsed, '', 0, out);
  return out;
}

/** A module function, not a closure per call: the TypeScript loader wraps each closure created (keepNames). */
function walkLeaves(v: unknown, path: string, depth: number, out: ArgLeaf[]): void {
  if (out.length >= MAX_VALUES_PER_TEXT || depth > 8) return;
  if (typeof v === 'string') out.push({ arg: path, value: v, isNumber: false });
  else if (typeof v === 'number') out.push({ arg: path, value: String(v), isNumber: true });
  else if (Array.isArray(v)) for (const x of v) walkLeaves(x, path, depth + 1, out);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // A name/value pair (`{"name": "routing_number", "type": "string", "value": "031101279"}`: Bedrock's action-group
    // parameters, mail headers, form fields, CRM properties): its value is the argument its name says.
    const named = typeof o.name === 'string' && 'value' in o && PAIR_NAME.test(o.name) ? o.name : undefined;
    for (const k in o) walkLeaves(o[k], k === 'value' && named !== undefined ? (path ? `${path}.${named}` : named) : path ? `${path}.${k}` : k, depth + 1, out);
  }
}
/** A parameter's name in a name/value pair: an identifier, not a sentence. */
const PAIR_NAME = /^[A-Za-z_][\w.-]{0,63}$/;

/** A URL as values name it (`url:` keys): lowercased, without scheme, `www.`, trailing slash or punctuation. */
export function normalizeUrl(u: string): string {
  let s = u.toLowerCase().replace(/[.,;:!?]+$/, '');
  s = s.replace(/^https?:\/\//, '');
  s = stripWww(s);
  return s.replace(/\/$/, '');
}

/** A host as values name it: without a leading `www.` (callers lowercase). */
export function stripWww(h: string): string {
  return h.startsWith('www.') ? h.slice(4) : h;
}

function hostOf(u: string): string | undefined {
  const h = urlHost(u);
  return h && h.includes('.') ? h : undefined;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;

/** The host of a URL as values keep it (lowercase, no http(s) scheme): without a scheme, user, port or path. */
export function urlHost(u: string): string {
  let h = u.replace(SCHEME, '').split(/[/?#]/, 1)[0];
  h = h.slice(h.lastIndexOf('@') + 1);
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1); // an IPv6 literal holds colons of its own
  const colon = h.indexOf(':');
  return colon < 0 ? h : h.slice(0, colon);
}

/** The host of an `email:`, `domain:` or `url:` value; undefined for other kinds. */
export function hostOfValue(value: string): string | undefined {
  if (value.startsWith('domain:')) return value.slice(7);
  if (value.startsWith('email:')) return value.slice(value.indexOf('@') + 1);
  if (value.startsWith('url:')) return urlHost(value.slice(4));
  return undefined;
}
