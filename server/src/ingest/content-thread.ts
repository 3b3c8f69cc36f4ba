// Content analysis on a worker thread: the rules' scans of tool output and messages (instructions,
// values, secrets) run beside the ingest thread instead of on it.
// Why: those scans are most of the rule engine's cost (tens of ns per character of content, bench/detect),
// and they are pure functions of the text. The ingest thread sends a batch's texts, keeps decoding the
// next requests, and evaluates the rules when the facts come back; FIFO replies keep the order of requests.
import { Worker } from 'node:worker_threads';
import { analyzeContent, type ContentBatch, type TextFacts } from '@sentinel/rules';

export interface ContentRequest {
  id: number;
  batch: ContentBatch;
}
export interface ContentReply {
  /** 0: the thread is ready. */
  id: number;
  results?: TextFacts[];
  error?: string;
}

const BOOTSTRAP = new URL('./content-worker.js', import.meta.url);

export class ContentThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { batch: ContentBatch; resolve: (r: TextFacts[]) => void }>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly log: (msg: string) => void) {
    const worker = new Worker(BOOTSTRAP);
    this.worker = worker;
    worker.unref();
    worker.on('message', (m: ContentReply) => {
      if (m.id === 0) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) worker.unref();
      // A batch the thread could not analyze is analyzed here: the facts are the same either way.
      p.resolve(m.results ?? analyzeContent(p.batch));
    });
    // Without the thread the engine still has every fact it needs: analyze inline from now on.
    const die = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (!this.closed) this.log(`content analysis thread stopped (${why}); analyzing on the ingest thread`);
      for (const p of this.pending.values()) p.resolve(analyzeContent(p.batch));
      this.pending.clear();
    };
    worker.on('error', (err) => die(err.message));
    worker.on('exit', (code) => die(`exit code ${code}`));
  }

  /** `analyzeContent(batch)`, computed on the thread (or inline when it is gone). Never rejects. */
  analyze(batch: ContentBatch): Promise<TextFacts[]> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(analyzeContent(batch));
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { batch, resolve });
      worker.postMessage({ id, batch } satisfies ContentRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }
}
