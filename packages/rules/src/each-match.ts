// Iterates a global regex's matches without `String.prototype.matchAll`.

/**
 * Calls `f` for each match of the global regex `re` in `text`. `matchAll` clones the regex on every
 * call (through the species constructor, about a microsecond each): on tool output scanned per span
 * that cost more than the scans themselves. Not reentrant for the same regex (`f` must not use `re`).
 */
export function eachMatch(re: RegExp, text: string, f: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    f(m);
  }
}
