// OTLP/JSON ExportTraceServiceRequest → RawSpan[]: the same result as the protobuf decoder for the same data.
// OTLP/JSON differs from proto3 JSON in two ways the spec fixes: trace/span ids are hex (not base64)
// and enums are integers (names are accepted too, as some senders write them). int64 may be a string or a number.
import type { AttrValue, RawSpan, RawSpanEvent, RawSpanLink } from '@sentinel/graph';
import { DecodeContext, finishAttributes, scopeCountedIds, spanProblem, type DecodedExport, type DecodedLogs, type SpanLogRecord } from './decode-context.ts';
import { MAX_ANY_VALUE_DEPTH, MAX_LINKS_PER_SPAN, newAttrSet, resolveLimits, type AttrSet, type DecodeLimits } from './limits.ts';
import { OtlpDecodeError } from './otlp-decode-error.ts';

type Obj = Record<string, unknown>;

const SPAN_KINDS = ['SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT', 'SPAN_KIND_PRODUCER', 'SPAN_KIND_CONSUMER'];
const STATUS_CODES = ['STATUS_CODE_UNSET', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'];

/** A span field that cannot be read: rejects that span only. */
class SpanError extends Error {}

export function decodeJsonExport(body: Uint8Array | string, limits?: DecodeLimits): DecodedExport {
  const ctx = new DecodeContext(resolveLimits(limits));
  const doc = parseRequest(body, 'ExportTraceServiceRequest');
  const resourceSpans = list(doc, 'resourceSpans', 'resource_spans');
  if (resourceSpans === undefined) return ctx.result();
  if (!Array.isArray(resourceSpans)) throw new OtlpDecodeError('invalid OTLP/JSON: resourceSpans must be an array');
  resourceSpans.forEach((rs, ri) => {
    if (!isObj(rs)) throw new OtlpDecodeError(`invalid OTLP/JSON: resourceSpans[${ri}] must be an object`);
    const resource = readResource(ctx, rs.resource, ri);
    const scopes = list(rs, 'scopeSpans', 'scope_spans') ?? [];
    if (!Array.isArray(scopes)) throw new OtlpDecodeError(`invalid OTLP/JSON: resourceSpans[${ri}].scopeSpans must be an array`);
    scopes.forEach((ss, si) => {
      if (!isObj(ss)) throw new OtlpDecodeError(`invalid OTLP/JSON: resourceSpans[${ri}].scopeSpans[${si}] must be an object`);
      const scope = isObj(ss.scope) ? ss.scope : {};
      const scopeName = typeof scope.name === 'string' ? ctx.cut(scope.name) : undefined;
      const scopeVersion = typeof scope.version === 'string' ? ctx.cut(scope.version) : undefined;
      const spans = ss.spans ?? [];
      if (!Array.isArray(spans)) throw new OtlpDecodeError(`invalid OTLP/JSON: resourceSpans[${ri}].scopeSpans[${si}].spans must be an array`);
      spans.forEach((sp, i) => {
        if (!ctx.admit()) return;
        const where = `resource ${ri} scope ${si} span ${i}`;
        try {
          readSpan(ctx, sp, resource, scopeName, scopeVersion);
        } catch (err) {
          if (!(err instanceof SpanError)) throw err;
          ctx.reject(where, err.message);
        }
      });
    });
  });
  return ctx.result();
}

/** The body as a JSON object, or an OtlpDecodeError saying what it should have been. */
function parseRequest(body: Uint8Array | string, message: string): Obj {
  let doc: unknown;
  try {
    doc = JSON.parse(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (err) {
    throw new OtlpDecodeError(`invalid OTLP/JSON: ${(err as Error).message}`);
  }
  if (!isObj(doc)) throw new OtlpDecodeError(`invalid OTLP/JSON: the body must be an ${message} object`);
  return doc;
}

/** A bad resource spoils every span under it, so it rejects the request rather than a span. */
function readResource(ctx: DecodeContext, resource: unknown, ri: number): RawSpan['resource'] {
  if (!isObj(resource)) return {};
  try {
    return readAttributes(ctx, resource.attributes).values;
  } catch (err) {
    if (err instanceof SpanError) throw new OtlpDecodeError(`invalid OTLP/JSON: resourceSpans[${ri}].resource: ${err.message}`);
    throw err;
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** lowerCamelCase is the OTLP/JSON spelling; snake_case is what proto-field-name serializers emit. */
function list(o: Obj, camel: string, snake: string): unknown {
  return o[camel] ?? o[snake];
}

const HEX = /^[0-9a-fA-F]*$/;

/** Hex id → [byte length, all zero, lowercase hex]. */
function hexId(v: unknown, field: string): [number, boolean, string] {
  if (v === undefined || v === null || v === '') return [0, false, ''];
  if (typeof v !== 'string' || !HEX.test(v) || v.length % 2 !== 0) throw new SpanError(`${field} must be a hex string`);
  return [v.length / 2, /^0*$/.test(v), v.toLowerCase()];
}

function nanos(v: unknown, field: string): bigint {
  if (v === undefined || v === null) return 0n;
  // A time in nanoseconds is past 2^53: as a JSON number it arrives rounded (to ~100 ns today), which a trace can bear.
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) return BigInt(v);
  throw new SpanError(`${field} must be an unsigned integer (a decimal string or number) of nanoseconds`);
}

function enumValue(v: unknown, names: string[], field: string): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string') {
    const i = names.indexOf(v);
    if (i >= 0) return i;
  }
  throw new SpanError(`${field} must be an integer enum value`);
}

/** The span's links; as the protobuf decoder does, a link without a valid trace and span id is dropped. */
function readLinks(ctx: DecodeContext, v: unknown): RawSpanLink[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new SpanError('links must be an array');
  let out: RawSpanLink[] | undefined;
  for (const l of v) {
    if ((out?.length ?? 0) >= MAX_LINKS_PER_SPAN) break;
    if (!isObj(l)) throw new SpanError('link must be an object');
    const traceId = linkId(l.traceId ?? l.trace_id, 16);
    const spanId = linkId(l.spanId ?? l.span_id, 8);
    if (traceId && spanId) (out ??= []).push({ traceId, spanId, attributes: readAttributes(ctx, l.attributes).values });
  }
  return out;
}

function linkId(v: unknown, bytes: number): string | undefined {
  return typeof v === 'string' && v.length === bytes * 2 && HEX.test(v) && !/^0*$/.test(v) ? v.toLowerCase() : undefined;
}

function count(v: unknown): number {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : 0;
}

function readSpan(ctx: DecodeContext, sp: unknown, resource: RawSpan['resource'], scopeName: string | undefined, scopeVersion: string | undefined): void {
  if (!isObj(sp)) throw new SpanError('span must be an object');
  const [tLen, tZero, traceId] = hexId(sp.traceId ?? sp.trace_id, 'traceId');
  const [sLen, sZero, spanId] = hexId(sp.spanId ?? sp.span_id, 'spanId');
  const [pLen, pZero, parentId] = hexId(sp.parentSpanId ?? sp.parent_span_id, 'parentSpanId');
  const start = nanos(sp.startTimeUnixNano ?? sp.start_time_unix_nano, 'startTimeUnixNano');
  const end = nanos(sp.endTimeUnixNano ?? sp.end_time_unix_nano, 'endTimeUnixNano');
  const problem = spanProblem(tLen, tZero, sLen, sZero, pLen, start, end);
  if (problem) throw new SpanError(problem);
  if (sp.name !== undefined && typeof sp.name !== 'string') throw new SpanError('name must be a string');
  const attrs = readAttributes(ctx, sp.attributes);
  const status = isObj(sp.status) ? sp.status : {};
  const rawEvents = sp.events ?? [];
  if (!Array.isArray(rawEvents)) throw new SpanError('events must be an array');
  const events: RawSpanEvent[] = rawEvents.map((e) => {
    if (!isObj(e)) throw new SpanError('event must be an object');
    return {
      name: typeof e.name === 'string' ? ctx.cut(e.name) : '',
      timeUnixNano: nanos(e.timeUnixNano ?? e.time_unix_nano, 'event timeUnixNano'),
      attributes: readAttributes(ctx, e.attributes).values,
    };
  });
  const links = readLinks(ctx, sp.links);
  const span: RawSpan = {
    traceId,
    spanId,
    name: ctx.cut((sp.name as string | undefined) ?? ''),
    kind: enumValue(sp.kind, SPAN_KINDS, 'kind'),
    startTimeUnixNano: start,
    endTimeUnixNano: end,
    attributes: attrs.values,
    resource,
    statusCode: enumValue(status.code, STATUS_CODES, 'status.code'),
    events,
  };
  if (pLen === 8 && !pZero) span.parentSpanId = parentId;
  if (scopeName !== undefined) span.scopeName = scopeName;
  if (scopeVersion !== undefined) span.scopeVersion = scopeVersion;
  if (typeof status.message === 'string' && status.message) span.statusMessage = ctx.cut(status.message);
  if (links) span.links = links;
  finishAttributes(span, attrs, count(sp.droppedAttributesCount ?? sp.dropped_attributes_count));
  scopeCountedIds(span);
  ctx.spans.push(span);
}

function readAttributes(ctx: DecodeContext, kvs: unknown): AttrSet {
  const set = newAttrSet();
  if (kvs === undefined || kvs === null) return set;
  if (!Array.isArray(kvs)) throw new SpanError('attributes must be an array of {key, value}');
  for (const kv of kvs) {
    if (!isObj(kv) || typeof kv.key !== 'string') throw new SpanError('attribute must be {key: string, value: AnyValue}');
    ctx.addAttribute(set, kv.key, anyValue(ctx, kv.value, 0));
  }
  return set;
}

function anyValue(ctx: DecodeContext, v: unknown, depth: number): AttrValue {
  if (depth > MAX_ANY_VALUE_DEPTH) throw new OtlpDecodeError(`attribute value nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  if (!isObj(v)) return null;
  if (typeof v.stringValue === 'string') return ctx.cut(v.stringValue);
  if (typeof v.string_value === 'string') return ctx.cut(v.string_value);
  // The protobuf JSON mapping lets a parser accept the fields' proto names too (`int_value`), as the span's own are.
  const bool = v.boolValue ?? v.bool_value;
  if (typeof bool === 'boolean') return bool;
  const int = v.intValue ?? v.int_value;
  if (int !== undefined) return intValue(int);
  const double = v.doubleValue ?? v.double_value;
  if (double !== undefined) return doubleValue(double);
  const array = v.arrayValue ?? v.array_value;
  if (isObj(array)) {
    const values = array.values ?? [];
    if (!Array.isArray(values)) throw new SpanError('arrayValue.values must be an array');
    return values.map((x) => anyValue(ctx, x, depth + 1));
  }
  const kvlist = v.kvlistValue ?? v.kvlist_value;
  if (isObj(kvlist)) {
    const values = kvlist.values ?? [];
    if (!Array.isArray(values)) throw new SpanError('kvlistValue.values must be an array');
    const out: { [key: string]: AttrValue } = {};
    for (const kv of values) {
      if (!isObj(kv) || typeof kv.key !== 'string') throw new SpanError('kvlistValue entry must be {key, value}');
      Object.defineProperty(out, kv.key, { value: anyValue(ctx, kv.value, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  const bytes = v.bytesValue ?? v.bytes_value;
  if (typeof bytes === 'string') return ctx.cutBytes(Buffer.from(bytes, 'base64'));
  return null;
}

/** Same rule as the protobuf decoder: a number when exact, else the decimal string. */
/**
 * A number, or a string ("NaN", "Infinity", a decimal: the protobuf JSON mapping writes them so). Anything else
 * is refused: `Number()` of an object calls its `toString`, and `{"toString": []}` threw a TypeError, not a reason.
 */
function doubleValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  throw new SpanError('doubleValue must be a number');
}

function intValue(v: unknown): number | string {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d{1,20}$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v;
  }
  throw new SpanError('intValue must be an integer');
}

/**
 * OTLP/JSON ExportLogsServiceRequest → the records tied to a span with an event name (see decodeProtobufLogs).
 * A record that cannot be read is skipped as one not kept: logs only add messages to spans that arrive on their own.
 */
export function decodeJsonLogs(body: Uint8Array | string, limits?: DecodeLimits): DecodedLogs {
  const ctx = new DecodeContext(resolveLimits(limits));
  const doc = parseRequest(body, 'ExportLogsServiceRequest');
  const out: DecodedLogs = { records: [], total: 0 };
  const resourceLogs = list(doc, 'resourceLogs', 'resource_logs') ?? [];
  if (!Array.isArray(resourceLogs)) throw new OtlpDecodeError('invalid OTLP/JSON: resourceLogs must be an array');
  for (const rl of resourceLogs) {
    const scopes = isObj(rl) ? list(rl, 'scopeLogs', 'scope_logs') ?? [] : [];
    if (!Array.isArray(scopes)) throw new OtlpDecodeError('invalid OTLP/JSON: scopeLogs must be an array');
    for (const sl of scopes) {
      const records = isObj(sl) ? list(sl, 'logRecords', 'log_records') ?? [] : [];
      if (!Array.isArray(records)) throw new OtlpDecodeError('invalid OTLP/JSON: logRecords must be an array');
      for (const rec of records) {
        out.total++;
        try {
          const kept = readLogRecord(ctx, rec);
          if (kept) out.records.push(kept);
        } catch (err) {
          if (!(err instanceof SpanError)) throw err;
        }
      }
    }
  }
  return out;
}

function readLogRecord(ctx: DecodeContext, rec: unknown): SpanLogRecord | undefined {
  if (!isObj(rec)) return undefined;
  // Tied to a span as a link is: valid, non-zero ids, or not kept.
  const traceId = linkId(rec.traceId ?? rec.trace_id, 16);
  const spanId = linkId(rec.spanId ?? rec.span_id, 8);
  if (!traceId || !spanId) return undefined;
  const attributes = readAttributes(ctx, rec.attributes).values;
  const field = rec.eventName ?? rec.event_name;
  const name = typeof field === 'string' && field !== '' ? ctx.cut(field) : typeof attributes['event.name'] === 'string' ? attributes['event.name'] : '';
  if (!name) return undefined;
  const time = nanos(rec.timeUnixNano ?? rec.time_unix_nano, 'timeUnixNano') || nanos(rec.observedTimeUnixNano ?? rec.observed_time_unix_nano, 'observedTimeUnixNano');
  const body = rec.body === undefined || rec.body === null ? null : anyValue(ctx, rec.body, 0);
  return { traceId, spanId, name, timeUnixNano: time, attributes, body };
}
