// The rules run on their own thread over a copy of the session graphs: what the pipeline does to a
// session (close it, evict it, rebuild it from the store when it comes back) must reach that copy,
// and findings must land on the right session whatever happened to it meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../server/src/contract/api-types.ts';
import { ATTACKER_IBAN, bankingSpans } from './support/judge-sessions.ts';
import { otlpJson } from './support/otlp-json.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function send(s: TestServer, body: string): Promise<void> {
  const res = await fetch(`${s.httpUrl}/v1/traces`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
}

const categories = (alerts: Alert[]) => [...new Set(alerts.map((a) => a.category))].sort();

describe('rules on their thread, across evictions and rebuilds', () => {
  it('traces an injection read before the session was evicted into the payment made after it came back', async () => {
    server = await startTestServer({ maxOpenSessions: 1 });
    const [root, read, pay] = bankingSpans('comeback', 7);
    // The bill with its instructions arrives: content alert, no payment yet.
    await send(server, otlpJson('bank-app', [root, read]));
    expect(categories(await server.get<Alert[]>('/api/sessions/comeback/alerts'))).toEqual(['injection_content']);
    // Another session pushes it out of memory (and the rule thread's copy with it).
    await send(server, otlpJson('bank-app', bankingSpans('other', 8).slice(0, 1)));
    expect((await server.get<{ state: string }>('/api/sessions/comeback')).state).toBe('closed');
    // The payment arrives: the session is rebuilt from the store, on both threads, and the payment traced to the bill.
    await send(server, otlpJson('bank-app', [pay]));
    const alerts = await server.get<Alert[]>('/api/sessions/comeback/alerts');
    expect(categories(alerts)).toEqual(['injection_content', 'injection_propagation']);
    const prop = alerts.find((a) => a.category === 'injection_propagation')!;
    expect(prop.evidence.path).toEqual(['tool:read_file', 'agent:assistant', 'tool:send_money']);
    expect(prop.evidence.values).toContain(`literal:${ATTACKER_IBAN.toLowerCase()}`);
    // Rebuilding re-finds the content alert: still one of it.
    expect(alerts.filter((a) => a.category === 'injection_content')).toHaveLength(1);
  });

  it('raises the findings of spans that waited for their parent when the sweep places them', async () => {
    server = await startTestServer({ flushTimeoutMs: 100 });
    const [, read, pay] = bankingSpans('orphans', 9);
    // The root never comes: the tool spans wait, then the sweep places them as orphans and the rules see them.
    await send(server, otlpJson('bank-app', [read, pay]));
    const s = server;
    const alerts = await waitFor(async () => {
      const list = await s.get<Alert[]>('/api/sessions/orphans/alerts');
      return list.length > 0 ? list : undefined;
    }, 10_000, 'alerts after the flush');
    expect(categories(alerts)).toContain('injection_content');
  });
});
