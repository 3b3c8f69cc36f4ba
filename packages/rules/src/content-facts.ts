// What the rules read from one text: instructions aimed at the model (as the model would read it), concrete values.
// Pure and the costliest part of the rules (a few tens of ns per character of tool output).
import { parseJsonText } from '@sentinel/graph';
import { actionShape } from './action-families.ts';
import { base64Prose } from './encoded-views.ts';
import { evasionReadings } from './filter-evasions.ts';
import { cjkGloss } from './cjk-gloss.ts';
import { englishGloss } from './foreign-gloss.ts';
import { INSTRUCTION_THRESHOLD, foreignWordsOfLastScan, scanInstructions, type InstructionFeature, type InstructionScan, type ScanContext } from './instructions.ts';
import { extractValues } from './values.ts';

export type ContentMode = 'data' | 'message';

/** The tools a session's scanner knows of: declared tool names and their action verbs. */
export interface ScanTools {
  toolVerbs: Set<string>;
  toolNames: Set<string>;
}

/** One per policy's tool set, shared by its sessions: every open session held two sets of its own. */
const TOOLS_BY_POLICY = new WeakMap<ReadonlySet<string>, ScanTools>();
/**
 * One per set of tool names, whichever policy object declares it (an engine per session resolves its own): the object
 * a text's reading is kept by (content-reading.ts). Bounded: past it, a new set of names gets an object of its own.
 */
const TOOLS_BY_NAMES = new Map<string, ScanTools>();
const MAX_TOOL_SETS = 1_000;

/** Built from the policy's declared tools only: arrival order must not change what is found. */
export function scanToolsFor(declaredTools: ReadonlySet<string>): ScanTools {
  let tools = TOOLS_BY_POLICY.get(declaredTools);
  if (tools) return tools;
  const names = [...declaredTools].sort().join('\n');
  tools = TOOLS_BY_NAMES.get(names);
  if (!tools) {
    tools = { toolVerbs: new Set(), toolNames: new Set() };
    for (const name of declaredTools) {
      if (tools.toolNames.has(name)) continue;
      const lower = name.toLowerCase();
      tools.toolNames.add(lower);
      // A namespaced tool (`sonnenhof_make_reservation`, `mcp__crm__delete_contact`, `crm.delete_contact`) is spelled by
      // its own name too ("call make_reservation"): each tail after a separator that is still an identifier with `_`.
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        if (c !== 95 && c !== 46 && c !== 45) continue;
        const tail = lower.slice(i + 1).replace(LEADING_SEPARATORS, '');
        if (tail.length >= MIN_TOOL_TAIL && tail.includes('_')) tools.toolNames.add(tail);
      }
      const w = actionShape(name).words[0];
      if (w) tools.toolVerbs.add(w);
    }
    if (TOOLS_BY_NAMES.size < MAX_TOOL_SETS) TOOLS_BY_NAMES.set(names, tools);
  }
  TOOLS_BY_POLICY.set(declaredTools, tools);
  return tools;
}

const LEADING_SEPARATORS = /^[_.-]+/;
/** Shortest tail of a namespaced tool name read as its name: `make_reservation`, not `by_id`. */
const MIN_TOOL_TAIL = 8;

/** Values of content as written and as the model reads it (escapes decoded): `\nUS13…` hides an IBAN from the raw reading. */
export function contentValues(text: string, decoded = readableText(text)): Set<string> {
  const values = extractValues(text);
  return decoded === text ? values : extractValues(decoded, values);
}

/**
 * Instructions in content as the model would read it: the raw text, and when its reading differs
 * (escapes decoded, disguises removed) that reading too; the stronger one counts when it carries instructions.
 */
export function scanContent(text: string, ctx: ScanContext, decoded = readableText(text)): InstructionScan {
  const first = scanInstructions(text, ctx);
  // One pass finds Cyrillic or CJK letters (the first is all the scanner of Latin words needs to know of both).
  const script = foreignWordsOfLastScan() >= 2 ? 0 : (GLOSSED_SCRIPT.exec(decoded)?.[0].charCodeAt(0) ?? -1);
  const scan = decoded === text ? first : readAs(first, ctx, decoded, text);
  // Read in English words too when written in another language (foreign-gloss.ts, cjk-gloss.ts): its orders and its
  // words to the model are what the model reads; the stronger reading counts.
  const gloss = script < 0 ? undefined : script < 0x3000 ? englishGloss(decoded) : cjkGloss(decoded);
  if (gloss === undefined) return scan;
  const glossed = scanInstructions(gloss, ctx);
  // At the same score, the reading that finds an order, or else a request ("Por favor, cancele todas as minhas
  // assinaturas": "please cancel all my subscriptions"), is what the propagation rule reads. Not a request of the CJK
  // gloss: it writes every polite sentence as "Please <act> it." ("ご連絡ください", please contact us, ends business mail).
  const request = script < 0x3000 && !scan.requestText && glossed.requestText !== undefined;
  const findsMore = !scan.orderText && (glossed.orderText !== undefined || request);
  return glossed.score > scan.score || (glossed.score === scan.score && findsMore) ? glossed : scan;
}

/** The raw text's scan, or the reading's (escapes decoded, disguises removed) when that is stronger. */
function readAs(scan: InstructionScan, ctx: ScanContext, decoded: string, raw: string): InstructionScan {
  // The model's reading wins ties: its instruction part has real line breaks and words, which is what
  // the propagation rule matches actions and values against. Below the threshold it wins outright: raw, a JSON
  // payload's sentences run on through the next record's fields (no space after a period before `"}`), so an order
  // in one email took the next email's sender as its value (a bank's "Never share this code" and a colleague's
  // address: a reply to the colleague the user asked for read as that order carried out).
  const alt = scanInstructions(decoded, ctx);
  if (alt.score >= scan.score || scan.score < INSTRUCTION_THRESHOLD) return alt;
  // Raw, a JSON payload is one run-on sentence: a value of another field (the ticket's requester address) makes words
  // in a quoted complaint ("it replied \"Ignore all previous instructions …\"") a concrete order. Where nothing else
  // sets the raw reading apart from the model's, the model's reading stands.
  if (JSON_PAYLOAD.test(raw) && scan.features.every((f) => alt.features.includes(f) || GLUED.has(f))) return alt;
  return scan;
}

/** A JSON object or array, as a tool returns one. */
const JSON_PAYLOAD = /^\s*[[{]/;
/** What one run-on reading of a payload's fields can give an order: values of other fields, orders of other fields. */
const GLUED: ReadonlySet<InstructionFeature> = new Set(['toolDirective', 'manyDirectives']);

/** Russian (and other Cyrillic) text, read in English words too (foreign-gloss.ts), and Japanese, Chinese, Korean (cjk-gloss.ts). */
const GLOSSED_SCRIPT = /[\u0400-\u04ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** Most escaped texts Sentinel sees are short tool payloads; past this, the raw text is scanned as it is. */
const MAX_DECODE_CHARS = 256 * 1024;

/** Backslash escapes as JSON, YAML double-quoted scalars and language reprs write them, and YAML's escaped line breaks. */
const ESCAPE = /\\(\r?\n[ \t]*|[ntr"'\\/ ])/g;
const UNESCAPED: Record<string, string> = { n: '\n', t: '\t', r: '', '"': '"', "'": "'", '\\': '\\', '/': '/', ' ': ' ' };

/**
 * What a model reading this content would read. A JSON tool result: its string values, one per line,
 * with escapes decoded. Other escaped text (a YAML dump, a Python repr): its escapes decoded. In raw
 * form an email body's line breaks are `\n` and its quotes `\"`, which hides line-anchored structure
 * (fake `assistant:` turns), glues words to the `n` of `\n` and breaks values apart. Returns `text`
 * itself when there is nothing to decode.
 */
export function readableText(text: string): string {
  if (text.length > MAX_DECODE_CHARS) return text;
  const unescaped = text.includes('\\') || JSON_START.test(text) ? unescapedText(text) : text;
  const html = unescaped.includes('<') && (unescaped.includes('="') || unescaped.includes("='")) ? htmlAsRead(unescaped) : unescaped;
  const visible = html.includes('](') && html.includes('"') ? withLinkTitles(html) : html;
  const disguised = withoutDisguise(visible);
  // Spaced-out letters, leetspeak, ROT13 with its hint: read through, as a model does (filter-evasions.ts).
  const evasions = evasionReadings(disguised);
  const read = evasions === '' ? disguised : `${disguised}\n${evasions}`;
  // Base64 the text tells its reader to decode: the model decodes it and reads what it says.
  if (!ENCODED_HINT.test(read)) return read;
  const hidden = base64Prose(read);
  return hidden ? `${read}\n${hidden}` : read;
}

/** Words that tell a reader to decode something: only then are base64 runs decoded (a run is costly to look for). */
const ENCODED_HINT = /base64|decod/i;

/** A JSON payload (object or array), read as its string values even without escapes in it. */
const JSON_START = /^\s{0,16}[[{]\s{0,16}["{[]/;

/** A tag (its attributes inside), or an HTML comment's delimiters. Bounded: a stray '<' costs at most 2,000 characters. */
const HTML_TAG = /<\/?[a-zA-Z][^<>]{0,2000}>|<!--|-->/g;
/**
 * Attribute values a page shows or reads out: image text, tooltips, labels, a meta description, placeholders; and data
 * attributes named for a model or for notes to one (`data-ai-instructions`, `data-llm-prompt`), there for whatever
 * reads the markup.
 */
const READ_ATTR = /\b(?:alt|title|aria-label|content|placeholder|label|data-[\w-]*(?:ai|llm|gpt|assistant|agent|bot|model|prompt|instruction|instructions|note|notes|message)(?:-[\w-]*)?)\s{0,3}=\s{0,3}(?:"([^"<>]{1,2000})"|'([^'<>]{1,2000})')/gi;

/** An element styled or marked not to be seen, and the text that starts it. */
const HIDDEN_ELEMENT = /<[a-zA-Z][\w-]*\s[^<>]{0,400}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])|(?<=\s)hidden(?=[\s>=])|aria-hidden\s*=\s*["']true)[^<>]{0,400}>([^<]{1,2000})/gi;

/**
 * An HTML page as text: its tags as separators, and the attribute values a reader or a model takes in (alt text,
 * titles, labels, meta descriptions) as lines of their own. Raw, an order in `alt="Assistant, …"` is glued to the
 * tag before it and never starts a line. Tags are not line breaks: a staff table's `<td>Assistant:</td>` would
 * then read as a chat turn.
 */
function htmlAsRead(text: string): string {
  const attrs: string[] = [];
  for (const m of text.matchAll(READ_ATTR)) attrs.push(m[1] ?? m[2]);
  // Text a page hides from people (`display:none`, zero size, `hidden`) is there for machines: a block of its own.
  for (const m of text.matchAll(HIDDEN_ELEMENT)) attrs.push(m[1]);
  // Without such attributes the page reads as it is (its sentences split as they do): one scan, not two.
  if (attrs.length === 0) return text;
  // A middle dot, not a space: text right after a tag does not start a line (`<td>Assistant:</td>` is no chat turn).
  return `${text.replace(HTML_TAG, ' \u00b7 ')}\n${attrs.join('\n')}`;
}

/**
 * A markdown link's title (`[guide](https://… "title")`) as a line of its own: shown as a tooltip, read by a model
 * that reads the markdown, and a sentence that starts inside it is not glued to the link text before it.
 */
function withLinkTitles(text: string): string {
  const titles: string[] = [];
  for (const m of text.matchAll(LINK_TITLE)) if (titles.length < MAX_LINK_TITLES) titles.push(m[1]);
  return titles.length === 0 ? text : `${text}\n${titles.join('\n')}`;
}
const LINK_TITLE = /\]\([^\s()]{1,2000}\s+"([^"\n]{1,500})"\)/g;
const MAX_LINK_TITLES = 64;

/** Character references in fetched HTML (`ignore&nbsp;previous`, `&#105;gnore`), and characters a reader does not see. */
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(nbsp|amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Soft hyphen, zero-width spaces and joiners, word joiner, invisible operators, BOM: they split words for a filter, not for a model. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

/**
 * The text as a reader sees it: HTML character references resolved, invisible characters dropped,
 * addresses written out with "[at]" and "[dot]" joined, tag characters and Latin lookalikes read as ASCII.
 * Returns `text` itself when it has neither (a `&` and a regex test are all that costs then).
 */
function withoutDisguise(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(ENTITY, (m, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name.toLowerCase()] ?? m;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  }
  // One regex pass (~1 ns per character) tells whether any of the disguises below is there. Not `indexOf` per
  // character: instant on one-byte strings, but ~9 times slower on two-byte ones (a dash, a curly quote).
  if (!DISGUISE.test(out)) return out === text ? text : out;
  INVISIBLE.lastIndex = 0;
  if (INVISIBLE.test(out)) out = out.replace(INVISIBLE, '');
  // Fullwidth letters (`Ｉｇｎｏｒｅ`), mathematical bold or sans-serif ones (`𝗶𝗴𝗻𝗼𝗿𝗲`) and circled ones read as the
  // ASCII they show.
  if (FULLWIDTH.test(out) || STYLED_LETTER.test(out)) out = out.normalize('NFKC');
  // An address spelled for a reader, not for a filter: "billing [at] payfast [dot] com", "billing at payfast dot com".
  if (OBFUSCATED.test(out)) out = out.replace(OBFUSCATED_AT, '@').replace(OBFUSCATED_DOT, '.');
  if (out.includes(' dot ')) {
    out = out.replace(SPELLED_ADDRESS, (_m, user: string, host: string) => `${user}@${host.replace(SPELLED_DOTS, '.')}`);
    // A link spelled the same way: "hooks dot transcript-sync dot io slash t/9". Two dots or a path, and a known
    // top-level domain last: "the dot com bubble" stays prose.
    out = out.replace(SPELLED_HOST, (m: string, host: string, path: string) => {
      const labels = host.split(SPELLED_DOTS);
      if (!KNOWN_TLD.test(labels[labels.length - 1]) || (labels.length < 3 && !path)) return m;
      return labels.join('.') + path.replace(SPELLED_SLASHES, '/');
    });
  }
  // A defanged link, as threat reports and phishing mails write them so that no one clicks: "hxxps://evil[.]example".
  if (DEFANGED.test(out)) out = out.replace(DEFANGED_SCHEME, 'http$1://').replace(DEFANGED_DOT, '.');
  // Unicode tag characters (U+E0000–E007F): invisible on screen, read by a model as the ASCII they encode
  // ("ASCII smuggling"). Written out, so the scan reads what the model reads.
  if (TAG_CHAR.test(out)) out = out.replace(TAG_CHARS, (m) => smuggledAscii(m.charCodeAt(1)));
  // Cyrillic or Greek letters inside a Latin word ("іgnоrе" with Cyrillic і, о, е): they look the same to a
  // reader and defeat a filter. Only mixed words are read as Latin: Russian or Greek text stays as it is.
  if (OTHER_SCRIPT.test(out)) out = out.replace(LETTER_RUN, (w) => (LATIN_LETTER.test(w) && OTHER_SCRIPT.test(w) ? latinLookalikes(w) : w));
  return out === text ? text : out;
}
const FULLWIDTH = /[\uff01-\uff5e]/;
/** Mathematical alphanumeric letters and digits (U+1D400–1D7FF, one surrogate pair each), circled letters (Ⓐ–ⓩ). */
const STYLED_LETTER = /\uD835[\uDC00-\uDFFF]|[\u24b6-\u24e9]/;
const OBFUSCATED = /[[({] ?(?:at|dot) ?[\])}]/i;
/** A label joined by " dot ", for the one-pass test (led by a letter, not a space: irregexp stops at every space). */
const SPELLED_DOT = /dot [a-z0-9]/;
/** "name at host dot com": the user part, then a host of labels joined by " dot " (at least one). */
const SPELLED_ADDRESS = /\b([a-z0-9][a-z0-9._-]{0,40}) at ([a-z0-9][a-z0-9-]{0,40}(?: dot [a-z0-9][a-z0-9-]{0,40}){1,3})\b/gi;
const SPELLED_DOTS = / dot /gi;
/** Labels joined by " dot ", then path segments joined by " slash " (or written with "/" after the first). */
const SPELLED_HOST = /\b([a-z0-9][a-z0-9-]{0,40}(?: dot [a-z0-9][a-z0-9-]{0,40}){1,4})((?: slash [a-z0-9._~/-]{1,60}){0,6})/gi;
const SPELLED_SLASHES = / slash /gi;
const KNOWN_TLD = /^(?:com|org|net|io|ai|dev|co|app|xyz|info|biz|me|us|uk|de|fr|eu|ru|cn|site|online|link|cloud|tech|tk|ml|ga|cf|gq|pw|top|shop|club|vip)$/i;
/** For the one-pass test: led by rare characters ('x' of "hxxp", a bracket), not by any letter (irregexp would try each). */
const DEFANGED = /xxps?(?:\[:\]|:)\/\/|[[({]\.[\])}]/i;
const DEFANGED_SCHEME = /\bhxxp(s?)(?:\[:\]|:)\/\//gi;
const DEFANGED_DOT = /(?<=[a-z0-9])[[({]\.[\])}](?=[a-z0-9])/gi;
/** A tag character is a surrogate pair: U+E0000–E007F is \uDB40 then \uDC00–\uDC7F. */
const TAG_CHAR = /\uDB40[\uDC00-\uDC7F]/;
const TAG_CHARS = new RegExp(TAG_CHAR.source, 'g');
const smuggledAscii = (low: number): string => {
  const c = low - 0xdc00;
  return c >= 0x20 && c <= 0x7e ? String.fromCharCode(c) : '';
};
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff]/;
/** Maximal runs of Latin, Cyrillic and Greek letters (linear: a pattern for "a run where scripts meet" backtracked quadratically on a long run). */
const LETTER_RUN = /[A-Za-z\u0370-\u03ff\u0400-\u04ff]+/g;
const LATIN_LETTER = /[A-Za-z]/;
/** Cyrillic and Greek letters that look like Latin ones (Unicode's confusables, the unambiguous ones). */
const LOOKALIKE: Record<string, string> = Object.fromEntries(
  [
    ...'аa вB еe кk мM нH оo рp сc тT уy хx ѕs іi јj ԁd ӏl ԛq ԝw ҺH һh ѵv'.split(' '),
    ...'АA ВB ЕE КK МM НH ОO РP СC ТT ХX ҮY ІI ЈJ ЅS'.split(' '),
    ...'αa οo ρp νv ιi κk υu χx ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX'.split(' '),
  ].map((pair) => [pair[0], pair[1]]),
);
const latinLookalikes = (word: string): string => {
  let out = '';
  for (const ch of word) out += LOOKALIKE[ch] ?? ch;
  return out;
};
/** Invisible characters, fullwidth or styled letters, an "[at]"/"[dot]" or " at … dot " spelling, a defanged link, tag characters or Cyrillic/Greek letters: the checks below in one pass. */
const DISGUISE = new RegExp(
  [INVISIBLE, FULLWIDTH, STYLED_LETTER, OBFUSCATED, DEFANGED, SPELLED_DOT, TAG_CHAR, OTHER_SCRIPT].map((r) => r.source).join('|'),
  'i',
);
const OBFUSCATED_AT = /\s?[[({] ?at ?[\])}]\s?/gi;
const OBFUSCATED_DOT = /\s?[[({] ?dot ?[\])}]\s?/gi;

/** A JSON payload's string values, one per line; other escaped text with its escapes decoded. */
function unescapedText(text: string): string {
  const parsed = parseJsonText(text);
  if (parsed === undefined) return text.replace(ESCAPE, (_m, e: string) => UNESCAPED[e] ?? '');
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 16) return;
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(parsed, 0);
  return out.join('\n');
}
