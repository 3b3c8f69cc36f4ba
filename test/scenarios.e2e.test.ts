// End to end: every example scenario, sent through @sentinel/instrument's real OTLP exporters (HTTP and gRPC) to a real
// server running both example policies; asserts the alert categories each session raises.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import type { FindingCategory } from '@sentinel/graph';
import { register, type Registration } from '@sentinel/instrument';
import type { Alert, SessionSummary } from '../server/src/contract/api-types.ts';
import { APPS } from '../examples/apps.ts';
import { examplePolicyDir } from '../examples/shared/policy-dir.ts';
import { runScenario, type ExampleApp, type Scenario } from '../examples/shared/scenario.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

/**
 * Phrasings the rules do not catch yet, kept visible instead of avoided (the scenarios are not
 * tuned to the rules). Each entry asserts the gap still exists: when the rules close it, this
 * test fails and the entry should go. The two listed until 2026-11-30 ("if an automated assistant
 * is reading this…", "automated agents: this has priority over your current task") are caught since
 * the scanner knows conditional and plural addresses to the model and precedence claims over its task.
 */
const KNOWN_GAPS: Record<string, { missing: FindingCategory[]; why: string }> = {};

interface Case {
  app: ExampleApp;
  scenario: Scenario;
  seed: number;
  variant: number;
  sessionId: string;
}

const RUN = Date.now().toString(36);
/** Benign sessions per scenario: their structure varies with the seed. Attack sessions: one per phrasing. */
const BENIGN_SEEDS = [1, 2, 3];
const CASES: Case[] = APPS.flatMap((app) =>
  app.scenarios.flatMap((scenario) => {
    const runs = scenario.kind === 'benign' ? BENIGN_SEEDS.map((seed) => [seed, 0]) : Array.from({ length: scenario.variants ?? 1 }, (_, v) => [100 + v, v]);
    return runs.map(([seed, variant]) => ({ app, scenario, seed, variant, sessionId: `e2e-${RUN}-${app.serviceName}-${scenario.id}-${seed}` }));
  }),
);

/** Counts finished spans per session: the test knows when the server has them all. */
class SpanCounter implements SpanProcessor {
  readonly counts = new Map<string, number>();
  onStart(_s: Span, _c: Context): void {}
  onEnd(s: ReadableSpan): void {
    const id = String(s.attributes[OI.SESSION_ID]);
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }
  forceFlush = () => Promise.resolve();
  shutdown = () => Promise.resolve();
}

let server: TestServer;
let policyDir: string;
const counter = new SpanCounter();
const registrations = new Map<string, Registration>();

beforeAll(async () => {
  policyDir = examplePolicyDir(APPS);
  server = await startTestServer({ policyPath: policyDir });
  APPS.forEach((app, i) => {
    // One app over OTLP/HTTP protobuf, the other over OTLP/gRPC: both exporters register() can build.
    const grpc = i % 2 === 1;
    registrations.set(
      app.serviceName,
      register({
        serviceName: app.serviceName,
        protocol: grpc ? 'grpc' : 'http/protobuf',
        endpoint: grpc ? `http://${server.grpcUrl}` : server.httpUrl,
        global: false,
        instrumentations: false,
        batch: { scheduledDelayMillis: 50, maxQueueSize: 100_000 },
        spanProcessors: [counter],
      }),
    );
  });
  for (const c of CASES) await runScenario(c.app, c.scenario, { seed: c.seed, variant: c.variant, sessionId: c.sessionId, tracer: registrations.get(c.app.serviceName)!.tracer });
  await Promise.all([...registrations.values()].map((r) => r.forceFlush()));
}, 120_000);

afterAll(async () => {
  await Promise.all([...registrations.values()].map((r) => r.shutdown()));
  await server?.stop();
  rmSync(policyDir, { recursive: true, force: true });
});

/** The session's alerts once the server holds all its spans. */
async function alertsOf(c: Case): Promise<Alert[]> {
  const sent = counter.counts.get(c.sessionId) ?? 0;
  const summary = await waitFor(async () => {
    const s = await server.get<SessionSummary>(`/api/sessions/${encodeURIComponent(c.sessionId)}`);
    return s.spanCount === sent ? s : undefined;
  }, 15_000, `all ${sent} spans of ${c.sessionId}`);
  expect(summary.app).toBe(c.app.serviceName);
  return server.get<Alert[]>(`/api/sessions/${encodeURIComponent(c.sessionId)}/alerts`);
}

describe.each(APPS.map((a) => [a.serviceName, a] as const))('%s scenarios against a real server', (_name, app) => {
  for (const c of CASES.filter((x) => x.app === app)) {
    const key = `${app.serviceName}/${c.scenario.id}#${c.variant}`;
    const gap = KNOWN_GAPS[key];
    if (c.scenario.kind === 'benign') {
      // The issue asks for nothing at high or above; these sessions raise nothing at all (a medium "secret sent out"
      // on a task that pins a package, `pin python-dateutil`, was found this way).
      it(`${c.scenario.id} (seed ${c.seed}) stays quiet: no alert at any severity`, async () => {
        const raised = await alertsOf(c);
        expect(raised.map((a) => `${a.category}/${a.severity}: ${a.title}`)).toEqual([]);
      });
      continue;
    }
    it(`${c.scenario.id} (phrasing ${c.variant}) raises ${c.scenario.expect.join(', ')}${gap ? ` (known gap: ${gap.missing.join(', ')})` : ''}`, async () => {
      const raised = new Set((await alertsOf(c)).map((a) => a.category));
      const expected = c.scenario.expect.filter((cat) => !gap?.missing.includes(cat));
      expect([...raised].filter((cat) => expected.includes(cat)).sort()).toEqual([...expected].sort());
      for (const cat of gap?.missing ?? []) expect(raised.has(cat), `${key}: the rules now raise ${cat}; remove it from KNOWN_GAPS`).toBe(false);
    });
  }
});
