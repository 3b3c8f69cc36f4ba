// Splits identifiers and text into lowercase words (send_money, sendMoney, update-password → words).

/** Words of an identifier: snake, kebab, dotted, camel and Pascal case all split. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * A tool name's words, its last one read as the verb it is made from when no word is a verb of `isVerb`: a tool named
 * for its act as a noun (`DataWiping`, `PrescriptionModification`, `flight_booking`) does that act; not one whose name
 * ends in what it tells about (`booking_details`, `shipping_rates`).
 */
export function toolWords(toolName: string, isVerb: (w: string) => boolean): string[] {
  const words = identifierWords(toolName);
  if (words.length === 0 || words.some(isVerb)) return words;
  const verb = verbOfNoun(words[words.length - 1], isVerb);
  return verb === undefined ? words : [...words.slice(0, -1), verb];
}

/** Lowercase word tokens of free text (letters and digits only); linear, no backtracking. */
export function textWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/**
 * The verb a noun of action is made from, when `isVerb` knows it: "wiping" → wipe, "modification" → modify,
 * "manipulation" → manipulate, "deletion" → delete, "removal" → remove, "payment" → pay, "forgery" → forge. For tools
 * named for what they do as a noun (`DataWiping`, `PrescriptionModification`, `flight_booking`).
 */
export function verbOfNoun(word: string, isVerb: (w: string) => boolean): string | undefined {
  for (const [suffix, ...replacements] of NOUN_SUFFIXES) {
    if (word.length <= suffix.length + 2 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    for (const r of replacements) if (isVerb(stem + r)) return stem + r;
    // A doubled last consonant ("cancellation", "shipping"): cancel, ship.
    const last = stem.length - 1;
    if (stem[last] === stem[last - 1] && isVerb(stem.slice(0, last))) return stem.slice(0, last);
  }
  return undefined;
}
/** A noun's suffix, then what may stand in its place to make the verb, most specific first. */
const NOUN_SUFFIXES: readonly string[][] = [
  ['ification', 'ify'],
  ['ation', 'ate', 'e', ''],
  ['tion', 'te', 't'],
  ['ment', ''],
  ['ing', '', 'e'],
  ['al', 'e', ''],
  ['ery', 'e', 'er'],
];
