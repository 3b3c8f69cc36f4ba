// A tokenizer-free token estimate: the judge talks to many models with different tokenizers, so one cheap, conservative rule.

/** Characters per token for English text and JSON under BPE tokenizers; ~4 is the usual rule of thumb. */
export const CHARS_PER_TOKEN = 4;

/** Estimated tokens of `text` (rounded up). Used for the case budget and for reserving the hourly token budget. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
