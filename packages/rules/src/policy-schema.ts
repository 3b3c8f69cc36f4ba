// The policy file's shape (zod 4 schema) and the types it yields: global defaults plus per-app sections.
import { RULE_CATEGORIES } from '@sentinel/graph';
import { z } from 'zod';

/** Rule ids the policy may configure; one module each under `rules/`, each the category of its findings. */
export const RULE_IDS = RULE_CATEGORIES;
export type RuleId = (typeof RULE_IDS)[number];

const severity = z.enum(['info', 'low', 'medium', 'high', 'critical']);
const name = z.string().min(1, 'a non-empty name');

/** A value as a person reading the YAML would call it, for "expected …, got a string". */
function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  const shown = JSON.stringify(v) ?? String(v);
  return `a ${typeof v} (${shown.length > 40 ? `${shown.slice(0, 37)}...` : shown})`;
}

/** A list of names, or `'*'` for "any". A union's own error is "Invalid input": say what it takes instead. */
const nameList = (what: string) =>
  z.union([z.literal('*'), z.array(name)], { error: (iss) => `expected "*" or a list of ${what} names, got ${describeValue(iss.input)}` });

export const toolSchema = z.strictObject({
  /** Results carry content from outside the user (taint source). `untrusted` reads better in YAML; `false` declares them trusted. */
  source: z.union([z.boolean(), z.literal('untrusted')], { error: (iss) => `expected true, false or "untrusted", got ${describeValue(iss.input)}` }).optional(),
  /** The tool has side effects (send, pay, delete, write, execute...). */
  sink: z.boolean().optional(),
  /** The tool sends data outside the organisation (email to anyone, HTTP post, upload). */
  external: z.boolean().optional(),
  /** Arguments of this sink that must not come from untrusted content. */
  protectedArgs: z.array(name).optional(),
  description: z.string().optional(),
});

export const agentSchema = z.strictObject({
  /** Tools this agent may call. */
  tools: nameList('tool').optional(),
  /** Agents this agent may delegate to or message. */
  talksTo: nameList('agent').optional(),
  description: z.string().optional(),
});

const positiveInt = z.number().int().positive();
export const limitsSchema = z.strictObject({
  maxIdenticalCalls: positiveInt.optional(),
  maxToolCallsPerSession: positiveInt.optional(),
  maxDelegationDepth: positiveInt.optional(),
  maxSessionSpans: positiveInt.optional(),
  maxSessionDurationSeconds: z.number().positive().optional(),
});

const ruleConfigSchema = z.strictObject({ enabled: z.boolean().optional(), severity: severity.optional() });

const sectionShape = {
  defaultToolAccess: z.enum(['allow', 'deny']).optional(),
  undeclaredAgents: z.enum(['allow', 'deny']).optional(),
  agents: z.record(name, agentSchema).optional(),
  tools: z.record(name, toolSchema).optional(),
  limits: limitsSchema.optional(),
  rules: z.partialRecord(z.enum(RULE_IDS), ruleConfigSchema).optional(),
};

/** One app's section (keyed by `service.name` under `apps`). */
export const sectionSchema = z.strictObject(sectionShape);

/** The whole file: global defaults at the top level, per-app overrides under `apps`. */
export const policySchema = z.strictObject({
  version: z.literal(1).optional(),
  description: z.string().optional(),
  ...sectionShape,
  apps: z.record(name, sectionSchema).optional(),
});

export type ToolDecl = z.infer<typeof toolSchema>;
export type AgentDecl = z.infer<typeof agentSchema>;
export type Limits = z.infer<typeof limitsSchema>;
export type RuleConfig = z.infer<typeof ruleConfigSchema>;
export type PolicySection = z.infer<typeof sectionSchema>;
/** A validated policy document. */
export type Policy = z.infer<typeof policySchema>;
