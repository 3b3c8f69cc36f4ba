// Realistic agent spans for the benchmarks: OpenInference attributes, a few KB of content on LLM and tool spans.
import { context, trace } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';

const WORDS = 'the agent reads an email about the quarterly report and drafts a reply with the numbers from the attached file before the meeting on friday'.split(' ');

function text(chars: number, seed: number): string {
  let out = '';
  let i = seed;
  while (out.length < chars) out += WORDS[(i = (i * 7 + 3) % WORDS.length)] + ' ';
  return out.slice(0, chars);
}

/**
 * One session: orchestrator → 2 sub-agents; 3 LLM spans (~3 KB of messages each), 5 tool spans
 * (~2 KB results), ~10 attributes per span. 11 spans.
 */
function session(tracer: ReturnType<BasicTracerProvider['getTracer']>, n: number): void {
  const sid = `bench-session-${n}`;
  const base = { [OI.SESSION_ID]: sid, [OI.USER_ID]: 'bench-user', 'deployment.environment': 'bench' };
  const root = tracer.startSpan('orchestrator', { attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: 'orchestrator', [OI.INPUT_VALUE]: text(300, n) } });
  const ctx = trace.setSpan(context.active(), root);
  for (const agent of ['researcher', 'writer']) {
    const a = tracer.startSpan(agent, { attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: agent, [OI.GRAPH_NODE_ID]: agent, [OI.GRAPH_NODE_PARENT_ID]: 'orchestrator', [OI.INPUT_VALUE]: text(200, n + 1) } }, ctx);
    const actx = trace.setSpan(ctx, a);
    const llm = tracer.startSpan('chat', {
      attributes: {
        ...base,
        [OI.OPENINFERENCE_SPAN_KIND]: 'LLM',
        [OI.LLM_MODEL_NAME]: 'gpt-4o',
        [`${OI.LLM_INPUT_MESSAGES}.0.${OI.MESSAGE_ROLE}`]: 'system',
        [`${OI.LLM_INPUT_MESSAGES}.0.${OI.MESSAGE_CONTENT}`]: text(1500, n + 2),
        [`${OI.LLM_INPUT_MESSAGES}.1.${OI.MESSAGE_ROLE}`]: 'user',
        [`${OI.LLM_INPUT_MESSAGES}.1.${OI.MESSAGE_CONTENT}`]: text(1000, n + 3),
        [`${OI.LLM_OUTPUT_MESSAGES}.0.${OI.MESSAGE_ROLE}`]: 'assistant',
        [`${OI.LLM_OUTPUT_MESSAGES}.0.${OI.MESSAGE_CONTENT}`]: text(500, n + 4),
        [OI.LLM_TOKEN_COUNT_TOTAL]: 900,
      },
    }, actx);
    llm.end();
    const tools = agent === 'researcher' ? ['web_search', 'fetch_url', 'read_file'] : ['draft_email', 'send_email'];
    for (const [i, tool] of tools.entries()) {
      tracer
        .startSpan(tool, {
          attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'TOOL', [OI.TOOL_NAME]: tool, [OI.INPUT_VALUE]: JSON.stringify({ q: text(80, n + i) }), [OI.OUTPUT_VALUE]: text(2000, n + i + 5), 'input.mime_type': 'application/json' },
        }, actx)
        .end();
    }
    a.end();
  }
  const final = tracer.startSpan('chat', { attributes: { ...base, [OI.OPENINFERENCE_SPAN_KIND]: 'LLM', [OI.LLM_MODEL_NAME]: 'gpt-4o', [OI.INPUT_VALUE]: text(2500, n + 9), [OI.OUTPUT_VALUE]: text(400, n + 8) } }, ctx);
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
