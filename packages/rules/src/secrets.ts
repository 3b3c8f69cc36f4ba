// Recognizes secrets (API keys, tokens, private keys, passwords, one-time codes, card and social security numbers) in text; linear patterns only.
import { hasDigit } from './cheap-tests.ts';
import { TextMemo } from './text-memo.ts';
import { argumentLeaves, isTokenCode } from './values.ts';

/**
 * Known credential formats: a match is a secret wherever it appears. Each comes with literals its
 * matches must contain (all of them): `indexOf` rules out most texts far faster than the regex scan.
 * A literal that starts with a common letter is slow to look for (`eyJ`: 1.8 µs per 2 KB of prose,
 * the search stops at every `e`), so a rare single character goes first.
 */
const FORMATS: [string[], RegExp, ((match: string) => boolean)?][] = [
  // OpenAI-style and similar secret keys (`sk-proj-…`, `sk-ant-api03-…`): a long random run after the prefix. A URL
  // slug or a name that starts the same way (`sk-hynix-memory-prices-2024`, `sk-internationalization-guide`) has words.
  [['k-'], /\b(?:sk|rk)-[A-Za-z0-9_-]{20,200}/g, hasRandomRun],
  [['AKIA'], /\bAKIA[0-9A-Z]{16}\b/g], // AWS access key id
  [['_', 'gh'], /\bgh[pousr]_[A-Za-z0-9]{30,100}\b/g], // GitHub tokens
  [['xox'], /\bxox[abprs]-[A-Za-z0-9-]{10,200}/g], // Slack tokens
  [['xapp-'], /\bxapp-\d-[A-Za-z0-9-]{20,200}/g], // Slack app-level tokens
  [['vs.', 'hvs.'], /\bhvs\.[A-Za-z0-9_-]{24,200}/g], // HashiCorp Vault service tokens
  [['ATATT3'], /\bATATT3[A-Za-z0-9_=-]{100,300}/g], // Atlassian API tokens
  [[':AA'], /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g], // Telegram bot tokens
  [['AIza'], /\bAIza[0-9A-Za-z_-]{35}\b/g], // Google API keys
  [['J', 'eyJ'], /\beyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,2000}/g], // JWTs
  [['PRIVATE KEY-----'], /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/g],
  [['PRIVATE KEY BLOCK-----'], /-----BEGIN PGP PRIVATE KEY BLOCK-----/g],
  [['PuTTY-User-Key-File-'], /PuTTY-User-Key-File-\d: [a-z0-9-]{3,40}/g], // PuTTY .ppk private keys
  // A private key's body without its BEGIN/END lines (the first line of it, as a key file wraps it): OpenSSH's format
  // ("openssh-key-v1" in base64), PKCS#1 RSA and PKCS#8 (an ASN.1 sequence, version 0, then the modulus or the RSA
  // algorithm id), SEC1 EC. A certificate or a public key starts otherwise.
  [['b3BlbnNzaC1rZXktdjE'], /\bb3BlbnNzaC1rZXktdjE[A-Za-z0-9+/=]{20,400}/g],
  [['IBA', 'MII'], /\bMII[A-Za-z0-9+/]{3}IBA(?:AKCA|DANBgkqhkiG9w0BAQEFAASC)[A-Za-z0-9+/=]{20,400}/g],
  [['MHcCAQEEI'], /\bMHcCAQEEI[A-Za-z0-9+/=]{20,400}/g],
  [['SG.'], /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}\b/g], // SendGrid API keys
  [['29.', 'ya29.'], /\bya29\.[A-Za-z0-9_-]{20,2000}/g], // Google OAuth access tokens
  [['/services/', 'hooks.slack.com/'], /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,120}/g], // Slack incoming webhooks
  // A registry login as Docker, Podman and Helm keep it (`"auth": "<base64 of user:password>"` in config.json).
  [['"auth"'], /(?<="auth"\s{0,3}:\s{0,3}")[A-Za-z0-9+/]{12,512}={0,2}(?=")/g, encodesLogin],
];

/** Base64 of `user:password`: what a registry `auth` field holds (a random id or a flag is no login). */
function encodesLogin(b64: string): boolean {
  try {
    const plain = atob(b64);
    const colon = plain.indexOf(':');
    return colon > 0 && colon < plain.length - 3 && PRINTABLE.test(plain);
  } catch {
    return false;
  }
}
const PRINTABLE = /^[\x20-\x7e]+$/;

/**
 * Tokens whose prefix ends in `_` or `-`, tried (sticky) only where such a prefix ends: `sk_live_…`
 * (Stripe secret and restricted keys, not the publishable `pk_`), `whsec_…` (Stripe webhook signing secrets),
 * `github_pat_…`, `npm_…`, `hf_…` (Hugging Face), `glpat-…` (GitLab), `shpat_…` (Shopify), `dop_v1_…`
 * (DigitalOcean), `lin_api_…` (Linear), `glsa_…` / `glc_…` (Grafana), `sntrys_…` (Sentry), `PMAK-…` (Postman),
 * `figd_…` (Figma), `ntn_…` (Notion), `pypi-…` (PyPI), `sq0atp-…` (Square): the vendors' documented formats, as
 * secret scanners (gitleaks, GitHub's) catalogue them. One `indexOf` pass per separator, not a search per prefix
 * (each `includes` of a prefix that starts with a common letter stops at every such letter).
 */
/**
 * SEPARATED's formats: the prefixes each starts with, up to and with its first separator, and the rest of it. The
 * pattern and the prefix table below are both made from this list, so a format cannot be in one and not the other.
 */
const SEPARATED_FORMATS: [prefixes: string[], rest: string][] = [
  [['sk_', 'rk_'], '(?:live|test)_[A-Za-z0-9]{16,128}'],
  [['whsec_'], '[A-Za-z0-9+/=]{24,88}'],
  [['github_'], 'pat_[A-Za-z0-9_]{40,255}'],
  [['npm_'], '[A-Za-z0-9]{36}'],
  [['hf_'], '[A-Za-z0-9]{30,64}'],
  [['glpat-'], '[A-Za-z0-9_-]{20,64}'],
  [['shpat_', 'shpss_', 'shpca_', 'shppa_'], '[a-fA-F0-9]{32}'],
  [['dop_', 'doo_', 'dor_'], 'v1_[a-f0-9]{64}'],
  [['lin_'], 'api_[A-Za-z0-9]{40}'],
  [['glsa_'], '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'],
  [['glc_'], '[A-Za-z0-9+/]{32,400}={0,2}'],
  [['sntrys_', 'sntryu_'], '[A-Za-z0-9+/=_]{50,400}'],
  [['PMAK-'], '[a-f0-9]{24}-[a-f0-9]{34}'],
  [['figd_'], '[A-Za-z0-9_-]{40,64}'],
  [['ntn_'], '[A-Za-z0-9]{40,50}'],
  [['pypi-'], 'AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}'],
  [['sq0atp-', 'sq0csp-'], '[A-Za-z0-9_-]{22,43}'],
];
const SEPARATED = new RegExp(`(?:${SEPARATED_FORMATS.map(([prefixes, rest]) => `(?:${prefixes.join('|')})${rest}`).join('|')})(?![A-Za-z0-9_-])`, 'y');
/** The prefixes, by their separator and the letter before it. */
const SEPARATED_PREFIXES = new Map<number, string[]>();
for (const prefix of SEPARATED_FORMATS.flatMap(([prefixes]) => prefixes)) {
  const key = (prefix.charCodeAt(prefix.length - 1) << 16) | prefix.charCodeAt(prefix.length - 2);
  SEPARATED_PREFIXES.set(key, [...(SEPARATED_PREFIXES.get(key) ?? []), prefix]);
}

function separatedTokens(text: string, sep: string, out: Set<string>, cap: number): void {
  const sepCode = sep.charCodeAt(0) << 16;
  for (let at = text.indexOf(sep); at >= 2 && out.size < cap; at = text.indexOf(sep, at + 1)) {
    // Most separators (a list's dash, snake_case words) follow a letter no prefix ends with: one map lookup.
    const prefixes = SEPARATED_PREFIXES.get(sepCode | text.charCodeAt(at - 1));
    if (prefixes === undefined) continue;
    for (const prefix of prefixes) {
      const start = at + 1 - prefix.length;
      if (start < 0 || (start > 0 && isTokenCode(text.charCodeAt(start - 1))) || !text.startsWith(prefix, start)) continue;
      SEPARATED.lastIndex = start;
      const m = SEPARATED.exec(text);
      if (m !== null) {
        out.add(m[0]);
        at = start + m[0].length - 1;
        break;
      }
    }
  }
}

/**
 * A password inside a URL (`postgres://app:s3cr3t@db.internal:5432/prod`): the secret is the part after
 * the user name. Placeholders (`password`, `****`, `${DB_PASSWORD}`, `<pass>`) are not secrets.
 */
const USERINFO = /[^\s:/@]{1,64}:([^\s@/]{4,128})@[A-Za-z0-9.-]/y;
const PLACEHOLDER = /^(?:\*+|x+|\$\{?\w+\}?|<[^>]*>|\{\{?[^}]*\}?\}|password|passwd|pass|secret|changeme|example|your[_-]?password)$/i;
/** Key-value secrets of cloud configuration (`AccountKey=…` in an Azure connection string). */
const CONFIG_KEY = /\bAccountKey=([A-Za-z0-9+/]{40,100}={0,2})/g;

/**
 * A value introduced by a label that says it is secret: `password: hunter2`, `security code is 463820`, also at the end
 * of a configuration name (`DB_PASSWORD=…`, `JWT_SECRET=…`, `"db_password": "…"`) and in German, Spanish or French
 * (`Passwort:`, `contraseña:`, `mot de passe :`). Groups: the
 * label, the word or sign between it and the value (if any), the value. The value never starts with a dash: a label
 * joined to the next word by one is a compound (`password-protected`, `token-based`), not a label and its value.
 * A colon may be inside the value (Rancher's `token: kubeconfig-u-x:secret`), not lead it.
 */
const LABEL_BODY =
  /(password|passwd|passphrase|passcode|passwort|kennwort|contrase(?:ñ|n)a|mot de passe|api[ _-]?key|(?:aws_)?secret_access_key|secret access key|client[ _]secret|secret(?: key)?|access token|auth token|token|security code|verification code|one-time code|otp|(?:recovery|backup|2fa|mfa|two-factor|authentication|auth|login|reset|access|transfer|epp)[ _-]?codes?|pin code|pin)\b["']?\s{0,3}(is|was|:|=)?\s{0,3}["'`]?([A-Za-z0-9!@#$%^&*_+=][A-Za-z0-9!@#$%^&*_+=./:-]{3,127})/;
/**
 * The pattern after a word boundary, scanned globally; after `<letter or digit>_` (`DB_PASSWORD=`), tried sticky at
 * each such underscore. Why two: with the lookbehind as an alternative to `\b`, irregexp tried both at every character
 * (6.4 µs per KB of text, the costliest of the secret scans; `\b` alone 2.6).
 */
const LABELLED = new RegExp(`\\b${LABEL_BODY.source}`, 'gi');
/** LABELLED tried at one position (a first word of a label the instruction scan's pass found). */
const LABELLED_AT = new RegExp(`\\b${LABEL_BODY.source}`, 'iy');
/**
 * The words LABEL_BODY's labels start with: the instruction scan's first-word pass finds them with its own (instructions.ts),
 * so a text it just read is searched for labels only at those words, not by an irregexp pass of its own (the costliest
 * secret scan, ~3 ns per character). Keep in step with LABEL_BODY: `secrets.test.ts` checks every label starts at one.
 * "2fa" starts with a digit, which no word pass finds: a text with "2fa" in it takes the regex.
 */
export const SECRET_LABEL_WORDS = [
  'password', 'passwd', 'passphrase', 'passcode', 'passwort', 'kennwort', 'contrase', 'contrasena', 'mot', 'api', 'apikey', 'aws', 'secret', 'client',
  'access', 'auth', 'token', 'security', 'verification', 'one', 'otp', 'recovery', 'backup', 'mfa', 'two', 'authentication', 'login', 'reset', 'pin',
  'transfer', 'epp',
];
/** The text the instruction scan last read and where its label words start (scans are synchronous). */
let labelText: string | undefined;
let labelStarts: readonly number[] = [];

/** Called by the instruction scan with the label words its pass found in `text`. */
export function noteLabelStarts(text: string, starts: readonly number[]): void {
  labelText = text;
  labelStarts = starts;
}
const TWO_FA = /2fa/i;
const LABELLED_AFTER_UNDERSCORE = new RegExp(LABEL_BODY.source, 'iy');
/** A PIN is digits; "pin" is also the verb that fixes a version (`pin python-dateutil`, `pin numpy 1.26`). */
const PIN_LABEL = /^pin$/i;
const DIGITS = /^\d+$/;

/** Secret values found in text (the secret itself, not its label). */
export function findSecrets(text: string, out: Set<string> = new Set(), cap = 64): Set<string> {
  if (!text) return out;
  // Plain loops, no closures per call (see extractValues).
  let m: RegExpExecArray | null;
  for (const [literals, re, keep] of FORMATS) {
    if (!hasAll(text, literals)) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) if (out.size < cap && (keep === undefined || keep(m[0]))) out.add(m[0]);
  }
  separatedTokens(text, '_', out, cap);
  separatedTokens(text, '-', out, cap);
  // From each '://' (an irregexp scan for the scheme tried every letter of the text).
  if (text.includes('@')) {
    for (let at = text.indexOf('://'); at > 0 && out.size < cap; at = text.indexOf('://', at + 3)) {
      USERINFO.lastIndex = at + 3;
      if ((m = USERINFO.exec(text)) !== null && !PLACEHOLDER.test(m[1])) out.add(m[1]);
    }
  }
  if (text.includes('AccountKey=')) {
    CONFIG_KEY.lastIndex = 0;
    while ((m = CONFIG_KEY.exec(text)) !== null) if (out.size < cap) out.add(m[1]);
  }
  if (out.size < cap && hasDigit(text)) cardNumbers(text, out, cap);
  if (out.size < cap) csvSecrets(text, out, cap);
  if (out.size < cap && text.includes('-')) socialSecurityNumbers(text, out, cap);
  const starts = labelStartsOf(text);
  for (let from = 0; out.size < cap && (m = nextLabelled(text, from, starts)) !== null; from = m.index + m[0].length) {
    const v = m[3].replace(TRAILING_PUNCT, '');
    if (labelledSecret(m[1], m[2] !== undefined, v)) out.add(v);
  }
  if (out.size < cap && (text.includes('ession') || text.includes('ESSION') || text.includes('.sid'))) {
    SESSION_COOKIE.lastIndex = 0;
    while ((m = SESSION_COOKIE.exec(text)) !== null && out.size < cap) if (HAS_DIGIT_AND_LETTER.test(m[1])) out.add(m[1]);
  }
  if (text.includes(' is your ')) {
    CODE_FIRST.lastIndex = 0;
    while ((m = CODE_FIRST.exec(text)) !== null && out.size < cap) out.add(m[1]);
  }
  return out;
}

/**
 * A session cookie's value: whoever holds it is signed in as the user. `session_id=…`, `"sessionToken": "…"`, a cookie
 * jar's `{"name": "session_id", "value": "…"}`, `JSESSIONID`, `PHPSESSID`, `connect.sid`. At least 16 characters with
 * digits and letters ("session: 3", "session: Tuesday" are no cookie).
 */
const SESSION_COOKIE =
  /\b(?:session[_-]?(?:id|token|key|cookie)?|sessionid|sessiontoken|jsessionid|phpsessid|connect\.sid)["']?\s{0,3}(?:[:=]|,\s{0,3}["']?value["']?\s{0,3}:)\s{0,3}["']?([A-Za-z0-9%._~+/=:-]{16,256})/gi;
const HAS_DIGIT_AND_LETTER = /^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])/;

/** Kept findSecrets of long texts (text-memo.ts): an app's sessions read the same results and requests again. */
const SECRETS_KEPT = TextMemo.shared<ReadonlySet<string>>(2_000_000);

/** findSecrets of a text, shared: read only. */
export function secretsIn(text: string): ReadonlySet<string> {
  return SECRETS_KEPT.read(text, findSecrets);
}

/**
 * A one-time code as a text message writes it, the code first: "482913 is your AcmeBank verification code",
 * "G-482913 is your Google verification code". (The label-first form, "your code is 482913", is LABELLED's.)
 */
const CODE_FIRST = /\b(?:[A-Z]-)?(\d{4,8}) is your (?:[\w&.'-]+ ){0,3}(?:verification|security|login|sign-in|one-time|2fa|mfa|authentication|confirmation|access|otp) (?:code|pin|passcode)\b/gi;

/**
 * The leftmost labelled value at or after `from`, as one global scan of `(?:\b|(?<=[A-Za-z0-9]_))label…` would find it:
 * the word-boundary match, unless a match after an underscore starts before it.
 */
function nextLabelled(text: string, from: number, starts: readonly number[] | undefined): RegExpExecArray | null {
  const bounded = nextBounded(text, from, starts);
  const before = bounded === null ? text.length : bounded.index;
  for (let u = text.indexOf('_', from > 0 ? from - 1 : 0); u >= 0 && u + 1 < before; u = text.indexOf('_', u + 1)) {
    const c = text.charCodeAt(u - 1);
    if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) continue;
    LABELLED_AFTER_UNDERSCORE.lastIndex = u + 1;
    const m = LABELLED_AFTER_UNDERSCORE.exec(text);
    if (m !== null) return m;
  }
  return bounded;
}

/** Where the label words of `text` start, when the instruction scan just read it and no label needs the regex ("2fa"). */
function labelStartsOf(text: string): readonly number[] | undefined {
  return labelText === text && (text.indexOf('2') < 0 || !TWO_FA.test(text)) ? labelStarts : undefined;
}

/** The leftmost word-boundary match at or after `from`: at the label words the scan found, when it read this text. */
function nextBounded(text: string, from: number, starts: readonly number[] | undefined): RegExpExecArray | null {
  if (starts !== undefined) {
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i];
      if (at < from) continue;
      LABELLED_AT.lastIndex = at;
      const m = LABELLED_AT.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
  LABELLED.lastIndex = from;
  return LABELLED.exec(text);
}

/**
 * The values of a table's secret columns: a password manager's export (`login_password`, `login_totp` in Bitwarden's,
 * `password` in Chrome's and LastPass's), a credentials sheet. The header names the column, so the values need no label
 * of their own. Plain delimited rows only (a row whose field count differs from the header's is skipped).
 */
function csvSecrets(text: string, out: Set<string>, cap: number): void {
  const eol = text.indexOf('\n');
  if (eol <= 0 || eol > MAX_HEADER) return;
  const header = text.slice(0, eol).replace(TRAILING_CR, '');
  const sep = header.includes('\t') ? '\t' : header.includes(',') ? ',' : header.includes(';') ? ';' : undefined;
  if (sep === undefined || !SECRET_COLUMN_HINT.test(header)) return;
  const names = header.split(sep).map((n) => n.trim().replace(QUOTES, '').toLowerCase());
  const columns = names.flatMap((n, i) => (SECRET_COLUMN.test(n) ? [i] : []));
  if (columns.length === 0) return;
  let from = eol + 1;
  for (let row = 0; row < MAX_ROWS && from < text.length && out.size < cap; row++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).replace(TRAILING_CR, '');
    from = end < 0 ? text.length : end + 1;
    const fields = line.split(sep);
    if (fields.length !== names.length) continue;
    for (const c of columns) {
      const v = fields[c].trim().replace(QUOTES, '');
      if (v.length >= 4 && !/\s/.test(v) && !PLACEHOLDER.test(v)) out.add(v);
    }
  }
}
const MAX_HEADER = 1_000;
const MAX_ROWS = 1_000;
const TRAILING_CR = /\r$/;
const QUOTES = /^"|"$/g;
const SECRET_COLUMN_HINT = /pass|secret|token|totp|api.?key|pin/i;
/** A column named for a secret: `password`, `login_password`, `Password`, `api_key`, `totp`, `secret`. */
const SECRET_COLUMN = /^(?:[a-z]+[_ ])?(?:password|passwd|passphrase|passcode|secret|client_?secret|api_?key|access_?token|token|totp|otp_?secret|pin)$/;

/**
 * A US social security number as it is written, 3-2-4 digits with dashes, in the ranges issued (no 000, 666 or 9xx
 * area, no 00 group, no 0000 serial), not part of a longer run of digits and dashes (a phone number is 3-3-4, a date
 * 4-2-2): an identity thief's key, sent out like a card number.
 */
const SSN = /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/;

/** From each dash (a regex tried at every character cost 3–4 µs per 2 KB of text, a third of all the secret scans). */
function socialSecurityNumbers(text: string, out: Set<string>, cap: number): void {
  for (let dash = text.indexOf('-', 3); dash >= 0 && out.size < cap; dash = text.indexOf('-', dash + 1)) {
    const start = dash - 3;
    // 3-2-4: the second dash three on; nothing of a longer run of digits and dashes before or after.
    if (text.charCodeAt(dash + 3) !== 45 || isDigitAt(text, start - 1) || text[start - 1] === '-') continue;
    const candidate = text.slice(start, dash + 8);
    if (isDigitAt(text, dash + 8) || text[dash + 8] === '-' || !SSN.test(candidate) || SAMPLE_SSNS.has(candidate)) continue;
    out.add(candidate);
  }
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Published, never-valid numbers (forms, ads, the Woolworth wallet card): what people ask about, not anyone's. */
const SAMPLE_SSNS = new Set(['123-45-6789', '078-05-1120', '219-09-9999']);

/**
 * A card number made of one four-digit group repeated, or a group then ones (4242 4242 4242 4242, 4111 1111 1111 1111,
 * 5555 5555 5555 4444): the test numbers payment providers publish for sandboxes, pasted into every checkout question.
 */
function sampleCard(digits: string): boolean {
  const head = digits.slice(0, 4);
  const rest = digits.slice(4);
  return rest === head.repeat(3).slice(0, rest.length) || ONES.test(rest) || SAME_TWELVE.test(digits);
}
const ONES = /^1+$/;
const SAME_TWELVE = /^(\d)\1{11}/;

/** A payment card number: 15 or 16 digits from a card network's range, whole or in groups of four. */
const CARD = /\b[3-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{3,4}\b/g;

/** Card numbers whose check digit holds (Luhn): an order or tracking number of that length rarely does, and never in that range. */
function cardNumbers(text: string, out: Set<string>, cap: number): void {
  CARD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CARD.exec(text)) !== null && out.size < cap) {
    // Not four groups out of a longer grouped number (an IBAN "DE75 5121 0800 1245 1261 99", a phone number).
    const end = m.index + m[0].length;
    if (GROUP_SEP.test(text[m.index - 1] ?? '') && isDigitAt(text, m.index - 2)) continue;
    if (GROUP_SEP.test(text[end] ?? '') && isDigitAt(text, end + 1)) continue;
    const digits = m[0].replace(NOT_DIGIT, '');
    // 15 digits is an Amex number (34, 37); a phone's IMEI has 15 digits and the same check digit.
    if ((digits.length === 16 || (digits.length === 15 && AMEX.test(digits))) && luhn(digits) && !sampleCard(digits)) out.add(digits);
  }
}
const NOT_DIGIT = /\D/g;
const GROUP_SEP = /^[ -]$/;
const AMEX = /^3[47]/;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Labels are followed by ordinary words too ("password reset", "the token system"): a value needs a digit, a symbol
 * or length after "is", ":" or "="; with nothing between ("api key rotation-policy", "secret ingredient-list") a
 * digit; after "pin", only digits.
 */
function labelledSecret(label: string, separated: boolean, v: string): boolean {
  if (PIN_LABEL.test(label)) return DIGITS.test(v);
  // Where a secret is kept, not the secret: a Vault or secrets-manager path ("New secret: secret/data/staging/db v14").
  if (SECRET_PATH.test(v) && !hasRandomRun(v)) return false;
  if (!separated) return HAS_DIGIT.test(v);
  return HAS_DIGIT.test(v) || NON_LETTER.test(v) || v.length >= 12;
}

const TRAILING_PUNCT = /[.,;]+$/;
/** Three or more lowercase path segments: `secret/data/staging/db`, `prod/payments/stripe-key`. */
const SECRET_PATH = /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+){2,}$/;
const LONG_RUN = /[A-Za-z0-9]{16,}/g;

/** 16 or more letters and digits in a row, both kinds among them: what a generated key has and a word does not. */
function hasRandomRun(key: string): boolean {
  return randomRun(key) !== undefined;
}

/** The longest such run of a key: its random body, which gives the key away without its prefix or separators. */
export function randomRun(key: string): string | undefined {
  let longest: string | undefined;
  for (const m of key.matchAll(LONG_RUN)) if (HAS_DIGIT.test(m[0]) && HAS_LETTER.test(m[0]) && m[0].length > (longest?.length ?? 0)) longest = m[0];
  return longest;
}
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;
const NON_LETTER = /[^A-Za-z]/;

function hasAll(text: string, literals: readonly string[]): boolean {
  for (const l of literals) if (!text.includes(l)) return false;
  return true;
}

/**
 * The services a key's format belongs to (`ghp_…` is GitHub's, `sk_live_…` Stripe's): a request to them with it is how
 * the key is used, wherever it was read. By prefix, as the formats above are recognized.
 */
const SERVICES: [RegExp, string[]][] = [
  [/^sk-ant-/, ['anthropic.com']],
  [/^sk-/, ['openai.com']],
  [/^AKIA/, ['amazonaws.com']],
  [/^(?:gh[pousr]_|github_pat_)/, ['github.com', 'githubusercontent.com']],
  [/^xox[abprs]-/, ['slack.com']],
  [/^(?:AIza|ya29\.)/, ['googleapis.com', 'google.com']],
  [/^SG\./, ['sendgrid.com', 'sendgrid.net']],
  [/^(?:[sr]k_(?:live|test)_|whsec_)/, ['stripe.com']],
  [/^xapp-/, ['slack.com']],
  [/^ATATT3/, ['atlassian.net', 'atlassian.com']],
  [/^\d{8,10}:AA/, ['telegram.org']],
  [/^shp(?:at|ss|ca|pa)_/, ['myshopify.com', 'shopify.com']],
  [/^do[opr]_v1_/, ['digitalocean.com']],
  [/^lin_api_/, ['linear.app']],
  [/^gl(?:sa|c)_/, ['grafana.net', 'grafana.com']],
  [/^sntry[su]_/, ['sentry.io']],
  [/^PMAK-/, ['getpostman.com', 'postman.com']],
  [/^figd_/, ['figma.com']],
  [/^ntn_/, ['notion.com', 'notion.so']],
  [/^pypi-/, ['pypi.org']],
  [/^sq0(?:atp|csp)-/, ['squareup.com', 'squareupsandbox.com']],
  [/^npm_/, ['npmjs.org', 'npmjs.com']],
  [/^hf_/, ['huggingface.co']],
  [/^glpat-/, ['gitlab.com']],
];

/** Services a company also runs itself, under their own name: `gitlab.acme.io`, `github.corp.example` (Enterprise Server). */
const SELF_HOSTED: [RegExp, string][] = [
  [/^glpat-/, 'gitlab'],
  [/^(?:gh[pousr]_|github_pat_)/, 'github'],
];

/**
 * The host is (a subdomain of) the service the secret's format belongs to, or a company's own instance of it (its first
 * label the service's name: not a lookalike such as gitlab-verify.example).
 */
export function servesSecret(secret: string, host: string): boolean {
  for (const [prefix, name] of SELF_HOSTED) if (prefix.test(secret) && host.startsWith(`${name}.`)) return true;
  for (const [prefix, domains] of SERVICES) {
    if (!prefix.test(secret)) continue;
    return domains.some((d) => host === d || host.endsWith(`.${d}`));
  }
  return false;
}

/** Every host a call reaches is one the secret's own service runs (and it reaches one): the credential used, not leaked. */
export function servedOnlyBy(secret: string, hosts: readonly string[]): boolean {
  return hosts.length > 0 && hosts.every((h) => servesSecret(secret, h));
}

/** Argument names and values that say a read returns a credential (`get_env {name: "CDN_API_TOKEN"}`, `vault_read {path: "…/password"}`). */
const CREDENTIAL_ARG = /(?:token|secret|passw(?:or)?d|api[_-]?key|private[_-]?key|credential|access[_-]?key)/i;
const BARE_VALUE = /^["'`]?([A-Za-z0-9!@#$%^&*_+=./:-]{8,256})["'`]?$/;

/**
 * The value a read returns when its arguments name a credential and the result is that value alone: an environment
 * variable, a secret manager's field. Its label is in the call, not in the text, so `findSecrets` cannot see it.
 */
export function secretReadByName(args: string | undefined, result: string): string | undefined {
  if (!args || result.length > 300 || !CREDENTIAL_ARG.test(args) || !namesCredential(args)) return undefined;
  const m = BARE_VALUE.exec(result.trim());
  // A link is what a call returns about what it made (a paste's or a share's address), not a credential's value.
  return m && /\d/.test(m[1]) && /[A-Za-z]/.test(m[1]) && !LINK_START.test(m[1]) ? m[1] : undefined;
}
const LINK_START = /^(?:https?:\/\/|www\.)/i;

/**
 * An argument's name, or a short argument value, names a credential: `{name: "CDN_API_TOKEN"}`, `{path: "…/password"}`;
 * not a word inside a long text the call carries (a log pasted with its `"slack_token":"[REDACTED]"`).
 */
function namesCredential(args: string): boolean {
  for (const leaf of argumentLeaves(args)) {
    if (CREDENTIAL_ARG.test(leaf.arg) || (leaf.value.length <= MAX_NAMING_VALUE && CREDENTIAL_ARG.test(leaf.value))) return true;
  }
  return false;
}
const MAX_NAMING_VALUE = 120;
