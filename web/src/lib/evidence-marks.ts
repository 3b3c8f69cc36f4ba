// An alert's evidence values (`email:a@b.com`, `digits:4412345678`) as one pattern that finds them in the span text they came from.

/**
 * Kinds of evidence values (the rules' ValueKind, plus `text:` for a repeated phrase). The rules
 * store most of them canonical: lowercased (url, domain, email, literal, quoted, text), a URL
 * without scheme or `www.`, digits without their separators, an IBAN without its spaces.
 */
const KIND = /^(?:iban|email|url|domain|digits|token|quoted|literal|number|text):/;
/** Secrets are masked in evidence (`sk-…xy (40 chars)`, `ab***`): the mask is not in the text. */
const MASKED = /…|\*\*\*/;
/** Shorter than this, a value marks noise (every "ok" in a transcript). */
const MIN_LENGTH = 3;
/** A value is a name or a number, not a page: longer ones are cut from the pattern. */
const MAX_LENGTH = 300;
/** An alert names a few values; a pattern of hundreds would cost every timeline render. */
const MAX_VALUES = 64;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The source of a pattern for one value, or undefined when it cannot be found in text. */
function valueSource(value: string): string | undefined {
  if (typeof value !== 'string' || MASKED.test(value)) return undefined;
  const kind = KIND.exec(value)?.[0].slice(0, -1);
  const v = (kind ? value.slice(kind.length + 1) : value).trim().slice(0, MAX_LENGTH);
  if (v.length < MIN_LENGTH) return undefined;
  switch (kind) {
    case 'digits': {
      // Printed with separators: "+44 (20) 7946-0958", an account in groups.
      const d = v.replace(/\D/g, '');
      return d.length < MIN_LENGTH ? undefined : `(?<!\\d)${[...d].join('[ ()./-]{0,3}')}(?!\\d)`;
    }
    case 'number':
      return `(?<![\\d.])${escape(v)}(?![\\d]|\\.\\d)`;
    case 'iban':
      // Stored as one run, printed in groups of four ("DE89 3704 0044 …").
      return [...v.replace(/\s/g, '')].map(escape).join('[ -]?');
    case 'url':
      // Stored without scheme and `www.`: mark them too when the text has them.
      return `(?:https?://)?(?:www\\.)?${escape(v)}`;
    case 'text':
      // Words of a phrase, joined by one space where the text had any punctuation or spacing between them.
      return `(?<![a-z0-9])${v.split(/\s+/).map(escape).join('[^a-z0-9]{1,8}')}(?![a-z0-9])`;
    default:
      return escape(v).replace(/\s+/g, '\\s+');
  }
}

/**
 * One case-insensitive pattern (global) for an alert's evidence values, or undefined when none can
 * be marked. Case-insensitive because most values are stored lowercased and the text is not.
 * Longer values come first: at one position the alternation prefers the whole URL to its host.
 * @example evidencePattern(['url:evil.com/x', 'digits:4412345678']) finds "https://evil.com/x" and "441-234-5678"
 */
export function evidencePattern(values: readonly unknown[] | undefined): RegExp | undefined {
  const sources = [
    ...new Set(
      (values ?? [])
        .slice(0, MAX_VALUES)
        .map((v) => valueSource(v as string))
        .filter((s): s is string => s !== undefined),
    ),
  ].sort((a, b) => b.length - a.length);
  return sources.length ? new RegExp(sources.join('|'), 'gi') : undefined;
}
