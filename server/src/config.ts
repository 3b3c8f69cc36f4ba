// All server configuration in one place: flags → SENTINEL_* env → general env → defaults, validated once at start.
import { resolve } from 'node:path';
import { ValidationError, type Severity } from '@sentinel/graph';
import { JUDGE_DEFAULTS, JUDGE_ENV, MIN_PROMPT_TOKENS, type ResponseFormatMode } from '@sentinel/judge';

/** Default OTLP/HTTP and OTLP/gRPC ports: the OTel defaults, so an exporter with default settings reaches Sentinel. */
export const DEFAULT_HTTP_PORT = 4318;
export const DEFAULT_GRPC_PORT = 4317;

/** 16 MiB raw body: above the OTel SDKs' default batch (512 spans × a few KB), below what can hurt a 2-core box. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** A gzip body may expand this far before it is treated as a bomb (413). */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Spans accepted but not yet durable. Past it ingest answers 503 + Retry-After instead of growing memory. */
export const DEFAULT_MAX_PENDING_SPANS = 100_000;
/**
 * OTLP requests handled at once. Requests are processed one event-loop turn at a time, so past a few
 * dozen more concurrency only queues work (and bodies in memory: up to this × max body size) while
 * latency grows past exporters' timeouts; refusing early with 503 + Retry-After makes them back off.
 */
export const DEFAULT_MAX_INFLIGHT_REQUESTS = 32;
/** How long a span waits for its parent before it is placed as an orphan. Exporters batch every ~5 s. */
export const DEFAULT_FLUSH_TIMEOUT_MS = 10_000;
/** A session with no new span for this long is closed and leaves memory (reloadable from the store). */
export const DEFAULT_SESSION_IDLE_MS = 120_000;
/** Live sessions held in memory at once; the least recently active is closed early past it. */
export const DEFAULT_MAX_OPEN_SESSIONS = 5_000;
/** Nodes per session graph; beyond it the session is flagged and its graph stops growing (summarized). */
export const DEFAULT_MAX_SESSION_NODES = 5_000;

/** Retention off: sessions stay in the store until deleted by hand (as Phoenix and Langfuse keep traces by default). */
export const DEFAULT_RETENTION_MS = 0;

export type Durability = 'normal' | 'full';

export interface SentinelConfig {
  host: string;
  port: number;
  /** -1 disables OTLP/gRPC. */
  grpcPort: number;
  dataDir: string;
  policyPath?: string;
  webDir?: string;
  maxBodyBytes: number;
  maxDecompressedBytes: number;
  maxPendingSpans: number;
  /** OTLP requests (HTTP and gRPC) being handled at once; past it new ones get 503 + Retry-After before their body is read. */
  maxInflightRequests: number;
  flushTimeoutMs: number;
  sessionIdleMs: number;
  maxOpenSessions: number;
  maxSessionNodes: number;
  maxContentChars: number;
  maxSpansPerRequest: number;
  maxAttributesPerSpan: number;
  maxAttributeValueLength: number;
  /**
   * Closed sessions last active longer ago than this (ms) are deleted from the store with their spans and alerts;
   * 0 keeps everything. Set as a duration: `30d`, `12h`, `90m`.
   */
  retention: number;
  /** SQLite synchronous mode: `normal` survives a process crash (WAL), `full` also a power loss. */
  durability: Durability;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Comma-separated ingest API keys valid for every app. */
  ingestKeys?: string;
  /** A YAML/JSON file of ingest keys, each bound to the apps it may write (see auth.ts). */
  ingestKeysFile?: string;
  /** Comma-separated bearer tokens for the dashboard/API: admin may change state, read may only look. */
  adminTokens?: string;
  readTokens?: string;
  /** Which detectors run on ingest (`none` and the single ones exist for benchmarks and triage). */
  detectors: 'all' | 'rules' | 'scorer' | 'none';
  /** Graph scorer: share of normal sessions allowed to raise a graph_anomaly alert (the threshold is derived from it). */
  scorerTargetFpr: number;
  /** Graph scorer: normal sessions an app's baseline needs before its sessions are scored and can alert. */
  scorerWarmup: number;
  /** Graph scorer: no online learning; baselines change only through `sentinel baseline build`. */
  scorerFreeze: boolean;
  /** Graph scorer: at most one metric pass (betweenness, PageRank…) per session per this many ms. */
  scorerMetricDebounceMs: number;
  /** The LLM judge (packages/judge): off unless a model and an endpoint are set. See JUDGE_DEFAULTS for why each default. */
  judgeBaseUrl?: string;
  judgeApiKey?: string;
  judgeModel?: string;
  judgeTemperature: number;
  judgeTimeoutMs: number;
  judgeMaxRetries: number;
  judgeMaxConcurrency: number;
  judgeCallsPerHour: number;
  judgeTokensPerHour: number;
  judgeMaxPromptTokens: number;
  judgeMaxCompletionTokens: number;
  judgeResponseFormat: ResponseFormatMode;
  /** Alerts at or above this severity send their session to the judge. */
  judgeMinSeverity: Severity;
  /** Sessions whose graph anomaly score reaches this go to the judge too. */
  judgeScoreThreshold: number;
  /** Sessions waiting for the judge; past it new ones are dropped (counted, with the reason). */
  judgeQueueSize: number;
}

export type ConfigInput = Partial<Record<keyof SentinelConfig, string | number | undefined>>;

interface Field {
  env: string[];
  parse: (v: string, name: string) => unknown;
  default: unknown;
  /** The `serve` flag, when it is not the key in kebab-case. */
  flag?: string;
}

const int = (min: number, max: number) => (v: string, name: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new ValidationError(`loadConfig: ${name} must be an integer in [${min}, ${max}], got "${v}"`);
  return n;
};
const oneOf = (values: string[]) => (v: string, name: string) => {
  if (!values.includes(v)) throw new ValidationError(`loadConfig: ${name} must be one of ${values.join(', ')}, got "${v}"`);
  return v;
};
const text = (v: string) => v;
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** A duration as people write it (`30d`, `12h`, `90m`, `45s`, `2w`), or 0 / off for none; in ms. */
const duration = (v: string, name: string) => {
  if (v === '0' || v.toLowerCase() === 'off') return 0;
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i.exec(v);
  const ms = m ? Math.round(Number(m[1]) * UNIT_MS[m[2].toLowerCase()]) : NaN;
  if (!(ms >= 1_000 && ms <= 100 * 365 * 86_400_000)) throw new ValidationError(`loadConfig: ${name} must be a duration such as 30d, 12h or 90m (s, m, h, d, w), or 0 / off to keep everything; got "${v}"`);
  return ms;
};
const num = (min: number, max: number) => (v: string, name: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new ValidationError(`loadConfig: ${name} must be a number in [${min}, ${max}], got "${v}"`);
  return n;
};
const bool = (v: string, name: string) => {
  if (!['true', 'false', '1', '0'].includes(v.toLowerCase())) throw new ValidationError(`loadConfig: ${name} must be true or false, got "${v}"`);
  return v.toLowerCase() === 'true' || v === '1';
};
/** 1%: one benign session in a hundred may be flagged for a look; the default. */
export const DEFAULT_SCORER_TARGET_FPR = 0.01;
/** 20 normal sessions before an app is scored: fewer say little about what "normal" is (calibration needs ≥ 5). */
export const DEFAULT_SCORER_WARMUP = 20;
/** 2 s: exporters batch every ~5 s, so a pass per batch keeps centralities fresh at a bounded cost. */
export const DEFAULT_SCORER_METRIC_DEBOUNCE_MS = 2_000;
/** Judge settings read the variables @sentinel/judge names (SENTINEL_JUDGE_*, then OPENAI_BASE_URL / OPENAI_API_KEY). */
const judgeEnv = (key: keyof typeof JUDGE_ENV): string[] => [...JUDGE_ENV[key]];
/** Sessions waiting for the judge: a judge call takes seconds, so a deeper queue only delays verdicts that matter. */
export const DEFAULT_JUDGE_QUEUE_SIZE = 200;

const FIELDS: Record<keyof SentinelConfig, Field> = {
  host: { env: ['SENTINEL_HOST'], parse: text, default: '127.0.0.1' },
  port: { env: ['SENTINEL_PORT', 'PORT'], parse: int(0, 65535), default: DEFAULT_HTTP_PORT },
  grpcPort: { env: ['SENTINEL_GRPC_PORT'], parse: int(-1, 65535), default: DEFAULT_GRPC_PORT },
  dataDir: { env: ['SENTINEL_DATA_DIR'], parse: (v) => resolve(v), default: resolve('.sentinel') },
  // The flag is `--policy` (as documented and as `sentinel eval` takes it), not `--policy-path`.
  policyPath: { env: ['SENTINEL_POLICY'], parse: (v) => resolve(v), default: undefined, flag: 'policy' },
  webDir: { env: ['SENTINEL_WEB_DIR'], parse: (v) => resolve(v), default: undefined },
  maxBodyBytes: { env: ['SENTINEL_MAX_BODY_BYTES'], parse: int(1024, 1 << 30), default: DEFAULT_MAX_BODY_BYTES },
  maxDecompressedBytes: { env: ['SENTINEL_MAX_DECOMPRESSED_BYTES'], parse: int(1024, 1 << 30), default: DEFAULT_MAX_DECOMPRESSED_BYTES },
  maxPendingSpans: { env: ['SENTINEL_MAX_PENDING_SPANS'], parse: int(1, 10_000_000), default: DEFAULT_MAX_PENDING_SPANS },
  maxInflightRequests: { env: ['SENTINEL_MAX_INFLIGHT_REQUESTS'], parse: int(1, 100_000), default: DEFAULT_MAX_INFLIGHT_REQUESTS },
  flushTimeoutMs: { env: ['SENTINEL_FLUSH_TIMEOUT_MS'], parse: int(10, 3_600_000), default: DEFAULT_FLUSH_TIMEOUT_MS },
  sessionIdleMs: { env: ['SENTINEL_SESSION_IDLE_MS'], parse: int(100, 86_400_000), default: DEFAULT_SESSION_IDLE_MS },
  maxOpenSessions: { env: ['SENTINEL_MAX_OPEN_SESSIONS'], parse: int(1, 1_000_000), default: DEFAULT_MAX_OPEN_SESSIONS },
  maxSessionNodes: { env: ['SENTINEL_MAX_SESSION_NODES'], parse: int(10, 1_000_000), default: DEFAULT_MAX_SESSION_NODES },
  maxContentChars: { env: ['SENTINEL_MAX_CONTENT_CHARS'], parse: int(256, 16 * 1024 * 1024), default: 32_768 },
  maxSpansPerRequest: { env: ['SENTINEL_MAX_SPANS_PER_REQUEST'], parse: int(1, 1_000_000), default: 50_000 },
  maxAttributesPerSpan: { env: ['SENTINEL_MAX_ATTRIBUTES_PER_SPAN'], parse: int(1, 100_000), default: 1_000 },
  maxAttributeValueLength: { env: ['SENTINEL_MAX_ATTRIBUTE_VALUE_LENGTH'], parse: int(64, 64 * 1024 * 1024), default: 256 * 1024 },
  retention: { env: ['SENTINEL_RETENTION'], parse: duration, default: DEFAULT_RETENTION_MS },
  durability: { env: ['SENTINEL_DURABILITY'], parse: oneOf(['normal', 'full']), default: 'normal' },
  logLevel: { env: ['SENTINEL_LOG_LEVEL'], parse: oneOf(['debug', 'info', 'warn', 'error', 'silent']), default: 'info' },
  ingestKeys: { env: ['SENTINEL_INGEST_KEYS'], parse: text, default: undefined },
  ingestKeysFile: { env: ['SENTINEL_INGEST_KEYS_FILE'], parse: (v) => resolve(v), default: undefined },
  adminTokens: { env: ['SENTINEL_ADMIN_TOKENS', 'SENTINEL_ADMIN_TOKEN'], parse: text, default: undefined },
  readTokens: { env: ['SENTINEL_READ_TOKENS', 'SENTINEL_READ_TOKEN'], parse: text, default: undefined },
  detectors: { env: ['SENTINEL_DETECTORS'], parse: oneOf(['all', 'rules', 'scorer', 'none']), default: 'all' },
  scorerTargetFpr: { env: ['SENTINEL_SCORER_TARGET_FPR'], parse: num(0.000_001, 0.5), default: DEFAULT_SCORER_TARGET_FPR },
  scorerWarmup: { env: ['SENTINEL_SCORER_WARMUP'], parse: int(1, 1_000_000), default: DEFAULT_SCORER_WARMUP },
  scorerFreeze: { env: ['SENTINEL_SCORER_FREEZE'], parse: bool, default: false },
  scorerMetricDebounceMs: { env: ['SENTINEL_SCORER_METRIC_DEBOUNCE_MS'], parse: int(0, 600_000), default: DEFAULT_SCORER_METRIC_DEBOUNCE_MS },
  judgeBaseUrl: { env: judgeEnv('baseUrl'), parse: text, default: undefined },
  judgeApiKey: { env: judgeEnv('apiKey'), parse: text, default: undefined },
  judgeModel: { env: judgeEnv('model'), parse: text, default: undefined },
  judgeTemperature: { env: judgeEnv('temperature'), parse: num(0, 2), default: JUDGE_DEFAULTS.temperature },
  judgeTimeoutMs: { env: judgeEnv('timeoutMs'), parse: int(100, 600_000), default: JUDGE_DEFAULTS.timeoutMs },
  judgeMaxRetries: { env: judgeEnv('maxRetries'), parse: int(0, 10), default: JUDGE_DEFAULTS.maxRetries },
  judgeMaxConcurrency: { env: judgeEnv('maxConcurrency'), parse: int(1, 64), default: JUDGE_DEFAULTS.maxConcurrency },
  judgeCallsPerHour: { env: judgeEnv('callsPerHour'), parse: int(0, 1_000_000), default: JUDGE_DEFAULTS.callsPerHour },
  judgeTokensPerHour: { env: judgeEnv('tokensPerHour'), parse: int(0, 1_000_000_000), default: JUDGE_DEFAULTS.tokensPerHour },
  judgeMaxPromptTokens: { env: judgeEnv('maxPromptTokens'), parse: int(MIN_PROMPT_TOKENS, 200_000), default: JUDGE_DEFAULTS.maxPromptTokens },
  judgeMaxCompletionTokens: { env: judgeEnv('maxCompletionTokens'), parse: int(50, 32_000), default: JUDGE_DEFAULTS.maxCompletionTokens },
  judgeResponseFormat: { env: judgeEnv('responseFormat'), parse: oneOf(['auto', 'json_schema', 'json_object', 'none']), default: JUDGE_DEFAULTS.responseFormat },
  judgeMinSeverity: { env: ['SENTINEL_JUDGE_MIN_SEVERITY'], parse: oneOf(['info', 'low', 'medium', 'high', 'critical']), default: 'high' },
  // The session score is calibrated (1 − share of normal sessions scoring as high): 0.99 sends ~1% of normal sessions.
  judgeScoreThreshold: { env: ['SENTINEL_JUDGE_SCORE_THRESHOLD'], parse: num(0, 1), default: 0.99 },
  judgeQueueSize: { env: ['SENTINEL_JUDGE_QUEUE_SIZE'], parse: int(1, 100_000), default: DEFAULT_JUDGE_QUEUE_SIZE },
};

/**
 * Resolves the configuration. `flags` win over the environment; blank values count as unset.
 * Throws ValidationError naming the flag or variable on a bad value.
 */
export function loadConfig(flags: ConfigInput = {}, env: NodeJS.ProcessEnv = process.env): SentinelConfig {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(FIELDS) as [keyof SentinelConfig, Field][]) {
    const flag = flags[key];
    if (flag !== undefined && String(flag).trim() !== '') {
      out[key] = typeof flag === 'number' ? field.parse(String(flag), `--${flagName(key)}`) : field.parse(flag.trim(), `--${flagName(key)}`);
      continue;
    }
    const name = field.env.find((n) => env[n] !== undefined && env[n]!.trim() !== '');
    out[key] = name ? field.parse(env[name]!.trim(), name) : field.default;
  }
  const config = out as unknown as SentinelConfig;
  // A live session's stored activity is at most its idle time old; retention shorter than that could delete one.
  if (config.retention > 0 && config.retention <= config.sessionIdleMs) {
    throw new ValidationError(`loadConfig: retention (${config.retention} ms) must be longer than the session idle time (session-idle-ms, ${config.sessionIdleMs} ms): a session still open could otherwise be deleted`);
  }
  return config;
}

export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** The `serve` flag of a config key: its kebab-case unless the field names another. */
export function flagName(key: keyof SentinelConfig): string {
  return FIELDS[key].flag ?? kebab(key);
}

/** Config keys, each settable by a `serve` flag (flagName) and by environment variables. */
export const CONFIG_KEYS = Object.keys(FIELDS) as (keyof SentinelConfig)[];
