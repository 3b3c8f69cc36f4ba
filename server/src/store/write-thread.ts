// Ingest writes on a worker thread with its own SQLite connection.
// Why: storing spans (SQLite inserts of KB-sized rows) was ~40% of the event loop's time per span
// (bench/ingest profile); on its own thread it overlaps with decoding, graph building and the rules of
// the next requests. An exporter is still answered only after the commit that holds its spans.
import { Worker } from 'node:worker_threads';
import type { Durability } from '../config.ts';
import type { PruneRequest, PruneResult } from './retention.ts';
import type { WriteBatch } from './store.ts';
import { wireLength, writeWire } from './wire-span.ts';

/** Main → worker: one batch to commit, or one retention prune (ordered with the commits). Worker → main: its outcome. */
export type WriteRequest = { id: number; batch: WriteBatch } | { id: number; prune: PruneRequest };
export interface WriteReply {
  /** 0: the thread has opened the database and is ready. */
  id: number;
  error?: string;
  pruned?: PruneResult;
}

const BOOTSTRAP = new URL('./write-worker.js', import.meta.url);

/**
 * Writes the batch's span blobs (protobuf spans wrapped as one-span export requests, in place) into
 * one ArrayBuffer that is transferred, not cloned. Cloning a Buffer clones its whole backing store,
 * which for pooled Buffers is an 8 KiB slab per span; and no Buffer is made per span on the way.
 */
function packBlobs(batch: WriteBatch): ArrayBuffer | undefined {
  let total = 0;
  for (const row of batch.spans) if (typeof row.raw !== 'string') total += row.raw instanceof Uint8Array ? row.raw.length : wireLength(row.raw);
  if (total === 0) return undefined;
  const arena = new ArrayBuffer(total);
  const bytes = new Uint8Array(arena);
  let at = 0;
  for (const row of batch.spans) {
    const raw = row.raw;
    if (typeof raw === 'string') continue;
    const end = raw instanceof Uint8Array ? (bytes.set(raw, at), at + raw.length) : writeWire(bytes, at, raw);
    row.raw = new Uint8Array(arena, at, end - at);
    at = end;
  }
  return arena;
}

export class ThreadedWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: WriteReply) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: Error | undefined;
  private closed: Promise<void> | undefined;
  /** Resolves once the thread has opened its connection (its TypeScript loads in ~1 s): the server listens after it. */
  readonly ready: Promise<void>;
  private markReady!: () => void;

  constructor(file: string, durability: Durability) {
    this.worker = new Worker(BOOTSTRAP, { workerData: { file, durability } });
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`store writer thread exited during start (code ${code})`)));
    });
    this.ready.catch(() => undefined);
    this.worker.on('message', (m: WriteReply) => {
      if (m.id === 0) {
        if (this.pending.size === 0) this.worker.unref();
        return this.markReady();
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.worker.unref();
      if (m.error) p.reject(new Error(m.error));
      else p.resolve(m);
    });
    // A dead writer fails every waiting and future write: exporters get 5xx and retry, nothing is acked falsely.
    const die = (err: Error) => {
      this.failure ??= err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    this.worker.on('error', (err) => die(new Error(`store writer thread failed: ${err.message}`, { cause: err })));
    this.worker.on('exit', (code) => die(new Error(`store writer thread exited (code ${code})`)));
    // Referenced while starting and while a write is pending; an idle thread must not keep a finished process alive.
  }

  write(batch: WriteBatch): Promise<void> {
    return this.send((id) => {
      const arena = packBlobs(batch);
      this.worker.postMessage({ id, batch } satisfies WriteRequest, arena ? [arena] : []);
    }).then(() => undefined);
  }

  prune(r: PruneRequest): Promise<PruneResult> {
    return this.send((id) => this.worker.postMessage({ id, prune: r } satisfies WriteRequest)).then((reply) => reply.pruned!);
  }

  private send(post: (id: number) => void): Promise<WriteReply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<WriteReply>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      post(id);
    });
  }

  close(): Promise<void> {
    return (this.closed ??= this.worker.terminate().then(() => undefined));
  }
}
