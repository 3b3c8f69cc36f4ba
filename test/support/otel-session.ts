// Sends a small multi-agent session through a real OTel SDK exporter (proto, JSON or gRPC), in either semantic convention.
import { context, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Metadata } from '@grpc/grpc-js';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';

export type Protocol = 'proto' | 'json' | 'grpc';
export type Convention = 'openinference' | 'genai';

export function exporterFor(protocol: Protocol, httpUrl: string, grpcUrl?: string, headers?: Record<string, string>): SpanExporter {
  if (protocol === 'grpc') {
    if (!grpcUrl) throw new Error('gRPC exporter needs the gRPC address');
    const metadata = new Metadata();
    for (const [k, v] of Object.entries(headers ?? {})) metadata.set(k.toLowerCase(), v);
    return new GrpcExporter({ url: `http://${grpcUrl}`, metadata });
  }
  const Exporter = protocol === 'proto' ? ProtoExporter : JsonExporter;
  return new Exporter({ url: `${httpUrl}/v1/traces`, headers });
}

/** A tracer whose spans go straight to the exporter (SimpleSpanProcessor): a test knows when they are sent. */
export function testTracer(exporter: SpanExporter, app: string): { tracer: Tracer; provider: BasicTracerProvider } {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': app }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  return { tracer: provider.getTracer('sentinel-tests'), provider };
}

interface Attrs {
  agent(name: string): Attributes;
  tool(name: string, args: unknown, result: string): Attributes;
  llm(model: string): Attributes;
}

function conventions(kind: Convention, sessionId: string): Attrs {
  if (kind === 'openinference') {
    return {
      agent: (name) => ({ [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: name, [OI.SESSION_ID]: sessionId, [OI.INPUT_VALUE]: `task for ${name}` }),
      tool: (name, args, result) => ({
        [OI.OPENINFERENCE_SPAN_KIND]: 'TOOL',
        [OI.TOOL_NAME]: name,
        [OI.SESSION_ID]: sessionId,
        [OI.INPUT_VALUE]: JSON.stringify(args),
        [OI.OUTPUT_VALUE]: result,
      }),
      llm: (model) => ({ [OI.OPENINFERENCE_SPAN_KIND]: 'LLM', [OI.LLM_MODEL_NAME]: model, [OI.SESSION_ID]: sessionId }),
    };
  }
  return {
    agent: (name) => ({ 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': name, 'gen_ai.conversation.id': sessionId }),
    // As the GenAI conventions list it: `gen_ai.conversation.id` on agent and model spans, not on `execute_tool`
    // spans (they join their trace's session).
    tool: (name, args, result) => ({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': name,
      'gen_ai.tool.call.arguments': JSON.stringify(args),
      'gen_ai.tool.call.result': result,
    }),
    llm: (model) => ({ 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': model, 'gen_ai.conversation.id': sessionId }),
  };
}

/**
 * orchestrator → planner (llm, search_web ×2) and orchestrator → mailer (llm, read_inbox, send_email).
 * Expected graph: 8 nodes (user, 3 agents, 2 models... see EXPECTED_* below), spans end children-first
 * so children reach the server before their parents, as real exporters do.
 */
export async function sendMultiAgentSession(exporter: SpanExporter, opts: { app: string; sessionId: string; convention: Convention }): Promise<number> {
  const { tracer, provider } = testTracer(exporter, opts.app);
  const a = conventions(opts.convention, opts.sessionId);
  let count = 0;
  const child = (parent: Span, name: string, attrs: Attributes): Span => {
    count++;
    return tracer.startSpan(name, { attributes: attrs }, trace.setSpan(context.active(), parent));
  };
  count++;
  const root = tracer.startSpan('orchestrator', { attributes: a.agent('orchestrator') });
  child(root, 'plan', a.llm('gpt-4o')).end();
  const planner = child(root, 'planner', a.agent('planner'));
  child(planner, 'think', a.llm('gpt-4o')).end();
  child(planner, 'search_web', a.tool('search_web', { q: 'flights' }, 'results 1')).end();
  child(planner, 'search_web', a.tool('search_web', { q: 'hotels' }, 'results 2')).end();
  planner.end();
  const mailer = child(root, 'mailer', a.agent('mailer'));
  child(mailer, 'draft', a.llm('gpt-4o-mini')).end();
  child(mailer, 'read_inbox', a.tool('read_inbox', { n: 5 }, 'inbox')).end();
  child(mailer, 'send_email', a.tool('send_email', { to: 'bob@example.com', body: 'hi' }, 'sent')).end();
  mailer.end();
  root.end();
  await provider.forceFlush();
  await provider.shutdown();
  return count;
}

export const EXPECTED_NODES = ['agent:mailer', 'agent:orchestrator', 'agent:planner', 'model:gpt-4o', 'model:gpt-4o-mini', 'tool:read_inbox', 'tool:search_web', 'tool:send_email', 'user'];

export const EXPECTED_EDGES: Record<string, number> = {
  'request:user->agent:orchestrator': 1,
  'call:agent:orchestrator->model:gpt-4o': 1,
  'delegate:agent:orchestrator->agent:planner': 1,
  'return:agent:planner->agent:orchestrator': 1,
  'call:agent:planner->model:gpt-4o': 1,
  'invoke:agent:planner->tool:search_web': 2,
  'result:tool:search_web->agent:planner': 2,
  'delegate:agent:orchestrator->agent:mailer': 1,
  'return:agent:mailer->agent:orchestrator': 1,
  'call:agent:mailer->model:gpt-4o-mini': 1,
  'invoke:agent:mailer->tool:read_inbox': 1,
  'result:tool:read_inbox->agent:mailer': 1,
  'invoke:agent:mailer->tool:send_email': 1,
  'result:tool:send_email->agent:mailer': 1,
};
