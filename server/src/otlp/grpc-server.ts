// OTLP/gRPC: opentelemetry.proto.collector.trace.v1.TraceService/Export (and logs.v1.LogsService/Export) on @grpc/grpc-js, sharing the
// HTTP path's decoder. Messages stay raw Buffers (identity (de)serializers) so the one hand-written decoder
// runs on them; grpc-js itself inflates gzip-compressed messages and enforces the receive size limit.
import * as grpc from '@grpc/grpc-js';
import { SentinelError, ValidationError } from '@sentinel/graph';
import { OverloadedError, UnauthorizedError, ForbiddenError, PayloadTooLargeError } from '../errors.ts';
import type { DecodedExport, DecodedLogs } from './decode-context.ts';
import type { DecodeLimits } from './limits.ts';
import { decodeProtobufExport, decodeProtobufLogs } from './proto-decode.ts';
import { encodeExportResponse, type ExportOutcome } from './response.ts';

export const TRACE_EXPORT_PATH = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
export const LOGS_EXPORT_PATH = '/opentelemetry.proto.collector.logs.v1.LogsService/Export';

export interface GrpcContext {
  /** Request metadata as lowercased header-like strings (authorization, api keys). */
  metadata: Record<string, string | string[] | undefined>;
}

export interface OtlpGrpcOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  maxReceiveMessageBytes: number;
  limits: DecodeLimits;
  handler: (decoded: DecodedExport, ctx: GrpcContext) => Promise<ExportOutcome>;
  /** Log records tied to spans (the GenAI message events); throws like `handler`. Without it LogsService is not served. */
  logs?: (decoded: DecodedLogs, ctx: GrpcContext) => void;
  /** Admission control before decoding: returns a release function, or throws (e.g. OverloadedError → UNAVAILABLE). */
  admit?: () => () => void;
  log?: (msg: string) => void;
  /** Where grpc-js's own messages go (it writes them to stderr otherwise). */
  debugLog?: (msg: string) => void;
}

const identity = (b: Buffer): Buffer => b;

/** gRPC status for an error, following the OTLP spec's retryable/non-retryable split. */
function statusFor(err: unknown): { code: grpc.status; details: string } {
  const details = err instanceof Error ? err.message : String(err);
  if (err instanceof OverloadedError) return { code: grpc.status.UNAVAILABLE, details };
  if (err instanceof UnauthorizedError) return { code: grpc.status.UNAUTHENTICATED, details };
  if (err instanceof ForbiddenError) return { code: grpc.status.PERMISSION_DENIED, details };
  if (err instanceof PayloadTooLargeError) return { code: grpc.status.RESOURCE_EXHAUSTED, details };
  if (err instanceof ValidationError) return { code: grpc.status.INVALID_ARGUMENT, details };
  if (err instanceof SentinelError) return { code: grpc.status.INTERNAL, details };
  return { code: grpc.status.INTERNAL, details: 'internal error' };
}

export async function startOtlpGrpcServer(opts: OtlpGrpcOptions): Promise<{ port: number; close(): Promise<void> }> {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': opts.maxReceiveMessageBytes,
    'grpc.max_send_message_length': 4 * 1024 * 1024,
  });
  /** One unary Export method: raw Buffers in and out, errors mapped to the OTLP spec's gRPC statuses. */
  const exportMethod = (path: string, run: (request: Buffer, ctx: GrpcContext) => Promise<ExportOutcome>) => {
    const definition: grpc.ServiceDefinition = {
      Export: { path, requestStream: false, responseStream: false, requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity },
    };
    server.addService(definition, {
      Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
        const metadata: GrpcContext['metadata'] = {};
        for (const [k, v] of Object.entries(call.metadata.getMap())) metadata[k.toLowerCase()] = typeof v === 'string' ? v : v.toString('utf8');
        let release: (() => void) | undefined;
        (async () => {
          release = opts.admit?.();
          const outcome = await run(call.request, { metadata });
          release?.();
          callback(null, Buffer.from(encodeExportResponse('protobuf', outcome).body));
        })().catch((err: unknown) => {
          release?.();
          const s = statusFor(err);
          if (s.code === grpc.status.INTERNAL) opts.log?.(`OTLP/gRPC export failed: ${(err as Error)?.stack ?? String(err)}`);
          const trailer = new grpc.Metadata();
          // RetryInfo is not encoded here; UNAVAILABLE alone is retryable per the OTLP spec.
          callback({ code: s.code, details: s.details, metadata: trailer });
        });
      },
    });
  };
  exportMethod(TRACE_EXPORT_PATH, (request, ctx) => opts.handler(decodeProtobufExport(request, opts.limits), ctx));
  const logs = opts.logs;
  if (logs) {
    exportMethod(LOGS_EXPORT_PATH, async (request, ctx) => {
      logs(decodeProtobufLogs(request, opts.limits), ctx);
      return { rejectedSpans: 0 };
    });
  }
  const debugLog = opts.debugLog;
  if (debugLog) {
    // grpc-js prints its own line to stderr for what bindAsync also reports to us (a taken port: "No address
    // added out of total 1 resolved"), next to Sentinel's one-line error: its messages go to the debug log.
    const forward = (...args: unknown[]) => debugLog(`grpc-js: ${args.join(' ')}`);
    grpc.setLogger({ error: forward, info: forward, debug: forward });
  }
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${host}:${opts.port}`, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 5_000);
        force.unref();
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
