// The one place errors become HTTP responses: `{ error, message }` with the status the error names.
import type { ErrorRequestHandler } from 'express';
import { NotFoundError, SentinelError, ValidationError } from '@sentinel/graph';
import { OverloadedError } from '../errors.ts';

export function statusOf(err: unknown): number {
  if (err && typeof err === 'object' && 'status' in err && typeof err.status === 'number' && err.status >= 400 && err.status < 600) return err.status;
  if (err instanceof NotFoundError) return 404;
  if (err instanceof ValidationError) return 400;
  return 500;
}

export function errorCode(err: unknown, status: number): string {
  if (err instanceof SentinelError) return err.code;
  const type = err && typeof err === 'object' && 'type' in err ? String(err.type) : '';
  if (type === 'entity.too.large') return 'payload_too_large';
  if (type === 'entity.parse.failed') return 'validation_error';
  return status >= 500 ? 'internal_error' : 'bad_request';
}

export function errorHandler(log: (msg: string) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = statusOf(err);
    if (err instanceof OverloadedError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
    // Internal errors are logged in full and answered generically: their text may carry internals.
    if (status >= 500 && !(err instanceof OverloadedError)) log(`internal error: ${(err as Error)?.stack ?? String(err)}`);
    const type = err && typeof err === 'object' && 'type' in err ? String(err.type) : '';
    // A body that does not parse: say so, with the parser's reason (alone, it reads like a server fault).
    const message = status >= 500 && !(err instanceof SentinelError) ? 'internal error' : type === 'entity.parse.failed' ? parseFailure(err) : (err as Error).message;
    if (res.headersSent) return;
    res.status(status).json({ error: errorCode(err, status), message });
  };
}

/**
 * Why a JSON body was refused. The parser is strict (an object or an array): `null`, `5` or `"x"` are valid JSON it
 * refuses too, and "not valid JSON" about them sent people looking for a syntax error that is not there.
 */
function parseFailure(err: unknown): string {
  const body = (err as { body?: unknown }).body;
  if (typeof body === 'string') {
    try {
      const value: unknown = JSON.parse(body);
      return `the request body must be a JSON object, not ${value === null ? 'null' : typeof value}`;
    } catch {
      // not JSON at all: the parser's reason below
    }
  }
  return `the request body is not valid JSON: ${(err as Error).message}`;
}
