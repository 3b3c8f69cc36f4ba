// OTLP wire formats in and out: HTTP bodies (protobuf, JSON, gzip), the gRPC service, and the limits they enforce.
export { readOtlpBody, formatOf, type OtlpFormat } from './body.ts';
export { decodeProtobufExport } from './proto-decode.ts';
export { decodeJsonExport } from './json-decode.ts';
export type { DecodedExport } from './decode-context.ts';
export { resolveLimits, TRUNCATION_MARKER, type DecodeLimits, type LimitHits } from './limits.ts';
export { encodeExportResponse, encodeStatus, decodeExportResponse, decodeStatusMessage, type ExportOutcome } from './response.ts';
export { countExportSpans } from './count-spans.ts';
export { startOtlpGrpcServer, TRACE_EXPORT_PATH, type GrpcContext } from './grpc-server.ts';
export { OtlpDecodeError } from './otlp-decode-error.ts';
