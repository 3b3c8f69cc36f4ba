// Test helper: small multi-agent sessions (orchestrator → sub-agents → tools) as RawSpans and graphs, deterministic.
import { normalizeSpan } from '../../normalize.ts';
import type { RawSpan } from '../../raw-span.ts';
import { SessionGraph } from '../../session-graph.ts';
import { oi, rawSpan, type SpanSpec } from '../../testing/span-builder.ts';

/** Per sub-agent, the tools it calls in order (delegated from `orchestrator`, one model call each). */
export type Plan = Array<[agent: string, tools: string[]]>;

export function planSpans(id: string, plan: Plan, app = 'test-app'): RawSpan[] {
  const specs: SpanSpec[] = [];
  let t = 0;
  const root = `${id}/root`;
  specs.push({ id: root, start: t++, end: 10_000, attrs: oi.agent('orchestrator', id) });
  specs.push({ id: `${id}/llm`, parent: root, start: t++, attrs: oi.llm('gpt-4o', id) });
  plan.forEach(([agent, tools], i) => {
    const a = `${id}/${i}/${agent}`;
    const start = t++;
    specs.push({ id: `${a}/llm`, parent: a, start: t++, attrs: oi.llm('gpt-4o', id) });
    tools.forEach((tool, j) => specs.push({ id: `${a}/${j}`, parent: a, start: t++, attrs: oi.tool(tool, id, { j }, 'ok') }));
    specs.push({ id: a, parent: root, start, end: t++, attrs: oi.agent(agent, id) });
  });
  return specs.map((s) => rawSpan(s, app));
}

/** A flushed graph of the spans, added in the given order. */
export function graphOf(spans: RawSpan[]): SessionGraph {
  const first = normalizeSpan(spans[0]);
  const g = new SessionGraph(first.sessionId, first.app);
  for (const s of spans) g.add(normalizeSpan(s));
  g.flush();
  return g;
}

/** The i-th normal session: researcher searches 1–3 times and fetches 0–2 pages, writer drafts then sends or saves. */
export function normalPlan(i: number): Plan {
  const research = [...Array.from({ length: 1 + (i % 3) }, () => 'web_search'), ...Array.from({ length: i % 2 === 0 ? (i >> 1) % 3 : 0 }, () => 'fetch_url')];
  return [
    ['researcher', research],
    ['writer', ['draft_doc', i % 3 === 0 ? 'save_file' : 'send_email']],
  ];
}

export function normalGraphs(n: number, app = 'test-app', offset = 0): SessionGraph[] {
  return Array.from({ length: n }, (_, i) => graphOf(planSpans(`normal-${offset + i}`, normalPlan(offset + i), app)));
}
