// A session named only by its last span: an agent framework sets `gen_ai.conversation.id` on its `invoke_agent`
// span, the model and tool spans under it carry none, and the exporter sends each span as it ends (children first).
// The tool calls reach Sentinel before anything names their session; they go where the root span puts them, and the
// rules see the injection they carried and the send it led to as one session.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendChildrenFirst } from './support/late-name.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';
import { tempDir } from './support/temp-dir.ts';

interface SpanView {
  spanId: string;
  sessionId: string;
}
interface AlertView {
  category: string;
  severity: string;
  sessionId: string;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('spans that reach Sentinel before their session is named', () => {
  it('moves them, stored and live, to the session their root span names; the rules see one session', async () => {
    const sessionId = `conv-${randomUUID()}`;
    const { traceId, endRoot } = await sendChildrenFirst(server);
    await endRoot({ 'gen_ai.conversation.id': sessionId });
    const spans = await waitFor(() => server.get<SpanView[]>(`/api/sessions/${sessionId}/spans`).then((s) => (s.length === 4 ? s : undefined)), 10_000, 'the named session');
    expect(new Set(spans.map((s) => s.sessionId))).toEqual(new Set([sessionId]));
    // The injection read in the first requests and the send in the same ones, found across the move, under the name.
    const alerts = await waitFor(async () => {
      const a = await server.get<AlertView[]>(`/api/sessions/${sessionId}/alerts`);
      return a.some((x) => x.category === 'injection_propagation') ? a : undefined;
    }, 10_000, 'the propagation alert');
    expect(alerts.every((a) => a.sessionId === sessionId)).toBe(true);
    // Nothing is left under the trace id: no session, no spans, no alerts.
    const res = await fetch(`${server.httpUrl}/api/sessions/${traceId}`);
    expect(res.status).toBe(404);
    expect((await server.get<{ total: number }>(`/api/alerts?sessionId=${traceId}`)).total).toBe(0);
    const graph = await server.get<{ nodes: { key: string }[] }>(`/api/sessions/${sessionId}/graph`);
    expect(graph.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['agent:mailer', 'tool:read_inbox', 'tool:send_email']));
  });

  it('leaves a trace whose root names no session as a session of its own, under the trace id', async () => {
    const { traceId, endRoot } = await sendChildrenFirst(server);
    await endRoot({});
    const spans = await waitFor(() => server.get<SpanView[]>(`/api/sessions/${traceId}/spans`).then((s) => (s.length === 4 ? s : undefined)), 10_000, 'the trace session');
    expect(new Set(spans.map((s) => s.sessionId))).toEqual(new Set([traceId]));
  });
});

describe('a server stopped while spans wait for their parent', () => {
  it('places them as they are when it stops, and stores what the rules find in them', async () => {
    const dataDir = tempDir();
    const first = await startTestServer({ dataDir });
    // The root never ends: its children wait for it.
    const { traceId } = await sendChildrenFirst(first);
    // It stopped with a RangeError here (the last sweep's time was Number.MAX_SAFE_INTEGER), before the threads closed.
    await first.close();
    const second = await startTestServer({ dataDir });
    try {
      const alerts = await second.get<AlertView[]>(`/api/sessions/${traceId}/alerts`);
      expect(alerts.map((a) => a.category)).toContain('injection_content');
    } finally {
      await second.stop();
    }
  });
});
