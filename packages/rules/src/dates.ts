// Calendar dates as people and tools write them: "from the 1st to the 5th of May 2024", "May 1-5, 2024",
// "January 11th to January 15th 2025", "2024-05-01", "05/01/2024". Why: an order in content gives the dates of the
// booking it asks for in prose, and the call that carries it out writes them as a tool wants them ('2024-05-01'):
// the same date, not the same string.

/** A day of the year; `y` when the text gives one. */
export interface DayOfYear {
  y?: number;
  m: number;
  d: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A month's name, without a capture: for lookaheads. */
const ANY_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DAY = '(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE = '\\s*(?:-|–|to|through|till|until|and)\\s*';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?';
/** "May 1", "May 1st, 2024", "May 1-5, 2024", "May 1st to 5th". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY}(?!\\d|:)(?:${RANGE}${DAY}(?![\\d:]|\\s+${ANY_MONTH}))?${YEAR}\\b`, 'gi');
/** "1 May", "the 1st of May 2024", "the 1st to the 5th of May", "11-15 January". */
const DAY_FIRST = new RegExp(`\\b${DAY}(?:${RANGE}${DAY})?\\s+(?:of\\s+)?${MONTH}${YEAR}\\b`, 'gi');
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g;
/** 05/01/2024 or 01.05.2024: month and day in either order (both readings are kept). */
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/g;

/** A date and nothing more (a tool argument): ISO with an optional time, or one date written out. */
const ISO_VALUE = /^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const MAX_DATE_VALUE = 32;

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const valid = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** Every date the text writes. */
export function datesIn(text: string): DayOfYear[] {
  const out: DayOfYear[] = [];
  const add = (m: number, d: number, y?: string): void => {
    if (valid(m, d)) out.push(y ? { y: Number(y), m, d } : { m, d });
  };
  // Only texts with a digit: most content has no date.
  if (!/\d/.test(text)) return out;
  for (const x of text.matchAll(ISO)) add(Number(x[2]), Number(x[3]), x[1]);
  for (const x of text.matchAll(NUMERIC)) {
    add(Number(x[1]), Number(x[2]), x[3]);
    add(Number(x[2]), Number(x[1]), x[3]);
  }
  for (const x of text.matchAll(MONTH_FIRST)) {
    const m = monthOf(x[1]);
    add(m, Number(x[2]), x[4]);
    if (x[3]) add(m, Number(x[3]), x[4]);
  }
  for (const x of text.matchAll(DAY_FIRST)) {
    // "Step 2 may fail" is no date: the lower-case "may" after a number counts with "of" or a year only.
    if (x[3] === 'may' && !x[4] && !/\bof\s+may$/.test(x[0])) continue;
    const m = monthOf(x[3]);
    add(m, Number(x[1]), x[4]);
    if (x[2]) add(m, Number(x[2]), x[4]);
  }
  return out;
}

/** The date a tool argument is ('2024-05-01', '2024-05-01 09:00', 'May 1, 2024'), or undefined for anything else. */
export function dateValue(value: string): DayOfYear | undefined {
  const v = value.trim();
  if (v.length > MAX_DATE_VALUE || v.length < 5) return undefined;
  const iso = ISO_VALUE.exec(v);
  if (iso) return valid(Number(iso[2]), Number(iso[3])) ? { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) } : undefined;
  // Written out: one date, whole (numeric dates are left out: which of 05/01 is the month a tool does not say).
  if (NUMERIC_ONLY.test(v)) return undefined;
  const found = datesIn(v);
  return found.length === 1 && found[0].y !== undefined ? found[0] : undefined;
}
const NUMERIC_ONLY = /^[\d/.\s:-]+$/;

/** The same day, and the same year where both give one. */
export function sameDay(a: DayOfYear, b: DayOfYear): boolean {
  return a.m === b.m && a.d === b.d && (a.y === undefined || b.y === undefined || a.y === b.y);
}

/** Whether the text writes this date. */
export function writesDate(text: string, date: DayOfYear): boolean {
  return datesIn(text).some((x) => sameDay(x, date));
}

/** The canonical form of a date, as a value key. */
export function dateKey(date: DayOfYear): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `date:${date.y ?? '????'}-${p(date.m)}-${p(date.d)}`;
}
