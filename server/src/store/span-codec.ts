// RawSpan ⇄ SpanRow: the stored span keeps every raw attribute, so the graph can be rebuilt from it.
// Spans that arrived as OTLP/protobuf are stored as their own bytes (wrapped in a one-span export
// request) and decoded again on read: copying bytes is far cheaper on the ingest path than
// serializing KBs of attributes to JSON (bench/ingest). Spans from OTLP/JSON are stored as JSON.
import { normalizeSpan, type AgentSpan, type Attributes, type NormalizeOptions, type RawSpan } from '@sentinel/graph';
import { decodeProtobufExport, type DecodeLimits } from '../otlp/index.ts';
import type { SpanRow } from './store.ts';
import { storedRaw } from './wire-span.ts';

interface RawJson {
  a: Attributes;
  r: Attributes;
  e?: { name: string; t: string; a: Attributes }[];
  l?: { t: string; s: string; a?: Attributes }[];
  k: number;
  sc: number;
  sm?: string;
  sn?: string;
  sv?: string;
  d?: number;
  ta?: Record<string, number>;
}

// Bytes values are rare in agent traces; only pay for a replacer when one is present.
const hasBytes = (attrs: Attributes): boolean => {
  for (const k in attrs) {
    const v = attrs[k];
    if (v instanceof Uint8Array || (typeof v === 'object' && v !== null)) return true;
  }
  return false;
};
const bytesReplacer = (_k: string, v: unknown) => (v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') } : v);
/** Attributes as a JSON reply shows them: a bytes value as `{ "$bytes": base64 }`, as they are stored (not as `{ "0": 104, … }`). */
export function attributesForJson(attrs: Attributes): Record<string, unknown> {
  return hasBytes(attrs) ? (JSON.parse(JSON.stringify(attrs, bytesReplacer)) as Record<string, unknown>) : attrs;
}
const bytesReviver = (_k: string, v: unknown) =>
  v && typeof v === 'object' && '$bytes' in (v as object) && Object.keys(v as object).length === 1 ? new Uint8Array(Buffer.from((v as { $bytes: string }).$bytes, 'base64')) : v;

export function toSpanRow(raw: RawSpan, span: AgentSpan): SpanRow {
  if (raw.wire) return spanRow(raw, span, raw.wire);
  const j: RawJson = { a: raw.attributes, r: raw.resource, k: raw.kind, sc: raw.statusCode };
  if (raw.events.length > 0) j.e = raw.events.map((e) => ({ name: e.name, t: e.timeUnixNano.toString(), a: e.attributes }));
  if (raw.links) j.l = raw.links.map((l) => (Object.keys(l.attributes).length > 0 ? { t: l.traceId, s: l.spanId, a: l.attributes } : { t: l.traceId, s: l.spanId }));
  if (raw.statusMessage) j.sm = raw.statusMessage;
  if (raw.scopeName) j.sn = raw.scopeName;
  if (raw.scopeVersion) j.sv = raw.scopeVersion;
  if (raw.droppedAttributesCount) j.d = raw.droppedAttributesCount;
  if (raw.truncatedAttributes) j.ta = raw.truncatedAttributes;
  const needsReplacer = hasBytes(raw.attributes) || hasBytes(raw.resource) || raw.events.length > 0 || raw.links !== undefined;
  return spanRow(raw, span, needsReplacer ? JSON.stringify(j, bytesReplacer) : JSON.stringify(j));
}

function spanRow(raw: RawSpan, span: AgentSpan, body: SpanRow['raw']): SpanRow {
  const row: SpanRow = {
    sessionId: span.sessionId,
    spanId: raw.spanId,
    traceId: raw.traceId,
    app: span.app,
    name: raw.name,
    kind: span.kind,
    start: raw.startTimeUnixNano,
    end: raw.endTimeUnixNano,
    status: span.status,
    raw: body,
  };
  if (raw.parentSpanId) row.parentSpanId = raw.parentSpanId;
  if (span.agentName) row.agent = span.agentName;
  if (span.toolName) row.tool = span.toolName;
  if (span.model) row.model = span.model;
  return row;
}

let readLimits: DecodeLimits | undefined;

/**
 * The ingest limits protobuf-stored spans are decoded with, so a value cut at ingest is cut the same
 * way on every read. Set once by the server at start (one process, one configuration).
 */
export function setStoredSpanLimits(limits: DecodeLimits): void {
  readLimits = limits;
}

/**
 * A stored span, normalized, in the session it was stored in: a span that names no session was placed in the
 * one its trace named (TraceSessions), which its own attributes do not say.
 */
export function normalizeRow(row: SpanRow, opts: NormalizeOptions): AgentSpan {
  const span = normalizeSpan(fromSpanRow(row), opts);
  span.sessionId = row.sessionId;
  return span;
}

export function fromSpanRow(row: SpanRow): RawSpan {
  if (typeof row.raw !== 'string') {
    const span = decodeProtobufExport(storedRaw(row.raw) as Uint8Array, readLimits).spans[0];
    if (!span) throw new Error(`fromSpanRow: stored span ${row.spanId} of session ${row.sessionId} does not decode`);
    return span;
  }
  const j = JSON.parse(row.raw, row.raw.includes('"$bytes"') ? bytesReviver : undefined) as RawJson;
  const raw: RawSpan = {
    traceId: row.traceId,
    spanId: row.spanId,
    name: row.name,
    kind: j.k,
    startTimeUnixNano: row.start,
    endTimeUnixNano: row.end,
    attributes: j.a,
    resource: j.r,
    statusCode: j.sc,
    events: (j.e ?? []).map((e) => ({ name: e.name, timeUnixNano: BigInt(e.t), attributes: e.a })),
  };
  if (row.parentSpanId) raw.parentSpanId = row.parentSpanId;
  if (j.l) raw.links = j.l.map((l) => ({ traceId: l.t, spanId: l.s, attributes: l.a ?? {} }));
  if (j.sm) raw.statusMessage = j.sm;
  if (j.sn) raw.scopeName = j.sn;
  if (j.sv) raw.scopeVersion = j.sv;
  if (j.d) raw.droppedAttributesCount = j.d;
  if (j.ta) raw.truncatedAttributes = j.ta;
  return raw;
}

