// ExportTraceServiceResponse and google.rpc.Status bodies, in the request's encoding (OTLP/HTTP spec): written, and read back by senders.
import protobuf from 'protobufjs/minimal.js';
import type { OtlpFormat } from './body.ts';
import { OtlpDecodeError } from './otlp-decode-error.ts';

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

/**
 * Reads an ExportTraceServiceResponse (what `encodeExportResponse` writes, or any OTLP server's answer):
 * an empty body is full success. Throws OtlpDecodeError for a body that is not one.
 */
export function decodeExportResponse(format: OtlpFormat, body: Uint8Array): ExportOutcome {
  if (body.length === 0) return { rejectedSpans: 0 };
  if (format === 'json') {
    const doc = parseJson(body) as { partialSuccess?: PartialJson; partial_success?: PartialJson } | null;
    const p = doc?.partialSuccess ?? doc?.partial_success;
    const rejected = Number(p?.rejectedSpans ?? p?.rejected_spans ?? 0);
    const message = p?.errorMessage ?? p?.error_message;
    return { rejectedSpans: Number.isFinite(rejected) ? rejected : 0, ...(message ? { errorMessage: String(message) } : {}) };
  }
  const outcome: ExportOutcome = { rejectedSpans: 0 };
  readFields(body, (field, wire, r) => {
    if (field !== 1 || wire !== 2) return false;
    readFields(r.bytes(), (f, w, pr) => {
      if (f === 1 && w === 0) outcome.rejectedSpans = Number(pr.int64());
      else if (f === 2 && w === 2) outcome.errorMessage = pr.string();
      else return false;
      return true;
    });
    return true;
  });
  return outcome;
}

/** The message of an error body (google.rpc.Status, as `encodeStatus` writes it); undefined when there is none. */
export function decodeStatusMessage(format: OtlpFormat, body: Uint8Array): string | undefined {
  if (format === 'json') {
    const doc = parseJson(body) as { message?: unknown } | null;
    return typeof doc?.message === 'string' ? doc.message : undefined;
  }
  let message: string | undefined;
  readFields(body, (field, wire, r) => {
    if (field !== 2 || wire !== 2) return false;
    message = r.string();
    return true;
  });
  return message;
}

type PartialJson = { rejectedSpans?: string | number; rejected_spans?: string | number; errorMessage?: string; error_message?: string };

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (err) {
    throw new OtlpDecodeError(`invalid OTLP/JSON response: ${(err as Error).message}`);
  }
}

/** Calls `read` for each field; `read` consumes the field's value and returns true, or returns false to skip it. */
function readFields(body: Uint8Array, read: (field: number, wireType: number, r: protobuf.Reader) => boolean): void {
  const r = protobuf.Reader.create(body);
  try {
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (!read(tag >>> 3, tag & 7, r)) r.skipType(tag & 7);
    }
  } catch (err) {
    throw new OtlpDecodeError(`malformed OTLP protobuf response at byte ${r.pos}: ${(err as Error).message}`);
  }
}
