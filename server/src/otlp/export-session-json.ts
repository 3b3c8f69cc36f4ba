// Stored RawSpans → one OTLP/JSON ExportTraceServiceRequest (the session export download; replayable by `sentinel replay`).
import type { AttrValue, Attributes, RawSpan } from '@sentinel/graph';

type AnyValue = Record<string, unknown>;

function anyValue(v: AttrValue): AnyValue {
  if (v === null) return {};
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (v instanceof Uint8Array) return { bytesValue: Buffer.from(v).toString('base64') };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  return { kvlistValue: { values: keyValues(v) } };
}

function keyValues(a: Attributes): { key: string; value: AnyValue }[] {
  return Object.entries(a).map(([key, value]) => ({ key, value: anyValue(value) }));
}

/** Groups spans by resource (service.name + the resource's attributes) and scope. */
export function exportSessionJson(spans: RawSpan[]): unknown {
  const byResource = new Map<string, { resource: Attributes; scopes: Map<string, { name?: string; version?: string; spans: unknown[] }> }>();
  for (const s of spans) {
    const rkey = JSON.stringify(s.resource);
    let r = byResource.get(rkey);
    if (!r) byResource.set(rkey, (r = { resource: s.resource, scopes: new Map() }));
    const skey = `${s.scopeName ?? ''}@${s.scopeVersion ?? ''}`;
    let scope = r.scopes.get(skey);
    if (!scope) r.scopes.set(skey, (scope = { name: s.scopeName, version: s.scopeVersion, spans: [] }));
    const span: Record<string, unknown> = {
      traceId: s.traceId,
      spanId: s.spanId,
      name: s.name,
      kind: s.kind,
      startTimeUnixNano: s.startTimeUnixNano.toString(),
      endTimeUnixNano: s.endTimeUnixNano.toString(),
      attributes: keyValues(s.attributes),
      status: s.statusMessage ? { code: s.statusCode, message: s.statusMessage } : { code: s.statusCode },
    };
    if (s.parentSpanId) span.parentSpanId = s.parentSpanId;
    if (s.events.length > 0) span.events = s.events.map((e) => ({ name: e.name, timeUnixNano: e.timeUnixNano.toString(), attributes: keyValues(e.attributes) }));
    if (s.links) span.links = s.links.map((l) => ({ traceId: l.traceId, spanId: l.spanId, attributes: keyValues(l.attributes) }));
    if (s.droppedAttributesCount) span.droppedAttributesCount = s.droppedAttributesCount;
    scope.spans.push(span);
  }
  return {
    resourceSpans: [...byResource.values()].map((r) => ({
      resource: { attributes: keyValues(r.resource) },
      scopeSpans: [...r.scopes.values()].map((sc) => ({ scope: { name: sc.name ?? '', version: sc.version ?? '' }, spans: sc.spans })),
    })),
  };
}
