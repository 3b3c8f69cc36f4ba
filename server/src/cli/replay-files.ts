// Finding and sending OTLP files: shared by `sentinel replay` and `sentinel eval`.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SentinelError, ValidationError } from '@sentinel/graph';

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

export interface SendResult {
  file: string;
  status: number;
  rejectedSpans: number;
  message?: string;
}

/** Posts one file to `${endpoint}/v1/traces` as it is (no re-encoding). Retries 429/503 after Retry-After. */
export async function sendFile(endpoint: string, f: ReplayFile, headers: Record<string, string> = {}): Promise<SendResult> {
  const body = await readFile(f.path);
  const h: Record<string, string> = { 'content-type': f.contentType, ...headers };
  if (f.gzip) h['content-encoding'] = 'gzip';
  for (let attempt = 0; ; attempt++) {
    const url = `${endpoint.replace(/\/$/, '')}/v1/traces`;
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers: h, body });
    } catch (err) {
      // No answer at all (refused, unknown host, reset): every other file would fail the same way.
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new SentinelError(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (err as Error).message} (is Sentinel running there? set --endpoint or OTEL_EXPORTER_OTLP_ENDPOINT)`, { cause: err });
    }
    if ((res.status === 429 || res.status === 503) && attempt < 20) {
      await res.arrayBuffer();
      const wait = Math.min(Number(res.headers.get('retry-after') ?? '1') || 1, 10);
      await new Promise((r) => setTimeout(r, wait * 1000));
      continue;
    }
    const result: SendResult = { file: f.path, status: res.status, rejectedSpans: 0 };
    const text = f.contentType === 'application/json' || !res.ok ? await res.text() : '';
    if (!res.ok) result.message = text.slice(0, 500);
    else if (text) {
      const parsed = JSON.parse(text) as { partialSuccess?: { rejectedSpans?: string | number; errorMessage?: string } };
      result.rejectedSpans = Number(parsed.partialSuccess?.rejectedSpans ?? 0);
      if (parsed.partialSuccess?.errorMessage) result.message = parsed.partialSuccess.errorMessage;
    } else await res.arrayBuffer();
    return result;
  }
}

/** Sends files with bounded concurrency; calls `progress` after each. */
export async function sendAll(endpoint: string, files: ReplayFile[], concurrency: number, headers: Record<string, string> = {}, progress?: (r: SendResult) => void): Promise<SendResult[]> {
  const results: SendResult[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await sendFile(endpoint, files[i], headers);
      progress?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  return results;
}
