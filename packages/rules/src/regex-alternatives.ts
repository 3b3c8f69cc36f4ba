// A word-led pattern cut down to the alternatives that can start at a given word. The instruction patterns are
// alternations of tens of branches, many led by a lookbehind; tried (sticky) at a candidate word, irregexp walks every
// branch, lookbehinds first, before the branch's own first letters rule it out (~250–450 ns a try on this machine).
// At "agent" only the branches that can start with "agent" need to run: same first match, a fraction of the work.
//
// What a branch can start with is read from the pattern's source, conservatively: any branch whose start this reader
// does not understand (a class, an escape, an optional first part) is kept for every word.

/**
 * Walks a pattern source from `from` and calls `visit` with every character outside escapes and character classes
 * (a class's opening `[` included) and the group depth once that character is read (a `)` already closed its group);
 * stops when `visit` returns true and gives that index, else -1.
 */
function walkStructure(src: string, from: number, visit: (c: string, i: number, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (visit(c, i, depth)) return i;
  }
  return -1;
}

/** A pattern source's top-level branches (or a group inside's), split at its `|`s outside groups and classes. */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  walkStructure(src, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  out.push(src.slice(start));
  return out;
}

/** The index of the `)` that closes the group opened at `at`, or -1. */
function groupEnd(src: string, at: number): number {
  return walkStructure(src, at, (c, _i, depth) => c === ')' && depth === 0);
}

const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
/** A quantifier that lets what it follows match nothing. */
const optional = (src: string, at: number): boolean => src[at] === '?' || src[at] === '*' || src.startsWith('{0', at);
/** Zero-width assertions a branch may open with: they say nothing of its first letters. */
const ASSERTION_OPENERS = ['(?<=', '(?<!', '(?=', '(?!'];

/**
 * The letters a branch's match must start with, lowercased, one string per way it can start (a prefix of the literal
 * it opens with: "agent" for `agents?`, "ai" and "llm" for `(?:ai|llm)s? model`); undefined when not known.
 */
export function leadingLetters(branch: string): string[] | undefined {
  let at = 0;
  for (;;) {
    if (branch.startsWith('\\b', at)) at += 2;
    else if (branch[at] === '^') at += 1;
    else if (ASSERTION_OPENERS.some((o) => branch.startsWith(o, at))) {
      const end = groupEnd(branch, at);
      if (end < 0) return undefined;
      at = end + 1;
    } else break;
  }
  if (isLetter(branch[at])) {
    // An optional first letter (`b?cc`): the branch starts with it or with what follows.
    if (optional(branch, at + 1)) return orWhatFollows([branch[at].toLowerCase()], branch, at + 1);
    let end = at;
    // A letter a quantifier makes optional (or repeatable: `a+` still needs one) ends the run before it.
    while (isLetter(branch[end]) && !optional(branch, end + 1) && branch[end + 1] !== '+' && branch[end + 1] !== '{') end++;
    return [branch.slice(at, Math.max(end, at + 1)).toLowerCase()];
  }
  if (branch.startsWith('(?:', at) || (branch[at] === '(' && branch[at + 1] !== '?')) {
    const end = groupEnd(branch, at);
    if (end < 0) return undefined;
    const inner = branch.slice(branch[at + 1] === '?' ? at + 3 : at + 1, end);
    const leads: string[] = [];
    for (const alt of topAlternatives(inner)) {
      const l = leadingLetters(alt);
      if (l === undefined) return undefined;
      leads.push(...l);
    }
    // An optional first group (`(?:pre|re)?payments?`): the branch starts with it or with what follows.
    return optional(branch, end + 1) ? orWhatFollows(leads, branch, end + 1) : leads;
  }
  return undefined;
}

/** `leads`, and the leads of what follows the quantifier at `at` (`?`, `*` or `{0,n}`, lazy or not). */
function orWhatFollows(leads: string[], branch: string, at: number): string[] | undefined {
  let rest = branch[at] === '{' ? branch.indexOf('}', at) + 1 : at + 1;
  if (rest <= 0) return undefined;
  if (branch[rest] === '?') rest++;
  const after = leadingLetters(branch.slice(rest));
  return after === undefined ? undefined : [...leads, ...after];
}

/**
 * Whether a branch led by one of `leads` can match where the letter run `word` (lowercased, followed by no letter)
 * starts: the run begins with the lead.
 */
function canStartAt(leads: readonly string[] | undefined, word: string): boolean {
  return leads === undefined || leads.some((l) => word.startsWith(l));
}

/**
 * The pattern's branches that can start at one of `words`, in their order, as one sticky regex; `sticky` (the pattern
 * itself) when every branch can. Where one of the words starts, its first match is the pattern's: a branch left out
 * cannot match there, and the branches kept are tried in the same order. (Capture groups are numbered anew: for a
 * pattern whose caller reads only the whole match, and that has no backreference.)
 */
export function branchesAt(re: RegExp, words: readonly string[], sticky: RegExp): RegExp {
  if (/\\[1-9k]/.test(re.source)) return sticky;
  const branches = topAlternatives(re.source);
  const kept = branches.filter((b) => {
    const leads = leadingLetters(b);
    return words.some((w) => canStartAt(leads, w));
  });
  return kept.length === branches.length ? sticky : new RegExp(kept.length === 0 ? '(?!)' : kept.join('|'), `${re.flags}y`);
}

/**
 * The letters every match of the pattern starts with at a word start: each branch opens with `\b` and then letters the
 * source spells (leadingLetters); undefined when one does not, or in `u` mode (whose `\b` with `i` counts more than
 * ASCII as word characters). A text where no word starts with one of them has no match.
 */
export function wordStartLeads(re: RegExp): string[] | undefined {
  if (re.flags.includes('u') || re.flags.includes('v')) return undefined;
  const leads: string[] = [];
  for (const branch of topAlternatives(re.source)) {
    // Lookarounds before the `\b` (`(?<!\bthe )\bfollowing`) only narrow where it matches.
    let at = 0;
    while (ASSERTION_OPENERS.some((o) => branch.startsWith(o, at))) {
      const end = groupEnd(branch, at);
      if (end < 0) return undefined;
      at = end + 1;
    }
    if (!branch.startsWith('\\b', at)) return undefined;
    const l = leadingLetters(branch.slice(at + 2));
    if (l === undefined || l.length === 0) return undefined;
    leads.push(...l);
  }
  return leads;
}
