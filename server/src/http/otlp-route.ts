// POST /v1/traces and /v1/logs: OTLP/HTTP (protobuf or JSON, gzip), answered per the OTLP spec in the request's encoding.
import express, { type Request, type RequestHandler, type Response } from 'express';
import { ValidationError } from '@sentinel/graph';
import { OverloadedError } from '../errors.ts';
import { rejectForbiddenApps } from '../ingest/app-filter.ts';
import type { IngestOutcome } from '../ingest/decoded-export.ts';
import type { IngestPipeline } from '../ingest/pipeline.ts';
import type { Metrics } from '../metrics.ts';
import { decodeJsonExport, decodeJsonLogs, decodeProtobufExport, decodeProtobufLogs, encodeExportResponse, encodeStatus, readOtlpBody, type DecodeLimits } from '../otlp/index.ts';
import { statusOf } from './error-handler.ts';

export interface OtlpRouteOptions {
  pipeline: IngestPipeline;
  metrics: Metrics;
  maxBodyBytes: number;
  maxDecompressedBytes: number;
  limits: DecodeLimits;
  /** Checks ingest credentials; throws UnauthorizedError. Returns the apps the caller may write (undefined = all). */
  authenticate?: (req: Request) => Set<string> | undefined;
  log: (msg: string) => void;
}

// gRPC status codes used in OTLP error bodies (google.rpc.Status.code).
const GRPC_CODE: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 413: 8, 415: 3, 429: 8, 500: 13, 503: 14 };

/**
 * `logs`: an ExportLogsServiceRequest, whose records tied to a span with an event name (the GenAI conventions' message
 * events) are kept for that span (IngestPipeline.addLogRecords); the rest is acknowledged and not kept.
 */
export function otlpRoute(opts: OtlpRouteOptions, signal: 'traces' | 'logs' = 'traces'): RequestHandler[] {
  // Raw bytes, no inflation here: decompression is bounded in readOtlpBody (gzip bombs → 413).
  const raw = express.raw({ type: () => true, limit: opts.maxBodyBytes, inflate: false });
  /** Decodes and ingests; returns what to wait for. Kept out of the async handler so the decoded batch is unreachable while the commit runs. */
  const accept = (req: Request, res: Response): Promise<IngestOutcome> | undefined => {
    // The exporter gave up (timeout) while this request waited: its spans will be resent, skip the work.
    if (req.destroyed) return undefined;
    const allowedApps = opts.authenticate?.(req);
    const body = readOtlpBody(req.body, req.headers['content-type'], res.locals.contentEncoding as string | undefined, opts.maxDecompressedBytes);
    res.locals.format = body.format;
    if (signal === 'logs') {
      const logs = body.format === 'json' ? decodeJsonLogs(body.body, opts.limits) : decodeProtobufLogs(body.body, opts.limits);
      opts.pipeline.addLogRecords(logs.records, logs.total);
      return Promise.resolve({ rejectedSpans: 0 });
    }
    const decoded = body.format === 'json' ? decodeJsonExport(body.body, opts.limits) : decodeProtobufExport(body.body, opts.limits);
    opts.metrics.spansReceived.inc({ transport: 'http' }, decoded.spans.length + decoded.rejectedSpans);
    rejectForbiddenApps(decoded, allowedApps);
    return opts.pipeline.ingest(decoded);
  };
  const handler: RequestHandler = async (req, res) => {
    res.locals.format = replyFormat(req);
    try {
      const pending = accept(req, res);
      if (!pending) return;
      const out = encodeExportResponse(res.locals.format as 'json' | 'protobuf', await pending);
      res.status(200).type(out.contentType).send(Buffer.from(out.body));
    } catch (err) {
      sendError(res, err, res.locals.format as 'json' | 'protobuf', opts);
    }
  };
  return [
    (req, res, next) => {
      // Admission first: a saturated server refuses before it spends memory on the body.
      let release: () => void;
      try {
        release = opts.pipeline.admit();
      } catch (err) {
        res.setHeader('Connection', 'close');
        return sendError(res, err, replyFormat(req), opts);
      }
      res.once('close', release);
      // body-parser answers 415 itself for any Content-Encoding when inflate is off; readOtlpBody owns it instead.
      res.locals.contentEncoding = req.headers['content-encoding'];
      delete req.headers['content-encoding'];
      raw(req, res, (err?: unknown) => {
        if (err) return sendError(res, err, replyFormat(req), opts);
        next();
      });
    },
    handler,
  ];
}

/** The encoding of a reply before the body is read: JSON for any JSON-ish content type, else protobuf. */
function replyFormat(req: Request): 'protobuf' | 'json' {
  return String(req.headers['content-type'] ?? '').toLowerCase().includes('json') ? 'json' : 'protobuf';
}

function sendError(res: Response, err: unknown, format: 'protobuf' | 'json', opts: OtlpRouteOptions): void {
  const status = statusOf(err);
  const isBodyTooLarge = !!err && typeof err === 'object' && 'type' in err && err.type === 'entity.too.large';
  const message = isBodyTooLarge
    ? `request body exceeds the ${opts.maxBodyBytes}-byte limit`
    : status >= 500 && !(err instanceof OverloadedError) && !(err instanceof ValidationError)
      ? 'internal error'
      : (err as Error).message;
  if (status >= 500 && !(err instanceof OverloadedError)) opts.log(`OTLP ingest failed: ${(err as Error)?.stack ?? String(err)}`);
  if (status !== 503) opts.metrics.requestsRejected.inc({ status: String(status) });
  if (err instanceof OverloadedError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
  const out = encodeStatus(format, GRPC_CODE[status] ?? 2, message);
  res.status(status).type(out.contentType).send(Buffer.from(out.body));
}
