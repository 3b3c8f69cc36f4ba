// The live bus: socket.io rooms (global + one per session), graph deltas batched per session, one typed publish().
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { GraphDelta } from '@sentinel/graph';
import type { Alert, SessionSummary } from '../contract/api-types.ts';
import { GLOBAL_ROOM, SESSION_ROOM_PREFIX, sessionRoom, type ClientEvents, type GraphSnapshot, type ServerEvents } from '../contract/events.ts';
import type { PipelineSink } from '../ingest/pipeline.ts';
import type { LiveSession } from '../sessions/live-session.ts';

/** Deltas are sent at most this often per session, so a busy session cannot flood a browser. */
export const DELTA_BATCH_MS = 100;
/** Session summaries are coalesced over this window: the overview needs the latest, not every step. */
export const SUMMARY_BATCH_MS = 250;

export interface LiveBusOptions {
  /** Loads the session (live, or rebuilt from the store) for a late joiner's snapshot. */
  loadSession: (id: string) => LiveSession | undefined;
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
  /**
   * The last delta batch's number per watched session. Kept here, not on the session: a session closes (its last
   * changes, placed at the close, are still to be sent) and may be rebuilt while someone watches, and their numbers
   * must go on rising or the dashboard drops the new batches as already seen. Forgotten when the room empties.
   */
  private readonly seqs = new Map<string, number>();
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
    this.io.of('/').adapter.on('delete-room', (room: string) => {
      if (room.startsWith(SESSION_ROOM_PREFIX)) this.seqs.delete(room.slice(SESSION_ROOM_PREFIX.length));
    });
    this.io.on('connection', (socket) => {
      void socket.join(GLOBAL_ROOM);
      socket.on('v1:session:subscribe', (req, ack) => {
        const reply = typeof ack === 'function' ? ack : () => undefined;
        const id = typeof req?.sessionId === 'string' ? req.sessionId : '';
        const s = id ? this.opts.loadSession(id) : undefined;
        if (!s) return reply({ error: `session ${JSON.stringify(id.length > 200 ? `${id.slice(0, 200)}…` : id)} not found` });
        this.flushDeltas(id);
        void socket.join(sessionRoom(id));
        const seq = this.seqs.get(id) ?? 0;
        this.seqs.set(id, seq);
        const snapshot: GraphSnapshot = { sessionId: id, seq, graph: s.graph.export() };
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
    // Nobody watching: nothing to number or hold (under load, held deltas would outlive young-generation GCs); a
    // later joiner starts from a snapshot.
    else if (!this.watched(sessionRoom(sessionId))) return;
    else this.pendingDeltas.set(sessionId, deltas.slice());
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
    if (!this.watched(room)) return;
    const seq = (this.seqs.get(sessionId) ?? 0) + 1;
    this.seqs.set(sessionId, seq);
    this.io.to(room).emit('v1:graph:deltas', { sessionId, seq, deltas });
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
