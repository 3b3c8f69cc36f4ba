// The live bus: socket.io rooms (global + one per session), graph deltas batched per session, one typed publish().
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { GraphDelta } from '@sentinel/graph';
import type { Alert, SessionSummary } from '../contract/api-types.ts';
import { GLOBAL_ROOM, sessionRoom, type ClientEvents, type GraphSnapshot, type ServerEvents } from '../contract/events.ts';
import type { PipelineSink } from '../ingest/pipeline.ts';
import type { LiveSession } from '../sessions/live-session.ts';

/** Deltas are sent at most this often per session, so a busy session cannot flood a browser. */
export const DELTA_BATCH_MS = 100;
/** Session summaries are coalesced over this window: the overview needs the latest, not every step. */
export const SUMMARY_BATCH_MS = 250;

export interface LiveBusOptions {
  /** Loads the session (live, or rebuilt from the store) for a late joiner's snapshot. */
  loadSession: (id: string) => LiveSession | undefined;
  /** The session if it is live in memory (cheap; owns the delta sequence number). */
  liveSession: (id: string) => LiveSession | undefined;
  /** Decides whether a socket may connect (dashboard auth); absent = open. */
  authorize?: (handshake: { headers: Record<string, string | string[] | undefined>; auth: Record<string, unknown> }) => boolean;
  cors?: false;
}

/**
 * Deltas carry absolute values (counts, times), so applying one twice is harmless: a client
 * that takes a snapshot which already includes a batch still in flight converges.
 */
export class LiveBus implements PipelineSink {
  readonly io: Server<ClientEvents, ServerEvents>;
  private readonly pendingDeltas = new Map<string, GraphDelta[]>();
  private readonly pendingSummaries = new Map<string, SessionSummary>();
  private deltaTimer: NodeJS.Timeout | undefined;
  private summaryTimer: NodeJS.Timeout | undefined;

  constructor(
    http: HttpServer,
    private readonly opts: LiveBusOptions,
  ) {
    this.io = new Server<ClientEvents, ServerEvents>(http, { serveClient: false, cors: undefined });
    if (opts.authorize) {
      const authorize = opts.authorize;
      this.io.use((socket, next) => (authorize(socket.handshake) ? next() : next(new Error('unauthorized'))));
    }
    this.io.on('connection', (socket) => {
      void socket.join(GLOBAL_ROOM);
      socket.on('v1:session:subscribe', (req, ack) => {
        const reply = typeof ack === 'function' ? ack : () => undefined;
        const id = typeof req?.sessionId === 'string' ? req.sessionId : '';
        const s = id ? this.opts.loadSession(id) : undefined;
        if (!s) return reply({ error: `session ${JSON.stringify(id)} not found` });
        this.flushDeltas(id);
        void socket.join(sessionRoom(id));
        const snapshot: GraphSnapshot = { sessionId: id, seq: s.seq, graph: s.graph.export() };
        reply(snapshot);
      });
      socket.on('v1:session:unsubscribe', (req) => {
        if (typeof req?.sessionId === 'string') void socket.leave(sessionRoom(req.sessionId));
      });
    });
  }

  deltas(sessionId: string, deltas: GraphDelta[]): void {
    const list = this.pendingDeltas.get(sessionId);
    if (list) for (const d of deltas) list.push(d);
    else if (!this.watched(sessionRoom(sessionId))) {
      // Nobody watching: advance the seq (snapshots of later joiners stay consistent) without holding
      // the deltas until the batch timer; under load they would outlive young-generation GCs.
      const s = this.opts.liveSession(sessionId);
      if (s) s.seq++;
      return;
    } else this.pendingDeltas.set(sessionId, deltas.slice());
    this.deltaTimer ??= setTimeout(() => this.flushAllDeltas(), DELTA_BATCH_MS);
  }

  /** Someone watches the session's graph (its room has a member). */
  watching(sessionId: string): boolean {
    return this.watched(sessionRoom(sessionId));
  }

  session(summary: SessionSummary): void {
    if (!this.watched(GLOBAL_ROOM)) return;
    this.pendingSummaries.set(summary.id, summary);
    this.summaryTimer ??= setTimeout(() => this.flushSummaries(), SUMMARY_BATCH_MS);
  }

  moved(from: string, to: string): void {
    this.pendingSummaries.delete(from);
    this.io.to(GLOBAL_ROOM).emit('v1:session:moved', { from, to });
  }

  alerts(alerts: Alert[]): void {
    for (const a of alerts) this.io.to(GLOBAL_ROOM).emit('v1:alert', a);
  }

  private flushAllDeltas(): void {
    this.deltaTimer = undefined;
    for (const id of [...this.pendingDeltas.keys()]) this.flushDeltas(id);
  }

  private flushDeltas(sessionId: string): void {
    const deltas = this.pendingDeltas.get(sessionId);
    if (!deltas) return;
    this.pendingDeltas.delete(sessionId);
    const room = sessionRoom(sessionId);
    // Sequence numbers live on the session so a snapshot and the deltas after it agree.
    const s = this.opts.liveSession(sessionId);
    if (!s) return;
    s.seq++;
    // Nobody watching: the seq still advances so later joiners' snapshots are consistent.
    if (!this.watched(room)) return;
    this.io.to(room).emit('v1:graph:deltas', { sessionId, seq: s.seq, deltas });
  }

  private flushSummaries(): void {
    this.summaryTimer = undefined;
    const all = [...this.pendingSummaries.values()];
    this.pendingSummaries.clear();
    for (const s of all) this.io.to(GLOBAL_ROOM).emit('v1:session', s);
  }

  private watched(room: string): boolean {
    return (this.io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  async close(): Promise<void> {
    clearTimeout(this.deltaTimer);
    clearTimeout(this.summaryTimer);
    await new Promise<void>((resolve) => this.io.close(() => resolve()));
  }
}
