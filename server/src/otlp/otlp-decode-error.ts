// The one error an OTLP body that cannot be decoded at all produces (→ HTTP 400, gRPC INVALID_ARGUMENT).
import { ValidationError } from '@sentinel/graph';

/**
 * The body is not an OTLP ExportTraceServiceRequest (truncated protobuf, invalid JSON, corrupt gzip).
 * The message is a plain reason for the sender, e.g. `truncated protobuf at byte 1234: …`.
 * A body that decodes but carries invalid spans does not throw: those spans are rejected one by one.
 */
export class OtlpDecodeError extends ValidationError {
  override readonly code: string = 'otlp_decode_error';
  readonly status = 400;
}
