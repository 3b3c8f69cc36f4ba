// Server-level errors: each carries the HTTP status it maps to in the one error handler (http/error-handler.ts).
import { SentinelError, ValidationError } from '@sentinel/graph';

export { SentinelError, ValidationError };
export { NotFoundError } from '@sentinel/graph';

/** Body over the configured limit, raw or decompressed (a gzip bomb). → 413 */
export class PayloadTooLargeError extends ValidationError {
  override readonly code: string = 'payload_too_large';
  readonly status = 413;
}

/** Content type other than OTLP protobuf or JSON. → 415 */
export class UnsupportedMediaTypeError extends ValidationError {
  override readonly code: string = 'unsupported_media_type';
  readonly status = 415;
}

/** The pipeline is saturated: try again later. → 503 with Retry-After (gRPC UNAVAILABLE) */
export class OverloadedError extends SentinelError {
  override readonly code: string = 'overloaded';
  readonly status: number;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    status: 429 | 503 = 503,
  ) {
    super(message);
    this.status = status;
  }
}

/** Missing or wrong credentials. → 401 (gRPC UNAUTHENTICATED) */
export class UnauthorizedError extends SentinelError {
  override readonly code: string = 'unauthorized';
  readonly status = 401;
}

/** Authenticated but not allowed (e.g. a read-only token changing an alert). → 403 */
export class ForbiddenError extends SentinelError {
  override readonly code: string = 'forbidden';
  readonly status = 403;
}

/** The request conflicts with how the server is set up (e.g. editing a policy it does not own). → 409 */
export class ConflictError extends SentinelError {
  override readonly code: string = 'conflict';
  readonly status = 409;
}

/**
 * The store could not make a batch durable (disk full, I/O error): nothing of it was kept and the exporter should send
 * it again. → 503 with Retry-After (OTLP exporters retry 503, not 500; gRPC UNAVAILABLE)
 */
export class StoreUnavailableError extends OverloadedError {
  override readonly code: string = 'store_unavailable';
}
