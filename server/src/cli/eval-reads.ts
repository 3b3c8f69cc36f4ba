// What `sentinel eval` reads back from the server it replayed into: the labeled sessions, and the policy it runs on.
import { SentinelError, ValidationError } from '@sentinel/graph';
import type { Health } from '../contract/api-types.ts';
import type { CorpusRow } from './corpus.ts';

export type ApiGet = <T>(path: string) => Promise<T>;

/** GET on the server's API: the JSON answer, or a one-line SentinelError naming the path and the status. */
export function apiGetter(url: string, headers: Record<string, string>): ApiGet {
  return async <T>(path: string): Promise<T> => {
    let res: Response;
    try {
      res = await fetch(url + path, { headers });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause;
      throw new SentinelError(`eval: GET ${url}${path}: ${cause?.code ?? (err as Error).message} (is Sentinel running there? check --server)`, { cause: err });
    }
    if (!res.ok) throw await httpError(path, res);
    return (await res.json()) as T;
  };
}

/** The status and the server's reason (`{error, message}`), in one line. */
async function httpError(path: string, res: Response): Promise<SentinelError> {
  const message = ((await res.json().catch(() => undefined)) as { message?: string } | undefined)?.message;
  return new SentinelError(`eval: GET ${path}: HTTP ${res.status}${message ? `: ${message}` : ''}`);
}

/** How long a session may stay missing while no other one appears: every span was acknowledged as stored before this. */
const QUIET_MS = 3_000;
/** The longest wait for the sessions to appear while some still do. */
const MAX_WAIT_MS = 20_000;
const POLL_MS = 100;
/** Session lookups in flight at once: a corpus holds hundreds. */
const LOOKUPS = 16;

/**
 * Waits until the session of every row is stored, then throws a ValidationError naming the rows whose id no span of
 * their trace carries as its session id (scoring them would count an empty run: recall and false positives both off).
 * Asked per row, not only of the last few: a wrong id anywhere in labels.jsonl was a 404 stack trace while reading alerts.
 */
export async function awaitLabeledSessions(url: string, headers: Record<string, string>, rows: CorpusRow[], labelsFile: string): Promise<void> {
  let missing = rows;
  const start = Date.now();
  let lastFound = start;
  while (missing.length > 0) {
    const found = new Set<CorpusRow>();
    for (let i = 0; i < missing.length; i += LOOKUPS) {
      const chunk = missing.slice(i, i + LOOKUPS);
      const ok = await Promise.all(chunk.map((r) => sessionStored(url, headers, r.label.id)));
      chunk.forEach((r, j) => ok[j] && found.add(r));
    }
    const now = Date.now();
    if (found.size > 0) lastFound = now;
    missing = missing.filter((r) => !found.has(r));
    if (missing.length === 0 || now - lastFound >= QUIET_MS || now - start >= MAX_WAIT_MS) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  if (missing.length === 0) return;
  const [first] = missing;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more rows: ${missing.slice(1, 6).map((r) => `line ${r.line}`).join(', ')}${missing.length > 6 ? ', …' : ''})` : '';
  throw new ValidationError(
    `eval: ${labelsFile} line ${first.line}: id ${JSON.stringify(first.label.id)} is no session of ${first.label.file}: no span of its trace carries it as its session id${more}`,
  );
}

async function sessionStored(url: string, headers: Record<string, string>, id: string): Promise<boolean> {
  const path = `/api/sessions/${encodeURIComponent(id)}`;
  const res = await fetch(url + path, { headers });
  // Anything but found or not found (401, 500) would be the answer to every read: said at once, not waited out.
  if (res.status !== 404 && !res.ok) throw await httpError(path, res);
  await res.body?.cancel();
  return res.ok;
}

/** The policy a running server applies (`--server`): its file, or that it runs on inferred defaults. */
export async function serverPolicy(get: ApiGet): Promise<string> {
  const { policy } = await get<Health>('/api/health');
  return policy.mode === 'policy' && policy.path ? `its policy: ${policy.path}` : 'its policy: none, inferred defaults';
}
