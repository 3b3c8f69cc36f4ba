import { describe, expect, it } from 'vitest';
import { countExportSpans } from './count-spans.ts';
import { OtlpDecodeError } from './otlp-decode-error.ts';
import { decodeExportResponse, decodeStatusMessage, encodeExportResponse, encodeStatus } from './response.ts';

const json = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
const scope = (n: number) => ({ spans: Array.from({ length: n }, () => ({})) });

describe('countExportSpans', () => {
  it.each([
    ['{"foo":1} (valid JSON, no spans: replay reported it as replayed)', json({ foo: 1 }), 0],
    ['empty resourceSpans', json({ resourceSpans: [] }), 0],
    ['spans across resources and scopes', json({ resourceSpans: [{ scopeSpans: [scope(2), scope(1)] }, { scopeSpans: [scope(3)] }] }), 6],
    ['snake_case field names', json({ resource_spans: [{ scope_spans: [scope(2)] }] }), 2],
  ])('JSON: %s', (_, body, n) => expect(countExportSpans('json', body)).toBe(n));

  it.each([
    ['an empty body (a valid empty request)', new Uint8Array(0), 0],
    // resource_spans { scope_spans { spans {} spans {} } } and an unknown varint field 9 = 1 beside it.
    ['two spans, an unknown field skipped', Uint8Array.from([0x0a, 0x06, 0x12, 0x04, 0x12, 0x00, 0x12, 0x00, 0x48, 0x01]), 2],
  ])('protobuf: %s', (_, body, n) => expect(countExportSpans('protobuf', body)).toBe(n));

  it.each([
    ['json', json('not json')],
    ['json', json({ resourceSpans: 5 })],
    ['protobuf', Uint8Array.from([0x0a, 0x7f, 0x00])],
  ] as const)('refuses a %s body the decoders would refuse whole', (format, body) => {
    expect(() => countExportSpans(format, body)).toThrow(OtlpDecodeError);
  });
});

describe('decodeExportResponse / decodeStatusMessage', () => {
  it.each(['json', 'protobuf'] as const)('read back what the server writes (%s)', (format) => {
    expect(decodeExportResponse(format, encodeExportResponse(format, { rejectedSpans: 0 }).body)).toEqual({ rejectedSpans: 0 });
    const partial = { rejectedSpans: 3, errorMessage: 'span 0: spanId must be 8 bytes' };
    expect(decodeExportResponse(format, encodeExportResponse(format, partial).body)).toEqual(partial);
    expect(decodeStatusMessage(format, encodeStatus(format, 3, 'invalid OTLP/JSON').body)).toBe('invalid OTLP/JSON');
  });
});
