// The judge's settings: defaults with their reasons, the environment variables each one reads, and when the judge is on.
import { ValidationError } from '@sentinel/graph';

/** How the reply format is requested: structured outputs, JSON mode, or nothing (plain JSON parsing). `auto` steps down on a 400. */
export type ResponseFormatMode = 'auto' | 'json_schema' | 'json_object' | 'none';

export interface JudgeConfig {
  /** OpenAI-compatible base URL, e.g. `http://localhost:11434/v1` (Ollama). */
  baseUrl: string;
  apiKey?: string;
  model: string;
  temperature: number;
  /** Per HTTP attempt. */
  timeoutMs: number;
  /** Retries of one call on 429, 5xx, timeouts and connection errors (a reply that fails the schema is retried once, separately). */
  maxRetries: number;
  maxConcurrency: number;
  /** Rolling-hour budget; 0 = no limit. */
  callsPerHour: number;
  tokensPerHour: number;
  /** Budget of the whole prompt (system prompt + case file), estimated at ~4 chars per token. */
  maxPromptTokens: number;
  maxCompletionTokens: number;
  responseFormat: ResponseFormatMode;
}

/** Where an API key alone (no base URL) sends the judge: the standard OpenAI endpoint, as the `openai` package does. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** The prompt must hold the system prompt (~650 tokens) and at least one finding with its evidence. */
export const MIN_PROMPT_TOKENS = 1_500;

export const JUDGE_DEFAULTS = {
  /** Low but not 0: a verdict should be stable for the same case, and some servers treat 0 as "use the default". */
  temperature: 0.1,
  /** A local 7-8B model on CPU needs tens of seconds for a 3K-token prompt; a hosted one a few. */
  timeoutMs: 60_000,
  maxRetries: 2,
  /** Judge calls are slow and the endpoint may be a single local GPU: a few at a time. */
  maxConcurrency: 2,
  /** Bounds spend when something floods the detectors: ~1 call a minute on average, bursts allowed. */
  callsPerHour: 60,
  /** 60 calls × (3K prompt + 500 completion) with headroom for schema retries. */
  tokensPerHour: 250_000,
  /** The budget: enough for the request, the evidence path and the flagged content of a typical session. */
  maxPromptTokens: 3_000,
  /** A verdict is a few hundred tokens; the cap stops a model that rambles. */
  maxCompletionTokens: 600,
  responseFormat: 'auto' as ResponseFormatMode,
} as const;

/** Environment variables per setting, most specific first (the standard OpenAI ones are fallbacks). */
export const JUDGE_ENV = {
  baseUrl: ['SENTINEL_JUDGE_BASE_URL', 'OPENAI_BASE_URL'],
  apiKey: ['SENTINEL_JUDGE_API_KEY', 'OPENAI_API_KEY'],
  model: ['SENTINEL_JUDGE_MODEL'],
  temperature: ['SENTINEL_JUDGE_TEMPERATURE'],
  timeoutMs: ['SENTINEL_JUDGE_TIMEOUT_MS'],
  maxRetries: ['SENTINEL_JUDGE_MAX_RETRIES'],
  maxConcurrency: ['SENTINEL_JUDGE_MAX_CONCURRENCY'],
  callsPerHour: ['SENTINEL_JUDGE_CALLS_PER_HOUR'],
  tokensPerHour: ['SENTINEL_JUDGE_TOKENS_PER_HOUR'],
  maxPromptTokens: ['SENTINEL_JUDGE_MAX_PROMPT_TOKENS'],
  maxCompletionTokens: ['SENTINEL_JUDGE_MAX_COMPLETION_TOKENS'],
  responseFormat: ['SENTINEL_JUDGE_RESPONSE_FORMAT'],
} as const satisfies Record<keyof JudgeConfig, readonly string[]>;

export type JudgeSetup = { enabled: true; config: JudgeConfig } | { enabled: false; reason: string };

/**
 * Decides whether the judge runs and with what. It is on when a model is named and an endpoint
 * is known (a base URL, or an API key for OpenAI itself): a stray `OPENAI_API_KEY` alone never
 * starts spending. Throws ValidationError on a base URL that is not http(s).
 *
 * @example
 * resolveJudgeConfig({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.1:8b' }) // → { enabled: true, config }
 */
export function resolveJudgeConfig(input: Partial<JudgeConfig>): JudgeSetup {
  if (!input.model) return { enabled: false, reason: 'no judge model configured (SENTINEL_JUDGE_MODEL or --judge-model)' };
  if (!input.baseUrl && !input.apiKey) return { enabled: false, reason: 'no judge endpoint configured (SENTINEL_JUDGE_BASE_URL or --judge-base-url, or an API key for OpenAI)' };
  const baseUrl = input.baseUrl ?? OPENAI_BASE_URL;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ValidationError(`resolveJudgeConfig: judge base URL ${JSON.stringify(baseUrl)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ValidationError(`resolveJudgeConfig: judge base URL must be http(s), got ${url.protocol}`);
  const config: JudgeConfig = { ...JUDGE_DEFAULTS, ...definedOnly(input), baseUrl, model: input.model };
  if (config.maxPromptTokens < MIN_PROMPT_TOKENS) throw new ValidationError(`resolveJudgeConfig: maxPromptTokens must be at least ${MIN_PROMPT_TOKENS}, got ${config.maxPromptTokens}`);
  return { enabled: true, config };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** The base URL without credentials or query, for logs and the health endpoint. */
export function describeEndpoint(baseUrl: string): string {
  try {
    const u = new URL(baseUrl);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
