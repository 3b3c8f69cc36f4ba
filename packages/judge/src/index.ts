// @sentinel/judge: the LLM judge. Case file → hardened prompt → OpenAI-compatible endpoint → schema-checked verdict. No HTTP server, storage or sockets.
export { buildCaseFile } from './case-file.ts';
export type { CaseDoc, CaseDocFinding, CaseFile, CaseFinding, CaseInput, CaseStep } from './case-file.ts';
export { CUT_LEVELS } from './cut-levels.ts';
export type { CutLevel } from './cut-levels.ts';
export { clip } from './clip.ts';
export { dataJson } from './data-json.ts';
export { estimateTokens, CHARS_PER_TOKEN } from './tokens.ts';
export { buildPrompt, systemPrompt, userMessage, beginMarker, endMarker, promptOverheadTokens } from './prompt.ts';
export type { Prompt, PromptMessage } from './prompt.ts';
export { verdictSchema, parseVerdict, VERDICT_JSON_SCHEMA, VERDICTS, VERDICT_CATEGORIES } from './verdict.ts';
export type { ParseResult, Verdict } from './verdict.ts';
export { JudgeClient, REPAIR_MESSAGE } from './client.ts';
export type { JudgeCase, JudgeResult, JudgeTokens } from './client.ts';
export { MAX_BACKOFF_MS } from './chat-call.ts';
export { HourlyBudget } from './budget.ts';
export type { BudgetDenial, BudgetLimits, Reservation } from './budget.ts';
export { resolveJudgeConfig, describeEndpoint, JUDGE_DEFAULTS, JUDGE_ENV, MIN_PROMPT_TOKENS, OPENAI_BASE_URL } from './config.ts';
export type { JudgeConfig, JudgeSetup, ResponseFormatMode } from './config.ts';
