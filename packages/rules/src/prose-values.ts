// Whether a text writes a value inside a sentence or as a field of a record. A rent roll, a class list, a work order's
// "Assigned vendor: … — dispatch@…" line hold addresses and accounts as fields: an app's records, which the work the
// user hands over acts on row by row. A value someone wants an agent to use is written inside a sentence ("please send
// the files to …", "our new account is …"), whatever the sentence's words: that is what the check reads, not them.
import { TextMemo } from './text-memo.ts';
import { extractValues } from './values.ts';

/** Words of a cell beside its values that make it a sentence: "send the files to x@…" has four. */
const PROSE_WORDS = 4;

/**
 * Where one field of a line ends: a table's bar or tab, a spaced dash, a semicolon, a comma. A sentence's clause is
 * cut at its commas too: the clause that holds the value is what gives it ("Hi Dan, please send it to …, thanks"),
 * and a list of a party's particulars ("Michael Chen, Chen & Loeb LLP, mchen@…") gives it as a field.
 */
const CELL_BREAK = /\||\t|\s[—–-]\s|;\s|,/;
/** A label before its value: "Assigned vendor: ", "E-mail: " (a sentence before a colon introduces what follows it). */
const LABEL = /^\s*[^\s:]+(?:\s+[^\s:]+){0,2}:\s/;

/** A run of letters (any script) of two or more: a word beside the values. */
const WORD = /^[\p{L}][\p{L}'’]+$/u;
/** Brackets, quotes and sentence marks around a word. */
const AROUND_WORD = /^[("'“‘[]+|[)"'”’\].,!?]+$/g;

/** Kept proseValues of long texts (text-memo.ts): each call of a batch asks it of the same records. */
const KEPT = TextMemo.shared<ReadonlySet<string>>(1_000_000);

/** proseValues of a text, shared: read only. */
export function proseValuesIn(text: string): ReadonlySet<string> {
  return KEPT.read(text, proseValues);
}

/** The values (keys as `extractValues` gives them) a text writes inside sentences, not as fields of a record. */
export function proseValues(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.length < 12) continue;
    for (const field of line.split(CELL_BREAK)) {
      const cell = field.replace(LABEL, '');
      if (cell.length >= 12 && isSentence(cell)) extractValues(cell, out);
    }
  }
  return out;
}

function isSentence(cell: string): boolean {
  let words = 0;
  for (const token of cell.split(/\s+/)) {
    if (WORD.test(token.replace(AROUND_WORD, '')) && ++words >= PROSE_WORDS) return true;
  }
  return false;
}
