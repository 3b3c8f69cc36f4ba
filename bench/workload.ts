// Realistic agent spans for the benchmarks: OpenInference attributes, a few KB of content on LLM and tool spans.
import { context, trace } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';

const WORDS = 'the agent reads an email about the quarterly report and drafts a reply with the numbers from the attached file before the meeting on friday'.split(' ');

/**
 * `chars` of prose from the word list, different for every seed: a real session's tool results and messages are its
 * own, and a text repeated across spans would flatter anything that remembers what it read (an earlier version drew
 * from 25 sequences, so every session repeated the others' content).
 */
function text(chars: number, seed: number): string {
  let out = '';
  // xorshift32 from the seed (never 0): a word per step.
  let x = (Math.imul(seed, 0x9e3779b1) + 1) >>> 0 || 1;
  while (out.length < chars) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += WORDS[x % WORDS.length] + ' ';
  }
  return out.slice(0, chars);
}

/** A seed per session and place in it: no two texts of the workload share one. */
const seedOf = (session: number, place: number): number => session * 32 + place;

/**
 * One session: orchestrator → 2 sub-agents; 3 LLM spans (~3 KB of messages each), 5 tool spans
 * (~2 KB results), ~10 attributes per span. 11 spans.
 */
function session(tracer: ReturnType<BasicTracerProvider['getTracer']>, n: number): void {
  const sid = `bench-session-${n}`;
  const base = { [OI.SESSION_ID]: sid, [OI.USER_ID]: 'bench-user', 'deployment.environment': 'bench' };
  const root = tracer.startSpan('orchestrator', { attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: 'orchestrator', [OI.INPUT_VALUE]: text(300, seedOf(n, 0)) } });
  const ctx = trace.setSpan(context.active(), root);
  for (const [k, agent] of ['researcher', 'writer'].entries()) {
    const at = 1 + k * 10; // this agent's places: at … at + 9
    const a = tracer.startSpan(agent, { attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: agent, [OI.GRAPH_NODE_ID]: agent, [OI.GRAPH_NODE_PARENT_ID]: 'orchestrator', [OI.INPUT_VALUE]: text(200, seedOf(n, at)) } }, ctx);
    const actx = trace.setSpan(ctx, a);
    const llm = tracer.startSpan('chat', {
      attributes: {
        ...base,
        [OI.OPENINFERENCE_SPAN_KIND]: 'LLM',
        [OI.LLM_MODEL_NAME]: 'gpt-4o',
        [`${OI.LLM_INPUT_MESSAGES}.0.${OI.MESSAGE_ROLE}`]: 'system',
        [`${OI.LLM_INPUT_MESSAGES}.0.${OI.MESSAGE_CONTENT}`]: text(1500, seedOf(n, at + 1)),
        [`${OI.LLM_INPUT_MESSAGES}.1.${OI.MESSAGE_ROLE}`]: 'user',
        [`${OI.LLM_INPUT_MESSAGES}.1.${OI.MESSAGE_CONTENT}`]: text(1000, seedOf(n, at + 2)),
        [`${OI.LLM_OUTPUT_MESSAGES}.0.${OI.MESSAGE_ROLE}`]: 'assistant',
        [`${OI.LLM_OUTPUT_MESSAGES}.0.${OI.MESSAGE_CONTENT}`]: text(500, seedOf(n, at + 3)),
        [OI.LLM_TOKEN_COUNT_TOTAL]: 900,
      },
    }, actx);
    llm.end();
    const tools = agent === 'researcher' ? ['web_search', 'fetch_url', 'read_file'] : ['draft_email', 'send_email'];
    for (const [i, tool] of tools.entries()) {
      tracer
        .startSpan(tool, {
          attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'TOOL', [OI.TOOL_NAME]: tool, [OI.INPUT_VALUE]: JSON.stringify({ q: text(80, seedOf(n, at + 4 + i)) }), [OI.OUTPUT_VALUE]: text(2000, seedOf(n, at + 7 + i)), 'input.mime_type': 'application/json' },
        }, actx)
        .end();
    }
    a.end();
  }
  const final = tracer.startSpan('chat', { attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'LLM', [OI.LLM_MODEL_NAME]: 'gpt-4o', [OI.INPUT_VALUE]: text(2500, seedOf(n, 21)), [OI.OUTPUT_VALUE]: text(400, seedOf(n, 22)) } }, ctx);
  final.end();
  root.end();
}

export const SPANS_PER_SESSION = 11;

/** Protobuf ExportTraceServiceRequest bodies of about `spansPerRequest` spans each. */
export function buildBodies(sessions: number, spansPerRequest = 550, firstSession = 0): { bodies: Uint8Array[]; spans: number } {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': 'bench-app' }), spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('bench');
  for (let i = 0; i < sessions; i++) session(tracer, firstSession + i);
  const spans: ReadableSpan[] = exporter.getFinishedSpans();
  const bodies: Uint8Array[] = [];
  for (let i = 0; i < spans.length; i += spansPerRequest) bodies.push(ProtobufTraceSerializer.serializeRequest(spans.slice(i, i + spansPerRequest))!);
  return { bodies, spans: spans.length };
}
