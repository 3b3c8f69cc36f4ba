// The soak benchmark's hand-written OTLP encoder (bench/otlp-encode.ts) must produce what the server's decoder reads.
import { describe, expect, it } from 'vitest';
import { AgentSessionBodies, encodeExportTraceRequest, spanSeqOf, SPANS_PER_AGENT_SESSION, type PlainSpan } from '../bench/otlp-encode.ts';
import { decodeProtobufExport } from '../server/src/otlp/index.ts';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

describe('encodeExportTraceRequest', () => {
  it('round-trips ids, 64-bit timestamps, every attribute type and status through decodeProtobufExport', () => {
    const span: PlainSpan = {
      traceId: hex('0102030405060708090a0b0c0d0e0f10'),
      spanId: hex('1112131415161718'),
      parentSpanId: hex('2122232425262728'),
      name: 'web_search',
      kind: 3,
      startTimeUnixNano: 1_767_225_600_123_456_789n,
      endTimeUnixNano: 1_767_225_601_987_654_321n,
      attributes: { 'session.id': 's-1', 'tool.name': 'web_search', ok: true, retries: 3, big: 2 ** 40, score: 0.25, 'output.value': 'é ✓ '.repeat(500) },
      statusCode: 2,
      statusMessage: 'timeout',
    };
    const decoded = decodeProtobufExport(encodeExportTraceRequest([{ resource: { 'service.name': 'app' }, scope: { name: 'lib', version: '2' }, spans: [span] }]));
    expect(decoded.rejectedSpans).toBe(0);
    expect(decoded.spans).toEqual([
      {
        traceId: '0102030405060708090a0b0c0d0e0f10',
        spanId: '1112131415161718',
        parentSpanId: '2122232425262728',
        name: 'web_search',
        kind: 3,
        startTimeUnixNano: 1_767_225_600_123_456_789n,
        endTimeUnixNano: 1_767_225_601_987_654_321n,
        attributes: span.attributes,
        resource: { 'service.name': 'app' },
        scopeName: 'lib',
        scopeVersion: '2',
        statusCode: 2,
        statusMessage: 'timeout',
        events: [],
      },
    ]);
  });

  it('keeps the spans of several resources apart', () => {
    const span = (id: string): PlainSpan => ({ traceId: hex('aa'.repeat(16)), spanId: hex(id.repeat(8)), name: id, startTimeUnixNano: 1n, endTimeUnixNano: 2n });
    const decoded = decodeProtobufExport(encodeExportTraceRequest([{ resource: { 'service.name': 'a' }, spans: [span('01')] }, { resource: { 'service.name': 'b' }, spans: [span('02'), span('03')] }]));
    expect(decoded.spans.map((s) => [s.resource['service.name'], s.spanId, s.parentSpanId, s.scopeName])).toEqual([
      ['a', '0101010101010101', undefined, undefined],
      ['b', '0202020202020202', undefined, undefined],
      ['b', '0303030303030303', undefined, undefined],
    ]);
  });
});

describe('AgentSessionBodies', () => {
  it('numbers span ids consecutively across bodies, so a store can be checked span by span', () => {
    const gen = new AgentSessionBodies(3);
    const seqs: number[] = [];
    for (let i = 0; i < 2; i++) {
      const b = gen.next();
      const spans = decodeProtobufExport(b.body).spans;
      expect(spans).toHaveLength(b.spans);
      expect(b.spans).toBe(3 * SPANS_PER_AGENT_SESSION);
      for (const s of spans) seqs.push(spanSeqOf(s.spanId));
      expect(Math.min(...spans.map((s) => spanSeqOf(s.spanId)))).toBe(b.firstSpanSeq);
    }
    expect(seqs.toSorted((x, y) => x - y)).toEqual(Array.from({ length: 6 * SPANS_PER_AGENT_SESSION }, (_, i) => i + 1));
  });

  it('builds each session as one tree with one root, its own trace and session.id, and KBs of content', () => {
    const spans = decodeProtobufExport(new AgentSessionBodies(4).next().body).spans;
    const sessions = new Map<string, typeof spans>();
    for (const s of spans) sessions.set(s.attributes['session.id'] as string, [...(sessions.get(s.attributes['session.id'] as string) ?? []), s]);
    expect(sessions.size).toBe(4);
    for (const group of sessions.values()) {
      expect(group).toHaveLength(SPANS_PER_AGENT_SESSION);
      expect(new Set(group.map((s) => s.traceId)).size).toBe(1);
      const ids = new Set(group.map((s) => s.spanId));
      expect(group.filter((s) => s.parentSpanId === undefined).map((s) => s.name)).toEqual(['orchestrator']);
      for (const s of group) if (s.parentSpanId) expect(ids.has(s.parentSpanId)).toBe(true);
      expect(group.map((s) => s.attributes['openinference.span.kind']).toSorted()).toEqual(['AGENT', 'AGENT', 'AGENT', 'LLM', 'LLM', 'LLM', 'TOOL', 'TOOL', 'TOOL', 'TOOL']);
      for (const s of group) expect(String(s.attributes['output.value']).length).toBeGreaterThanOrEqual(1_000);
    }
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(4);
  });
});
