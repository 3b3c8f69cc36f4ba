// The verdict the judge must return: a strict zod schema, the same shape as JSON Schema for `response_format`, and the parser.
import { z } from 'zod';

export const VERDICTS = ['benign', 'suspicious', 'malicious'] as const;

/** The alert taxonomy (DESIGN.md) plus `none` for a benign session and `other`. */
export const VERDICT_CATEGORIES = [
  'injection_propagation',
  'injection_content',
  'unauthorized_tool',
  'exfiltration',
  'loop',
  'off_topology',
  'graph_anomaly',
  'limits',
  'other',
  'none',
] as const;

/** Caps keep a runaway (or injected) reply from bloating the store and the dashboard. */
const MAX_RATIONALE = 2_000;
const MAX_ACTION = 500;
const MAX_IDS = 50;
const MAX_ERROR = 400;

export const verdictSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  category: z.enum(VERDICT_CATEGORIES),
  confidence: z.number().min(0).max(1),
  rationale: z.string().min(1).max(MAX_RATIONALE),
  implicatedAgents: z.array(z.string().max(200)).max(MAX_IDS),
  implicatedSpans: z.array(z.string().max(200)).max(MAX_IDS),
  recommendedAction: z.string().max(MAX_ACTION),
});

export type Verdict = z.infer<typeof verdictSchema>;

/**
 * JSON Schema for structured outputs (`response_format: json_schema`, strict). Written by hand
 * rather than generated: strict mode wants every property required and no keywords that some
 * OpenAI-compatible servers (Ollama, vLLM, llama.cpp grammars) reject, such as numeric bounds.
 * The bounds are enforced by `verdictSchema` after parsing.
 */
export const VERDICT_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['verdict', 'category', 'confidence', 'rationale', 'implicatedAgents', 'implicatedSpans', 'recommendedAction'],
  properties: {
    verdict: { type: 'string', enum: [...VERDICTS] },
    category: { type: 'string', enum: [...VERDICT_CATEGORIES] },
    confidence: { type: 'number', description: 'between 0 and 1' },
    rationale: { type: 'string', description: 'what happened, in a few sentences' },
    implicatedAgents: { type: 'array', items: { type: 'string' } },
    implicatedSpans: { type: 'array', items: { type: 'string' } },
    recommendedAction: { type: 'string' },
  },
} as const;

export type ParseResult = { ok: true; verdict: Verdict } | { ok: false; error: string };

/**
 * Parses a model reply into a verdict. Tolerates what JSON mode and plain replies add around
 * the object (code fences, a sentence before it); anything else failing the schema is an error
 * whose text names the fields, never the reply's content.
 */
export function parseVerdict(reply: string | null | undefined): ParseResult {
  if (!reply || !reply.trim()) return { ok: false, error: 'empty reply' };
  const candidates = jsonObjects(reply);
  if (candidates.length === 0) return { ok: false, error: 'reply is not JSON' };
  // The first failure is the one reported: the whole reply's object, as a model that answers in JSON wrote it.
  let first: string | undefined;
  for (const json of candidates) {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      first ??= 'reply is not valid JSON';
      continue;
    }
    const r = verdictSchema.safeParse(value);
    if (r.success) return { ok: true, verdict: r.data };
    const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    // Capped: an unrecognized key is named in the message, and keys come from the (untrusted) reply.
    first ??= `schema: ${issues.join('; ')}`.slice(0, MAX_ERROR);
  }
  return { ok: false, error: first ?? 'reply is not JSON' };
}

/** Objects tried per reply: a verdict among a few other braces, not a scan of every brace in a long answer. */
const MAX_CANDIDATES = 8;

/**
 * The reply's JSON objects to try, best first: its outermost `{…}` (after a ```json fence), then each balanced
 * top-level `{…}` from the last, so that a reasoning model's `<think>… {json} …</think>` before the verdict, or a
 * note with `{recipient}` after it, does not hide the verdict.
 */
function jsonObjects(reply: string): string[] {
  const text = reply.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  const out: string[] = [];
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return out;
  out.push(text.slice(start, end + 1));
  const balanced = balancedObjects(text.replace(/<think>[\s\S]*?<\/think>/gi, (m) => ' '.repeat(m.length)));
  for (let i = balanced.length - 1; i >= 0 && out.length < MAX_CANDIDATES; i--) if (!out.includes(balanced[i])) out.push(balanced[i]);
  return out;
}

/** Top-level `{…}` spans with their braces balanced outside JSON strings. */
function balancedObjects(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"' && depth > 0) inString = true;
    else if (c === '{') {
      if (depth++ === 0) from = i;
    } else if (c === '}' && depth > 0 && --depth === 0) out.push(text.slice(from, i + 1));
  }
  return out;
}
