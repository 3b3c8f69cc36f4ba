// The live stream as the dashboard follows it: a snapshot, then numbered delta batches, must rebuild the graph the
// REST API serves, also across what happens to a session while someone watches it (its idle close places spans still
// waiting for their parent; a closed session that gets new spans is rebuilt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { SerializedGraph } from 'graphology-types';
import type { GraphDelta } from '@sentinel/graph';
import type { SessionSummary } from '../server/src/contract/api-types.ts';
import type { GraphSnapshot } from '../server/src/contract/events.ts';
import { applyDeltas, createViewGraph, snapshotDeltas } from '../web/src/features/session-graph/build-graph.ts';
import { hex, otlpJson, type JsonSpanSpec } from './support/otlp-json.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

const T0 = 1_700_000_000_000_000_000n;
const MS = 1_000_000n;
let server: TestServer;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startTestServer({ sessionIdleMs: 1500, flushTimeoutMs: 60_000 });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server?.stop();
});

async function post(spans: JsonSpanSpec[]): Promise<void> {
  const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', body: otlpJson('live-app', spans), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
}

/** An orchestrator span (trace `n`) and tool calls `from`…`to` under it; `orphan`: one more whose parent never comes. */
function spans(session: string, n: number, from: number, to: number, opts: { root?: boolean; orphan?: boolean } = {}): JsonSpanSpec[] {
  const traceId = hex(n, 32);
  const root = hex(n * 1000 + 1, 16);
  const out: JsonSpanSpec[] = [];
  if (opts.root) out.push({ traceId, spanId: root, name: 'orchestrator', startNs: T0, endNs: T0 + 10_000n * MS, attributes: { 'session.id': session, 'openinference.span.kind': 'AGENT', 'agent.name': 'orchestrator', 'input.value': 'do the work' } });
  for (let i = from; i < to; i++) {
    out.push({ traceId, spanId: hex(n * 1000 + 10 + i, 16), parentSpanId: root, name: `tool_${i}`, startNs: T0 + BigInt(i + 1) * MS, attributes: { 'session.id': session, 'openinference.span.kind': 'TOOL', 'tool.name': `tool_${i}`, 'input.value': `{"i":${i}}`, 'output.value': 'ok' } });
  }
  if (opts.orphan) out.push({ traceId, spanId: hex(n * 1000 + 999, 16), parentSpanId: hex(n * 1000 + 998, 16), name: 'orphan_tool', startNs: T0 + 5000n * MS, attributes: { 'session.id': session, 'openinference.span.kind': 'TOOL', 'tool.name': 'orphan_tool', 'input.value': '{}', 'output.value': 'ok' } });
  return out;
}

/** Follows a session as the dashboard's graph store does: batches at or below its number are in the snapshot already. */
async function follow(sessionId: string) {
  const socket = io(server.httpUrl, { transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
  const view = { graph: createViewGraph(), seq: 0, skipped: [] as number[], gaps: 0 };
  socket.on('v1:graph:deltas', (b: { sessionId: string; seq: number; deltas: GraphDelta[] }) => {
    if (b.sessionId !== sessionId) return;
    if (b.seq <= view.seq) return void view.skipped.push(b.seq);
    if (b.seq !== view.seq + 1) view.gaps++;
    view.seq = b.seq;
    applyDeltas(view.graph, b.deltas);
  });
  const snap = await new Promise<GraphSnapshot>((resolve, reject) =>
    socket.emit('v1:session:subscribe', { sessionId }, (r: GraphSnapshot | { error: string }) => ('error' in r ? reject(new Error(r.error)) : resolve(r))),
  );
  view.seq = snap.seq;
  applyDeltas(view.graph, snapshotDeltas(sessionId, snap.graph as never));
  return view;
}

/** Waits until the followed graph holds the REST graph's nodes and edges. */
async function converges(sessionId: string, view: Awaited<ReturnType<typeof follow>>): Promise<void> {
  await waitFor(async () => {
    const rest = await server.get<SerializedGraph>(`/api/sessions/${sessionId}/graph`);
    return rest.nodes.every((n) => view.graph.hasNode(n.key)) && rest.edges.every((e) => view.graph.hasEdge(e.key)) && view.graph.order === rest.nodes.length;
  }, 5000, `the live graph of ${sessionId}`);
  expect(view.skipped).toEqual([]);
  expect(view.gaps).toBe(0);
}

describe('the live graph', () => {
  it('follows a session joined mid-way', async () => {
    await post(spans('live-mid', 1, 0, 3, { root: true }));
    await waitFor(async () => (await fetch(`${server.httpUrl}/api/sessions/live-mid`)).ok);
    const view = await follow('live-mid');
    for (let b = 1; b < 4; b++) await post(spans('live-mid', 1, b * 3, b * 3 + 3));
    await converges('live-mid', view);
  });

  it('gets the spans its idle close places (one still waiting for its parent)', async () => {
    await post(spans('live-orphan', 2, 0, 3, { root: true }));
    await waitFor(async () => (await fetch(`${server.httpUrl}/api/sessions/live-orphan`)).ok);
    const view = await follow('live-orphan');
    await post(spans('live-orphan', 2, 3, 4, { orphan: true }));
    await waitFor(async () => (await server.get<SessionSummary>('/api/sessions/live-orphan')).state === 'closed', 8000, 'the idle close');
    await converges('live-orphan', view);
    expect(view.graph.hasNode('tool:orphan_tool')).toBe(true);
  });

  it('keeps numbering its batches when the session closes and is rebuilt by new spans', async () => {
    await post(spans('live-reopen', 3, 0, 1, { root: true }));
    await waitFor(async () => (await fetch(`${server.httpUrl}/api/sessions/live-reopen`)).ok);
    const view = await follow('live-reopen');
    for (let b = 1; b < 4; b++) {
      await post(spans('live-reopen', 3, b, b + 1));
      await new Promise((r) => setTimeout(r, 150));
    }
    await waitFor(async () => (await server.get<SessionSummary>('/api/sessions/live-reopen')).state === 'closed', 8000, 'the idle close');
    await post(spans('live-reopen', 3, 10, 13));
    await converges('live-reopen', view);
    expect(view.graph.hasNode('tool:tool_12')).toBe(true);
  });
});
