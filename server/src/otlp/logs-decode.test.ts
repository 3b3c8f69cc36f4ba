// The OTLP logs decoders on what the OTel SDK's own serializers write: the records a span's message events came in.
import { context, trace } from '@opentelemetry/api';
import { JsonLogsSerializer, ProtobufLogsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { OtlpDecodeError, decodeJsonLogs, decodeProtobufLogs } from './index.ts';

/** Four records: two message events of a span, one without a span, one of the span that is no event. */
function records() {
  const exporter = new InMemoryLogRecordExporter();
  const logs = new LoggerProvider({ resource: resourceFromAttributes({ 'service.name': 'app' }), processors: [new SimpleLogRecordProcessor({ exporter })] });
  const logger = logs.getLogger('openai_v2');
  const span = new BasicTracerProvider().getTracer('t').startSpan('chat gpt-4o');
  const ctx = trace.setSpan(context.active(), span);
  logger.emit({ eventName: 'gen_ai.user.message', body: { content: 'Summarize my inbox.' }, attributes: { 'gen_ai.system': 'openai' }, context: ctx });
  // Before LogRecord had an event name, the Events API put it in the `event.name` attribute.
  logger.emit({ body: { index: 0, message: { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'read_inbox', arguments: '{}' } }] } }, attributes: { 'event.name': 'gen_ai.choice' }, context: ctx });
  logger.emit({ eventName: 'gen_ai.user.message', body: { content: 'no span' } });
  logger.emit({ body: 'GET /health 200', context: ctx });
  return { records: exporter.getFinishedLogRecords(), span };
}

describe('OTLP logs decoders', () => {
  it.each([
    ['protobuf', (r: ReturnType<typeof records>['records']) => decodeProtobufLogs(ProtobufLogsSerializer.serializeRequest(r)!)],
    ['JSON', (r: ReturnType<typeof records>['records']) => decodeJsonLogs(JsonLogsSerializer.serializeRequest(r)!)],
  ])('keeps the %s records tied to a span with an event name, with their body', (_f, decode) => {
    const { records: r, span } = records();
    const decoded = decode(r);
    expect(decoded.total).toBe(4);
    const { traceId, spanId } = span.spanContext();
    expect(decoded.records.map((x) => [x.traceId, x.spanId, x.name, x.body])).toEqual([
      [traceId, spanId, 'gen_ai.user.message', { content: 'Summarize my inbox.' }],
      [traceId, spanId, 'gen_ai.choice', { index: 0, message: { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'read_inbox', arguments: '{}' } }] } }],
    ]);
    expect(decoded.records[0].attributes).toEqual({ 'gen_ai.system': 'openai' });
    expect(decoded.records[0].timeUnixNano).toBeGreaterThan(0n);
  });

  it('throws a decode error for a body that is not a logs request, and reads an empty one as nothing', () => {
    expect(() => decodeProtobufLogs(new Uint8Array([0x0a, 0x05, 0x01]))).toThrow(OtlpDecodeError);
    expect(() => decodeJsonLogs('{"resourceLogs": 3}')).toThrow(/resourceLogs must be an array/);
    expect(() => decodeJsonLogs('not json')).toThrow(OtlpDecodeError);
    expect(decodeJsonLogs('{}')).toEqual({ records: [], total: 0 });
    expect(decodeProtobufLogs(new Uint8Array())).toEqual({ records: [], total: 0 });
  });
});
