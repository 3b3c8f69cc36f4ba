// Ingest limits the decoders enforce on hostile input: defaults, overrides, and the counters of how often each was hit.
import type { Attributes } from '@sentinel/graph';

/** Per-request decode limits; any field left out takes its default. */
export interface DecodeLimits {
  /** Spans beyond this many in one request are rejected (counted in `rejectedSpans`, with a reason). */
  maxSpansPerRequest?: number;
  /** Attributes beyond this many on one span (or resource, scope, event) are dropped and counted. */
  maxAttributesPerSpan?: number;
  /** String values longer than this many UTF-16 chars (bytes values: bytes) are cut and marked. */
  maxAttributeValueLength?: number;
}

/**
 * 50k spans: far above any SDK batch (OTel SDK BatchSpanProcessor sends 512, the Collector's batch
 * processor 8192), so only a runaway or hostile sender meets it, and one request stays a bounded unit of work.
 */
export const DEFAULT_MAX_SPANS_PER_REQUEST = 50_000;
/** 1000 attributes: ~8x the OTel SDK's own default cap (128), enough for flattened message lists. */
export const DEFAULT_MAX_ATTRIBUTES_PER_SPAN = 1_000;
/** 256 KiB chars: keeps whole LLM prompts and tool outputs (the evidence) while bounding one value's memory. */
export const DEFAULT_MAX_ATTRIBUTE_VALUE_LENGTH = 256 * 1024;
/**
 * Nesting depth of array/kvlist values. Agent attributes nest 2-3 levels; the cap stops a small
 * body of nested arrays from overflowing the stack of the (recursive) value decoders.
 */
export const MAX_ANY_VALUE_DEPTH = 32;
/**
 * Links kept per span: the OTel SDK's own default cap (`linkCountLimit`). Each is a lookup the session graph keeps
 * until the linked span arrives; a hostile span with thousands must not make thousands.
 */
export const MAX_LINKS_PER_SPAN = 128;
/** Reasons kept in `DecodedExport.errors`: the first few say what is wrong; thousands would only cost memory. */
export const MAX_ERROR_MESSAGES = 10;

/** How often each limit was hit in one request (items affected: spans rejected, attributes dropped, values cut). */
// A type alias (not an interface) so it is assignable to the pipeline's Record<string, number>.
export type LimitHits = {
  spansPerRequest: number;
  attributesPerSpan: number;
  attributeValueLength: number;
};

export type ResolvedLimits = Required<DecodeLimits>;

/** Fills defaults; a limit that is not a positive integer is a configuration bug, so it throws. */
export function resolveLimits(limits: DecodeLimits | undefined): ResolvedLimits {
  const r: ResolvedLimits = {
    maxSpansPerRequest: limits?.maxSpansPerRequest ?? DEFAULT_MAX_SPANS_PER_REQUEST,
    maxAttributesPerSpan: limits?.maxAttributesPerSpan ?? DEFAULT_MAX_ATTRIBUTES_PER_SPAN,
    maxAttributeValueLength: limits?.maxAttributeValueLength ?? DEFAULT_MAX_ATTRIBUTE_VALUE_LENGTH,
  };
  for (const [k, v] of Object.entries(r)) {
    if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`resolveLimits: ${k} must be a positive integer, got ${String(v)}`);
  }
  return r;
}

/** One attribute list being decoded (a span's, a resource's, an event's): values plus what the limits did to it. */
export interface AttrSet {
  values: Attributes;
  size: number;
  dropped: number;
  /** key → original length of a value that was cut. */
  truncated?: Record<string, number>;
}

export function newAttrSet(): AttrSet {
  return { values: {}, size: 0, dropped: 0 };
}

/** Appended to a cut value so a reader (and the dashboard) can see the content is incomplete. */
export const TRUNCATION_MARKER = '…[truncated by Sentinel]';

/** Cuts to at most `max` chars including the marker, never between the halves of a surrogate pair. */
export function truncateString(s: string, max: number): string {
  let end = Math.max(0, max - TRUNCATION_MARKER.length);
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + TRUNCATION_MARKER;
}
