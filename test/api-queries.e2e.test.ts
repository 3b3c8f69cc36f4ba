// The REST API as a person paging and triaging uses it: pages that hold while sessions and alerts arrive, an alert's
// status reflected in its session, time bounds read strictly, and methods answered as HTTP says.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, Page, SessionSummary } from '../server/src/contract/api-types.ts';
import { otlpJson } from './support/otlp-json.ts';
import { startTestServer, tempDir, waitFor, type TestServer } from './support/server.ts';

const POLICY = 'version: 1\napps:\n  paging-app:\n    defaultToolAccess: deny\n    agents:\n      clerk: { tools: [read_file] }\n';

let server: TestServer;
let n = 0;
beforeAll(async () => {
  const file = join(tempDir(), 'policy.yaml');
  writeFileSync(file, POLICY);
  server = await startTestServer({ policyPath: file });
});
afterAll(async () => {
  await server?.stop();
});

/** A session whose agent calls `tools` (each not in the allow-list raises unauthorized_tool). */
async function session(id: string, tools: string[]): Promise<void> {
  const hex = (++n).toString(16).padStart(4, '0');
  const t0 = BigInt(Date.now()) * 1_000_000n;
  const traceId = hex.repeat(8);
  const spans = [
    { traceId, spanId: `${hex}000000000000`, name: 'clerk', startNs: t0, endNs: t0 + 10_000_000n, attributes: { 'session.id': id, 'openinference.span.kind': 'AGENT', 'agent.name': 'clerk', 'input.value': 'Tidy my files.' } },
    ...tools.map((tool, i) => ({ traceId, spanId: `${hex}${String(i + 1).padStart(12, '0')}`, parentSpanId: `${hex}000000000000`, name: tool, startNs: t0 + BigInt(i + 1) * 1_000_000n, attributes: { 'session.id': id, 'openinference.span.kind': 'TOOL', 'tool.name': tool, 'input.value': '{}' } })),
  ];
  const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: otlpJson('paging-app', spans) });
  expect(res.status).toBe(200);
  await waitFor(async () => (await fetch(`${server.httpUrl}/api/sessions/${id}`)).ok, 10_000, id);
}

const api = (path: string, init?: RequestInit) => fetch(`${server.httpUrl}${path}`, init);

describe('paging', () => {
  it('gives no item twice and skips none of those there at the start while new sessions arrive between pages', async () => {
    for (let i = 0; i < 7; i++) await session(`page-${i}`, ['read_file']);
    const seen: string[] = [];
    let page = await server.get<Page<SessionSummary>>('/api/sessions?app=paging-app&limit=3');
    const before = page.total;
    seen.push(...page.items.map((s) => s.id));
    while (page.next) {
      await session(`arrived-${seen.length}`, ['read_file']);
      page = await server.get<Page<SessionSummary>>(`/api/sessions?app=paging-app&limit=3&cursor=${page.next}`);
      seen.push(...page.items.map((s) => s.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(before);
    expect(seen.filter((id) => id.startsWith('page-')).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `page-${i}`));
  });

  it('pages alerts the same way, bounded in time on both sides', async () => {
    await session('alerts-a', ['delete_file', 'wipe_disk', 'send_email', 'post_http']);
    const all = await waitFor(async () => {
      const p = await server.get<Page<Alert>>('/api/alerts?app=paging-app&category=unauthorized_tool&limit=500');
      return p.items.length >= 4 && p;
    });
    const ids: string[] = [];
    let page = await server.get<Page<Alert>>('/api/alerts?app=paging-app&category=unauthorized_tool&limit=2');
    ids.push(...page.items.map((a) => a.id));
    await session('alerts-b', ['format_disk']);
    while (page.next) {
      page = await server.get<Page<Alert>>(`/api/alerts?app=paging-app&category=unauthorized_tool&limit=2&cursor=${page.next}`);
      ids.push(...page.items.map((a) => a.id));
    }
    expect(ids.sort()).toEqual(all.items.map((a) => a.id).sort());
    const early = await server.get<Page<Alert>>('/api/alerts?until=2000-01-01');
    expect(early.items).toEqual([]);
  });

  it('refuses a cursor it did not hand out instead of starting again at page one', async () => {
    const res = await api('/api/sessions?cursor=garbage');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'validation_error', message: expect.stringMatching(/cursor/) });
  });

  it("refuses another list's cursor: an alerts cursor paged sessions (both hold a time and an id)", async () => {
    await session('cursor-a', ['delete_file', 'wipe_disk']);
    const alerts = await waitFor(async () => {
      const p = await server.get<Page<Alert>>('/api/alerts?limit=1');
      return p.next !== undefined && p;
    });
    const recent = await server.get<Page<SessionSummary>>('/api/sessions?limit=1');
    const risk = await server.get<Page<SessionSummary>>('/api/sessions?sort=risk&limit=1');
    for (const [path, cursor] of [
      ['/api/sessions', alerts.next],
      ['/api/sessions?sort=risk', alerts.next],
      ['/api/alerts', recent.next],
      ['/api/sessions?sort=risk', recent.next],
      ['/api/sessions', risk.next],
    ] as const) {
      const res = await api(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`);
      expect(res.status, `${path} with another list's cursor`).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'validation_error', message: expect.stringMatching(/not one this API returned for this list and sort/) });
    }
    // Each list still reads its own.
    expect((await api(`/api/sessions?limit=1&cursor=${recent.next}`)).status).toBe(200);
    expect((await api(`/api/alerts?limit=1&cursor=${alerts.next}`)).status).toBe(200);
  });
});

describe('triage', () => {
  it("recounts the session's open alerts and worst severity when its alerts are resolved", async () => {
    await session('triaged', ['delete_file']);
    const [alert] = (await waitFor(async () => (await server.get<Alert[]>('/api/sessions/triaged/alerts')).filter((a) => a.category === 'unauthorized_tool').length > 0 && server.get<Alert[]>('/api/sessions/triaged/alerts')));
    const before = await server.get<SessionSummary>('/api/sessions/triaged');
    expect(before.openAlerts).toBeGreaterThan(0);
    for (const a of await server.get<Alert[]>('/api/sessions/triaged/alerts')) {
      const res = await api(`/api/alerts/${a.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'resolved' }) });
      expect(res.status).toBe(200);
    }
    const after = await server.get<SessionSummary>('/api/sessions/triaged');
    expect(after.openAlerts).toBe(0);
    expect(after.maxSeverity).toBeUndefined();
    const open = await server.get<Page<SessionSummary>>('/api/sessions?app=paging-app&sort=risk&limit=500');
    expect(open.items.find((s) => s.id === 'triaged')?.openAlerts).toBe(0);
    expect(alert.status).toBe('open');
  });

  it('says when the body is not JSON (415), and which methods a route allows (405, OPTIONS)', async () => {
    const res = await api('/api/alerts/whatever', { method: 'PATCH', headers: { 'content-type': 'text/plain' }, body: '{"status":"resolved"}' });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ message: expect.stringMatching(/application\/json/) });
    // JSON that does not parse: a 400 that says so (it carried the parser's words alone).
    const broken = await api('/api/alerts/whatever', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{status: resolved}' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'validation_error', message: expect.stringMatching(/^the request body is not valid JSON: /) });
    const post = await api('/api/sessions', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toMatch(/GET/);
    expect(await post.json()).toEqual({ error: 'method_not_allowed', message: expect.stringMatching(/^POST \/api\/sessions: this route allows .*GET/) });
    const options = await api('/api/alerts/x', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toMatch(/PATCH/);
  });

  it('says a JSON body that is not an object must be one (null was "not valid JSON")', async () => {
    for (const body of ['null', '5', '"resolved"']) {
      const res = await api('/api/alerts/whatever', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body });
      expect(res.status, body).toBe(400);
      const { message } = (await res.json()) as { message: string };
      expect(message).toMatch(/^the request body must be a JSON object, not /);
      expect(message).not.toMatch(/not valid JSON/);
    }
  });

  it('answers a wrong method on /metrics as on every route: JSON 405 with Allow (it was the HTML 404 page)', async () => {
    const res = await api('/metrics', { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await res.json()).toMatchObject({ error: 'method_not_allowed', message: 'POST /metrics: Prometheus metrics are read with GET' });
    expect((await api('/metrics')).status).toBe(200);
    expect((await api('/metrics', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('time bounds', () => {
  it.each([
    ['hello 2099', /ISO 8601/],
    ['2026-02-30', /no such date/],
    ['1700000000', /seconds/],
    ['+275760-09-13T00:00:00Z', /ISO 8601/],
    ['-1', /ISO 8601/],
  ])('refuses since=%s with a reason', async (v, why) => {
    const res = await api(`/api/sessions?since=${encodeURIComponent(v)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(why);
  });

  it('reads an ISO date, a time without a zone as UTC, and epoch milliseconds', async () => {
    for (const v of ['2026-01-01', '2026-01-01T10:00', '2026-01-01T10:00:00+02:00', '1767225600000']) expect((await api(`/api/sessions?since=${encodeURIComponent(v)}`)).status).toBe(200);
    for (const v of ['1e2', '0x10', ' 10']) expect((await api(`/api/sessions?limit=${encodeURIComponent(v)}`)).status).toBe(400);
    // An alert category that does not exist is a mistake to report, as a wrong severity or status is (not an empty page).
    const bogus = await api('/api/alerts?category=exfiltraton');
    expect(bogus.status).toBe(400);
    expect(((await bogus.json()) as { message: string }).message).toMatch(/category must be one of .*exfiltration/);
    const twice = await api('/api/sessions?limit=10&limit=20');
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as { message: string }).message).toMatch(/limit is given 2 times/);
  });
});
