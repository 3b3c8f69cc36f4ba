// The decoded span shape that ingest hands to normalize: OTLP already stripped away, ids as hex.

/** An attribute value as OTLP carries it (AnyValue), decoded to plain JS. */
export type AttrValue =
  | string
  | number
  | boolean
  | null
  | Uint8Array
  | AttrValue[]
  | { [key: string]: AttrValue };

export type Attributes = Record<string, AttrValue>;

export interface RawSpanEvent {
  name: string;
  timeUnixNano: bigint;
  attributes: Attributes;
}

/**
 * A link to another span (OTLP Span.Link): a span started by a message or a batch it did not run inside of (an agent
 * woken by a queue, a run resumed in another trace) names the span it follows from.
 */
export interface RawSpanLink {
  traceId: string; // 32 lowercase hex chars
  spanId: string; // 16 lowercase hex chars
  attributes: Attributes;
}

/**
 * One span, decoded from OTLP/protobuf or OTLP/JSON. Both decoders in `server/otlp`
 * produce exactly this, so nothing downstream knows which wire format it came from.
 * `resource` is shared by all spans of one ResourceSpans (do not mutate it).
 */
export interface RawSpan {
  traceId: string; // 32 lowercase hex chars
  spanId: string; // 16 lowercase hex chars
  parentSpanId?: string; // absent for roots
  name: string;
  kind: number; // OTLP SpanKind enum value
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: Attributes;
  resource: Attributes;
  scopeName?: string;
  scopeVersion?: string;
  statusCode: number; // 0 unset, 1 ok, 2 error
  statusMessage?: string;
  events: RawSpanEvent[];
  /** Links to other spans, when the span has any (most have none). */
  links?: RawSpanLink[];
  /** Attributes dropped by the sender (OTLP dropped_attributes_count) or by our limits. */
  droppedAttributesCount?: number;
  /** Attribute values cut to the ingest limit: key → original length (the value ends with a marker). */
  truncatedAttributes?: Record<string, number>;
  /**
   * The span as it arrived over OTLP/protobuf: views of its Span, InstrumentationScope and Resource
   * messages in the request body. Lets the store keep the bytes instead of re-serializing the span.
   * Views, not copies: valid only while the request is being handled.
   */
  wire?: { span: Uint8Array; scope?: Uint8Array; resource?: Uint8Array };
}
