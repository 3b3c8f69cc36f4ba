// The pipeline's input: what the OTLP decoders produce, seen structurally so the pipeline never imports OTLP.
import type { RawSpan } from '@sentinel/graph';

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
