// Merges the global section and one app's section into the effective policy the rules read.
import type { Severity } from '@sentinel/graph';
import { inferToolClass } from './infer-tools.ts';
import { RULE_IDS, type AgentDecl, type Policy, type PolicySection, type RuleId, type ToolDecl } from './policy-schema.ts';

/** Defaults for limits the policy does not set. Generous: they catch runaway sessions, not busy ones. */
export const DEFAULT_LIMITS = {
  /** The same tool with the same arguments by the same agent: 5 is past any retry policy. */
  maxIdenticalCalls: 5,
  /** Long agentic tasks make a few dozen calls; hundreds means a loop or abuse. */
  maxToolCallsPerSession: 200,
  /** Orchestrator → sub-agent → worker is 3; deeper chains are rare by design. */
  maxDelegationDepth: 5,
  maxSessionSpans: 5_000,
  /** One hour: interactive sessions end well before. */
  maxSessionDurationSeconds: 3_600,
} as const;

export type EffectiveLimits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };

/** How one tool is treated, and whether that came from the policy or was inferred. */
export interface ToolClass {
  name: string;
  /** Results are untrusted (taint source). */
  source: boolean;
  sink: boolean;
  external: boolean;
  /** Sink arguments that must not come from untrusted content; empty means "all of them". */
  protectedArgs: string[];
  /** True when the policy does not declare this tool. */
  inferred: boolean;
  /** Declared or inferred as reading content from outside (stronger than "every result is untrusted"). */
  outsideSource: boolean;
  /** Inferred as reading the app's own records (its people, accounts, configuration): see infer-tools.ts. */
  ownRecords: boolean;
}

interface AgentRule {
  tools: Set<string> | '*' | undefined;
  talksTo: Set<string> | '*' | undefined;
}

/** The policy as one app sees it; `classifyTool` caches per tool name. */
export interface EffectivePolicy {
  app: string;
  /** False when no policy was loaded (everything inferred). */
  hasPolicy: boolean;
  defaultToolAccess: 'allow' | 'deny';
  undeclaredAgents: 'allow' | 'deny';
  agents: Map<string, AgentRule>;
  limits: EffectiveLimits;
  rules: Record<RuleId, { enabled: boolean; severity?: Severity }>;
  classifyTool(name: string, description?: string): ToolClass;
  /** Tools declared anywhere in the effective policy (tool section or an agent allow-list). */
  declaredTools: Set<string>;
}

/**
 * The effective policy for one app (`service.name`): the app's section overrides the global one
 * field by field (tools and agents by name). Without a policy, everything is inferred.
 */
export function resolvePolicy(policy: Policy | undefined, app: string): EffectivePolicy {
  const sections: PolicySection[] = [];
  if (policy) {
    const { apps, version: _v, description: _d, ...global } = policy;
    sections.push(global);
    // Its own section only: a service.name such as `constructor` must not read the object's prototype.
    const own = apps && Object.hasOwn(apps, app) ? apps[app] : undefined;
    if (own) sections.push(own);
  }
  const tools = new Map<string, ToolDecl>();
  const agents = new Map<string, AgentRule>();
  const limits: EffectiveLimits = { ...DEFAULT_LIMITS };
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, { enabled: true }])) as EffectivePolicy['rules'];
  let defaultToolAccess: 'allow' | 'deny' = 'allow';
  let undeclaredAgents: 'allow' | 'deny' = 'allow';
  for (const s of sections) {
    if (s.defaultToolAccess) defaultToolAccess = s.defaultToolAccess;
    if (s.undeclaredAgents) undeclaredAgents = s.undeclaredAgents;
    for (const [name, t] of Object.entries(s.tools ?? {})) tools.set(name, { ...tools.get(name), ...t });
    for (const [name, a] of Object.entries(s.agents ?? {})) agents.set(agentKey(name), mergeAgent(agents.get(agentKey(name)), a));
    for (const [k, v] of Object.entries(s.limits ?? {})) if (v !== undefined) limits[k as keyof EffectiveLimits] = v;
    for (const [id, r] of Object.entries(s.rules ?? {})) {
      const cur = rules[id as RuleId];
      if (r?.enabled !== undefined) cur.enabled = r.enabled;
      if (r?.severity) cur.severity = r.severity;
    }
  }
  const declaredTools = new Set(tools.keys());
  for (const a of agents.values()) if (a.tools instanceof Set) for (const t of a.tools) declaredTools.add(t);
  const cache = new Map<string, ToolClass>();
  return {
    app,
    hasPolicy: policy !== undefined,
    defaultToolAccess,
    undeclaredAgents,
    agents,
    limits,
    rules,
    declaredTools,
    classifyTool(name, description) {
      let c = cache.get(name);
      if (!c) {
        c = classify(name, tools.get(name), description);
        cache.set(name, c);
      }
      return c;
    },
  };
}

/**
 * How agent names are compared: "Refund Agent", "refund_agent" and "REFUND-AGENT " are one agent, as frameworks turn a
 * role into a display name (CrewAI's roles, the Agents SDK's names) and the policy author writes its key. The policy's
 * `agents` map and each `talksTo` hold these keys; look an agent up by `agentKey(name)`.
 */
export function agentKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

function mergeAgent(prev: AgentRule | undefined, a: AgentDecl): AgentRule {
  // `['*']` means any, as `'*'` does: a list written with the wildcard in it, not an agent or tool named `*`.
  const set = (v: string[] | '*' | undefined, old: AgentRule['tools']) => (v === undefined ? old : v === '*' || v.includes('*') ? '*' : new Set(v));
  const talksTo = a.talksTo === undefined || a.talksTo === '*' ? a.talksTo : a.talksTo.map(agentKey);
  return { tools: set(a.tools, prev?.tools), talksTo: set(talksTo, prev?.talksTo) };
}

function classify(name: string, decl: ToolDecl | undefined, description: string | undefined): ToolClass {
  const guess = inferToolClass(name, decl?.description ?? description);
  if (!decl) {
    // Undeclared: every result is potentially untrusted; side effects guessed from the name.
    return { name, source: true, sink: guess.sink, external: guess.external, protectedArgs: [], inferred: true, outsideSource: guess.outsideSource, ownRecords: guess.ownRecords };
  }
  const source = decl.source === undefined ? false : decl.source !== false;
  const sink = decl.sink ?? (decl.external === true || (decl.protectedArgs?.length ?? 0) > 0 ? true : guess.sink);
  return {
    name,
    source,
    sink,
    external: decl.external ?? false,
    protectedArgs: decl.protectedArgs ?? [],
    inferred: false,
    outsideSource: source,
    ownRecords: false,
  };
}
