// A span's own protobuf bytes wrapped into a one-span ExportTraceServiceRequest: how protobuf spans are stored.
// Written straight into the destination buffer (the writer thread's batch arena): no Buffer per span.

/** A span's wire bytes as decoded: the span message, and its scope and resource messages. */
export interface WireSpan {
  span: Uint8Array;
  scope?: Uint8Array;
  resource?: Uint8Array;
}

const varintLength = (n: number): number => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);

function putVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[at++] = n;
  return at;
}

/** Field `tag` (length-delimited) holding `len` bytes: its header length. */
const fieldHeader = (len: number): number => 1 + varintLength(len);

function putBytes(out: Uint8Array, at: number, tag: number, bytes: Uint8Array): number {
  out[at++] = tag;
  at = putVarint(out, at, bytes.length);
  out.set(bytes, at);
  return at + bytes.length;
}

const scopeSpansLength = (w: WireSpan) => (w.scope ? fieldHeader(w.scope.length) + w.scope.length : 0) + fieldHeader(w.span.length) + w.span.length;
const resourceSpansLength = (w: WireSpan, scopeSpans: number) => (w.resource ? fieldHeader(w.resource.length) + w.resource.length : 0) + fieldHeader(scopeSpans) + scopeSpans;

/** Bytes `writeWire` writes. */
export function wireLength(w: WireSpan): number {
  const rs = resourceSpansLength(w, scopeSpansLength(w));
  return fieldHeader(rs) + rs;
}

/**
 * ExportTraceServiceRequest { ResourceSpans(1) { Resource(1), ScopeSpans(2) { Scope(1), Span(2) } } }
 * around the span's bytes, at `at` in `out`: two memcpys and a few varints. Returns the end offset.
 */
export function writeWire(out: Uint8Array, at: number, w: WireSpan): number {
  const scopeSpans = scopeSpansLength(w);
  out[at++] = 0x0a; // ExportTraceServiceRequest.resource_spans
  at = putVarint(out, at, resourceSpansLength(w, scopeSpans));
  if (w.resource) at = putBytes(out, at, 0x0a, w.resource); // ResourceSpans.resource
  out[at++] = 0x12; // ResourceSpans.scope_spans
  at = putVarint(out, at, scopeSpans);
  if (w.scope) at = putBytes(out, at, 0x0a, w.scope); // ScopeSpans.scope
  return putBytes(out, at, 0x12, w.span); // ScopeSpans.spans
}

/** The stored bytes of a span row's raw value (wire parts wrapped; bytes and JSON as they are). */
export function storedRaw(raw: string | Uint8Array | WireSpan): string | Uint8Array {
  if (typeof raw === 'string' || raw instanceof Uint8Array) return raw;
  const out = new Uint8Array(wireLength(raw));
  writeWire(out, 0, raw);
  return out;
}
