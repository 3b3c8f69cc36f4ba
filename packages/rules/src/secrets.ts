// Recognizes secrets (API keys, tokens, private keys, passwords, one-time codes) in text; linear patterns only.

/**
 * Known credential formats: a match is a secret wherever it appears. Each comes with literals its
 * matches must contain (all of them): `indexOf` rules out most texts far faster than the regex scan.
 * A literal that starts with a common letter is slow to look for (`eyJ`: 1.8 µs per 2 KB of prose,
 * the search stops at every `e`), so a rare single character goes first.
 */
const FORMATS: [string[], RegExp][] = [
  [['k-'], /\b(?:sk|rk)-[A-Za-z0-9_-]{20,200}/g], // OpenAI-style and similar secret keys
  [['AKIA'], /\bAKIA[0-9A-Z]{16}\b/g], // AWS access key id
  [['_', 'gh'], /\bgh[pousr]_[A-Za-z0-9]{30,100}\b/g], // GitHub tokens
  [['xox'], /\bxox[abprs]-[A-Za-z0-9-]{10,200}/g], // Slack tokens
  [['AIza'], /\bAIza[0-9A-Za-z_-]{35}\b/g], // Google API keys
  [['J', 'eyJ'], /\beyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,2000}/g], // JWTs
  [['PRIVATE KEY-----'], /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/g],
  [['k_'], /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,128}\b/g], // Stripe secret and restricted keys (not the publishable pk_)
  [['github_pat_'], /\bgithub_pat_[A-Za-z0-9_]{40,255}\b/g], // GitHub fine-grained tokens
  [['glpat-'], /\bglpat-[A-Za-z0-9_-]{20,64}\b/g], // GitLab personal access tokens
  [['npm_'], /\bnpm_[A-Za-z0-9]{36}\b/g], // npm access tokens
  [['hf_'], /\bhf_[A-Za-z0-9]{30,64}\b/g], // Hugging Face tokens
  [['SG.'], /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}\b/g], // SendGrid API keys
  [['ya29.'], /\bya29\.[A-Za-z0-9_-]{20,2000}/g], // Google OAuth access tokens
  [['hooks.slack.com/'], /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,120}/g], // Slack incoming webhooks
];

/**
 * A password inside a URL (`postgres://app:s3cr3t@db.internal:5432/prod`): the secret is the part after
 * the user name. Placeholders (`password`, `****`, `${DB_PASSWORD}`, `<pass>`) are not secrets.
 */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,64}:([^\s@/]{4,128})@[A-Za-z0-9.-]{1,253}/g;
const PLACEHOLDER = /^(?:\*+|x+|\$\{?\w+\}?|<[^>]*>|\{\{?[^}]*\}?\}|password|passwd|pass|secret|changeme|example|your[_-]?password)$/i;
/** Key-value secrets of cloud configuration (`AccountKey=…` in an Azure connection string). */
const CONFIG_KEY = /\bAccountKey=([A-Za-z0-9+/]{40,100}={0,2})/g;

/** A value introduced by a label that says it is secret: `password: hunter2`, `security code is 463820`. */
const LABELLED =
  /\b(?:password|passwd|passphrase|passcode|api[ _-]?key|(?:aws_)?secret_access_key|secret access key|client[ _]secret|secret(?: key)?|access token|auth token|token|security code|verification code|one-time code|otp|pin code|pin)\b["']?\s{0,3}(?:is|was|:|=)?\s{0,3}["'`]?([A-Za-z0-9!@#$%^&*_+=./-]{4,128})/gi;

/** Secret values found in text (the secret itself, not its label). */
export function findSecrets(text: string, out: Set<string> = new Set(), cap = 64): Set<string> {
  if (!text) return out;
  // Plain loops, no closures per call (see extractValues).
  let m: RegExpExecArray | null;
  for (const [literals, re] of FORMATS) {
    if (!hasAll(text, literals)) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) if (out.size < cap) out.add(m[0]);
  }
  if (text.includes('://') && text.includes('@')) {
    URL_PASSWORD.lastIndex = 0;
    while ((m = URL_PASSWORD.exec(text)) !== null) if (out.size < cap && !PLACEHOLDER.test(m[1])) out.add(m[1]);
  }
  if (text.includes('AccountKey=')) {
    CONFIG_KEY.lastIndex = 0;
    while ((m = CONFIG_KEY.exec(text)) !== null) if (out.size < cap) out.add(m[1]);
  }
  LABELLED.lastIndex = 0;
  while ((m = LABELLED.exec(text)) !== null) {
    const v = m[1].replace(TRAILING_PUNCT, '');
    // Labels are followed by ordinary words too ("password reset"): require a digit or a symbol, or length.
    if (out.size < cap && (HAS_DIGIT.test(v) || NON_LETTER.test(v) || v.length >= 12)) out.add(v);
  }
  return out;
}

const TRAILING_PUNCT = /[.,;]+$/;
const HAS_DIGIT = /\d/;
const NON_LETTER = /[^A-Za-z]/;

function hasAll(text: string, literals: readonly string[]): boolean {
  for (const l of literals) if (!text.includes(l)) return false;
  return true;
}
