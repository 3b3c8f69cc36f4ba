// The composition root: wires store, pipeline, detectors, HTTP (OTLP + REST + dashboard), socket.io and gRPC.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { NotFoundError, SentinelError } from '@sentinel/graph';
import { loadPolicyPath } from '@sentinel/rules';
import { bearer, checkExposure, createAuth, type Role } from './auth.ts';
import { loadConfig, type ConfigInput, type SentinelConfig } from './config.ts';
import { rejectForbiddenApps } from './ingest/app-filter.ts';
import { createDetectorSet, type DetectorSet } from './detectors.ts';
import { apiRoutes } from './http/api-routes.ts';
import { errorHandler } from './http/error-handler.ts';
import { methodNotAllowed } from './http/method-not-allowed.ts';
import { otlpRoute } from './http/otlp-route.ts';
import { securityHeaders } from './http/security-headers.ts';
import { staticWeb } from './http/static-web.ts';
import { IngestPipeline } from './ingest/pipeline.ts';
import { LiveBus } from './live/live-bus.ts';
import { createLogger, type Logger } from './log.ts';
import { counterSnapshot, createMetrics } from './metrics.ts';
import { startOtlpGrpcServer, type DecodeLimits } from './otlp/index.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import { startRetention, type Retention } from './sessions/retention.ts';
import { setStoredSpanLimits } from './store/span-codec.ts';
import type { Store } from './store/store.ts';
import type { Health } from './contract/api-types.ts';

export const VERSION = '0.1.0';
/** How long health says `degraded` after the store refused a batch. */
const DEGRADED_FOR_MS = 60_000;
/** At shutdown, how long requests already admitted may take to be answered before connections are cut. */
const SHUTDOWN_REQUEST_WAIT_MS = 5_000;
/** Housekeeping period: flush timeouts and idle closes are checked this often. */
const SWEEP_INTERVAL_MS = 1_000;

export interface RunningSentinel {
  config: SentinelConfig;
  httpUrl: string;
  /** `host:port` for OTLP/gRPC, undefined when disabled. */
  grpcUrl: string | undefined;
  port: number;
  grpcPort: number | undefined;
  store: Store;
  pipeline: IngestPipeline;
  detectors: DetectorSet;
  log: Logger;
  /** The retention passes, when `retention` is set (tests run one with `run()`). */
  retention: Retention | undefined;
  /** Drains in-flight batches, closes sessions, stops listeners, closes the store. */
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIR = join(here, '..', '..', 'web', 'dist');

/**
 * Starts Sentinel. `overrides` take precedence over the environment (use `port: 0` for a free port).
 * @example
 * const s = await startSentinel({ port: 0, grpcPort: 0, dataDir: tmp });
 * // export to `${s.httpUrl}/v1/traces` …
 * await s.close();
 */
export async function startSentinel(overrides: ConfigInput = {}, env: NodeJS.ProcessEnv = process.env): Promise<RunningSentinel> {
  const config = loadConfig(overrides, env);
  const log = createLogger(config.logLevel);
  const auth = createAuth(config);
  checkExposure(config.host, auth);
  const metrics = createMetrics();
  // A policy that does not load stops the start before anything is written (the data directory included).
  if (config.policyPath) loadPolicyPath(config.policyPath);
  const store = openSqliteStore(config.dataDir, config.durability, { writerThread: true, log: log.warn });
  let detectors: DetectorSet;
  try {
    await store.ready();
    detectors = createDetectorSet(config, store, log);
    await detectors.rules?.ready();
  } catch (err) {
    store.close();
    throw err;
  }
  const limits: DecodeLimits = {
    maxSpansPerRequest: config.maxSpansPerRequest,
    maxAttributesPerSpan: config.maxAttributesPerSpan,
    maxAttributeValueLength: config.maxAttributeValueLength,
  };
  setStoredSpanLimits(limits);

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const http: Server = createServer(app);
  let pipeline: IngestPipeline | undefined;
  const bus = new LiveBus(http, {
    loadSession: (id) => pipeline?.loadSession(id),
    authorize: auth.apiRequired
      ? (hs) => {
          try {
            auth.api(typeof hs.auth.token === 'string' ? hs.auth.token : bearer(hs.headers));
            return true;
          } catch {
            return false;
          }
        }
      : undefined,
  });
  pipeline = new IngestPipeline(
    config,
    store,
    metrics,
    detectors.list(),
    {
      deltas: (id, d) => bus.deltas(id, d),
      watching: (id) => bus.watching(id),
      session: (s) => bus.session(s),
      moved: (from, to) => bus.moved(from, to),
      alerts: (a) => {
        bus.alerts(a);
        detectors.onAlerts?.(a);
      },
    },
    detectors.rules,
  );
  const p = pipeline;
  detectors.attachJudge({
    loadSession: (id) => p.loadSession(id),
    liveSession: (id) => p.sessions.get(id),
    publish: (a) => bus.alerts(a),
    metrics,
    raise: (id, findings) => void p.raise(id, findings).catch((err: unknown) => log.error(`raising findings for ${id} failed: ${(err as Error).message}`)),
  });

  const health = async (): Promise<Health> => ({
    status: p.storeError && Date.now() - Date.parse(p.storeError.at) < DEGRADED_FOR_MS ? 'degraded' : 'ok',
    version: VERSION,
    uptimeSeconds: Math.round(process.uptime()),
    openSessions: p.sessions.size,
    pendingSpans: p.writer.pendingSpans,
    inflightRequests: p.inflightRequests,
    storedSpans: store.spanCount(),
    store: p.storeError ? { lastWriteError: p.storeError } : {},
    policy: detectors.policyInfo(),
    rules: { ...detectors.rulesInfo(), pendingSpans: p.rulesPendingSpans },
    judge: detectors.judgeInfo(),
    scorer: detectors.scorerInfo?.(),
    limits: {
      maxBodyBytes: config.maxBodyBytes,
      maxDecompressedBytes: config.maxDecompressedBytes,
      maxPendingSpans: config.maxPendingSpans,
      maxInflightRequests: config.maxInflightRequests,
      maxSpansPerRequest: config.maxSpansPerRequest,
      maxAttributesPerSpan: config.maxAttributesPerSpan,
      maxAttributeValueLength: config.maxAttributeValueLength,
      maxOpenSessions: config.maxOpenSessions,
      maxSessionNodes: config.maxSessionNodes,
      maxContentChars: config.maxContentChars,
      retentionMs: config.retention,
    },
    counters: await counterSnapshot(metrics),
  });

  let stopping = false;
  app.use((_req, res, next) => {
    if (stopping) res.setHeader('Connection', 'close');
    next();
  });
  app.use(securityHeaders());
  const otlp = {
    pipeline: p,
    metrics,
    maxBodyBytes: config.maxBodyBytes,
    maxDecompressedBytes: config.maxDecompressedBytes,
    limits,
    log: log.error,
    authenticate: (req: express.Request) => auth.ingest(bearer(req.headers)),
  };
  app.post('/v1/traces', ...otlpRoute(otlp));
  // The GenAI conventions' message events, which the Logs SDK exports as log records of the model call's span.
  app.post('/v1/logs', ...otlpRoute(otlp, 'logs'));
  // Everything below /api and /metrics needs a token when tokens are configured; the role rides on res.locals.
  const apiAuth: express.RequestHandler = (req, res, next) => {
    res.locals.role = auth.api(bearer(req.headers)) satisfies Role;
    next();
  };
  app.use(['/api', '/metrics'], apiAuth);
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // Express serves HEAD with the GET route; anything else was the dashboard's HTML 404 page.
  app.all('/metrics', methodNotAllowed(['GET', 'HEAD'], 'Prometheus metrics are read with GET'));
  app.use(
    '/api',
    apiRoutes({
      store,
      pipeline: p,
      maxContentChars: config.maxContentChars,
      health,
      judgeSession: (id) => detectors.judgeSession(id),
      policy: detectors.policy,
      alertChanged: (a) => bus.alerts([a]),
      sessionChanged: (s) => bus.session(s),
      requireAdmin: (req) => auth.requireAdmin((req.res?.locals.role as Role | undefined) ?? 'read'),
    }),
  );
  // Other methods on the OTLP paths, and what else an SDK pointed at this endpoint sends (OTLP metrics): a reason in
  // JSON, not Express's HTML page.
  app.all('/v1/traces', methodNotAllowed(['POST'], 'OTLP traces are sent with POST'));
  app.all('/v1/logs', methodNotAllowed(['POST'], 'OTLP logs are sent with POST'));
  app.all(/^\/v1\//, (req) => {
    throw new NotFoundError(`Sentinel receives OTLP traces and logs (POST /v1/traces, POST /v1/logs); ${req.path} is not served`);
  });
  app.use(staticWeb(config.webDir ?? DEFAULT_WEB_DIR));
  app.use(errorHandler(log.error));

  /** Undoes a start that failed to listen; socket.io's close also closes the HTTP server. */
  const abandon = async () => {
    await bus.close().catch(() => undefined);
    await p.closeAll();
    await detectors.close();
    store.close();
  };
  try {
    // Before listening: no new span may reach a session while it is rebuilt and closed.
    const recovered = await p.recover(store.liveSessionIds(config.maxOpenSessions * 4));
    if (recovered > 0) log.warn(`the last run did not stop cleanly: closed ${recovered} session(s) left live by it (placing spans that waited for a parent, running the detectors)`);
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    await abandon();
    throw listenError(err, `${config.host}:${config.port}`, 'OTLP/HTTP, the API and the dashboard', '--port / SENTINEL_PORT');
  }
  const port = (http.address() as AddressInfo).port;
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;

  let grpc: { port: number; close(): Promise<void> } | undefined;
  if (config.grpcPort >= 0) {
    try {
      grpc = await startOtlpGrpcServer({
        host: config.host,
        port: config.grpcPort,
        maxReceiveMessageBytes: config.maxBodyBytes,
        limits,
        log: log.error,
        debugLog: log.debug,
        admit: () => p.admit(),
        handler: async (decoded, ctx) => {
          const allowed = auth.ingest(bearer(ctx.metadata));
          metrics.spansReceived.inc({ transport: 'grpc' }, decoded.spans.length + decoded.rejectedSpans);
          rejectForbiddenApps(decoded, allowed);
          return p.ingest(decoded);
        },
        logs: (decoded, ctx) => {
          auth.ingest(bearer(ctx.metadata));
          p.addLogRecords(decoded.records, decoded.total);
        },
      });
    } catch (err) {
      await abandon();
      throw listenError(err, `${config.host}:${config.grpcPort}`, 'OTLP/gRPC', '--grpc-port / SENTINEL_GRPC_PORT (-1 turns gRPC off)');
    }
  }

  const sweep = setInterval(() => {
    p.sweep().catch((err) => log.error(`sweep failed: ${(err as Error).message}`));
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  const retention = config.retention > 0 ? startRetention({ store, retentionMs: config.retention, live: () => p.sessions.keys(), log, metrics }) : undefined;

  log.info(`Sentinel ${VERSION} listening: OTLP/HTTP + API + dashboard on http://${hostForUrl}:${port}` + (grpc ? `, OTLP/gRPC on ${hostForUrl}:${grpc.port}` : '') + `, data in ${config.dataDir}`);

  let closing: Promise<void> | undefined;
  return {
    config,
    httpUrl: `http://${hostForUrl}:${port}`,
    grpcUrl: grpc ? `${hostForUrl}:${grpc.port}` : undefined,
    port,
    grpcPort: grpc?.port,
    store,
    pipeline: p,
    detectors,
    log,
    retention,
    close: () =>
      (closing ??= (async () => {
        clearInterval(sweep);
        await retention?.close();
        // New exports get a retryable 503 and every reply closes its connection: a sender on a busy keep-alive
        // connection would otherwise go on being served, and the HTTP server never finished closing.
        p.stopAccepting();
        stopping = true;
        await grpc?.close();
        http.closeIdleConnections();
        await p.idle(SHUTDOWN_REQUEST_WAIT_MS);
        http.closeAllConnections();
        // socket.io's close disconnects the sockets and closes the HTTP server with them.
        await bus.close();
        await p.closeAll();
        await detectors.close();
        store.close();
      })()),
  };
}

/** A port that cannot be bound is a configuration problem: one line saying which port, why, and the setting to change. */
function listenError(err: unknown, address: string, what: string, setting: string): Error {
  const e = err as NodeJS.ErrnoException;
  const text = `${e.code ?? ''} ${e.message ?? ''}`;
  // grpc-js says a port is taken only in its message ("No address added out of total 1 resolved").
  const why = /EADDRINUSE|address already in use|No address added/i.test(text) ? 'the address is in use (another Sentinel or an OpenTelemetry Collector?)' : /EACCES/.test(text) ? 'permission denied' : e.message;
  return new SentinelError(`cannot listen on ${address} for ${what}: ${why}; change it with ${setting}`, { cause: err });
}
