// Turns zod issues into policy issues that say what was expected at that place: the allowed keys, the closest one.
import { z } from 'zod';
import type { PolicyIssue } from './policy-error.ts';
import { policySchema } from './policy-schema.ts';
import { editDistance } from './lookalike.ts';

/** Formats a zod issue path as `apps.mail.agents.responder.tools[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** One issue per problem (an unknown key each), with `file` and the full path in the document. */
export function toIssues(file: string, issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): PolicyIssue[] {
  const at = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // "Invalid input" says nothing: report the alternative that got furthest (deepest path), e.g. the list item that is wrong.
    const best = issue.errors.flat().reduce((a, b) => (b.path.length > a.path.length ? b : a));
    if (best.path.length > 0) return toIssues(file, best, at);
  }
  if (issue.code === 'unrecognized_keys') {
    // Point at each key itself: the usual cause is a typo, so name the fields allowed here and the closest one.
    const allowed = keysAt(at);
    return issue.keys.map((key) => {
      const near = closest(key, allowed);
      const hint = allowed.length === 0 ? '' : `${near ? `, did you mean "${near}"?` : ''} (expected one of: ${allowed.join(', ')})`;
      return { file, path: formatPath([...at, key]), message: `unknown key "${key}"${hint}` };
    });
  }
  return [{ file, path: formatPath(at), message: issue.message }];
}

/** The keys the policy schema accepts at `path` (looking through optionals and records), or [] when any key goes there. */
function keysAt(path: readonly PropertyKey[]): string[] {
  const unwrap = (s: z.core.SomeType | undefined) => (s instanceof z.ZodOptional ? (s.unwrap() as z.core.SomeType) : s);
  let schema: z.core.SomeType | undefined = policySchema;
  for (const p of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.core.SomeType>)[String(p)];
    else if (schema instanceof z.ZodRecord) schema = schema.valueType;
    else return [];
  }
  schema = unwrap(schema);
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  // A record keyed by an enum (`rules:`) accepts exactly the enum's values.
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum) return schema.keyType.options.map(String);
  return [];
}

/** The candidate a typo most likely meant: fewest edits, within a third of the word's length (at least one edit). */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

