// Per-request decode state shared by the protobuf and JSON decoders: limits, rejections, the result.
import type { AttrValue, Attributes, RawSpan } from '@sentinel/graph';
import type { AttrSet, LimitHits, ResolvedLimits } from './limits.ts';
import { MAX_ERROR_MESSAGES, truncateString } from './limits.ts';

/** What both decoders return; assignable to the pipeline's `DecodedBatch`. */
export interface DecodedExport {
  spans: RawSpan[];
  rejectedSpans: number;
  /** The first few rejection reasons, e.g. `resource 0 scope 0 span 3: spanId must be 8 bytes, got 5`. */
  errors: string[];
  limitHits: LimitHits;
}

/** A log record tied to a span by its ids, with an event name: what Sentinel keeps of an OTLP logs export. */
export interface SpanLogRecord {
  traceId: string;
  spanId: string;
  /** The record's event name (`gen_ai.user.message`, …). */
  name: string;
  timeUnixNano: bigint;
  attributes: Attributes;
  /** The record's body (an event's payload: the message as a map, or text). */
  body: AttrValue;
}

export interface DecodedLogs {
  /** The records kept (tied to a span, with an event name). */
  records: SpanLogRecord[];
  /** All records in the request, kept or not. */
  total: number;
}

/** Mutable state of one decode. Both decoders call the same methods, so their results agree. */
export class DecodeContext {
  readonly spans: RawSpan[] = [];
  rejectedSpans = 0;
  readonly errors: string[] = [];
  readonly limitHits: LimitHits = { spansPerRequest: 0, attributesPerSpan: 0, attributeValueLength: 0 };
  /** Largest original length of a string cut while decoding the current attribute value (0: none cut). */
  cutFrom = 0;
  private overLimit = 0;

  constructor(readonly limits: ResolvedLimits) {}

  /** A decoded string value under the length limit (cut with a marker when over it). */
  cut(s: string): string {
    if (s.length <= this.limits.maxAttributeValueLength) return s;
    this.limitHits.attributeValueLength++;
    if (s.length > this.cutFrom) this.cutFrom = s.length;
    return truncateString(s, this.limits.maxAttributeValueLength);
  }

  /** A copy of a bytes value under the length limit (cut when over it), so no view keeps a request buffer alive. */
  cutBytes(b: Uint8Array): Uint8Array {
    const max = this.limits.maxAttributeValueLength;
    if (b.length <= max) return Uint8Array.from(b);
    this.limitHits.attributeValueLength++;
    if (b.length > this.cutFrom) this.cutFrom = b.length;
    return Uint8Array.from(b.subarray(0, max));
  }

  /** Adds one attribute under the count limit; `this.cutFrom` says whether its value was cut. Later duplicates win. */
  addAttribute(set: AttrSet, key: string, value: AttrValue): void {
    const values = set.values;
    if (values[key] === undefined || !Object.hasOwn(values, key)) {
      if (set.size >= this.limits.maxAttributesPerSpan) {
        set.dropped++;
        this.limitHits.attributesPerSpan++;
        this.cutFrom = 0;
        return;
      }
      set.size++;
    }
    // A key named __proto__ would otherwise set the object's prototype instead of adding a property.
    if (key === '__proto__') Object.defineProperty(values, key, { value, enumerable: true, writable: true, configurable: true });
    else values[key] = value;
    if (this.cutFrom > 0) {
      (set.truncated ??= {})[key] = this.cutFrom;
      this.cutFrom = 0;
    }
  }

  /** True when the request still has room for another span; otherwise counts it as rejected. */
  admit(): boolean {
    if (this.spans.length < this.limits.maxSpansPerRequest) return true;
    this.overLimit++;
    this.rejectedSpans++;
    this.limitHits.spansPerRequest++;
    return false;
  }

  /** Rejects one span with a reason; `where` is `resource R scope S span I`. */
  reject(where: string, reason: string): void {
    this.rejectedSpans++;
    if (this.errors.length < MAX_ERROR_MESSAGES) this.errors.push(`${where}: ${reason}`);
  }

  result(): DecodedExport {
    if (this.overLimit > 0) this.errors.push(`${this.overLimit} spans over the limit of ${this.limits.maxSpansPerRequest} spans per request were rejected`);
    const shown = this.rejectedSpans - this.overLimit;
    if (shown > MAX_ERROR_MESSAGES) this.errors.push(`… and ${shown - MAX_ERROR_MESSAGES} more invalid spans`);
    return { spans: this.spans, rejectedSpans: this.rejectedSpans, errors: this.errors, limitHits: this.limitHits };
  }
}

const MAX_TIME_NANOS = (1n << 63n) - 1n;

/** Why a span is invalid (ids given as byte lengths and an all-zero flag, as OTLP/protobuf carries them), or undefined. */
export function spanProblem(
  traceIdBytes: number,
  traceIdZero: boolean,
  spanIdBytes: number,
  spanIdZero: boolean,
  parentBytes: number,
  start: bigint,
  end: bigint,
): string | undefined {
  if (traceIdBytes !== 16) return `traceId must be 16 bytes, got ${traceIdBytes}`;
  if (traceIdZero) return 'traceId must not be all zero';
  if (spanIdBytes !== 8) return `spanId must be 8 bytes, got ${spanIdBytes}`;
  if (spanIdZero) return 'spanId must not be all zero';
  if (parentBytes !== 0 && parentBytes !== 8) return `parentSpanId must be 8 bytes when present, got ${parentBytes}`;
  if (end < start) return `endTimeUnixNano ${end} is before startTimeUnixNano ${start}`;
  // OTLP's times are uint64, but no clock reads past 2262: the store keeps them as SQLite's signed 64-bit integers.
  if (end > MAX_TIME_NANOS) return `endTimeUnixNano ${end} is past the latest time kept (${MAX_TIME_NANOS} ns, the year 2262)`;
  return undefined;
}

/** Fills the optional RawSpan fields from an attribute set, leaving them absent when empty (both decoders agree). */
export function finishAttributes(span: RawSpan, set: AttrSet, senderDropped: number): void {
  const dropped = senderDropped + set.dropped;
  if (dropped > 0) span.droppedAttributesCount = dropped;
  if (set.truncated) span.truncatedAttributes = set.truncated;
}

/**
 * Span ids that count rather than draw (eight or more leading zeros: `0000000000000003`). A generator that numbers the
 * spans of each trace from 1 reuses them in every trace, and a session spans several traces (a chat turn each): taken
 * as they are, the later traces' spans pass for resends of the first's and are dropped. Such an id, and the parent and
 * link ids beside it, become ids drawn from their trace and the id. Deterministic, so a resend, and a span read back
 * from the store (its protobuf is decoded again), get the same id; random SDK ids (2^-32 of them start so) are kept.
 */
export function scopeCountedIds(span: RawSpan): void {
  if (COUNTED.test(span.spanId)) span.spanId = drawnId(span.traceId, span.spanId);
  if (span.parentSpanId && COUNTED.test(span.parentSpanId)) span.parentSpanId = drawnId(span.traceId, span.parentSpanId);
  if (span.links) for (const l of span.links) if (COUNTED.test(l.spanId)) l.spanId = drawnId(l.traceId, l.spanId);
}

const COUNTED = /^0{8}/;

/** Two 32-bit FNV-1a hashes (different offsets) of the trace id and span id: 16 hex digits, never counter-like. */
function drawnId(traceId: string, spanId: string): string {
  const key = traceId + spanId;
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  // A leading digit of 8–f: never eight zeros, so a span read back is not drawn again.
  return ((a | 0x80000000) >>> 0).toString(16) + (b >>> 0).toString(16).padStart(8, '0');
}
