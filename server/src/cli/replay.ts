// `sentinel replay <file|dir>...`: sends OTLP JSON or protobuf files to a running server.
import { parseArgs } from 'node:util';
import { ValidationError } from '@sentinel/graph';
import { DEFAULT_HTTP_PORT } from '../config.ts';
import { DEFAULT_REPLAY_TIMEOUT_S, findOtlpFiles, requestHeaders, sendAll, type SendResult } from './replay-files.ts';

/** An hour: longer than any answer worth waiting for, short enough to catch a unit mistake (ms given as s). */
const MAX_TIMEOUT_S = 3600;

export async function replayCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { endpoint: { type: 'string' }, concurrency: { type: 'string' }, header: { type: 'string', multiple: true }, timeout: { type: 'string' } },
    });
  } catch (err) {
    throw new ValidationError(`replay: ${(err as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new ValidationError('replay: give at least one file or directory');
  const endpoint = set(values.endpoint) ?? set(process.env.OTEL_EXPORTER_OTLP_ENDPOINT) ?? `http://127.0.0.1:${DEFAULT_HTTP_PORT}`;
  const concurrency = Number(values.concurrency ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new ValidationError('replay: --concurrency must be an integer in [1, 64]');
  const timeoutMs = timeoutOf(values.timeout);
  const headers = requestHeaders('replay', values.header);
  const files = await findOtlpFiles(positionals);
  if (files.length === 0) throw new ValidationError(`replay: no OTLP files found in ${positionals.join(', ')}`);
  const results = await sendAll(endpoint, files, concurrency, { headers, timeoutMs });
  let whole = 0;
  let rejected = 0;
  for (const r of results) {
    rejected += r.rejectedSpans;
    const problem = problemOf(r);
    if (problem) process.stderr.write(`${r.file}: ${problem}\n`);
    else {
      whole++;
      if (r.message) process.stderr.write(`${r.file}: warning: ${r.message}\n`);
    }
  }
  process.stdout.write(`replayed ${whole}/${files.length} files to ${endpoint}` + (rejected ? `, ${rejected} spans rejected` : '') + '\n');
  return whole < files.length ? 1 : 0;
}

/**
 * Why a file did not arrive whole, or undefined when it did (a message with nothing rejected is a
 * warning: printed, not a failure). Some spans rejected counts as a failure: what replay promises is
 * that every span in the files is on the server, and a script must be able to tell when one is not.
 */
function problemOf(r: SendResult): string | undefined {
  const because = r.message ? `: ${r.message}` : '';
  if (r.status < 200 || r.status >= 300) return `HTTP ${r.status}${because}`;
  if (r.spans === 0) return 'no spans in this file (an OTLP trace file holds resourceSpans[].scopeSpans[].spans[])';
  if (r.rejectedSpans === 0) return undefined;
  if (r.spans !== undefined && r.rejectedSpans >= r.spans) return `all ${r.rejectedSpans} spans rejected${because}`;
  return `${r.rejectedSpans} of ${r.spans ?? '?'} spans rejected${because}`;
}

/** --timeout in seconds, else OTEL_EXPORTER_OTLP_TRACES_TIMEOUT / OTEL_EXPORTER_OTLP_TIMEOUT in milliseconds (as OTel defines them). */
function timeoutOf(flag: string | undefined): number {
  const fromEnv = (name: string) => {
    const v = set(process.env[name]);
    return v === undefined ? undefined : { ms: Number(v), what: `${name}=${v} (milliseconds)` };
  };
  const t = set(flag) !== undefined ? { ms: Number(flag) * 1000, what: `--timeout ${flag} (seconds)` } : (fromEnv('OTEL_EXPORTER_OTLP_TRACES_TIMEOUT') ?? fromEnv('OTEL_EXPORTER_OTLP_TIMEOUT'));
  if (!t) return DEFAULT_REPLAY_TIMEOUT_S * 1000;
  if (!Number.isFinite(t.ms) || t.ms <= 0 || t.ms > MAX_TIMEOUT_S * 1000) throw new ValidationError(`replay: ${t.what} must be more than 0 and at most ${MAX_TIMEOUT_S} s`);
  return t.ms;
}

/** Blank means unset. */
function set(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}
