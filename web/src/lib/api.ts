// The REST client: one fetch wrapper so errors come back as `{error, message}` and auth can be added in one place.
import type { Alert, AlertStatus, Health, Page, SessionSummary, SpanView, TimelineEntry } from './types.ts';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from './types.ts';
import { authHeaders } from './token.ts';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

/** Builds `path?query`, dropping blank values (blank means unset, as on the server). */
export function withQuery(path: string, q: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '' && v !== false) p.set(k, String(v));
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      signal,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...authHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiRequestError(0, 'network_error', `Sentinel is not reachable (${(err as Error).message})`);
  }
  if (!res.ok) {
    let code = `http_${res.status}`;
    let message = `${method} ${path} failed with ${res.status}`;
    try {
      const e = (await res.json()) as { error?: unknown; message?: unknown };
      if (typeof e.error === 'string') code = e.error;
      if (typeof e.message === 'string') message = e.message;
    } catch {
      // Not JSON (a proxy's error page): keep the generic message.
    }
    throw new ApiRequestError(res.status, code, message);
  }
  return (await res.json()) as T;
}

const seg = encodeURIComponent;

export const api = {
  health: () => request<Health>('GET', '/api/health'),
  apps: () => request<string[]>('GET', '/api/apps'),
  sessions: (q: Query, signal?: AbortSignal) => request<Page<SessionSummary>>('GET', withQuery('/api/sessions', q), undefined, signal),
  session: (id: string) => request<SessionSummary>('GET', `/api/sessions/${seg(id)}`),
  graph: (id: string) => request<SerializedGraph<NodeAttributes, EdgeAttributes>>('GET', `/api/sessions/${seg(id)}/graph`),
  timeline: (id: string) => request<TimelineEntry[]>('GET', `/api/sessions/${seg(id)}/timeline`),
  spans: (id: string, raw = false) => request<SpanView[]>('GET', withQuery(`/api/sessions/${seg(id)}/spans`, { raw: raw ? 1 : undefined })),
  sessionAlerts: (id: string) => request<Alert[]>('GET', `/api/sessions/${seg(id)}/alerts`),
  exportSession: (id: string) => request<unknown>('GET', `/api/sessions/${seg(id)}/export`),
  askJudge: (id: string) => request<{ queued: boolean; reason?: string }>('POST', `/api/sessions/${seg(id)}/judge`, {}),
  alerts: (q: Query, signal?: AbortSignal) => request<Page<Alert>>('GET', withQuery('/api/alerts', q), undefined, signal),
  alert: (id: string) => request<Alert>('GET', `/api/alerts/${seg(id)}`),
  setAlertStatus: (id: string, status: AlertStatus) => request<Alert>('PATCH', `/api/alerts/${seg(id)}`, { status }),
};

/** A readable message for any error thrown by `api`. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiRequestError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
