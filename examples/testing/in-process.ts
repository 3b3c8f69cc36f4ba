// Test support: run a scenario and Sentinel's graph + rules in one process (no server), to check what a session raises.
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { SessionGraph, normalizeSpan, type Finding } from '@sentinel/graph';
import { register } from '@sentinel/instrument';
import { createRuleEngine, loadPolicyFile } from '@sentinel/rules';
import { toRawSpan } from '../../packages/instrument/src/testing/to-raw-span.ts';
import { runScenario, type ExampleApp, type Scenario } from '../shared/scenario.ts';

export interface InProcessResult {
  findings: Finding[];
  graph: SessionGraph;
  spanCount: number;
  answer: string;
}

/** Runs one session of `scenario` with the scripted policy and evaluates it with the app's policy. */
export async function runInProcess(app: ExampleApp, scenario: Scenario, seed: number): Promise<InProcessResult> {
  const exporter = new InMemorySpanExporter();
  const otel = register({ serviceName: app.serviceName, exporter, global: false, instrumentations: false });
  const sessionId = `${scenario.id}-${seed}`;
  try {
    const answer = await runScenario(app, scenario, { seed, sessionId, tracer: otel.tracer });
    await otel.forceFlush();
    const spans = exporter.getFinishedSpans();
    const graph = new SessionGraph(sessionId, app.serviceName);
    const engine = createRuleEngine({ policy: loadPolicyFile(app.policyFile) });
    const findings: Finding[] = [];
    // Spans in the order they ended (children first), as an exporter sends them.
    for (const s of spans) findings.push(...engine.evaluate(graph, graph.add(normalizeSpan(toRawSpan(s))).placed));
    findings.push(...engine.evaluate(graph, graph.flush().placed));
    return { findings, graph, spanCount: spans.length, answer };
  } finally {
    await otel.shutdown();
  }
}
