// Typed errors for bad input or config: one base class, mapped to HTTP once, in the server's error handler.

/** Base of every error Sentinel throws on purpose. `code` is the machine-readable kind. */
export class SentinelError extends Error {
  readonly code: string = 'sentinel_error';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input or configuration that does not have the expected shape. The message names the function and what was expected. */
export class ValidationError extends SentinelError {
  override readonly code: string = 'validation_error';
}

export class NotFoundError extends SentinelError {
  override readonly code: string = 'not_found';
}
