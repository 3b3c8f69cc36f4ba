// Where spans go: the register option, else the standard OTEL_EXPORTER_OTLP_* variables, else a local Sentinel.
export type OtlpProtocol = 'http/protobuf' | 'grpc';

/** Sentinel's default ports are the OTLP defaults (4318 HTTP, 4317 gRPC); 127.0.0.1 avoids an IPv6 `localhost` miss. */
export const DEFAULT_HTTP_ENDPOINT = 'http://127.0.0.1:4318';
export const DEFAULT_GRPC_ENDPOINT = 'http://127.0.0.1:4317';
const TRACES_PATH = '/v1/traces';

type Env = Record<string, string | undefined>;

/** Blank means unset, as the OTel SDKs read their variables. */
function envValue(env: Env, key: string): string | undefined {
  const v = env[key]?.trim();
  return v ? v : undefined;
}

/** The protocol: option → `OTEL_EXPORTER_OTLP_TRACES_PROTOCOL` → `OTEL_EXPORTER_OTLP_PROTOCOL` → `http/protobuf`. */
export function resolveProtocol(protocol: OtlpProtocol | undefined, env: Env = process.env): OtlpProtocol {
  if (protocol) return protocol;
  const v = envValue(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? envValue(env, 'OTEL_EXPORTER_OTLP_PROTOCOL');
  return v === 'grpc' ? 'grpc' : 'http/protobuf';
}

/**
 * The exporter URL. HTTP: a base endpoint gets `/v1/traces` appended (as the OTel spec says for
 * `OTEL_EXPORTER_OTLP_ENDPOINT`); `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is used as is. gRPC: the
 * endpoint as is.
 */
export function resolveEndpoint(protocol: OtlpProtocol, endpoint: string | undefined, env: Env = process.env): string {
  const given = endpoint?.trim() || undefined;
  if (protocol === 'grpc') return given ?? envValue(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? envValue(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') ?? DEFAULT_GRPC_ENDPOINT;
  if (given) return withTracesPath(given);
  const traces = envValue(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  if (traces) return traces;
  return withTracesPath(envValue(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') ?? DEFAULT_HTTP_ENDPOINT);
}

function withTracesPath(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed.endsWith(TRACES_PATH) ? trimmed : trimmed + TRACES_PATH;
}
