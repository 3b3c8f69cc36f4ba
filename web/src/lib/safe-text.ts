// Trace strings made safe to look at: invisible and direction-changing characters shown as visible escapes, long text clipped.

/** One piece of a displayed string: plain text, or a neutralized character shown as its escape. */
export interface TextSegment {
  text: string;
  escaped?: boolean;
  /** Part of a flagged value (evidence), shown marked. */
  marked?: boolean;
}

export interface SafeText {
  segments: TextSegment[];
  /** Characters left out by clipping (0 when the whole string is shown). */
  clipped: number;
}

/**
 * Characters that hide or reorder text: C0/C1 controls (except newline and tab in blocks),
 * bidi embeddings/overrides/isolates and marks (Trojan Source), zero-width characters,
 * line/paragraph separators, the BOM.
 */
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
const HIDDEN_INLINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** `\u202E` style escape: readable and unambiguous. */
export function escapeChar(c: string): string {
  const code = c.codePointAt(0)!;
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Splits `text` into plain and escaped segments, clipped to `max` characters.
 * `block` keeps newlines and tabs (multi-line content); inline text escapes them too.
 * @example safeSegments('a\u202Eb', 100) → [{text:'a'}, {text:'\\u202E', escaped:true}, {text:'b'}]
 */
export function safeSegments(text: unknown, max: number, block = false): SafeText {
  const s = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  // Clip before scanning so a 10 MB tool output costs no more than `max` characters.
  const clipped = s.length > max ? s.length - max : 0;
  let shown = clipped ? s.slice(0, max) : s;
  // Never cut a surrogate pair in half: a lone surrogate renders as garbage.
  if (clipped && /[\uD800-\uDBFF]$/.test(shown)) shown = shown.slice(0, -1);
  const re = block ? HIDDEN : HIDDEN_INLINE;
  re.lastIndex = 0;
  const segments: TextSegment[] = [];
  let last = 0;
  for (let m = re.exec(shown); m; m = re.exec(shown)) {
    if (m.index > last) segments.push({ text: shown.slice(last, m.index) });
    segments.push({ text: escapeChar(m[0]), escaped: true });
    last = m.index + 1;
  }
  if (last < shown.length) segments.push({ text: shown.slice(last) });
  return { segments, clipped };
}

/** A single-line neutralized string (for canvas labels, titles and attributes that are not markup). */
export function safeInline(text: unknown, max = 80): string {
  const { segments, clipped } = safeSegments(text, max);
  const out = segments.map((s) => s.text).join('');
  return clipped ? `${out}…` : out;
}

/**
 * Splits plain segments further where `pattern` matches (evidence values such as an IBAN found in a
 * tool result and in a payment's arguments, see evidencePattern), so the view can mark them.
 */
export function markSegments(segments: TextSegment[], pattern: RegExp | undefined): TextSegment[] {
  if (!pattern) return segments;
  const out: TextSegment[] = [];
  for (const seg of segments) {
    if (seg.escaped) {
      out.push(seg);
      continue;
    }
    const text = seg.text;
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // An empty match would never advance: no value pattern should give one, but a bad one must not hang the page.
      if (m[0].length === 0) break;
      if (m.index > last) out.push({ text: text.slice(last, m.index) });
      out.push({ text: m[0], marked: true });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
  }
  return out;
}
