// What the judge costs on normal traffic: called for at most 5% of benign sessions, and no case file or prompt over the token budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEVERITY_RANK, SessionGraph, normalizeSpan, type Finding } from '@sentinel/graph';
import { JUDGE_DEFAULTS, buildCaseFile, estimateTokens, promptOverheadTokens } from '@sentinel/judge';
import { createRuleEngine } from '@sentinel/rules';
import { findOtlpFiles, sendAll } from '../server/src/cli/replay-files.ts';
import type { Page, SessionSummary } from '../server/src/contract/api-types.ts';
import { decodeJsonExport } from '../server/src/otlp/index.ts';
import { startFakeOpenAI, type FakeOpenAI } from './support/fake-openai.ts';
import { AGENTDOJO_DIR, HAVE_AGENTDOJO, agentdojoLabels } from './support/datasets.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

const CORPUS = AGENTDOJO_DIR;
const labels = agentdojoLabels();
const benign = new Set(labels.filter((l) => !l.attacked).map((l) => l.id));
const PROMPT_BUDGET = JUDGE_DEFAULTS.maxPromptTokens;
const CASE_BUDGET = PROMPT_BUDGET - promptOverheadTokens();
const MAX_JUDGED_SHARE = 0.05;

describe.skipIf(!HAVE_AGENTDOJO)('the judge on ../shared/datasets/agentdojo-dev through a real server', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    // Default threshold (high), default prompt budget, no call budget: what would be called, not what a budget allows.
    server = await startTestServer({ judgeBaseUrl: fake.baseUrl, judgeModel: 'judge-model', judgeCallsPerHour: 0, judgeTokensPerHour: 0, judgeMaxConcurrency: 8, judgeQueueSize: 2_000 });
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it(`calls the judge for at most ${MAX_JUDGED_SHARE * 100}% of benign sessions, and every prompt fits ${PROMPT_BUDGET} tokens`, async () => {
    const results = await sendAll(server.httpUrl, await findOtlpFiles([join(CORPUS, 'traces')]), 8);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    await waitFor(async () => (await server.get<Page<SessionSummary>>('/api/sessions?limit=1')).total === labels.length, 30_000, 'all sessions');
    await waitFor(async () => {
      const { judge } = await server.get<{ judge: { queue: { pending: number; inFlight: number } } }>('/api/health');
      return judge.queue.pending === 0 && judge.queue.inFlight === 0;
    }, 60_000, 'an idle judge queue');

    const judged = new Set(fake.requests.map((r) => (JSON.parse(r.body.messages[1].content.split('\n')[2]) as { session: { id: string } }).session.id));
    const judgedBenign = [...judged].filter((id) => benign.has(id));
    expect(judgedBenign.length / benign.size).toBeLessThanOrEqual(MAX_JUDGED_SHARE);
    // The judge is wired: attacked sessions with high alerts were sent.
    expect(judged.size).toBeGreaterThan(labels.filter((l) => l.attackSucceeded).length / 2);
    for (const r of fake.requests) expect(r.body.messages.reduce((n, m) => n + estimateTokens(m.content), 0)).toBeLessThanOrEqual(PROMPT_BUDGET);
  });
});

describe.skipIf(!HAVE_AGENTDOJO)('case files for every flagged session of the corpus', () => {
  it(`stay within the case budget (${CASE_BUDGET} tokens) and keep every finding's evidence steps when they fit`, () => {
    let flagged = 0;
    for (const l of labels) {
      const spans = decodeJsonExport(readFileSync(join(CORPUS, l.file))).spans.map((r) => normalizeSpan(r));
      const graph = new SessionGraph(spans[0].sessionId, spans[0].app);
      const engine = createRuleEngine();
      const findings: Finding[] = [];
      for (const s of spans) findings.push(...engine.evaluate(graph, graph.add(s).placed));
      findings.push(...engine.evaluate(graph, graph.flush().placed));
      if (findings.length === 0) continue;
      flagged++;
      const c = buildCaseFile({ sessionId: graph.sessionId, app: graph.app, graph, spans, findings: latest(findings) }, { maxTokens: CASE_BUDGET });
      expect(c.tokens, l.id).toBeLessThanOrEqual(CASE_BUDGET);
      const shown = new Set(c.doc.steps.map((s) => s.span));
      if (!c.doc.omitted?.evidenceSteps) for (const f of c.doc.findings) for (const id of f.spans) if (spans.some((s) => s.spanId === id)) expect(shown.has(id), `${l.id} ${id}`).toBe(true);
    }
    expect(flagged).toBeGreaterThan(300);
  });
});

describe('the example apps (scenario set), run in process', () => {
  const apps = existsSync(join(import.meta.dirname, '..', 'examples'))
    ? readdirSync(join(import.meta.dirname, '..', 'examples')).filter((d) => existsSync(join(import.meta.dirname, '..', 'examples', d, 'app.ts')))
    : [];

  it.skipIf(apps.length === 0)(`raise an alert that would reach the judge (>= high) on at most ${MAX_JUDGED_SHARE * 100}% of benign sessions`, async () => {
    const { runInProcess } = await import('../examples/testing/in-process.ts');
    let sessions = 0;
    let wouldJudge = 0;
    for (const dir of apps) {
      const mod = (await import(`../examples/${dir}/app.ts`)) as Record<string, unknown>;
      for (const app of Object.values(mod).filter(isExampleApp)) {
        for (const scenario of app.scenarios.filter((s) => s.kind === 'benign')) {
          for (let seed = 1; seed <= 10; seed++) {
            const { findings } = await runInProcess(app as never, scenario as never, seed);
            sessions++;
            if (findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high)) wouldJudge++;
          }
        }
      }
    }
    expect(sessions).toBeGreaterThan(0);
    expect(wouldJudge / sessions).toBeLessThanOrEqual(MAX_JUDGED_SHARE);
  });
});

/** Findings become one alert per dedup key, the latest version winning (as the server keeps them). */
function latest(findings: Finding[]): Finding[] {
  return [...new Map(findings.map((f) => [f.dedupKey, f])).values()];
}

function isExampleApp(v: unknown): v is { scenarios: { kind: string }[]; serviceName: string } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { scenarios?: unknown }).scenarios) && typeof (v as { serviceName?: unknown }).serviceName === 'string';
}
