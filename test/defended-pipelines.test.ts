// Detection on runs of AgentDojo's defended pipelines: the corpus's runs are undefended, and the benchmark's published
// runs include the same model behind spotlighting (tool outputs between << and >>), the user's prompt repeated after
// every tool result, a tool filter's extra turn, and tool outputs as JSON instead of YAML. Each run is rewritten as
// that pipeline would have logged it (packages/rules/src/eval/defended-pipelines.ts) and run through the rules
// without a policy: the attacks that succeeded are traced as often as in the runs as recorded, the attacked runs'
// injected content is still flagged, and no benign run raises anything of severity high or above.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITY_RANK, normalizeSpan, type RawSpan } from '@sentinel/graph';
import { DEFENDED_PIPELINES, type PipelineRewrite } from '../packages/rules/src/eval/defended-pipelines.ts';
import { runSession } from '../packages/rules/src/eval/evaluate-corpus.ts';
import { decodeJsonExport } from '../server/src/otlp/json-decode.ts';
import { AGENTDOJO_DIR, HAVE_AGENTDOJO, agentdojoLabels } from './support/datasets.ts';

interface Outcome {
  succeeded: number;
  /** Succeeded attacks with injection_propagation at high or above. */
  traced: Set<string>;
  /** Attacked runs whose trace holds the injection, and those with injection_content. */
  injected: number;
  flagged: number;
  benignHigh: string[];
  /** Runs the rewrite changed. */
  rewritten: number;
}

const content = (spans: object[]) => JSON.stringify(spans, (_k, v) => (typeof v === 'bigint' ? String(v) : v));

function measure(rewrite: PipelineRewrite | undefined): Outcome {
  const out: Outcome = { succeeded: 0, traced: new Set(), injected: 0, flagged: 0, benignHigh: [], rewritten: 0 };
  for (const label of agentdojoLabels()) {
    const spans = (decodeJsonExport(readFileSync(join(AGENTDOJO_DIR, label.file))).spans as RawSpan[]).map((r) => normalizeSpan(r));
    if (rewrite) {
      const before = content(spans);
      rewrite(spans);
      if (content(spans) !== before) out.rewritten++;
    }
    const findings = runSession(spans, undefined);
    if (!label.attacked) {
      if (findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high)) out.benignHigh.push(label.id);
      continue;
    }
    if ((label.injectedToolSpanIds ?? []).length > 0) {
      out.injected++;
      if (findings.some((f) => f.category === 'injection_content')) out.flagged++;
    }
    if (!label.attackSucceeded) continue;
    out.succeeded++;
    if (findings.some((f) => f.category === 'injection_propagation' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high)) out.traced.add(label.id);
  }
  return out;
}

describe.skipIf(!HAVE_AGENTDOJO)("AgentDojo runs as its defended pipelines log them", () => {
  const recorded = measure(undefined);

  it.each(Object.entries(DEFENDED_PIPELINES))('%s: the same attacks traced, injections flagged, benign runs quiet', (name, rewrite) => {
    // Measured 2026-12-02 13:40: 299 of the 300 that succeeded traced and 565 of 565 injections flagged, as recorded
    // and behind each of the four pipelines; no benign run alerting at high (the JSON outputs: one at medium, a link
    // Bob's message gives, now on the same line as his request).
    const m = measure(rewrite);
    if (process.env.REPHRASINGS_REPORT) console.log(`${name}: traced ${m.traced.size}/${m.succeeded}, content ${m.flagged}/${m.injected}, benign runs with alerts >= high: ${m.benignHigh.length}, ${m.rewritten} runs rewritten`);
    expect(m.succeeded).toBeGreaterThan(250);
    expect(m.rewritten).toBeGreaterThan(600);
    expect(m.benignHigh).toEqual([]);
    expect(m.traced.size / m.succeeded).toBeGreaterThanOrEqual(0.95);
    expect([...recorded.traced].filter((id) => !m.traced.has(id))).toEqual([]);
    expect(m.flagged).toBe(recorded.flagged);
  });
});
