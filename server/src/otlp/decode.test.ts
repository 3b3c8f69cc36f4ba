import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { gzipSync } from 'node:zlib';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanStatusCode, context, trace } from '@opentelemetry/api';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.ts';
import { decodeJsonExport, decodeProtobufExport, encodeExportResponse, encodeStatus, OtlpDecodeError, readOtlpBody, TRUNCATION_MARKER } from './index.ts';

/** Real SDK spans: a parent, a child with every attribute type, an event and an error status. */
function sdkSpans(extra: Record<string, string> = {}): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': 'decode-test', 'k8s.pod': 'p-1' }), spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('scope-a', '1.2.3');
  const root = tracer.startSpan('orchestrator', { attributes: { 'agent.name': 'orchestrator', 'session.id': 's-1', ...extra } });
  const child = tracer.startSpan('send_email', {
    kind: 2,
    attributes: { 'tool.name': 'send_email', count: 3, big: 2 ** 40, ratio: 0.5, ok: true, tags: ['a', 'b'], nums: [1, 2] },
  }, trace.setSpan(context.active(), root));
  child.addEvent('exception', { 'exception.message': 'boom' });
  child.setStatus({ code: SpanStatusCode.ERROR, message: 'failed' });
  child.end();
  root.end();
  return exporter.getFinishedSpans();
}

const protoOf = (spans: ReadableSpan[]): Uint8Array => ProtobufTraceSerializer.serializeRequest(spans)!;
const jsonOf = (spans: ReadableSpan[]): Uint8Array => JsonTraceSerializer.serializeRequest(spans)!;

describe('OTLP decoders', () => {
  it('decode the same spans identically from protobuf and JSON', () => {
    const spans = sdkSpans();
    const fromProto = decodeProtobufExport(protoOf(spans));
    const fromJson = decodeJsonExport(jsonOf(spans));
    expect(fromProto.rejectedSpans).toBe(0);
    expect(fromProto.spans).toHaveLength(2);
    expect(fromJson).toEqual(fromProto);
    const child = fromProto.spans.find((s) => s.name === 'send_email')!;
    const root = fromProto.spans.find((s) => s.name === 'orchestrator')!;
    expect(child.parentSpanId).toBe(root.spanId);
    expect(root.parentSpanId).toBeUndefined();
    expect(child.traceId).toBe(spans[0]!.spanContext().traceId);
    expect(child.attributes).toMatchObject({ 'tool.name': 'send_email', count: 3, big: 2 ** 40, ratio: 0.5, ok: true, tags: ['a', 'b'], nums: [1, 2] });
    expect(child.resource['service.name']).toBe('decode-test');
    // API SpanKind.CLIENT (2) is OTLP SPAN_KIND_CLIENT (3): the wire enum has UNSPECIFIED at 0.
    expect(child).toMatchObject({ kind: 3, statusCode: 2, statusMessage: 'failed', scopeName: 'scope-a', scopeVersion: '1.2.3' });
    expect(child.events[0]).toMatchObject({ name: 'exception', attributes: { 'exception.message': 'boom' } });
    expect(child.endTimeUnixNano).toBeGreaterThanOrEqual(child.startTimeUnixNano);
    expect(child.links).toBeUndefined();
  });

  it('decode span links the same from protobuf and JSON', () => {
    const exporter = new InMemorySpanExporter();
    const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('links');
    const sender = tracer.startSpan('orchestrator');
    sender.end();
    // A run started by a message from another trace links to the span that sent it.
    tracer.startSpan('reviewer', { root: true, links: [{ context: sender.spanContext(), attributes: { 'link.reason': 'queued message' } }] }).end();
    const spans = exporter.getFinishedSpans();
    const fromProto = decodeProtobufExport(protoOf(spans));
    expect(decodeJsonExport(jsonOf(spans))).toEqual(fromProto);
    const woken = fromProto.spans.find((s) => s.name === 'reviewer')!;
    expect(woken.links).toEqual([{ traceId: sender.spanContext().traceId, spanId: sender.spanContext().spanId, attributes: { 'link.reason': 'queued message' } }]);
    expect(woken.traceId).not.toBe(sender.spanContext().traceId);
  });

  it('scopes counted span ids by their trace, the same from protobuf and JSON and on every read', () => {
    // A generator that numbers each trace's spans from 1: one provider per turn, its own trace and counter.
    const exporter = new InMemorySpanExporter();
    for (const [n, name] of [[1, 'turn 1'], [2, 'turn 2']] as const) {
      let spanNo = 0;
      const idGenerator = { generateTraceId: () => n.toString(16).padStart(32, '0'), generateSpanId: () => (++spanNo).toString(16).padStart(16, '0') };
      const tracer = new BasicTracerProvider({ idGenerator, spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('counted');
      const root = tracer.startSpan(name, { root: true });
      tracer.startSpan(`${name} tool`, {}, trace.setSpan(context.active(), root)).end();
      root.end();
    }
    const spans = exporter.getFinishedSpans();
    expect(new Set(spans.map((s) => s.spanContext().spanId)).size).toBe(2); // as sent: the second turn reuses the first's
    const fromProto = decodeProtobufExport(protoOf(spans));
    expect(decodeJsonExport(jsonOf(spans))).toEqual(fromProto);
    expect(decodeProtobufExport(protoOf(spans))).toEqual(fromProto);
    expect(new Set(fromProto.spans.map((s) => s.spanId)).size).toBe(4);
    for (const child of fromProto.spans.filter((s) => s.name.endsWith('tool'))) {
      expect(fromProto.spans.find((s) => s.spanId === child.parentSpanId)?.name).toBe(child.name.replace(' tool', ''));
    }
    // Random SDK ids are kept as sent.
    const random = sdkSpans();
    expect(decodeProtobufExport(protoOf(random)).spans.map((s) => s.spanId).sort()).toEqual(random.map((s) => s.spanContext().spanId).sort());
  });

  it('drops a link without a valid trace and span id, and keeps the span', () => {
    const doc = (links: unknown) =>
      JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', name: 'x', startTimeUnixNano: '1', endTimeUnixNano: '2', links }] }] }] });
    const got = decodeJsonExport(doc([{ traceId: '00000000000000000000000000000000', spanId: 'b7ad6b7169203331' }, { traceId: 'abc', spanId: 'b7ad6b7169203331' }, { traceId: '0af7651916cd43dd8448eb211c80319d', spanId: '00f067aa0ba902b7' }]));
    expect(got.rejectedSpans).toBe(0);
    expect(got.spans[0]!.links).toEqual([{ traceId: '0af7651916cd43dd8448eb211c80319d', spanId: '00f067aa0ba902b7', attributes: {} }]);
    // At most the OTel SDK's own cap of links per span are kept.
    const many = Array.from({ length: 500 }, (_, i) => ({ traceId: '0af7651916cd43dd8448eb211c80319d', spanId: (i + 1).toString(16).padStart(16, '0') }));
    expect(decodeJsonExport(doc(many)).spans[0]!.links).toHaveLength(128);
    expect(() => decodeJsonExport(doc('not a list'))).not.toThrow();
    expect(decodeJsonExport(doc('not a list')).rejectedSpans).toBe(1);
  });

  it('cuts values over the length limit with a marker and records the original size', () => {
    const long = 'x'.repeat(5000);
    const out = decodeProtobufExport(protoOf(sdkSpans({ 'input.value': long })), { maxAttributeValueLength: 1000 });
    const root = out.spans.find((s) => s.name === 'orchestrator')!;
    const v = root.attributes['input.value'] as string;
    expect(v.length).toBe(1000);
    expect(v.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(root.truncatedAttributes).toEqual({ 'input.value': 5000 });
    expect(out.limitHits.attributeValueLength).toBe(1);
  });

  it('drops attributes over the count limit and counts them', () => {
    const out = decodeJsonExport(jsonOf(sdkSpans()), { maxAttributesPerSpan: 2 });
    const child = out.spans.find((s) => s.name === 'send_email')!;
    expect(Object.keys(child.attributes)).toHaveLength(2);
    expect(child.droppedAttributesCount).toBe(5);
    expect(out.limitHits.attributesPerSpan).toBeGreaterThanOrEqual(5);
  });

  it('rejects spans over the per-request limit with a reason', () => {
    const out = decodeProtobufExport(protoOf(sdkSpans()), { maxSpansPerRequest: 1 });
    expect(out.spans).toHaveLength(1);
    expect(out.rejectedSpans).toBe(1);
    expect(out.errors.join(' ')).toMatch(/limit of 1 spans per request/);
  });

  it('rejects invalid spans one by one and keeps the valid ones', () => {
    const doc = JSON.parse(Buffer.from(jsonOf(sdkSpans())).toString()) as { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    const list = doc.resourceSpans[0]!.scopeSpans[0]!.spans;
    list[0]!.spanId = 'zz';
    list[1]!.endTimeUnixNano = '1';
    const out = decodeJsonExport(JSON.stringify(doc));
    expect(out.spans).toHaveLength(0);
    expect(out.rejectedSpans).toBe(2);
    expect(out.errors[0]).toMatch(/span 0: spanId must be a hex string/);
    expect(out.errors[1]).toMatch(/before startTimeUnixNano/);
  });

  it('rejects an attribute whose doubleValue is neither a number nor a string (an object with its own toString), with a reason', () => {
    const doc = JSON.parse(Buffer.from(jsonOf(sdkSpans())).toString()) as { resourceSpans: { scopeSpans: { spans: { attributes: { value: Record<string, unknown> }[] }[] }[] }[] };
    const spans = doc.resourceSpans[0]!.scopeSpans[0]!.spans;
    spans[0]!.attributes[0]!.value = { doubleValue: { toString: [] } };
    const out = decodeJsonExport(JSON.stringify(doc));
    expect(out.rejectedSpans).toBe(1);
    expect(out.spans).toHaveLength(spans.length - 1);
    expect(out.errors[0]).toMatch(/doubleValue must be a number/);
  });

  it('throws a plain reason for a truncated protobuf body', () => {
    const body = protoOf(sdkSpans());
    expect(() => decodeProtobufExport(body.subarray(0, body.length - 7))).toThrow(OtlpDecodeError);
    expect(() => decodeProtobufExport(body.subarray(0, body.length - 7))).toThrow(/truncated|malformed/);
  });

  it('keeps __proto__ keys as data, never as a prototype', () => {
    const out = decodeProtobufExport(protoOf(sdkSpans({ __proto__: 'polluted' } as unknown as Record<string, string>)));
    const root = out.spans.find((s) => s.name === 'orchestrator')!;
    expect(Object.getPrototypeOf(root.attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readOtlpBody', () => {
  it('accepts protobuf and JSON, plain or gzip', () => {
    const raw = Buffer.from(protoOf(sdkSpans()));
    expect(readOtlpBody(raw, 'application/x-protobuf', undefined, 1 << 20).format).toBe('protobuf');
    expect(readOtlpBody(raw, 'application/json; charset=utf-8', undefined, 1 << 20).format).toBe('json');
    expect(readOtlpBody(gzipSync(raw), 'application/x-protobuf', 'gzip', 1 << 20).body.equals(raw)).toBe(true);
  });

  it('answers 415 for other content types and encodings', () => {
    expect(() => readOtlpBody(Buffer.from('x'), 'text/plain', undefined, 1024)).toThrow(UnsupportedMediaTypeError);
    expect(() => readOtlpBody(Buffer.from('x'), undefined, undefined, 1024)).toThrow(UnsupportedMediaTypeError);
    expect(() => readOtlpBody(Buffer.from('x'), 'application/json', 'br', 1024)).toThrow(UnsupportedMediaTypeError);
  });

  it('stops a gzip bomb at the decompressed limit (413) and reports corrupt gzip (400)', () => {
    const bomb = gzipSync(Buffer.alloc(4 << 20));
    expect(() => readOtlpBody(bomb, 'application/json', 'gzip', 1 << 20)).toThrow(PayloadTooLargeError);
    expect(() => readOtlpBody(Buffer.from('not gzip'), 'application/json', 'gzip', 1 << 20)).toThrow(OtlpDecodeError);
  });
});

describe('responses', () => {
  it('encodes partial success in both encodings', () => {
    const json = JSON.parse(Buffer.from(encodeExportResponse('json', { rejectedSpans: 2, errorMessage: 'bad ids' }).body).toString());
    expect(json).toEqual({ partialSuccess: { rejectedSpans: '2', errorMessage: 'bad ids' } });
    expect(encodeExportResponse('protobuf', { rejectedSpans: 0 }).body).toHaveLength(0);
    const pb = encodeExportResponse('protobuf', { rejectedSpans: 2, errorMessage: 'bad ids' }).body;
    // field 1 (LEN) { field 1 varint 2, field 2 "bad ids" }
    expect(Array.from(pb.subarray(0, 4))).toEqual([0x0a, 11, 0x08, 2]);
    expect(JSON.parse(Buffer.from(encodeStatus('json', 3, 'why').body).toString())).toEqual({ code: 3, message: 'why' });
  });
});

// Property-based: hostile bodies must end in a decoded batch or one OtlpDecodeError, never another exception.
describe('fuzzing the decoders', () => {
  const valid = Buffer.from(protoOf(sdkSpans()));
  const validJson = Buffer.from(jsonOf(sdkSpans()));
  const onlyDecodeErrors = (f: () => unknown): boolean => {
    try {
      const out = f() as { spans: unknown[]; rejectedSpans: number };
      return Array.isArray(out.spans) && out.rejectedSpans >= 0;
    } catch (err) {
      return err instanceof OtlpDecodeError;
    }
  };

  it('protobuf: random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (b) => onlyDecodeErrors(() => decodeProtobufExport(b))), { numRuns: 2000 });
  });

  it('protobuf: mutated valid bodies', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(valid.length), (edits, cut) => {
        const b = Buffer.from(valid.subarray(0, Math.max(cut, 1)));
        for (const [i, v] of edits) if (i < b.length) b[i] = v;
        return onlyDecodeErrors(() => decodeProtobufExport(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('JSON: random documents and mutated valid ones', () => {
    fc.assert(fc.property(fc.json(), (s) => onlyDecodeErrors(() => decodeJsonExport(s))), { numRuns: 1000 });
    const doc = JSON.parse(validJson.toString()) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]): void => {
      paths.push(p);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    walk(doc, []);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.jsonValue(), (pi, replacement) => {
        const copy = structuredClone(doc) as Record<string | number, unknown>;
        const path = paths[pi]!;
        if (path.length === 0) return onlyDecodeErrors(() => decodeJsonExport(JSON.stringify(replacement)));
        let o = copy as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
        o[path.at(-1)!] = replacement;
        return onlyDecodeErrors(() => decodeJsonExport(JSON.stringify(copy)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('protobuf span ids and wire types', () => {
  // ExportTraceServiceRequest { resource_spans(1) { scope_spans(2) { spans(2) … } } }, built field by field.
  function request(spans: Uint8Array[]): Uint8Array {
    const scope = protobuf.Writer.create();
    for (const s of spans) scope.uint32((2 << 3) | 2).bytes(s);
    const rs = protobuf.Writer.create().uint32((2 << 3) | 2).bytes(scope.finish());
    return protobuf.Writer.create().uint32((1 << 3) | 2).bytes(rs.finish()).finish();
  }
  function span(o: { trace?: number[]; span?: number[]; parent?: number[]; nameAsVarint?: boolean }): Uint8Array {
    const w = protobuf.Writer.create();
    w.uint32((1 << 3) | 2).bytes(Uint8Array.from(o.trace ?? Array.from({ length: 16 }, (_, i) => i + 1)));
    w.uint32((2 << 3) | 2).bytes(Uint8Array.from(o.span ?? [1, 2, 3, 4, 5, 6, 7, 8]));
    if (o.parent) w.uint32((4 << 3) | 2).bytes(Uint8Array.from(o.parent));
    if (o.nameAsVarint) w.uint32((5 << 3) | 0).uint32(7);
    else w.uint32((5 << 3) | 2).string('op');
    w.uint32((7 << 3) | 1).fixed64(1_000).uint32((8 << 3) | 1).fixed64(2_000);
    return w.finish();
  }

  it('reads ids as hex from the body (Buffer or plain bytes), drops an all-zero parent, and rejects bad spans one by one', () => {
    const bytes = request([
      span({ parent: [0, 0, 0, 0, 0, 0, 0, 0] }),
      span({ span: [0, 0, 0, 0, 0, 0, 0, 0] }),
      span({ trace: [1, 2, 3] }),
      span({ nameAsVarint: true }),
      span({ span: [9, 9, 9, 9, 9, 9, 9, 9], parent: [1, 2, 3, 4, 5, 6, 7, 8] }),
    ]);
    for (const body of [bytes, Buffer.from(bytes)]) {
      const out = decodeProtobufExport(body);
      expect(out.spans.map((s) => [s.traceId, s.spanId, s.parentSpanId])).toEqual([
        ['0102030405060708090a0b0c0d0e0f10', '0102030405060708', undefined],
        ['0102030405060708090a0b0c0d0e0f10', '0909090909090909', '0102030405060708'],
      ]);
      expect(out.rejectedSpans).toBe(3);
      expect(out.errors[0]).toMatch(/scope 0 span 1: .*spanId/);
      expect(out.errors[1]).toMatch(/span 2: .*traceId/);
      expect(out.errors[2]).toMatch(/span 3: field name has the wrong protobuf wire type/);
    }
  });
});
