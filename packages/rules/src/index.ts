// @sentinel/rules: the policy file and the security rules that run over session graphs.
export { RULE_IDS, policySchema } from './policy-schema.ts';
export type { AgentDecl, Limits, Policy, PolicySection, RuleConfig, RuleId, ToolDecl } from './policy-schema.ts';
export { PolicyError } from './policy-error.ts';
export type { PolicyIssue } from './policy-error.ts';
export { parsePolicy, loadPolicyFile, loadPolicyPath, formatPath, MAX_POLICY_BYTES } from './load-policy.ts';
export { resolvePolicy, DEFAULT_LIMITS } from './resolve-policy.ts';
export type { EffectiveLimits, EffectivePolicy, ToolClass } from './resolve-policy.ts';
export { inferToolClass } from './infer-tools.ts';
export type { InferredToolClass } from './infer-tools.ts';
export { scanInstructions, INSTRUCTION_THRESHOLD, FEATURE_WEIGHTS } from './instructions.ts';
export type { InstructionFeature, InstructionScan, ScanContext } from './instructions.ts';
export { extractValues, argumentLeaves } from './values.ts';
export { findSecrets } from './secrets.ts';
export { createRuleEngine, RULES } from './engine.ts';
export type { RuleEngine, RuleEngineOptions } from './engine.ts';
export type { Rule, RuleContext, SpanFacts } from './rule-types.ts';
export { evaluateCorpus, formatEvalTable, runSession, SEVERITIES } from './eval/evaluate-corpus.ts';
export type { EvalReport, LabeledSession, SuiteResult } from './eval/evaluate-corpus.ts';
