// Replays the whole AgentDojo dev corpus with the CLI's sender: one session per run, agent + tools + model as nodes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import type { Page, SessionSummary } from '../server/src/contract/api-types.ts';
import { findOtlpFiles, sendAll } from '../server/src/cli/replay-files.ts';
import { AGENTDOJO_DIR, HAVE_AGENTDOJO, agentdojoLabels } from './support/datasets.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

const CORPUS = AGENTDOJO_DIR;
const labels = agentdojoLabels();

/** The tool names a trace file's spans carry, read straight from the OTLP JSON. */
function toolNodesIn(file: string): string[] {
  const doc = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as {
    resourceSpans: { scopeSpans: { spans: { attributes: { key: string; value: { stringValue?: string } }[] }[] }[] }[];
  };
  const names = new Set<string>();
  for (const rs of doc.resourceSpans)
    for (const ss of rs.scopeSpans)
      for (const sp of ss.spans)
        for (const a of sp.attributes) if (a.key === 'tool.name' || a.key === 'gen_ai.tool.name') names.add(`tool:${a.value.stringValue}`);
  return [...names].sort();
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe.skipIf(!HAVE_AGENTDOJO)('replaying ../shared/datasets/agentdojo-dev', () => {
  it('produces one session per run with the agent, its tools and the model as nodes', async () => {
    const files = await findOtlpFiles([join(CORPUS, 'traces')]);
    expect(files).toHaveLength(labels.length);
    const results = await sendAll(server.httpUrl, files, 8);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(results.reduce((a, r) => a + r.rejectedSpans, 0)).toBe(0);
    const page = await waitFor(async () => {
      const p = await server.get<Page<SessionSummary>>('/api/sessions?limit=1');
      return p.total === labels.length ? p : undefined;
    }, 30_000, 'all sessions');
    expect(page.total).toBe(labels.length);
    // Spot-check a run of every suite, in both semantic conventions.
    for (const label of labels.filter((_, i) => i % 37 === 0)) {
      const summary = await server.get<SessionSummary>(`/api/sessions/${label.id}`);
      expect(summary.spanCount).toBe(label.spanCount);
      expect(summary.app).toBe(`agentdojo-${label.suite}`);
      const g = await server.get<SerializedGraph>(`/api/sessions/${label.id}/graph`);
      expect(g.nodes.filter((n) => n.key.startsWith('tool:')).map((n) => n.key).sort()).toEqual(toolNodesIn(label.file));
      expect(g.nodes.some((n) => n.key === 'agent:assistant')).toBe(true);
      expect(g.nodes.some((n) => n.key === 'user')).toBe(true);
      expect(g.nodes.some((n) => n.key.startsWith('model:gpt-4o'))).toBe(true);
    }
  });
});
