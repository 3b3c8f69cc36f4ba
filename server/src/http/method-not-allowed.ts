// A route asked with a method it does not take: 405, the methods it takes in `Allow` (as HTTP asks), the reason in JSON.
import type { RequestHandler, Response } from 'express';

/** The one 405 answer both the app's own routes and the /api router give. */
export function sendMethodNotAllowed(res: Response, allow: readonly string[], message: string): void {
  res.status(405).set('Allow', allow.join(', ')).json({ error: 'method_not_allowed', message });
}

/**
 * For routes mounted on the app itself (OTLP ingest, /metrics); the /api router finds its own routes' methods.
 * @example app.all('/v1/logs', methodNotAllowed(['POST'], 'OTLP logs are sent with POST'))
 */
export function methodNotAllowed(allow: readonly string[], why: string): RequestHandler {
  return (req, res) => sendMethodNotAllowed(res, allow, `${req.method} ${req.path}: ${why}`);
}
