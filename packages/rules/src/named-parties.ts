// The parties a user's request names ("Book a table at Chez Marie", "ask Acme Logistics for a quote"), and whether an
// address or link belongs to one of them: reservations@chezmarie.example is the restaurant the user named, not an
// address some content slipped in.
import { hostOfValue } from './values.ts';

/** A proper name: capitalized words, up to three in a row ("Chez Marie", "Tanaka Logistics", "Nobu", "Coca-Cola", "CircleCI"). */
const NAME_RUN = /\b(?:[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,})*|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,})*|[A-Z]{2,})){0,3}\b/g;
const SENTENCE_START = /(?:^|[.!?:\n])\s*$/;
/** Shorter joined names (`ai`, `ups`) match too many hosts by chance. */
const MIN_NAME_CHARS = 4;

/**
 * The request's proper names as a host label would spell them: each run of capitalized words, without a first word
 * that is capitalized only because it starts a sentence ("Book", "Please"), joined and lowercased ("chezmarie").
 */
export function partyNames(text: string, out: Set<string>): void {
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(text)) !== null) {
    let words = m[0].toLowerCase().split(/[ -]/);
    if (SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index))) words = words.slice(1);
    // One word alone when it is the whole name; in a longer name only runs of two or more ("Tanaka Logistics" names
    // tanaka-logistics.jp, not any logistics.com).
    const min = words.length === 1 ? 1 : 2;
    for (let i = 0; i < words.length; i++) {
      for (let j = i + min; j <= words.length; j++) {
        const name = words.slice(i, j).join('');
        if (name.length >= MIN_NAME_CHARS) out.add(name);
      }
    }
  }
}

/** Whether the value's host has a label (not its top-level domain), hyphens dropped, that is one of the names. */
export function namesParty(value: string, names: ReadonlySet<string>): boolean {
  const host = hostOfValue(value);
  if (!host) return false;
  const labels = host.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) if (names.has(labels[i].replaceAll('-', ''))) return true;
  return false;
}
