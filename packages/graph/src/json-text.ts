// JSON written into attributes and content: what instrumentations record as text is often an object or a list.

/**
 * A JSON object or list written as text, parsed; undefined when the text starts as neither (a first
 * character test, so prose costs no parse attempt) or does not parse.
 */
export function parseJsonText(text: string): unknown {
  const t = text.trimStart();
  if (t[0] !== '{' && t[0] !== '[') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
