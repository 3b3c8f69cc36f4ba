// A text's UTF-16 code units as bytes, for the passes that walk every character of a text (word-triggers.ts,
// word-prefixes.ts). Why: a loop over `charCodeAt` runs at ~1.2 ns per character here, one over a Uint8Array at
// ~0.45, and `TextEncoder.encodeInto` copies an ASCII text into one at ~0.1: the first-word pass alone was ~9% of the
// rule thread (bench/detect).

const encoder = new TextEncoder();
let buffer = new Uint8Array(4096);
let lastText: string | undefined;
let lastBytes: Uint8Array = buffer.subarray(0, 0);

/** A code unit past ASCII: neither a letter, a digit nor `_` to the passes that read these bytes. */
export const NON_ASCII = 0x80;

/**
 * The text's code units, one byte each at the same index: ASCII as it is, every other code unit `NON_ASCII`.
 * Valid until the next call (the buffer is reused); the last text's bytes are kept for a pass over the same text.
 */
export function asciiBytes(text: string): Uint8Array {
  if (text === lastText) return lastBytes;
  const n = text.length;
  if (buffer.length < n) buffer = new Uint8Array(Math.max(n, buffer.length * 2));
  const view = buffer.subarray(0, n);
  const { read, written } = encoder.encodeInto(text, view);
  // All ASCII when every code unit became one byte; otherwise (a multi-byte character, or the view filled) per unit.
  if (read !== n || written !== n) {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      view[i] = c < 0x80 ? c : NON_ASCII;
    }
  }
  lastText = text;
  lastBytes = view;
  return view;
}
