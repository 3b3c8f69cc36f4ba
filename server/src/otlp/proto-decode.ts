// OTLP/protobuf ExportTraceServiceRequest → RawSpan[], read field by field with protobufjs' Reader.
//
// Why hand-written over generated classes (protobufjs static code or @opentelemetry/otlp-transformer):
// ingest is the hot path and this decoder goes straight to RawSpan in one pass: no intermediate
// message objects, ids hex-encoded once, limits applied while reading (an oversized value is cut
// before it is copied into the graph), and invalid spans are rejected one by one instead of the whole
// request. bench/ingest.ts measures it. Field numbers: opentelemetry/proto trace/v1, common/v1,
// resource/v1, collector/trace/v1 (stable since OTLP 1.0).
import protobuf from 'protobufjs/minimal.js';
import type { AttrValue, RawSpan, RawSpanEvent, RawSpanLink } from '@sentinel/graph';
import { DecodeContext, finishAttributes, scopeCountedIds, spanProblem, type DecodedExport, type DecodedLogs, type SpanLogRecord } from './decode-context.ts';
import { MAX_ANY_VALUE_DEPTH, MAX_LINKS_PER_SPAN, newAttrSet, resolveLimits, type AttrSet, type DecodeLimits } from './limits.ts';
import { OtlpDecodeError } from './otlp-decode-error.ts';

type Reader = protobuf.Reader;
const { Reader } = protobuf;

// Wire types.
const VARINT = 0;
const I64 = 1;
const LEN = 2;

/** Decodes a whole request. Throws OtlpDecodeError for a body that is not protobuf; invalid spans are rejected, not thrown. */
export function decodeProtobufExport(body: Uint8Array, limits?: DecodeLimits): DecodedExport {
  const ctx = new DecodeContext(resolveLimits(limits));
  const r = Reader.create(body);
  try {
    let ri = 0;
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (tag >>> 3 === 1 && (tag & 7) === LEN) readResourceSpans(ctx, sub(r), ri++);
      else skip(r, tag);
    }
  } catch (err) {
    if (err instanceof OtlpDecodeError) throw err;
    throw new OtlpDecodeError(`malformed OTLP protobuf at byte ${r.pos} of ${r.len}: ${(err as Error).message}`);
  }
  return ctx.result();
}

/** Reads the length of the next length-delimited field and returns where it ends, bounds-checked against the reader. */
function fieldEnd(r: Reader): number {
  const len = r.uint32();
  const end = r.pos + len;
  if (end > r.len) throw new OtlpDecodeError(`truncated OTLP protobuf: a field of ${len} bytes at byte ${r.pos} runs past the end (${r.len})`);
  return end;
}

/** A reader over the next length-delimited field, bounds-checked against the parent. */
function sub(r: Reader): Reader {
  const end = fieldEnd(r);
  const child = Reader.create(r.buf.subarray(r.pos, end));
  r.pos = end;
  return child;
}

function skip(r: Reader, tag: number): void {
  const wt = tag & 7;
  if (tag >>> 3 === 0) throw new OtlpDecodeError(`invalid protobuf field number 0 at byte ${r.pos}`);
  r.skipType(wt);
}

/**
 * Narrows `r` to the next length-delimited field in place and returns the outer limit for `leave`.
 * Used for the many small messages (attributes, values): a sub-reader per KeyValue was a Reader and a
 * Buffer view allocated per attribute, a large share of decode time and GC (bench/ingest profile).
 */
function enter(r: Reader): number {
  const end = fieldEnd(r);
  const outer = r.len;
  r.len = end;
  return outer;
}

function leave(r: Reader, outer: number): void {
  r.pos = r.len;
  r.len = outer;
}

/** A fixed64 as bigint (nanosecond timestamps exceed 2^53). */
function fixed64(r: Reader): bigint {
  const lo = r.fixed32();
  const hi = r.fixed32();
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function readResourceSpans(ctx: DecodeContext, r: Reader, ri: number): void {
  let resource = newAttrSet();
  let resourceBytes: Uint8Array | undefined;
  const scopes: Reader[] = [];
  // Fields may come in any order: the resource can follow its scope spans, so scopes wait.
  while (r.pos < r.len) {
    const tag = r.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === LEN) {
      const rr = sub(r);
      resourceBytes = rr.buf;
      resource = readResource(ctx, rr);
    }
    else if (field === 2 && (tag & 7) === LEN) scopes.push(sub(r));
    else skip(r, tag);
  }
  const attrs = resource.values;
  for (let si = 0; si < scopes.length; si++) readScopeSpans(ctx, scopes[si]!, attrs, resourceBytes, `resource ${ri} scope ${si}`);
}

function readResource(ctx: DecodeContext, r: Reader): AttrSet {
  const set = newAttrSet();
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === LEN) {
      const o = enter(r);
      readKeyValue(ctx, r, set);
      leave(r, o);
    } else skip(r, tag);
  }
  return set;
}

function readScopeSpans(ctx: DecodeContext, r: Reader, resource: RawSpan['resource'], resourceBytes: Uint8Array | undefined, where: string): void {
  let scopeBytes: Uint8Array | undefined;
  let scopeName: string | undefined;
  let scopeVersion: string | undefined;
  const spans: Reader[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === LEN) {
      const s = sub(r);
      scopeBytes = s.buf;
      while (s.pos < s.len) {
        const t = s.uint32();
        if (t >>> 3 === 1 && (t & 7) === LEN) scopeName = ctx.cut(s.string());
        else if (t >>> 3 === 2 && (t & 7) === LEN) scopeVersion = ctx.cut(s.string());
        else skip(s, t);
      }
    } else if (field === 2 && (tag & 7) === LEN) spans.push(sub(r));
    else skip(r, tag);
  }
  for (let i = 0; i < spans.length; i++) {
    if (!ctx.admit()) continue;
    const before = ctx.spans.length;
    const sr = spans[i]!;
    readSpan(ctx, sr, resource, scopeName, scopeVersion, where, i);
    // Not enumerable: the bytes ride along for the store, but are not part of the span's value (equality, JSON).
    if (ctx.spans.length > before) Object.defineProperty(ctx.spans[before]!, 'wire', { value: { span: sr.buf, scope: scopeBytes, resource: resourceBytes }, enumerable: false, writable: true, configurable: true });
  }
}

/** Hex of buf[at, at + len) without a view per id (three ids per span). */
function hexAt(buf: Uint8Array, at: number, len: number): string {
  return Buffer.isBuffer(buf) ? buf.toString('hex', at, at + len) : Buffer.from(buf.buffer, buf.byteOffset + at, len).toString('hex');
}

function isZeroAt(buf: Uint8Array, at: number, len: number): boolean {
  for (let i = at; i < at + len; i++) if (buf[i] !== 0) return false;
  return true;
}

/** Skips a length-delimited field and returns where its bytes start (its length is `r.pos - start`). */
function lenField(r: Reader): number {
  const end = fieldEnd(r);
  const at = r.pos;
  r.pos = end;
  return at;
}

/**
 * `where` and `index` name the span in error messages; the label is built only for a rejected span.
 * Ids are read as offsets into the reader's buffer: a Buffer view per id and per hex string was a
 * large share of the decoder's allocations.
 */
function readSpan(ctx: DecodeContext, r: Reader, resource: RawSpan['resource'], scopeName: string | undefined, scopeVersion: string | undefined, where: string, index: number): void {
  let traceAt = 0;
  let traceLen = 0;
  let spanAt = 0;
  let spanLen = 0;
  let parentAt = 0;
  let parentLen = 0;
  let name = '';
  let kind = 0;
  let start = 0n;
  let end = 0n;
  const attrs = newAttrSet();
  let senderDropped = 0;
  const events: RawSpanEvent[] = [];
  let links: RawSpanLink[] | undefined;
  let statusCode = 0;
  let statusMessage: string | undefined;
  while (r.pos < r.len) {
    const tag = r.uint32();
    const wt = tag & 7;
    switch (tag >>> 3) {
      case 1: if (wt !== LEN) return wrongType(ctx, r, where, index, 'traceId'); traceAt = lenField(r); traceLen = r.pos - traceAt; break;
      case 2: if (wt !== LEN) return wrongType(ctx, r, where, index, 'spanId'); spanAt = lenField(r); spanLen = r.pos - spanAt; break;
      case 4: if (wt !== LEN) return wrongType(ctx, r, where, index, 'parentSpanId'); parentAt = lenField(r); parentLen = r.pos - parentAt; break;
      case 5: if (wt !== LEN) return wrongType(ctx, r, where, index, 'name'); name = ctx.cut(r.string()); break;
      case 6: if (wt !== VARINT) return wrongType(ctx, r, where, index, 'kind'); kind = r.int32(); break;
      case 7: if (wt !== I64) return wrongType(ctx, r, where, index, 'startTimeUnixNano'); start = fixed64(r); break;
      case 8: if (wt !== I64) return wrongType(ctx, r, where, index, 'endTimeUnixNano'); end = fixed64(r); break;
      case 9: {
        if (wt !== LEN) return wrongType(ctx, r, where, index, 'attributes');
        const o = enter(r);
        readKeyValue(ctx, r, attrs);
        leave(r, o);
        break;
      }
      case 10: if (wt !== VARINT) return wrongType(ctx, r, where, index, 'droppedAttributesCount'); senderDropped = r.uint32(); break;
      case 11: if (wt !== LEN) return wrongType(ctx, r, where, index, 'events'); events.push(readEvent(ctx, sub(r))); break;
      case 13: {
        if (wt !== LEN) return wrongType(ctx, r, where, index, 'links');
        const field = sub(r);
        if ((links?.length ?? 0) >= MAX_LINKS_PER_SPAN) break;
        const link = readLink(ctx, field);
        if (link) (links ??= []).push(link);
        break;
      }
      case 15: {
        if (wt !== LEN) return wrongType(ctx, r, where, index, 'status');
        const s = sub(r);
        while (s.pos < s.len) {
          const t = s.uint32();
          if (t >>> 3 === 2 && (t & 7) === LEN) statusMessage = ctx.cut(s.string());
          else if (t >>> 3 === 3 && (t & 7) === VARINT) statusCode = s.int32();
          else skip(s, t);
        }
        break;
      }
      default: skip(r, tag);
    }
  }
  const buf = r.buf;
  const problem = spanProblem(traceLen, isZeroAt(buf, traceAt, traceLen), spanLen, isZeroAt(buf, spanAt, spanLen), parentLen, start, end);
  if (problem) return ctx.reject(`${where} span ${index}`, problem);
  const span: RawSpan = {
    traceId: hexAt(buf, traceAt, traceLen),
    spanId: hexAt(buf, spanAt, spanLen),
    name,
    kind,
    startTimeUnixNano: start,
    endTimeUnixNano: end,
    attributes: attrs.values,
    resource,
    statusCode,
    events,
  };
  if (parentLen === 8 && !isZeroAt(buf, parentAt, parentLen)) span.parentSpanId = hexAt(buf, parentAt, parentLen);
  if (scopeName !== undefined) span.scopeName = scopeName;
  if (scopeVersion !== undefined) span.scopeVersion = scopeVersion;
  if (statusMessage) span.statusMessage = statusMessage;
  if (links) span.links = links;
  finishAttributes(span, attrs, senderDropped);
  scopeCountedIds(span);
  ctx.spans.push(span);
}

/** A known field with the wrong wire type: the span is garbage, the rest of the request may not be. */
function wrongType(ctx: DecodeContext, r: Reader, where: string, index: number | undefined, field: string): void {
  r.pos = r.len;
  ctx.reject(index === undefined ? where : `${where} span ${index}`, `field ${field} has the wrong protobuf wire type`);
}

function readEvent(ctx: DecodeContext, r: Reader): RawSpanEvent {
  let time = 0n;
  let name = '';
  const attrs = newAttrSet();
  while (r.pos < r.len) {
    const tag = r.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === I64) time = fixed64(r);
    else if (field === 2 && (tag & 7) === LEN) name = ctx.cut(r.string());
    else if (field === 3 && (tag & 7) === LEN) {
      const o = enter(r);
      readKeyValue(ctx, r, attrs);
      leave(r, o);
    }
    else skip(r, tag);
  }
  return { name, timeUnixNano: time, attributes: attrs.values };
}

/** A link without a valid trace and span id points nowhere: dropped, the span kept. */
function readLink(ctx: DecodeContext, r: Reader): RawSpanLink | undefined {
  let traceAt = 0;
  let traceLen = 0;
  let spanAt = 0;
  let spanLen = 0;
  const attrs = newAttrSet();
  while (r.pos < r.len) {
    const tag = r.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === LEN) {
      traceAt = lenField(r);
      traceLen = r.pos - traceAt;
    } else if (field === 2 && (tag & 7) === LEN) {
      spanAt = lenField(r);
      spanLen = r.pos - spanAt;
    } else if (field === 4 && (tag & 7) === LEN) {
      const o = enter(r);
      readKeyValue(ctx, r, attrs);
      leave(r, o);
    } else skip(r, tag);
  }
  const ids = spanRef(r.buf, traceAt, traceLen, spanAt, spanLen);
  return ids && { ...ids, attributes: attrs.values };
}

/** The trace and span id another record points at (a link, a log record), when both are valid and non-zero. */
function spanRef(buf: Uint8Array, traceAt: number, traceLen: number, spanAt: number, spanLen: number): { traceId: string; spanId: string } | undefined {
  if (traceLen !== 16 || spanLen !== 8 || isZeroAt(buf, traceAt, 16) || isZeroAt(buf, spanAt, 8)) return undefined;
  return { traceId: hexAt(buf, traceAt, 16), spanId: hexAt(buf, spanAt, 8) };
}

function readKeyValue(ctx: DecodeContext, r: Reader, set: AttrSet): void {
  let key = '';
  let value: AttrValue = null;
  while (r.pos < r.len) {
    const tag = r.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === LEN) key = r.string();
    else if (field === 2 && (tag & 7) === LEN) {
      const o = enter(r);
      value = readAnyValue(ctx, r, 0);
      leave(r, o);
    }
    else skip(r, tag);
  }
  ctx.addAttribute(set, key, value);
}

function readAnyValue(ctx: DecodeContext, r: Reader, depth: number): AttrValue {
  if (depth > MAX_ANY_VALUE_DEPTH) throw new OtlpDecodeError(`attribute value nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  let value: AttrValue = null;
  while (r.pos < r.len) {
    const tag = r.uint32();
    const wt = tag & 7;
    switch (tag >>> 3) {
      case 1: if (wt === LEN) { value = ctx.cut(r.string()); continue; } break;
      case 2: if (wt === VARINT) { value = r.bool(); continue; } break;
      case 3: if (wt === VARINT) { value = int64(r.int64() as unknown as number | LongLike); continue; } break;
      case 4: if (wt === I64) { value = r.double(); continue; } break;
      case 5: if (wt === LEN) { const o = enter(r); value = readList(ctx, r, depth); leave(r, o); continue; } break;
      case 6: if (wt === LEN) { const o = enter(r); value = readKvList(ctx, r, depth); leave(r, o); continue; } break;
      case 7: if (wt === LEN) { value = ctx.cutBytes(r.bytes()); continue; } break;
    }
    skip(r, tag);
  }
  return value;
}

/** int64 as a JS number when exact, else its decimal string (AttrValue has no bigint; precision must not be lost silently). */
interface LongLike {
  toNumber(): number;
  toString(): string;
}

function int64(v: number | LongLike): number | string {
  if (typeof v === 'number') return v;
  const n = v.toNumber();
  return Number.isSafeInteger(n) ? n : v.toString();
}

function readList(ctx: DecodeContext, r: Reader, depth: number): AttrValue[] {
  const out: AttrValue[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === LEN) {
      const o = enter(r);
      out.push(readAnyValue(ctx, r, depth + 1));
      leave(r, o);
    }
    else skip(r, tag);
  }
  return out;
}

function readKvList(ctx: DecodeContext, r: Reader, depth: number): { [key: string]: AttrValue } {
  const out: { [key: string]: AttrValue } = {};
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === LEN) {
      const kv = sub(r);
      let key = '';
      let value: AttrValue = null;
      while (kv.pos < kv.len) {
        const t = kv.uint32();
        if (t >>> 3 === 1 && (t & 7) === LEN) key = kv.string();
        else if (t >>> 3 === 2 && (t & 7) === LEN) {
          const o = enter(kv);
          value = readAnyValue(ctx, kv, depth + 1);
          leave(kv, o);
        }
        else skip(kv, t);
      }
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    } else skip(r, tag);
  }
  return out;
}

// ---- Logs: ExportLogsServiceRequest (collector/logs/v1, logs/v1) ----
// Only what Sentinel reads from logs: records tied to a span (the GenAI conventions emit a model call's messages as
// events, which the Logs SDK exports as log records with the span's ids). Not the hot path: one pass, same helpers.

/** Decodes a whole logs request. Throws OtlpDecodeError for a body that is not protobuf. */
export function decodeProtobufLogs(body: Uint8Array, limits?: DecodeLimits): DecodedLogs {
  const ctx = new DecodeContext(resolveLimits(limits));
  const out: DecodedLogs = { records: [], total: 0 };
  const r = Reader.create(body);
  try {
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (tag >>> 3 === 1 && (tag & 7) === LEN) {
        // ResourceLogs: resource = 1, scope_logs = 2; ScopeLogs: scope = 1, log_records = 2.
        const rl = sub(r);
        while (rl.pos < rl.len) {
          const t = rl.uint32();
          if (t >>> 3 === 2 && (t & 7) === LEN) {
            const sl = sub(rl);
            while (sl.pos < sl.len) {
              const u = sl.uint32();
              if (u >>> 3 === 2 && (u & 7) === LEN) {
                out.total++;
                const rec = readLogRecord(ctx, sub(sl));
                if (rec) out.records.push(rec);
              } else skip(sl, u);
            }
          } else skip(rl, t);
        }
      } else skip(r, tag);
    }
  } catch (err) {
    if (err instanceof OtlpDecodeError) throw err;
    throw new OtlpDecodeError(`malformed OTLP protobuf at byte ${r.pos} of ${r.len}: ${(err as Error).message}`);
  }
  return out;
}

/** A record with a span's ids and an event name (field 12, or the `event.name` attribute before it existed); others are not kept. */
function readLogRecord(ctx: DecodeContext, r: Reader): SpanLogRecord | undefined {
  let time = 0n;
  let observed = 0n;
  let name = '';
  let body: AttrValue = null;
  let traceAt = 0;
  let traceLen = 0;
  let spanAt = 0;
  let spanLen = 0;
  const attrs = newAttrSet();
  while (r.pos < r.len) {
    const tag = r.uint32();
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 1 && wt === I64) time = fixed64(r);
    else if (field === 11 && wt === I64) observed = fixed64(r);
    else if (field === 5 && wt === LEN) {
      const o = enter(r);
      body = readAnyValue(ctx, r, 0);
      leave(r, o);
    } else if (field === 6 && wt === LEN) {
      const o = enter(r);
      readKeyValue(ctx, r, attrs);
      leave(r, o);
    } else if (field === 9 && wt === LEN) {
      traceAt = lenField(r);
      traceLen = r.pos - traceAt;
    } else if (field === 10 && wt === LEN) {
      spanAt = lenField(r);
      spanLen = r.pos - spanAt;
    } else if (field === 12 && wt === LEN) name = ctx.cut(r.string());
    else skip(r, tag);
  }
  const eventName = name || (typeof attrs.values['event.name'] === 'string' ? attrs.values['event.name'] : '');
  const ids = eventName ? spanRef(r.buf, traceAt, traceLen, spanAt, spanLen) : undefined;
  return ids && { ...ids, name: eventName, timeUnixNano: time || observed, attributes: attrs.values, body };
}
