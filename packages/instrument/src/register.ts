// register(): the OpenTelemetry Node SDK set up to send OpenInference spans to Sentinel over OTLP.
import { context, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type BufferConfig, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { Metadata } from '@grpc/grpc-js';
import { TRACER_NAME } from './context-keys.ts';
import { resolveEndpoint, resolveProtocol, type OtlpProtocol } from './endpoint.ts';
import { enableInstrumentations, loadInstrumentations, type Instrumentation } from './instrumentations.ts';
import { SessionSpanProcessor } from './session-span-processor.ts';

export interface RegisterOptions {
  /** `service.name`: Sentinel reads it as the app name (policy sections are keyed by it). */
  serviceName: string;
  /** Default: `OTEL_EXPORTER_OTLP_ENDPOINT`, else `http://127.0.0.1:4318` (HTTP) / `http://127.0.0.1:4317` (gRPC). */
  endpoint?: string;
  /** Default: `OTEL_EXPORTER_OTLP_PROTOCOL` when it says `grpc`, else `http/protobuf`. */
  protocol?: OtlpProtocol;
  /** Sent with every export (HTTP headers or gRPC metadata), e.g. an auth token. */
  headers?: Record<string, string>;
  /** Export here instead of OTLP (tests, a console exporter). */
  exporter?: SpanExporter;
  /** Batch processor tuning (queue size, export interval); the SDK defaults otherwise. */
  batch?: BufferConfig;
  /** More processors, run after the batch exporter (e.g. a counter). */
  spanProcessors?: SpanProcessor[];
  /**
   * Make this the global tracer provider (default true). Set false for a second app in the same
   * process and give its `tracer` to `withSession`; the async context manager is installed either way.
   */
  global?: boolean;
  /**
   * OpenInference auto-instrumentations: `true` (default) enables the known ones that are
   * installed (e.g. `@arizeai/openinference-instrumentation-openai`), `false` none, or pass
   * instances to enable exactly those with this provider.
   */
  instrumentations?: boolean | Instrumentation[];
}

export interface Registration {
  provider: NodeTracerProvider;
  /** A tracer of this provider, for `withSession(id, fn, { tracer })`. */
  tracer: Tracer;
  /** Where spans go (the exporter URL), for logs. */
  endpoint: string;
  protocol: OtlpProtocol;
  /** Resolves with the names of the auto-instrumentations enabled (await it before the first model call). */
  instrumentations: Promise<string[]>;
  /** Exports every finished span now. */
  forceFlush(): Promise<void>;
  /** Flushes and stops the provider (call before the process exits, or spans are lost). */
  shutdown(): Promise<void>;
}

/**
 * Sets up tracing for an agent app: a NodeTracerProvider with a batch span processor and an
 * OTLP/protobuf (HTTP) or OTLP/gRPC exporter, the async-hooks context manager, session-id
 * propagation to every span, and any installed OpenInference instrumentation.
 *
 * @example
 * const otel = register({ serviceName: 'email-assistant' });
 * await withSession('s-1', () => runAgent('orchestrator', { input: 'hi' }, () => 'hello'));
 * await otel.shutdown();
 */
export function register(opts: RegisterOptions): Registration {
  const protocol = resolveProtocol(opts.protocol);
  const endpoint = opts.exporter ? 'custom exporter' : resolveEndpoint(protocol, opts.endpoint);
  const exporter = opts.exporter ?? createExporter(protocol, endpoint, opts.headers);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': opts.serviceName }),
    spanProcessors: [new SessionSpanProcessor(), new BatchSpanProcessor(exporter, opts.batch), ...(opts.spanProcessors ?? [])],
  });
  if (opts.global ?? true) provider.register();
  else ensureContextManager();
  const inst = opts.instrumentations ?? true;
  const instrumentations = Array.isArray(inst) ? Promise.resolve(enableInstrumentations(provider, inst)) : inst ? loadInstrumentations(provider) : Promise.resolve([]);
  return {
    provider,
    tracer: provider.getTracer(TRACER_NAME),
    endpoint,
    protocol,
    instrumentations,
    forceFlush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

let contextManagerInstalled = false;

/**
 * Without a context manager `context.with` does not survive an `await`, and the session id and
 * agent nesting would be lost. A non-global registration still needs one; if the app (or another
 * SDK) already installed one, the API keeps that and ours is dropped.
 */
function ensureContextManager(): void {
  if (contextManagerInstalled) return;
  contextManagerInstalled = true;
  const manager = new AsyncLocalStorageContextManager().enable();
  if (!context.setGlobalContextManager(manager)) manager.disable();
}

function createExporter(protocol: OtlpProtocol, url: string, headers: Record<string, string> | undefined): SpanExporter {
  if (protocol === 'grpc') {
    let metadata: Metadata | undefined;
    if (headers) {
      metadata = new Metadata();
      for (const [k, v] of Object.entries(headers)) metadata.set(k, v);
    }
    return new GrpcExporter({ url, metadata });
  }
  return new ProtoExporter({ url, headers });
}
