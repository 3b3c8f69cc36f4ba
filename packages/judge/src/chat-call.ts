// One chat-completions call through the `openai` client, with bounded retries of transient failures; failures are values, never throws.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, type OpenAI } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';

export interface ChatReply {
  ok: true;
  content: string | null;
  refusal: string | null;
  model: string;
  usage?: { prompt?: number; completion?: number; total?: number };
}

export interface ChatFailure {
  ok: false;
  /** `timeout`, `connection`, `http_<status>` or `aborted`. */
  kind: string;
  status?: number;
  message: string;
}

/** First backoff; doubles per retry. */
const BASE_BACKOFF_MS = 500;
/**
 * Longest wait between retries, also for a Retry-After that asks for more: a worker must not
 * sleep for an hour on a hostile or misconfigured endpoint (the openai client would obey it).
 */
export const MAX_BACKOFF_MS = 8_000;
/** Endpoint error text is stored on alerts: enough to diagnose, not a dump. */
const MAX_MESSAGE = 300;

export interface CallOptions {
  timeoutMs: number;
  maxRetries: number;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

/** Sends `body`; retries 408/409/429/5xx, timeouts and connection errors up to `maxRetries` times with capped backoff. */
export async function chatCall(client: OpenAI, body: ChatCompletionCreateParamsNonStreaming, opts: CallOptions): Promise<ChatReply | ChatFailure> {
  const sleep = opts.sleep ?? ((ms: number) => delay(ms, opts.signal));
  for (let attempt = 0; ; attempt++) {
    try {
      // The openai client's own retries are off (maxRetries: 0): they obey any Retry-After, unbounded.
      const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]) : AbortSignal.timeout(opts.timeoutMs);
      const res = await client.chat.completions.create(body, { timeout: opts.timeoutMs, maxRetries: 0, signal });
      const message = res.choices?.[0]?.message;
      const reply: ChatReply = { ok: true, content: message?.content ?? null, refusal: message?.refusal ?? null, model: res.model || body.model };
      if (res.usage) reply.usage = { prompt: res.usage.prompt_tokens, completion: res.usage.completion_tokens, total: res.usage.total_tokens };
      return reply;
    } catch (err) {
      const failure = classify(err, opts.signal);
      const retryable = failure.kind === 'timeout' || failure.kind === 'connection' || (failure.status !== undefined && (failure.status === 408 || failure.status === 409 || failure.status === 429 || failure.status >= 500));
      if (!retryable || attempt >= opts.maxRetries) return failure;
      await sleep(backoff(attempt, err));
      if (opts.signal?.aborted) return { ok: false, kind: 'aborted', message: 'the call was cancelled' };
    }
  }
}

function classify(err: unknown, signal: AbortSignal | undefined): ChatFailure {
  const text = (m: string) => m.replace(/\s+/g, ' ').slice(0, MAX_MESSAGE);
  if (signal?.aborted) return { ok: false, kind: 'aborted', message: 'the call was cancelled' };
  // Our own deadline surfaces as a user abort; the client's as a timeout error.
  if (err instanceof APIConnectionTimeoutError || err instanceof APIUserAbortError) return { ok: false, kind: 'timeout', message: 'the judge endpoint did not answer in time' };
  if (err instanceof APIConnectionError) return { ok: false, kind: 'connection', message: text(`cannot reach the judge endpoint: ${(err.cause as Error | undefined)?.message ?? err.message}`) };
  if (err instanceof APIError && err.status !== undefined) return { ok: false, kind: `http_${err.status}`, status: err.status, message: text(err.message) };
  return { ok: false, kind: 'connection', message: text((err as Error)?.message ?? String(err)) };
}

/** Exponential backoff with jitter, or the server's Retry-After (ms or s), never above MAX_BACKOFF_MS. */
export function backoff(attempt: number, err: unknown): number {
  const headers = err instanceof APIError ? (err.headers as Headers | undefined) : undefined;
  const ms = Number(headers?.get('retry-after-ms'));
  const s = Number(headers?.get('retry-after'));
  const asked = Number.isFinite(ms) && ms >= 0 && headers?.get('retry-after-ms') ? ms : Number.isFinite(s) && s >= 0 && headers?.get('retry-after') ? s * 1000 : undefined;
  const computed = BASE_BACKOFF_MS * 2 ** attempt * (0.75 + Math.random() * 0.25);
  return Math.min(asked ?? computed, MAX_BACKOFF_MS);
}

/** A wait that ends early when `signal` aborts, so shutdown does not sit out a backoff. */
function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
