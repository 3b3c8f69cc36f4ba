// Test helper: hand-built RawSpans for multi-agent sessions (OpenInference or GenAI attributes).
import type { Attributes, RawSpan } from '../raw-span.ts';

let counter = 0;

/** A deterministic 16-hex span id from a readable name. */
export function sid(name: string): string {
  let h = 0x811c9dc5;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return (h.toString(16).padStart(8, '0') + (name.length * 2654435761).toString(16).padStart(8, '0')).slice(0, 16);
}

export interface SpanSpec {
  id: string;
  parent?: string;
  name?: string;
  start: number; // ms offset
  end?: number;
  attrs: Attributes;
  status?: number;
  /** Ids (as `id`) of spans this one links to, in the same trace. */
  links?: string[];
}

export const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const BASE_NS = 1_700_000_000_000_000_000n;

export function rawSpan(spec: SpanSpec, app = 'test-app', traceId = TRACE_ID): RawSpan {
  counter++;
  const raw: RawSpan = {
    traceId,
    spanId: sid(spec.id),
    name: spec.name ?? spec.id,
    kind: 1,
    startTimeUnixNano: BASE_NS + BigInt(spec.start) * 1_000_000n,
    endTimeUnixNano: BASE_NS + BigInt(spec.end ?? spec.start + 1) * 1_000_000n,
    attributes: spec.attrs,
    resource: { 'service.name': app },
    statusCode: spec.status ?? 1,
    events: [],
  };
  if (spec.parent) raw.parentSpanId = sid(spec.parent);
  if (spec.links) raw.links = spec.links.map((id) => ({ traceId, spanId: sid(id), attributes: {} }));
  return raw;
}

export const oi = {
  agent: (name: string, session: string, input?: string, output?: string): Attributes => ({
    'openinference.span.kind': 'AGENT',
    'agent.name': name,
    'session.id': session,
    ...(input !== undefined ? { 'input.value': input } : {}),
    ...(output !== undefined ? { 'output.value': output } : {}),
  }),
  tool: (name: string, session: string, args: unknown, result: string): Attributes => ({
    'openinference.span.kind': 'TOOL',
    'tool.name': name,
    'session.id': session,
    'input.value': JSON.stringify(args),
    'output.value': result,
  }),
  llm: (model: string, session: string): Attributes => ({ 'openinference.span.kind': 'LLM', 'llm.model_name': model, 'session.id': session }),
};

export const genai = {
  agent: (name: string, conv: string): Attributes => ({ 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': name, 'gen_ai.conversation.id': conv }),
  tool: (name: string, conv: string, args: unknown, result: string): Attributes => ({
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.name': name,
    'gen_ai.conversation.id': conv,
    'gen_ai.tool.call.arguments': JSON.stringify(args),
    'gen_ai.tool.call.result': result,
  }),
  llm: (model: string, conv: string): Attributes => ({ 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': model, 'gen_ai.conversation.id': conv }),
};

/** Orchestrator → researcher (web_search) and writer (send_email), each with a model call. */
export function multiAgentSession(session = 'sess-1', app = 'test-app'): RawSpan[] {
  const specs: SpanSpec[] = [
    { id: 'root', start: 0, end: 100, attrs: oi.agent('orchestrator', session, 'Research X and email Bob') },
    { id: 'o-llm', parent: 'root', start: 1, end: 5, attrs: oi.llm('gpt-4o', session) },
    { id: 'res', parent: 'root', start: 10, end: 40, attrs: oi.agent('researcher', session) },
    { id: 'res-llm', parent: 'res', start: 11, end: 15, attrs: oi.llm('gpt-4o', session) },
    { id: 'search1', parent: 'res', start: 16, end: 20, attrs: oi.tool('web_search', session, { q: 'X' }, 'X is ...') },
    { id: 'search2', parent: 'res', start: 21, end: 25, attrs: oi.tool('web_search', session, { q: 'X more' }, 'more X') },
    { id: 'wri', parent: 'root', start: 50, end: 90, attrs: oi.agent('writer', session) },
    { id: 'wri-chain', parent: 'wri', start: 51, end: 89, name: 'compose', attrs: { 'openinference.span.kind': 'CHAIN', 'session.id': session } },
    { id: 'wri-llm', parent: 'wri-chain', start: 52, end: 60, attrs: oi.llm('gpt-4o-mini', session) },
    { id: 'send', parent: 'wri-chain', start: 61, end: 70, attrs: oi.tool('send_email', session, { to: 'bob@example.com' }, 'sent') },
  ];
  return specs.map((s) => rawSpan(s, app));
}

export function resetCounter(): void {
  counter = 0;
}
