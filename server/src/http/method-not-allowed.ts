// A route asked with a method it does not take: 405, the methods it takes in `Allow` (as HTTP asks), the reason in JSON.
import type { RequestHandler } from 'express';

/**
 * For routes mounted on the app itself (OTLP ingest, /metrics); the /api router finds its own routes' methods.
 * @example app.all('/v1/logs', methodNotAllowed(['POST'], 'OTLP logs are sent with POST'))
 */
export function methodNotAllowed(allow: readonly string[], why: string): RequestHandler {
  return (req, res) => {
    res.status(405).set('Allow', allow.join(', ')).json({ error: 'method_not_allowed', message: `${req.method} ${req.path}: ${why}` });
  };
}
