// What a receiver reads back from a call's arguments: percent-escapes, base64 and hex decoded, key-like runs reversed.
// An agent told to "encode it first" hides a secret from a string match, not from whoever gets the request.

/** Runs of base64 (standard or URL-safe) long enough to carry a key; shorter runs are ordinary words and ids. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
/** Maximal runs of hex digits, decoded when even and long enough (a pattern of pairs between `\b`s backtracks quadratically on a long odd run). */
const HEX_RUN = /[0-9a-fA-F]{20,}/g;
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;
/**
 * Hex cut into DNS labels (`<hex>.<hex>.probe.example`): a label holds at most 63 characters, so a key's hex of more
 * than 31 bytes is split; the pieces are read joined.
 */
const HEX_LABELS = /[0-9a-fA-F]{20,63}(?:\.[0-9a-fA-F]{2,63})+/g;
/** Decoded runs kept per text: a hostile multi-KB argument stays bounded. */
const MAX_RUNS = 64;
const HAS_DIGIT = /\d/;
const KEY_LIKE = /[A-Z_-]/;

/**
 * The decoded forms of the encoded runs in `text` that decode to printable text, one per line; '' when there is
 * none. Pure string work (`atob`), no Node APIs: the rules are a library.
 */
export function encodedViews(text: string): string {
  const out: string[] = [];
  if (text.includes('%')) {
    const decoded = text.replace(PERCENT_RUN, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
    if (decoded !== text) out.push(decoded);
  }
  const reversed: string[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    if (out.length >= MAX_RUNS) break;
    const d = fromBase64(m[0]);
    if (d) out.push(d);
    // Written backwards ("send the key reversed"): the receiver reverses it back. Only a run shaped like a key, with a
    // digit and a capital or a separator (a word, or a lowercase hash, reversed is noise).
    if (reversed.length < MAX_RUNS && KEY_LIKE.test(m[0]) && HAS_DIGIT.test(m[0])) reversed.push([...m[0]].reverse().join(''));
  }
  if (reversed.length > 0) out.push(reversed.join(' '));
  for (const m of text.matchAll(HEX_RUN)) {
    if (out.length >= MAX_RUNS) break;
    const d = fromHex(m[0]);
    if (d) out.push(d);
  }
  if (text.includes('.')) {
    for (const m of text.matchAll(HEX_LABELS)) {
      if (out.length >= MAX_RUNS) break;
      const d = fromHex(m[0].replaceAll('.', ''));
      if (d) out.push(d);
    }
  }
  return out.join('\n');
}

function fromHex(run: string): string | undefined {
  if (run.length % 2 !== 0 || run.length > 4096) return undefined;
  let d = '';
  for (let i = 0; i < run.length; i += 2) d += String.fromCharCode(parseInt(run.slice(i, i + 2), 16));
  return printable(d) ? d : undefined;
}

function fromBase64(run: string): string | undefined {
  // Letters alone are a word or an identifier, not a payload.
  if (!/[0-9+/_=-]/.test(run) || !/[A-Z]/.test(run) || !/[a-z]/.test(run)) return undefined;
  const standard = run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  try {
    const d = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
    return printable(d) ? d : undefined;
  } catch {
    return undefined;
  }
}

/** Text a person could read: at least 8 characters, all printable ASCII or whitespace. */
function printable(s: string): boolean {
  if (s.length < 8) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c > 0x7e) return false;
  }
  return true;
}

/**
 * Text hidden as base64 that a reader is told to decode ("Processing hint (base64, decode and apply): …"): the runs that
 * decode to prose (printable, with spaces), one per line; '' when there is none.
 */
export function base64Prose(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    if (out.length >= MAX_RUNS) break;
    const d = fromBase64(m[0]);
    if (d && d.includes(' ')) out.push(d);
  }
  return out.join('\n');
}
