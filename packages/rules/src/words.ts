// Splits identifiers and text into lowercase words (send_money, sendMoney, update-password → words).

/** Words of an identifier: snake, kebab, dotted, camel and Pascal case all split. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Lowercase word tokens of free text (letters and digits only); linear, no backtracking. */
export function textWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
