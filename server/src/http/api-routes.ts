// The REST API under /api: sessions, their graphs, spans and alerts; alert triage; on-demand judging.
import express, { Router, type Request } from 'express';
import { FINDING_CATEGORIES, NotFoundError, ValidationError, normalizeSpan } from '@sentinel/graph';
import type { Alert, Health, SessionSummary, SpanView } from '../contract/api-types.ts';
import type { IngestPipeline } from '../ingest/pipeline.ts';
import { exportSessionJson } from '../otlp/export-session-json.ts';
import { attributesForJson, fromSpanRow } from '../store/span-codec.ts';
import type { Store } from '../store/store.ts';
import type { PolicyEditor } from '../policy-editor.ts';
import { ALERT_STATUSES, SEVERITIES, qBool, qEnum, qInt, qString, qTime } from './query.ts';
import { sendMethodNotAllowed } from './method-not-allowed.ts';

export interface ApiOptions {
  store: Store;
  pipeline: IngestPipeline;
  maxContentChars: number;
  health: () => Promise<Health>;
  /** Queues the session for the judge; answers whether it was queued and why not. */
  judgeSession: (sessionId: string) => { queued: boolean; reason?: string };
  /** Publishes a changed alert (status, judge) to the live bus. */
  alertChanged: (alert: Alert) => void;
  /** A session's summary changed outside ingest (an alert's status set): for the live views. */
  sessionChanged?: (summary: SessionSummary) => void;
  /** The policy file: read by anyone with API access, replaced by admins. */
  policy?: PolicyEditor;
  /** Throws ForbiddenError when the caller may not change state (read-only role). */
  requireAdmin?: (req: Request) => void;
}

export function apiRoutes(opts: ApiOptions): Router {
  const { store, pipeline } = opts;
  const r = Router();
  const json = express.json({ limit: '64kb' });
  // Policy files may be larger than other API bodies; the rules package caps them at 1 MB.
  const policyJson = express.json({ limit: '1mb' });
  r.use((req, res, next) => (req.path === '/policy' ? policyJson : json)(req, res, next));
  // A body in another type was skipped by the JSON parser: say so, not "body must be {…}". Every route, /policy
  // included (a YAML body there got a 400 that read as if its YAML were wrong): its YAML travels inside {"text": …}.
  r.use((req, _res, next) => {
    const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (req.body === undefined && hasBody && !req.is('application/json')) {
      throw Object.assign(new ValidationError(`${req.method} ${req.originalUrl}: send the body as application/json, not ${req.headers['content-type'] ?? 'no content type'}`), { status: 415 });
    }
    next();
  });

  r.get('/health', async (_req, res) => {
    res.json(await opts.health());
  });

  r.get('/policy', (_req, res) => {
    if (!opts.policy) throw new NotFoundError('no policy editor');
    res.json(opts.policy.read());
  });

  r.put('/policy', (req, res) => {
    opts.requireAdmin?.(req);
    if (!opts.policy) throw new NotFoundError('no policy editor');
    const text = (req.body as { text?: unknown } | undefined)?.text;
    if (typeof text !== 'string') throw new ValidationError('PUT /api/policy: body must be {"text": "<the policy file, YAML or JSON>"}');
    opts.policy.replace(text);
    res.json(opts.policy.read());
  });

  r.get('/apps', (_req, res) => {
    res.json(store.apps());
  });

  r.get('/sessions', (req, res) => {
    const q = req.query;
    res.json(
      store.listSessions({
        app: qString(q, 'app'),
        since: qTime(q, 'since'),
        until: qTime(q, 'until'),
        hasAlerts: qBool(q, 'hasAlerts'),
        minSeverity: qEnum(q, 'minSeverity', SEVERITIES),
        alertStatus: qEnum(q, 'alertStatus', ALERT_STATUSES),
        sort: qEnum(q, 'sort', ['recent', 'risk'] as const),
        limit: qInt(q, 'limit', 1, 500),
        cursor: qString(q, 'cursor'),
      }),
    );
  });

  const summaryOf = (id: string) => {
    const s = store.getSession(id);
    if (!s) throw new NotFoundError(`session ${JSON.stringify(id)} not found`);
    return s;
  };
  const sessionOf = (id: string) => {
    const s = pipeline.loadSession(id);
    if (!s) throw new NotFoundError(`session ${JSON.stringify(id)} not found`);
    return s;
  };

  r.get('/sessions/:id', (req, res) => {
    res.json(summaryOf(req.params.id));
  });

  r.get('/sessions/:id/graph', (req, res) => {
    const s = sessionOf(req.params.id);
    const graph = s.graph.export();
    const scores = s.nodeScores;
    if (scores) {
      for (const n of graph.nodes) if (scores.nodes[n.key] !== undefined) n.attributes!.score = scores.nodes[n.key];
      for (const e of graph.edges) if (e.key && scores.edges[e.key] !== undefined) e.attributes!.score = scores.edges[e.key];
    }
    res.json(graph);
  });

  r.get('/sessions/:id/timeline', (req, res) => {
    res.json(sessionOf(req.params.id).graph.timeline);
  });

  r.get('/sessions/:id/spans', (req, res) => {
    const id = req.params.id;
    summaryOf(id);
    const raw = qBool(req.query, 'raw') ?? false;
    const live = pipeline.loadSession(id);
    const views: SpanView[] = store.spans(id).map((row) => {
      const rawSpan = fromSpanRow(row);
      const span = normalizeSpan(rawSpan, { maxContentChars: opts.maxContentChars });
      span.sessionId = row.sessionId; // a span naming no session is in its trace's (TraceSessions)
      const { start, end, inputMessages: _i, outputMessages: _o, tokens: _t, ...rest } = span;
      const view: SpanView = { ...rest, start: start.toString(), end: end.toString() };
      const actor = live?.graph.actorOf(span.spanId);
      if (actor) view.actor = actor;
      if (rawSpan.links) view.links = rawSpan.links.map((l) => (Object.keys(l.attributes).length > 0 ? { traceId: l.traceId, spanId: l.spanId, attributes: l.attributes } : { traceId: l.traceId, spanId: l.spanId }));
      if (raw) {
        view.attributes = attributesForJson(rawSpan.attributes);
        view.resource = attributesForJson(rawSpan.resource);
        if (rawSpan.events.length > 0) view.events = rawSpan.events.map((e) => ({ name: e.name, time: e.timeUnixNano.toString(), attributes: attributesForJson(e.attributes) }));
      }
      return view;
    });
    res.json(views);
  });

  r.get('/sessions/:id/alerts', (req, res) => {
    summaryOf(req.params.id);
    res.json(store.sessionAlerts(req.params.id));
  });

  r.get('/sessions/:id/export', (req, res) => {
    const id = req.params.id;
    summaryOf(id);
    res.setHeader('Content-Disposition', `attachment; filename="session-${id.replace(/[^A-Za-z0-9._-]/g, '_')}.otlp.json"`);
    res.json(exportSessionJson(store.spans(id).map(fromSpanRow)));
  });

  r.post('/sessions/:id/judge', (req, res) => {
    opts.requireAdmin?.(req);
    summaryOf(req.params.id);
    const out = opts.judgeSession(req.params.id);
    res.status(out.queued ? 202 : 200).json(out);
  });

  r.get('/alerts', (req, res) => {
    const q = req.query;
    res.json(
      store.listAlerts({
        sessionId: qString(q, 'sessionId'),
        app: qString(q, 'app'),
        category: qEnum(q, 'category', FINDING_CATEGORIES),
        severity: qEnum(q, 'severity', SEVERITIES),
        minSeverity: qEnum(q, 'minSeverity', SEVERITIES),
        status: qEnum(q, 'status', ALERT_STATUSES),
        since: qTime(q, 'since'),
        until: qTime(q, 'until'),
        limit: qInt(q, 'limit', 1, 500),
        cursor: qString(q, 'cursor'),
      }),
    );
  });

  r.get('/alerts/:id', (req, res) => {
    const a = store.getAlert(req.params.id);
    if (!a) throw new NotFoundError(`alert ${JSON.stringify(req.params.id)} not found`);
    res.json(a);
  });

  r.patch('/alerts/:id', (req, res) => {
    opts.requireAdmin?.(req);
    const status = (req.body as { status?: unknown } | undefined)?.status;
    if (typeof status !== 'string' || !ALERT_STATUSES.includes(status as never)) {
      throw new ValidationError(`PATCH /api/alerts/:id: body must be {"status": "open" | "acknowledged" | "resolved"}`);
    }
    const updated = store.setAlertStatus(req.params.id, status as Alert['status'], new Date().toISOString());
    if (!updated) throw new NotFoundError(`alert ${JSON.stringify(req.params.id)} not found`);
    const live = pipeline.sessions.get(updated.sessionId);
    live?.alerts.set(updated.id, updated);
    opts.alertChanged(updated);
    const summary = store.getSession(updated.sessionId);
    if (summary) opts.sessionChanged?.(summary);
    res.json(updated);
  });

  r.use((req, res) => {
    // A route that exists for other methods: 405 with what it allows (OPTIONS: just that), as HTTP asks.
    const allowed = allowedMethods(r, req.path);
    if (allowed.length === 0) throw new NotFoundError(`no API route ${req.method} ${req.originalUrl}`);
    if (req.method === 'OPTIONS') {
      res.set('Allow', allowed.join(', ')).status(204).end();
      return;
    }
    sendMethodNotAllowed(res, allowed, `${req.method} ${req.originalUrl}: this route allows ${allowed.join(', ')}`);
  });
  return r;
}

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): boolean;
}

/** The methods the router's routes answer at this path. */
function allowedMethods(r: Router, path: string): string[] {
  const out = new Set<string>();
  for (const layer of (r as unknown as { stack: RouteLayer[] }).stack) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [m, on] of Object.entries(layer.route.methods)) if (on && m !== '_all') out.add(m.toUpperCase());
  }
  if (out.has('GET')) out.add('HEAD');
  if (out.size > 0) out.add('OPTIONS');
  return [...out];
}
