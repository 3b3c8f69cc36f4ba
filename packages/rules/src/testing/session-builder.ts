// Test helper: hand-written multi-agent sessions (orchestrator → sub-agents → tools) as RawSpans, run through the real engine.
import { SessionGraph, normalizeSpan, type Finding, type RawSpan } from '@sentinel/graph';
import { createRuleEngine } from '../engine.ts';
import type { Policy } from '../policy-schema.ts';
import { rewriteSession } from './semconv-rewrite.ts';

const MS = 1_000_000n;

/** Builds spans in time order; each call advances the clock by 10 ms. */
export class SessionBuilder {
  readonly spans: RawSpan[] = [];
  private t = 1_700_000_000_000n * MS;
  private n = 0;
  constructor(
    readonly sessionId = 's1',
    readonly app = 'email-app',
  ) {}

  private span(name: string, parent: RawSpan | undefined, attributes: RawSpan['attributes']): RawSpan {
    this.t += 10n * MS;
    const id = (++this.n).toString(16).padStart(16, '0');
    const s: RawSpan = {
      traceId: 'a'.repeat(32), spanId: id, parentSpanId: parent?.spanId, name, kind: 1,
      startTimeUnixNano: this.t, endTimeUnixNano: this.t + 5n * MS,
      attributes: { 'session.id': this.sessionId, ...attributes }, resource: { 'service.name': this.app }, statusCode: 1, events: [],
    };
    this.spans.push(s);
    return s;
  }

  /** An agent span; without a parent it is the root that receives the user's request. Its end covers later children. */
  agent(name: string, input: string, parent?: RawSpan, output?: string): RawSpan {
    const s = this.span(name, parent, { 'openinference.span.kind': 'AGENT', 'agent.name': name, 'input.value': input, ...(output ? { 'output.value': output } : {}) });
    s.endTimeUnixNano = s.startTimeUnixNano + 10_000n * MS;
    return s;
  }

  tool(parent: RawSpan, name: string, args: Record<string, unknown>, result = 'ok'): RawSpan {
    return this.span(name, parent, { 'openinference.span.kind': 'TOOL', 'tool.name': name, 'input.value': JSON.stringify(args), 'output.value': result });
  }

  /** A GenAI tool span as 1.36 and earlier record it: the tool's name, no arguments, no result. */
  bareTool(parent: RawSpan, name: string): RawSpan {
    return this.span(`execute_tool ${name}`, parent, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': name });
  }

  llm(parent: RawSpan, system: string, user: string): RawSpan {
    return this.span('chat', parent, {
      'openinference.span.kind': 'LLM', 'llm.model_name': 'm',
      'llm.input_messages.0.message.role': 'system', 'llm.input_messages.0.message.content': system,
      'llm.input_messages.1.message.role': 'user', 'llm.input_messages.1.message.content': user,
    });
  }

  /** An OpenAI Agents SDK handoff as OpenInference records it: a TOOL span "handoff to <agent>" under the agent handing over. */
  handoff(parent: RawSpan, to: string): RawSpan {
    return this.span(`handoff to ${to}`, parent, { 'openinference.span.kind': 'TOOL' });
  }

  /** Any span, with the attributes given; `encloses`: it lasts past the spans that follow (an agent or a graph node). */
  custom(name: string, parent: RawSpan | undefined, attributes: RawSpan['attributes'], encloses = false): RawSpan {
    const s = this.span(name, parent, attributes);
    if (encloses) s.endTimeUnixNano = s.startTimeUnixNano + 10_000n * MS;
    return s;
  }

  /**
   * A LangGraph node as OpenInference's LangChain tracer records it: named for the node, its kind by its name
   * (AGENT for a ReAct agent's `agent` node, else CHAIN), LangGraph's metadata with the checkpoint namespace.
   */
  langGraphNode(name: string, parent: RawSpan | undefined, ns: string, kind: 'AGENT' | 'CHAIN', input: string): RawSpan {
    return this.custom(name, parent, { 'openinference.span.kind': kind, 'input.value': input, metadata: JSON.stringify({ langgraph_node: name, langgraph_checkpoint_ns: ns }) }, true);
  }

  message(parent: RawSpan, from: string, to: string, text: string): RawSpan {
    return this.span('message', parent, { 'sentinel.message.from': from, 'sentinel.message.to': to, 'input.value': text });
  }
}

/** Runs spans (in the given arrival order) through SessionGraph + the engine, then flushes. */
export function runRaw(given: RawSpan[], policy?: Policy): Finding[] {
  // PROBE_SEMCONV=<name>: the session as another instrumentation traces it (testing/semconv-rewrite.ts).
  const spans = rewriteSession(given);
  const engine = createRuleEngine({ policy });
  const first = normalizeSpan(spans[0]);
  const g = new SessionGraph(first.sessionId, first.app);
  const out: Finding[] = [];
  for (const r of spans) out.push(...engine.evaluate(g, g.add(normalizeSpan(r)).placed));
  out.push(...engine.evaluate(g, g.flush().placed));
  return out;
}

export function byRule(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** The findings at high or above as `category/severity`, what a person is alerted to. */
export function loudLabels(findings: readonly Finding[]): string[] {
  return findings.filter((x) => x.severity === 'high' || x.severity === 'critical').map((x) => `${x.category}/${x.severity}`);
}

/** Moves every span from index `from` on by `nanos` (the app waited there). */
export function shiftFrom(b: SessionBuilder, from: number, nanos: bigint): void {
  for (let i = from; i < b.spans.length; i++) {
    b.spans[i].startTimeUnixNano += nanos;
    b.spans[i].endTimeUnixNano += nanos;
  }
}

/** Ends every parent after its children, last spans first (a child moved later keeps its parent open). */
export function stretchParents(b: SessionBuilder): void {
  const byId = new Map(b.spans.map((s) => [s.spanId, s]));
  for (let i = b.spans.length - 1; i >= 0; i--) {
    const s = b.spans[i];
    const p = s.parentSpanId ? byId.get(s.parentSpanId) : undefined;
    if (p && p.endTimeUnixNano <= s.endTimeUnixNano) p.endTimeUnixNano = s.endTimeUnixNano + MS;
  }
}
