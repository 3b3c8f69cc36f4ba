// One chat-completions call through the `openai` client, with bounded retries of transient failures; failures are values, never throws.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, type OpenAI } from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';

export interface ChatReply {
  ok: true;
  content: string | null;
  refusal: string | null;
  model: string;
  usage?: { prompt?: number; completion?: number; total?: number };
}

export interface ChatFailure {
  ok: false;
  /** `timeout`, `connection`, `http_<status>`, `invalid_reply` (a 200 that is no chat completion) or `aborted`. */
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
      const res: unknown = await client.chat.completions.create(body, { timeout: opts.timeoutMs, maxRetries: 0, signal });
      const odd = notACompletion(res);
      if (odd) return { ok: false, kind: 'invalid_reply', message: odd };
      const message = (res as ChatCompletion).choices[0].message;
      const { model, usage } = res as ChatCompletion;
      const reply: ChatReply = { ok: true, content: message?.content ?? null, refusal: message?.refusal ?? null, model: model || body.model };
      if (usage) reply.usage = { prompt: usage.prompt_tokens, completion: usage.completion_tokens, total: usage.total_tokens };
      return reply;
    } catch (err) {
      const failure = classify(err, opts.signal, client.apiKey ?? "");
      const retryable = failure.kind === 'timeout' || failure.kind === 'connection' || (failure.status !== undefined && (failure.status === 408 || failure.status === 409 || failure.status === 429 || failure.status >= 500));
      if (!retryable || attempt >= opts.maxRetries) return failure;
      await sleep(backoff(attempt, err));
      if (opts.signal?.aborted) return { ok: false, kind: 'aborted', message: 'the call was cancelled' };
    }
  }
}

/**
 * Why a 200's body is no chat completion the judge can read, or undefined: a proxy's login page or a web UI at the
 * base URL (the client hands back text), no choices, a tool call where text was asked for.
 */
function notACompletion(res: unknown): string | undefined {
  if (typeof res !== 'object' || res === null || !Array.isArray((res as { choices?: unknown }).choices)) {
    const head = typeof res === 'string' ? `: ${JSON.stringify(res.replace(/\s+/g, ' ').slice(0, 80))}` : '';
    return `the endpoint's answer is not a chat completion (is the base URL the API's, ending in /v1?)${head}`;
  }
  const choices = (res as ChatCompletion).choices;
  if (choices.length === 0) return 'the endpoint answered with no choices';
  const message = choices[0]?.message;
  if (!message?.content && !message?.refusal && (message?.tool_calls?.length ?? 0) > 0) return 'the model answered with a tool call, not the verdict as text';
  return undefined;
}

function classify(err: unknown, signal: AbortSignal | undefined, apiKey: string): ChatFailure {
  // Endpoint error text is stored on alerts and shown in /api/health: a proxy may echo the key it was sent.
  const text = (m: string) => redact(m, apiKey).replace(/\s+/g, ' ').slice(0, MAX_MESSAGE);
  if (signal?.aborted) return { ok: false, kind: 'aborted', message: 'the call was cancelled' };
  // Our own deadline surfaces as a user abort; the client's as a timeout error; one that ends a body still trickling
  // in, as the fetch's own AbortError.
  const name = (err as Error | undefined)?.name;
  if (err instanceof APIConnectionTimeoutError || err instanceof APIUserAbortError || name === 'AbortError' || name === 'TimeoutError') {
    return { ok: false, kind: 'timeout', message: 'the judge endpoint did not answer in time' };
  }
  const tooLarge = [err, (err as { cause?: unknown })?.cause].find((e) => e instanceof ReplyTooLargeError);
  if (tooLarge) return { ok: false, kind: 'invalid_reply', message: (tooLarge as Error).message };
  // A 200 whose body is cut or is not JSON: a bad reply, not a connection problem, and not made better by asking again.
  if (err instanceof SyntaxError) return { ok: false, kind: 'invalid_reply', message: text(`the endpoint's answer is not valid JSON: ${err.message}`) };
  if (err instanceof APIConnectionError) return { ok: false, kind: 'connection', message: text(`cannot reach the judge endpoint: ${(err.cause as Error | undefined)?.message ?? err.message}`) };
  if (err instanceof APIError && err.status !== undefined) return { ok: false, kind: `http_${err.status}`, status: err.status, message: text(err.message) };
  return { ok: false, kind: 'connection', message: text((err as Error)?.message ?? String(err)) };
}

/** Longest answer read from the endpoint: a verdict is a few KB, and a fast endpoint sending MBs must not grow the server's memory. */
export const MAX_REPLY_BYTES = 1 << 20;

export class ReplyTooLargeError extends Error {
  constructor(max: number) {
    super(`the endpoint's answer is over ${max} bytes: no verdict is that long`);
  }
}

/** `fetch` that stops reading an answer past `max` bytes (declared or streamed), for the openai client. */
export function boundedFetch(max = MAX_REPLY_BYTES): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    if (!res.body) return res;
    if (Number(res.headers.get('content-length')) > max) {
      await res.body.cancel();
      throw new ReplyTooLargeError(max);
    }
    let seen = 0;
    const limited = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, out) {
          seen += chunk.byteLength;
          if (seen > max) out.error(new ReplyTooLargeError(max));
          else out.enqueue(chunk);
        },
      }),
    );
    return new Response(limited, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

function redact(message: string, key: string): string {
  return key.length >= 8 ? message.split(key).join('[the API key]') : message;
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
