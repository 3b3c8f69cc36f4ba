// Finding and sending OTLP files: shared by `sentinel replay` and `sentinel eval`.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { SentinelError, ValidationError } from '@sentinel/graph';
import { countExportSpans, decodeExportResponse, decodeStatusMessage, formatOf, type OtlpFormat } from '../otlp/index.ts';

export interface ReplayFile {
  path: string;
  contentType: 'application/json' | 'application/x-protobuf';
  gzip: boolean;
}

const PROTOBUF_EXT = /\.(pb|bin|binpb|protobuf)$/;

export function classify(path: string): ReplayFile | undefined {
  const gzip = path.endsWith('.gz');
  const base = gzip ? path.slice(0, -3) : path;
  if (base.endsWith('.json')) return { path, contentType: 'application/json', gzip };
  if (PROTOBUF_EXT.test(base)) return { path, contentType: 'application/x-protobuf', gzip };
  return undefined;
}

/** Expands files and directories (recursively) into the OTLP files they hold, sorted by path. */
export async function findOtlpFiles(inputs: string[]): Promise<ReplayFile[]> {
  const out: ReplayFile[] = [];
  const walk = async (p: string, explicit: boolean): Promise<void> => {
    const st = await stat(p).catch(() => undefined);
    if (!st) throw new ValidationError(`replay: no such file or directory: ${p}`);
    if (st.isDirectory()) {
      for (const name of (await readdir(p)).sort()) await walk(join(p, name), false);
      return;
    }
    const f = classify(p);
    if (f) out.push(f);
    else if (explicit) throw new ValidationError(`replay: ${p} is not an OTLP file (expected .json, .pb, .bin, .protobuf, optionally .gz)`);
  };
  for (const i of inputs) await walk(i, true);
  return out;
}

/**
 * Tries of one file after a retryable answer (429, 502, 503, 504: the ones OTLP/HTTP says to retry).
 * Sentinel answers 503 + Retry-After while its ingest queue drains, so a large replay may meet a few
 * in a row; more than this means the server is not coming back soon, and the file is reported.
 */
/**
 * The request headers of a command that sends to Sentinel: `OTEL_EXPORTER_OTLP_TRACES_HEADERS`, else
 * `OTEL_EXPORTER_OTLP_HEADERS` (`name=value,name=value`, values percent-encoded, as the OpenTelemetry SDKs read them:
 * what the server's 401 advises for an ingest key), then each `--header name=value`, which wins.
 */
export function requestHeaders(command: string, flags: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const headers: Record<string, string> = {};
  const fromEnv = env.OTEL_EXPORTER_OTLP_TRACES_HEADERS?.trim() || env.OTEL_EXPORTER_OTLP_HEADERS?.trim();
  for (const pair of fromEnv ? fromEnv.split(',') : []) {
    const i = pair.indexOf('=');
    if (i <= 0) throw new ValidationError(`${command}: OTEL_EXPORTER_OTLP_HEADERS must be name=value pairs separated by commas, got ${JSON.stringify(pair)}`);
    let value = pair.slice(i + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // not percent-encoded: taken as written
    }
    headers[pair.slice(0, i).trim().toLowerCase()] = value;
  }
  for (const h of flags) {
    const i = h.indexOf('=');
    if (i <= 0) throw new ValidationError(`${command}: --header must be name=value, got ${JSON.stringify(h)}`);
    headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
  }
  return headers;
}

export const REPLAY_MAX_RETRIES = 10;
/** Longest wait between tries, whatever Retry-After asks: a replay should fail, not sleep for an hour. */
const MAX_RETRY_WAIT_S = 30;
/** Default time one request may take (connect to last byte of the answer); `--timeout` changes it. */
export const DEFAULT_REPLAY_TIMEOUT_S = 30;

const RETRYABLE = new Set([429, 502, 503, 504]);
const MESSAGE_CHARS = 500;

export interface SendOptions {
  /** Extra request headers (lowercase names), e.g. an ingest key. */
  headers?: Record<string, string>;
  /** Per request; default DEFAULT_REPLAY_TIMEOUT_S. */
  timeoutMs?: number;
  /** Ends the send early (another file failed in a way every file would). */
  signal?: AbortSignal;
  /** What sets the endpoint, for the message when it cannot be reached: replay's `--endpoint` (default) or eval's `--server`. */
  endpointFlag?: '--endpoint' | '--server';
}

export interface SendResult {
  file: string;
  /** Status of the server's last answer. */
  status: number;
  /** Spans the file holds; undefined when it cannot be read as OTLP (the server's answer says why). */
  spans?: number;
  rejectedSpans: number;
  /** The server's error or partial-success message. */
  message?: string;
}

/**
 * Posts one file to `${endpoint}/v1/traces` as it is (no re-encoding), retrying where OTLP says to.
 * Throws SentinelError when the server cannot be reached or does not answer within the timeout:
 * every other file would fail the same way.
 */
export async function sendFile(endpoint: string, f: ReplayFile, opts: SendOptions = {}): Promise<SendResult> {
  const body = await readFile(f.path);
  const format: OtlpFormat = f.contentType === 'application/json' ? 'json' : 'protobuf';
  const spans = await spansIn(format, body, f.gzip);
  const h: Record<string, string> = { 'content-type': f.contentType, ...opts.headers };
  if (f.gzip) h['content-encoding'] = 'gzip';
  // The endpoint is a base URL (OTEL_EXPORTER_OTLP_ENDPOINT); one given with the signal's path already means the same.
  const url = `${endpoint.replace(/\/+$/, '').replace(/\/v1\/traces$/, '')}/v1/traces`;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_REPLAY_TIMEOUT_S * 1000;
  for (let attempt = 0; ; attempt++) {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let status: number;
    let retryAfter: string | null;
    let answer: Uint8Array;
    let answerFormat: OtlpFormat;
    try {
      const res = await fetch(url, { method: 'POST', headers: h, body, signal });
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      answerFormat = formatOf(res.headers.get('content-type') ?? undefined) ?? format;
      answer = new Uint8Array(await res.arrayBuffer());
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      if (timeout.aborted) {
        throw new SentinelError(`${f.path}: no answer within ${timeoutMs / 1000} s from ${url} (it took the connection but did not reply; --timeout sets the limit)`, { cause: err });
      }
      // No answer at all (refused, unknown host, reset): every other file would fail the same way.
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new SentinelError(`${f.path}: cannot reach ${url}: ${cause?.code ?? cause?.message ?? (err as Error).message} (is Sentinel running there? ${opts.endpointFlag === '--server' ? 'check --server' : 'set --endpoint or OTEL_EXPORTER_OTLP_ENDPOINT'})`, { cause: err });
    }
    if (RETRYABLE.has(status) && attempt < REPLAY_MAX_RETRIES) {
      await sleep(retryDelayS(retryAfter, attempt) * 1000, undefined, { signal: opts.signal });
      continue;
    }
    return { file: f.path, status, spans, ...outcomeOf(status, answerFormat, answer) };
  }
}

/** Spans in the file, or undefined when it is not readable OTLP (it is sent anyway, for the server's reason). */
async function spansIn(format: OtlpFormat, body: Buffer, gzip: boolean): Promise<number | undefined> {
  try {
    return countExportSpans(format, gzip ? await promisify(gunzip)(body) : body);
  } catch {
    return undefined;
  }
}

function outcomeOf(status: number, format: OtlpFormat, answer: Uint8Array): Pick<SendResult, 'rejectedSpans' | 'message'> {
  const text = () => Buffer.from(answer).toString('utf8').slice(0, MESSAGE_CHARS);
  try {
    if (status < 200 || status >= 300) return { rejectedSpans: 0, message: decodeStatusMessage(format, answer)?.slice(0, MESSAGE_CHARS) ?? text() };
    const outcome = decodeExportResponse(format, answer);
    return { rejectedSpans: outcome.rejectedSpans, ...(outcome.errorMessage ? { message: outcome.errorMessage.slice(0, MESSAGE_CHARS) } : {}) };
  } catch {
    // Not an OTLP answer (a proxy's HTML page, a collector's "OK"): show what it said.
    return { rejectedSpans: 0, message: text() };
  }
}

/** Seconds to wait before try `attempt + 1`: Retry-After (seconds or an HTTP date), else 1, 2, 4, … s. */
function retryDelayS(retryAfter: string | null, attempt: number): number {
  const backoff = Math.min(2 ** attempt, MAX_RETRY_WAIT_S);
  if (retryAfter === null || retryAfter.trim() === '') return backoff;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, MAX_RETRY_WAIT_S);
  const at = Date.parse(retryAfter);
  return Number.isNaN(at) ? backoff : Math.min(Math.max(0, (at - Date.now()) / 1000), MAX_RETRY_WAIT_S);
}

/**
 * Sends files with bounded concurrency; calls `progress` after each. When one send throws (server
 * unreachable or silent), the others in flight are aborted and that error is thrown.
 */
export async function sendAll(endpoint: string, files: ReplayFile[], concurrency: number, opts: SendOptions & { progress?: (r: SendResult) => void } = {}): Promise<SendResult[]> {
  const results: SendResult[] = new Array(files.length);
  const stop = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
  let next = 0;
  const worker = async () => {
    while (next < files.length && !signal.aborted) {
      const i = next++;
      try {
        results[i] = await sendFile(endpoint, files[i], { ...opts, signal });
      } catch (err) {
        stop.abort(err);
        throw err;
      }
      opts.progress?.(results[i]);
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw stop.signal.aborted ? stop.signal.reason : failed.reason;
  return results;
}
