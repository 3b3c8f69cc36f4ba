// The judge client: sends a case to an OpenAI-compatible endpoint and returns a schema-checked verdict or an error value.
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { CaseFile } from './case-file.ts';
import { boundedFetch, chatCall, type ChatFailure, type ChatReply } from './chat-call.ts';
import type { JudgeConfig, ResponseFormatMode } from './config.ts';
import { buildPrompt, type PromptMessage } from './prompt.ts';
import { estimateTokens } from './tokens.ts';
import { VERDICT_JSON_SCHEMA, parseVerdict, type Verdict } from './verdict.ts';

export interface JudgeTokens {
  prompt: number;
  completion: number;
  total: number;
}

export type JudgeResult =
  | { ok: true; verdict: Verdict; model: string; latencyMs: number; tokens: JudgeTokens; attempts: number }
  | { ok: false; error: string; model: string; latencyMs: number; tokens: JudgeTokens; attempts: number };

/** What the client needs of a case: the escaped JSON, and the ids a verdict may implicate. */
export type JudgeCase = Pick<CaseFile, 'json' | 'spanIds' | 'agents'>;

/** Sent after a reply that failed the schema. Generic on purpose: it never echoes the reply (which the case may have steered). */
export const REPAIR_MESSAGE =
  'Your previous reply was not a valid verdict. Reply again with only the JSON object described in the system prompt: exactly the fields verdict, category, confidence (a number from 0 to 1), rationale, implicatedAgents, implicatedSpans, recommendedAction.';

type Format = Exclude<ResponseFormatMode, 'auto'>;
const FORMAT_LADDER: Format[] = ['json_schema', 'json_object', 'none'];

/**
 * @example
 * const judge = new JudgeClient(config);
 * const r = await judge.judge(buildCaseFile(input, { maxTokens }));
 * if (r.ok) r.verdict.verdict; else r.error;
 */
export class JudgeClient {
  private readonly openai: OpenAI;
  /** The response format the endpoint accepted last (auto mode remembers it, so a 400 is paid once). */
  private format: Format;
  /** Endpoint quirks learned from 400s: newer OpenAI models reject `max_tokens` and non-default temperatures. */
  private useMaxCompletionTokens = false;
  private omitTemperature = false;

  constructor(
    readonly config: JudgeConfig,
    private readonly opts: { sleep?: (ms: number) => Promise<void> } = {},
  ) {
    // Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the client insists on one.
    this.openai = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey || 'sentinel-no-key', timeout: config.timeoutMs, maxRetries: 0, fetch: boundedFetch() });
    this.format = config.responseFormat === 'auto' ? 'json_schema' : config.responseFormat;
  }

  /** The response format in use now (for the health endpoint). */
  get responseFormat(): string {
    return this.format;
  }

  /** Judges one case. Never throws: transport and schema failures come back as `{ ok: false, error }`. */
  async judge(c: JudgeCase, opts: { nonce?: string; signal?: AbortSignal } = {}): Promise<JudgeResult> {
    const started = performance.now();
    const prompt = buildPrompt(c.json, opts.nonce);
    const tokens: JudgeTokens = { prompt: 0, completion: 0, total: 0 };
    let attempts = 0;
    let model = this.config.model;
    let lastError = '';
    const done = (r: { ok: true; verdict: Verdict } | { ok: false; error: string }): JudgeResult => ({ ...r, model, latencyMs: Math.round(performance.now() - started), tokens, attempts });
    // A reply that fails the schema gets one more chance, with a generic reminder.
    for (const messages of [prompt.messages, [...prompt.messages, { role: 'user' as const, content: REPAIR_MESSAGE }]]) {
      attempts++;
      const reply = await this.complete(messages, opts.signal);
      if (!reply.ok) return done({ ok: false, error: `${reply.kind}: ${reply.message}` });
      model = reply.model;
      const used = reply.usage ?? {};
      const promptTokens = used.prompt ?? messages.reduce((n, m) => n + estimateTokens(m.content), 0);
      const completionTokens = used.completion ?? estimateTokens(reply.content ?? '');
      tokens.prompt += promptTokens;
      tokens.completion += completionTokens;
      tokens.total += used.total ?? promptTokens + completionTokens;
      if (reply.refusal) return done({ ok: false, error: 'refusal: the model declined to judge the case' });
      const parsed = parseVerdict(reply.content);
      if (parsed.ok) return done({ ok: true, verdict: ground(parsed.verdict, c) });
      lastError = parsed.error;
    }
    return done({ ok: false, error: `invalid_reply: ${lastError} (after a retry)` });
  }

  /** One logical call: steps down the response-format ladder and adapts to known parameter quirks on a 400. */
  private async complete(messages: PromptMessage[], signal: AbortSignal | undefined): Promise<ChatReply | ChatFailure> {
    const ladder = this.config.responseFormat === 'auto' ? FORMAT_LADDER.slice(FORMAT_LADDER.indexOf(this.format)) : [this.format];
    let last: ChatFailure | undefined;
    for (let i = 0, quirks = 0; i < ladder.length; ) {
      const r = await chatCall(this.openai, this.body(messages, ladder[i]), { timeoutMs: this.config.timeoutMs, maxRetries: this.config.maxRetries, signal, sleep: this.opts.sleep });
      if (r.ok) {
        this.format = ladder[i];
        return r;
      }
      last = r;
      if (r.status !== 400 && r.status !== 422) return r;
      if (quirks < 2 && this.learnQuirk(r.message)) {
        quirks++;
        continue;
      }
      i++;
    }
    return last!;
  }

  private learnQuirk(message: string): boolean {
    if (!this.useMaxCompletionTokens && /max_tokens/.test(message) && /max_completion_tokens/.test(message)) return (this.useMaxCompletionTokens = true);
    if (!this.omitTemperature && /temperature/.test(message)) return (this.omitTemperature = true);
    return false;
  }

  private body(messages: PromptMessage[], format: Format): ChatCompletionCreateParamsNonStreaming {
    const body: ChatCompletionCreateParamsNonStreaming = { model: this.config.model, messages };
    if (!this.omitTemperature) body.temperature = this.config.temperature;
    if (this.useMaxCompletionTokens) body.max_completion_tokens = this.config.maxCompletionTokens;
    else body.max_tokens = this.config.maxCompletionTokens;
    if (format === 'json_schema') body.response_format = { type: 'json_schema', json_schema: { name: 'sentinel_verdict', strict: true, schema: VERDICT_JSON_SCHEMA as unknown as Record<string, unknown> } };
    else if (format === 'json_object') body.response_format = { type: 'json_object' };
    return body;
  }
}

/** Keeps only agents and spans the case contains: a verdict cannot implicate what it was not shown (or what an injection named). */
function ground(v: Verdict, c: JudgeCase): Verdict {
  const agents = new Set(c.agents);
  const spans = new Set(c.spanIds);
  const agentName = (a: string) => (a.startsWith('agent:') ? a.slice(6) : a);
  return {
    ...v,
    implicatedAgents: [...new Set(v.implicatedAgents.map(agentName))].filter((a) => agents.has(a)),
    implicatedSpans: [...new Set(v.implicatedSpans)].filter((s) => spans.has(s)),
  };
}
