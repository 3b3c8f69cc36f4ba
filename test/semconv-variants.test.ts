// Detection must not depend on how an app is instrumented: every AgentDojo run re-written as other
// instrumentations write it (test/support/semconv-writers.ts), normalized again and evaluated by the rules
// without a policy, must give what the run as recorded gives.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITY_RANK, normalizeSpan, type AgentSpan, type Finding, type RawSpan } from '@sentinel/graph';
import { runSession } from '../packages/rules/src/eval/evaluate-corpus.ts';
import { evalCommand, type SuiteRow } from '../server/src/cli/eval.ts';
import { decodeJsonExport } from '../server/src/otlp/json-decode.ts';
import { exportSessionJson } from '../server/src/otlp/export-session-json.ts';
import { tempDir } from './support/temp-dir.ts';
import { AGENTDOJO_DIR, HAVE_AGENTDOJO, agentdojoLabels, type AgentdojoLabel } from './support/datasets.ts';
import { genaiEvents, googleAdk, langfuse, llmOnly, openllmetry, strands, vercelAi, type Writer } from './support/semconv-writers.ts';


interface Rates {
  propagation: number;
  content: number;
  benignHigh: number;
}

function rates(labels: AgentdojoLabel[], spansOf: (label: AgentdojoLabel) => AgentSpan[]): Rates {
  let succeeded = 0;
  let traced = 0;
  let carrying = 0;
  let flagged = 0;
  let benign = 0;
  let benignHigh = 0;
  for (const label of labels) {
    const spans = spansOf(label);
    const findings = runSession(spans, undefined);
    const high = (f: Finding) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high;
    if (!label.attacked) {
      benign++;
      if (findings.some(high)) benignHigh++;
      continue;
    }
    const targets = new Set(label.injectedToolSpanIds ?? []);
    if (targets.size > 0) {
      carrying++;
      if (findings.some((f) => f.category === 'injection_content' && f.evidence.spanIds.some((s) => targets.has(s)))) flagged++;
    }
    if (label.attackSucceeded) {
      succeeded++;
      if (findings.some((f) => f.category === 'injection_propagation' && high(f))) traced++;
    }
  }
  return { propagation: traced / succeeded, content: flagged / carrying, benignHigh: benignHigh / benign };
}

const WRITERS: Record<string, Writer> = {
  OpenLLMetry: openllmetry,
  'GenAI span events (tool spans without arguments or results)': genaiEvents,
  'Vercel AI SDK': vercelAi,
  'Google ADK': googleAdk,
  'Strands Agents': strands,
  Langfuse: langfuse,
};

/**
 * The run's spans normalized, with each model call's history given the tools' whole results: the corpus cuts
 * a tool's result at 2,000 characters in the histories (not in the tool spans), where an app's own history
 * holds what the tool returned.
 */
function withWholeHistories(raws: RawSpan[]): { span: AgentSpan; raw: RawSpan }[] {
  const spans = raws.map((raw) => ({ span: normalizeSpan(raw), raw }));
  const results = new Map<string, string>();
  for (const { span } of spans) if (span.kind === 'tool' && span.toolCallId && span.toolResult !== undefined) results.set(span.toolCallId, span.toolResult);
  for (const { span } of spans) {
    for (const m of span.inputMessages ?? []) if (m.role === 'tool' && m.toolCallId && results.has(m.toolCallId)) m.content = results.get(m.toolCallId);
  }
  return spans;
}

function written(raws: RawSpan[], write: Writer): AgentSpan[] {
  const out: AgentSpan[] = [];
  for (const { span, raw } of withWholeHistories(raws)) {
    const w = write(span, raw);
    if (w) out.push(normalizeSpan(w));
  }
  return out;
}

describe.skipIf(!HAVE_AGENTDOJO)('AgentDojo runs written as other instrumentations write them', () => {
  const labels = agentdojoLabels();
  const raws = new Map(labels.map((l) => [l.id, decodeJsonExport(readFileSync(join(AGENTDOJO_DIR, l.file))).spans as RawSpan[]]));
  const recorded = rates(labels, (l) => raws.get(l.id)!.map((r) => normalizeSpan(r)));

  it.each(Object.entries(WRITERS))('%s: the same recall and no more false alarms', (name, write) => {
    const got = rates(labels, (l) => written(raws.get(l.id)!, write));
    if (process.env.SEMCONV_REPORT) console.log(name, JSON.stringify(got), 'recorded', JSON.stringify(recorded));
    expect(got.propagation).toBeGreaterThanOrEqual(recorded.propagation - 0.01);
    expect(got.content).toBeGreaterThanOrEqual(recorded.content - 0.01);
    expect(got.benignHigh).toBeLessThanOrEqual(recorded.benignHigh);
  });

  it('an app instrumented at the model client only: its tool calls read from the model calls, the same recall', () => {
    // No tool span, so no injected span to check the content alert on: content recall is left out.
    const got = rates(labels, (l) => written(raws.get(l.id)!, llmOnly));
    if (process.env.SEMCONV_REPORT) console.log('LLM only', JSON.stringify(got));
    expect(got.propagation).toBeGreaterThanOrEqual(recorded.propagation - 0.02);
    expect(got.benignHigh).toBeLessThanOrEqual(recorded.benignHigh);
  });
});

/**
 * The same, through a real Sentinel (`sentinel eval` in process: OTLP/JSON over HTTP, the sessions of spans that name
 * none, the rule thread and what the server sends it): the GenAI-events runs (no conversation id on their
 * execute_tool spans, as the conventions list them) and the model-client-only ones.
 */
describe.skipIf(!HAVE_AGENTDOJO)('the rewritten runs replayed through a real Sentinel', () => {
  const labels = agentdojoLabels();

  it.each([
    ['GenAI span events', genaiEvents],
    ['model client only', llmOnly],
  ] as [string, Writer][])('%s: the same propagation recall as the corpus as recorded, no benign alert at any severity', async (_name, write) => {
    const dir = tempDir();
    try {
      mkdirSync(join(dir, 'traces'));
      const lines: string[] = [];
      for (const l of labels) {
        const raws = decodeJsonExport(readFileSync(join(AGENTDOJO_DIR, l.file))).spans as RawSpan[];
        const out = withWholeHistories(raws).flatMap(({ span, raw }) => write(span, raw) ?? []);
        writeFileSync(join(dir, 'traces', `${l.id}.json`), JSON.stringify(exportSessionJson(out)));
        lines.push(JSON.stringify({ ...l, file: `traces/${l.id}.json` }));
      }
      writeFileSync(join(dir, 'labels.jsonl'), lines.join('\n') + '\n');
      const report = join(dir, 'report.json');
      const stdout = process.stdout.write;
      process.stdout.write = (() => true) as typeof process.stdout.write;
      try {
        expect(await evalCommand(['--corpus', dir, '--no-graph', '--json', report])).toBe(0);
      } finally {
        process.stdout.write = stdout;
      }
      const all = (JSON.parse(readFileSync(report, 'utf8')) as { rows: SuiteRow[] }).rows.find((r) => r.suite === 'all')!;
      if (process.env.SEMCONV_REPORT) console.log(_name, JSON.stringify(all));
      expect(all.propagationRecall).toBeGreaterThanOrEqual(0.97);
      expect(all.falsePositiveRate.low).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
