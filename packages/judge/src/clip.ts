// Cuts long trace content down to a character cap while keeping the parts the evidence points at.

/** Context kept on each side of an evidence value found in a long text. */
const WINDOW = 80;

/**
 * `text` cut to about `max` characters: the head, then a window around each `keep` string that
 * occurs later in the text, then the tail, with `…[N chars cut]…` where text was removed.
 * Deterministic: the same input always gives the same output.
 *
 * @example
 * clip('a'.repeat(5000) + 'IBAN DE89 3704' + 'b'.repeat(5000), 600, ['DE89 3704'])
 * // → 'aaaa…[…]…aaIBAN DE89 3704bb…[…]…bbbb'
 */
export function clip(text: string, max: number, keep: readonly string[] = []): string {
  if (text.length <= max) return text;
  const lower = text.toLowerCase();
  const windows: Array<[number, number]> = [];
  let windowBudget = Math.floor(max * 0.6);
  for (const k of keep) {
    if (k.length < 4) continue;
    const at = lower.indexOf(k.toLowerCase());
    if (at < 0) continue;
    const w: [number, number] = [Math.max(0, at - WINDOW), Math.min(text.length, at + k.length + WINDOW)];
    const len = w[1] - w[0];
    if (len > windowBudget) continue;
    windowBudget -= len;
    windows.push(w);
  }
  const rest = max - (Math.floor(max * 0.6) - windowBudget);
  const headLen = Math.max(0, Math.ceil(rest * 0.7));
  const tailLen = Math.max(0, rest - headLen);
  const pieces: Array<[number, number]> = [[0, headLen], ...windows, [text.length - tailLen, text.length]];
  return join(text, merge(pieces));
}

/** Sorted, overlapping ranges merged. */
function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function join(text: string, ranges: Array<[number, number]>): string {
  let out = '';
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a > pos) out += `…[${a - pos} chars cut]…`;
    out += text.slice(a, b);
    pos = b;
  }
  if (pos < text.length) out += `…[${text.length - pos} chars cut]…`;
  return out;
}
