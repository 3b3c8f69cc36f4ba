// Test support: an SDK ReadableSpan as the RawSpan the server's decoders produce, to run normalize and SessionGraph in-process.
import type { HrTime } from '@opentelemetry/api';
import type { Attributes, AttrValue, RawSpan } from '@sentinel/graph';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';

const ns = (t: HrTime): bigint => BigInt(t[0]) * 1_000_000_000n + BigInt(t[1]);

function attrs(a: Record<string, unknown>): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out[k] = v as AttrValue;
  return out;
}

/** The decoded-span shape of one exported span (ids and times as OTLP carries them). */
export function toRawSpan(s: ReadableSpan): RawSpan {
  const raw: RawSpan = {
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    name: s.name,
    kind: s.kind + 1, // api SpanKind is 0-based INTERNAL; OTLP's enum has UNSPECIFIED = 0
    startTimeUnixNano: ns(s.startTime),
    endTimeUnixNano: ns(s.endTime),
    attributes: attrs(s.attributes),
    resource: attrs(s.resource.attributes),
    scopeName: s.instrumentationScope.name,
    statusCode: s.status.code,
    events: s.events.map((e) => ({ name: e.name, timeUnixNano: ns(e.time), attributes: attrs(e.attributes ?? {}) })),
  };
  if (s.parentSpanContext?.spanId) raw.parentSpanId = s.parentSpanContext.spanId;
  if (s.status.message) raw.statusMessage = s.status.message;
  return raw;
}
