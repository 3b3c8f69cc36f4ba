// How many spans an OTLP export request holds, without decoding them: lets a sender tell "held no spans" from "all rejected".
import protobuf from 'protobufjs/minimal.js';
import type { OtlpFormat } from './body.ts';
import { OtlpDecodeError } from './otlp-decode-error.ts';

type Reader = protobuf.Reader;
const LEN = 2;

/**
 * Spans in an uncompressed ExportTraceServiceRequest, counted where the decoders look for them
 * (`resourceSpans[].scopeSpans[].spans[]`, snake_case too). Throws OtlpDecodeError for a body the
 * decoders would refuse whole, so the caller can let the server say why.
 * @example countExportSpans('json', Buffer.from('{"foo":1}')) // 0: valid, but nothing to store
 */
export function countExportSpans(format: OtlpFormat, body: Uint8Array): number {
  return format === 'json' ? countJson(body) : countProtobuf(body);
}

function countJson(body: Uint8Array): number {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (err) {
    throw new OtlpDecodeError(`invalid OTLP/JSON: ${(err as Error).message}`);
  }
  let n = 0;
  for (const rs of items(field(doc, 'resourceSpans', 'resource_spans'))) {
    for (const ss of items(field(rs, 'scopeSpans', 'scope_spans'))) n += items(field(ss, 'spans', 'spans')).length;
  }
  return n;
}

function field(o: unknown, camel: string, snake: string): unknown {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new OtlpDecodeError(`invalid OTLP/JSON: expected an object holding ${camel}`);
  const r = o as Record<string, unknown>;
  return r[camel] ?? r[snake];
}

function items(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new OtlpDecodeError('invalid OTLP/JSON: resourceSpans, scopeSpans and spans must be arrays');
  return v;
}

/** ExportTraceServiceRequest.resource_spans (1) → ResourceSpans.scope_spans (2) → ScopeSpans.spans (2). */
function countProtobuf(body: Uint8Array): number {
  const r = protobuf.Reader.create(body);
  try {
    return countFields(r, r.len, [1, 2, 2]);
  } catch (err) {
    if (err instanceof OtlpDecodeError) throw err;
    throw new OtlpDecodeError(`malformed OTLP protobuf at byte ${r.pos} of ${r.len}: ${(err as Error).message}`);
  }
}

/** Counts the length-delimited fields at the end of `path` inside r.pos..end. */
function countFields(r: Reader, end: number, path: number[]): number {
  let n = 0;
  while (r.pos < end) {
    const tag = r.uint32();
    if (tag >>> 3 === 0) throw new OtlpDecodeError(`invalid protobuf field number 0 at byte ${r.pos}`);
    if (tag >>> 3 !== path[0] || (tag & 7) !== LEN) {
      r.skipType(tag & 7);
      continue;
    }
    const len = r.uint32();
    const fieldEnd = r.pos + len;
    if (fieldEnd > end) throw new OtlpDecodeError(`truncated OTLP protobuf: a field of ${len} bytes at byte ${r.pos} runs past its end (${end})`);
    if (path.length === 1) n++;
    else n += countFields(r, fieldEnd, path.slice(1));
    r.pos = fieldEnd;
  }
  return n;
}
