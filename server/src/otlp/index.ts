// OTLP wire formats in and out: HTTP bodies (protobuf, JSON, gzip), the gRPC service, and the limits they enforce.
export { readOtlpBody, formatOf, type OtlpFormat } from './body.ts';
export { decodeProtobufExport, decodeProtobufLogs } from './proto-decode.ts';
export { decodeJsonExport, decodeJsonLogs } from './json-decode.ts';
export type { DecodedExport, DecodedLogs, SpanLogRecord } from './decode-context.ts';
export { resolveLimits, TRUNCATION_MARKER, type DecodeLimits, type LimitHits } from './limits.ts';
export { encodeExportResponse, encodeStatus, decodeExportResponse, decodeStatusMessage, type ExportOutcome } from './response.ts';
export { countExportSpans } from './count-spans.ts';
export { startOtlpGrpcServer, LOGS_EXPORT_PATH, TRACE_EXPORT_PATH, type GrpcContext } from './grpc-server.ts';
export { OtlpDecodeError } from './otlp-decode-error.ts';
