// The key sentences of a text: what a summarizing agent passes on (the opening, and whatever asks for or instructs something).

const NOISE = /^(?:hi|hello|dear|hey)\b[^.!?]*,$|^(?:thanks|best|kind regards|regards|cheers)\b[^.!?]*$/i;

/**
 * The first sentence plus every sentence matching `cue`, at most `max`. Lines of fewer than
 * three words (signatures, separators) are dropped; clauses after a colon count as sentences.
 */
export function keySentences(text: string, cue: RegExp, max: number): string {
  const flat = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length > 2 && !NOISE.test(l))
    .join(' ');
  const sentences = flat.split(/(?<=[.!?:])\s+/);
  return sentences.filter((s, i) => i === 0 || cue.test(s)).slice(0, max).join(' ');
}
