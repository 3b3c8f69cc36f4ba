// The policy file's shape (zod 4 schema) and the types it yields: global defaults plus per-app sections.
import { z } from 'zod';

/** Rule ids the policy may configure; one module each under `rules/`. */
export const RULE_IDS = [
  'unauthorized_tool',
  'injection_content',
  'injection_propagation',
  'loop',
  'off_topology',
  'exfiltration',
  'limits',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

const severity = z.enum(['info', 'low', 'medium', 'high', 'critical']);
const name = z.string().min(1, 'a non-empty name');
/** A list of names, or `'*'` for "any". */
const nameList = z.union([z.literal('*'), z.array(name)]);

export const toolSchema = z.strictObject({
  /** Results carry content from outside the user (taint source). `untrusted` reads better in YAML; `false` declares them trusted. */
  source: z.union([z.boolean(), z.literal('untrusted')]).optional(),
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
  tools: nameList.optional(),
  /** Agents this agent may delegate to or message. */
  talksTo: nameList.optional(),
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
