import { normalizeSpan, type RawSpan } from '@sentinel/graph';
import { describe, expect, it } from 'vitest';
import type { LogRecordIn } from './decoded-export.ts';
import { PendingLogEvents } from './log-events.ts';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const rec = (spanId: string, name: string, body: LogRecordIn['body'], time = 1n, attributes = {}): LogRecordIn => ({ traceId: TRACE, spanId, name, timeUnixNano: time, attributes, body });
const span = (spanId: string, extra: Partial<RawSpan> = {}): RawSpan => ({
  traceId: TRACE, spanId, name: 'chat gpt-4o', kind: 3, startTimeUnixNano: 0n, endTimeUnixNano: 10n,
  attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'gpt-4o' }, resource: { 'service.name': 'app' }, statusCode: 0, events: [], ...extra,
});

describe('PendingLogEvents', () => {
  it("adds a span's message events to it in time order, as the span events they stand for, and stores the span as JSON", () => {
    const pending = new PendingLogEvents(100, 60_000);
    expect(pending.add([rec('b7ad6b7169203331', 'gen_ai.choice', { index: 0, message: { role: 'assistant', content: 'Hello Emma.' } }, 3n), rec('b7ad6b7169203331', 'gen_ai.user.message', { content: 'Say hello.' }, 2n), rec('b7ad6b7169203331', 'app.audit', 'x')])).toBe(2);
    const raw = span('b7ad6b7169203331', { wire: { span: new Uint8Array([1]) } });
    pending.attachTo(raw);
    expect(raw.events.map((e) => e.name)).toEqual(['gen_ai.user.message', 'gen_ai.choice']);
    expect(raw.wire).toBeUndefined();
    expect(normalizeSpan(raw)).toMatchObject({ input: 'Say hello.', output: 'Hello Emma.' });
    expect(pending.size).toBe(0);
    // Taken once: another span with no records is left as it came.
    const other = span('00f067aa0ba902b7', { wire: { span: new Uint8Array([1]) } });
    pending.attachTo(other);
    expect([other.events, other.wire !== undefined]).toEqual([[], true]);
  });

  it("adds an operation-details record's messages as the attributes the span lacks", () => {
    const pending = new PendingLogEvents(100, 60_000);
    const messages = JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Pay the invoice.' }] }]);
    pending.add([rec('b7ad6b7169203331', 'gen_ai.client.inference.operation.details', null, 1n, { 'gen_ai.input.messages': messages, 'gen_ai.request.model': 'other', 'event.name': 'gen_ai.client.inference.operation.details' })]);
    const raw = span('b7ad6b7169203331');
    pending.attachTo(raw);
    expect(raw.attributes).toEqual({ 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'gpt-4o', 'gen_ai.input.messages': messages });
    expect(normalizeSpan(raw).input).toBe('Pay the invoice.');
  });

  it('drops what waits longer than its time, or the oldest past its count', () => {
    const pending = new PendingLogEvents(2, 1_000);
    pending.add([rec('0000000000000001', 'gen_ai.user.message', { content: 'a' })], 0);
    pending.add([rec('0000000000000002', 'gen_ai.user.message', { content: 'b' })], 500);
    expect(pending.expire(1_200)).toBe(1);
    pending.add([rec('0000000000000003', 'gen_ai.user.message', { content: 'c' }), rec('0000000000000004', 'gen_ai.user.message', { content: 'd' })], 1_300);
    expect([pending.expire(1_300), pending.size]).toEqual([1, 2]);
    const kept = ['0000000000000002', '0000000000000003', '0000000000000004'].map((id) => {
      const raw = span(id);
      pending.attachTo(raw);
      return raw.events.length;
    });
    expect(kept).toEqual([0, 1, 1]);
  });
});
