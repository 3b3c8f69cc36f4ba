// Endpoint and protocol resolution: option → OTEL_* variables → the local Sentinel defaults.
import { describe, expect, it } from 'vitest';
import { resolveEndpoint, resolveProtocol } from './endpoint.ts';

describe('resolveEndpoint', () => {
  it.each([
    ['http/protobuf', undefined, {}, 'http://127.0.0.1:4318/v1/traces'],
    ['grpc', undefined, {}, 'http://127.0.0.1:4317'],
    ['http/protobuf', undefined, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://sentinel:4318/' }, 'http://sentinel:4318/v1/traces'],
    ['http/protobuf', undefined, { OTEL_EXPORTER_OTLP_ENDPOINT: '  ' }, 'http://127.0.0.1:4318/v1/traces'], // blank means unset
    ['http/protobuf', undefined, { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://x:1/custom', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://y:2' }, 'http://x:1/custom'],
    ['http/protobuf', 'http://opt:9', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://env:1' }, 'http://opt:9/v1/traces'],
    ['http/protobuf', 'http://opt:9/v1/traces', {}, 'http://opt:9/v1/traces'], // no doubled path
    ['grpc', undefined, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://sentinel:4317' }, 'http://sentinel:4317'],
  ] as const)('%s endpoint=%s env=%j → %s', (protocol, endpoint, env, want) => {
    expect(resolveEndpoint(protocol, endpoint, env)).toBe(want);
  });
});

describe('resolveProtocol', () => {
  it('honours OTEL_EXPORTER_OTLP_PROTOCOL=grpc and defaults to http/protobuf otherwise', () => {
    expect(resolveProtocol(undefined, { OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toBe('grpc');
    expect(resolveProtocol(undefined, { OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toBe('http/protobuf');
    expect(resolveProtocol('grpc', {})).toBe('grpc');
    expect(resolveProtocol(undefined, {})).toBe('http/protobuf');
  });
});
