// ExportTraceServiceResponse and google.rpc.Status bodies, in the request's encoding (OTLP/HTTP spec).
import protobuf from 'protobufjs/minimal.js';
import type { OtlpFormat } from './body.ts';

export interface ExportOutcome {
  rejectedSpans: number;
  errorMessage?: string;
}

export interface EncodedBody {
  contentType: string;
  body: Uint8Array;
}

const CONTENT_TYPE: Record<OtlpFormat, string> = { protobuf: 'application/x-protobuf', json: 'application/json' };

/**
 * Full success is an empty response; a partial one carries partial_success {rejected_spans, error_message}
 * (a message with 0 rejected is a warning, which the spec allows).
 */
export function encodeExportResponse(format: OtlpFormat, outcome: ExportOutcome): EncodedBody {
  const partial = outcome.rejectedSpans > 0 || !!outcome.errorMessage;
  if (format === 'json') {
    const body = partial
      ? { partialSuccess: { rejectedSpans: String(outcome.rejectedSpans), errorMessage: outcome.errorMessage ?? '' } }
      : {};
    return { contentType: CONTENT_TYPE.json, body: Buffer.from(JSON.stringify(body)) };
  }
  const w = protobuf.Writer.create();
  if (partial) {
    w.uint32((1 << 3) | 2).fork();
    if (outcome.rejectedSpans > 0) w.uint32((1 << 3) | 0).int64(outcome.rejectedSpans);
    if (outcome.errorMessage) w.uint32((2 << 3) | 2).string(outcome.errorMessage);
    w.ldelim();
  }
  return { contentType: CONTENT_TYPE.protobuf, body: w.finish() };
}

/** An error body: google.rpc.Status {code, message} (gRPC code numbers), as the OTLP/HTTP spec asks. */
export function encodeStatus(format: OtlpFormat, code: number, message: string): EncodedBody {
  if (format === 'json') return { contentType: CONTENT_TYPE.json, body: Buffer.from(JSON.stringify({ code, message })) };
  const w = protobuf.Writer.create();
  if (code) w.uint32((1 << 3) | 0).int32(code);
  if (message) w.uint32((2 << 3) | 2).string(message);
  return { contentType: CONTENT_TYPE.protobuf, body: w.finish() };
}
