// `sentinel replay <file|dir>...`: sends OTLP JSON or protobuf files to a running server.
import { parseArgs } from 'node:util';
import { ValidationError } from '@sentinel/graph';
import { DEFAULT_HTTP_PORT } from '../config.ts';
import { findOtlpFiles, sendAll } from './replay-files.ts';

export async function replayCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { endpoint: { type: 'string' }, concurrency: { type: 'string' }, header: { type: 'string', multiple: true } },
    });
  } catch (err) {
    throw new ValidationError(`replay: ${(err as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new ValidationError('replay: give at least one file or directory');
  const endpoint = values.endpoint ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? `http://127.0.0.1:${DEFAULT_HTTP_PORT}`;
  const concurrency = Number(values.concurrency ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new ValidationError('replay: --concurrency must be an integer in [1, 64]');
  const headers: Record<string, string> = {};
  for (const h of values.header ?? []) {
    const i = h.indexOf('=');
    if (i <= 0) throw new ValidationError(`replay: --header must be name=value, got ${JSON.stringify(h)}`);
    headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
  }
  const files = await findOtlpFiles(positionals);
  if (files.length === 0) throw new ValidationError(`replay: no OTLP files found in ${positionals.join(', ')}`);
  const results = await sendAll(endpoint, files, concurrency, headers);
  let failed = 0;
  let rejected = 0;
  for (const r of results) {
    rejected += r.rejectedSpans;
    if (r.status >= 300) {
      failed++;
      process.stderr.write(`${r.file}: HTTP ${r.status} ${r.message ?? ''}\n`);
    } else if (r.rejectedSpans > 0) process.stderr.write(`${r.file}: ${r.rejectedSpans} spans rejected: ${r.message ?? ''}\n`);
  }
  process.stdout.write(`replayed ${files.length - failed}/${files.length} files to ${endpoint}` + (rejected ? `, ${rejected} spans rejected` : '') + '\n');
  return failed > 0 ? 1 : 0;
}
