// The pipeline's input: what the OTLP decoders produce, seen structurally so the pipeline never imports OTLP.
import type { AttrValue, Attributes, RawSpan } from '@sentinel/graph';

export interface DecodedBatch {
  spans: RawSpan[];
  rejectedSpans: number;
  errors: string[];
  limitHits?: Record<string, number>;
}

export interface IngestOutcome {
  rejectedSpans: number;
  errorMessage?: string;
}

/** A log record tied to a span, with an event name (what the OTLP logs decoders keep). */
export interface LogRecordIn {
  traceId: string;
  spanId: string;
  name: string;
  timeUnixNano: bigint;
  attributes: Attributes;
  body: AttrValue;
}
