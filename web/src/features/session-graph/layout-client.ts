// Lays out a graph's unplaced nodes: inline when small, in a Web Worker when big so the page keeps answering.
import { assignPlaces, layoutInput, layoutNew } from './build-graph.ts';
import type { LayoutOutput, ViewGraph } from './types.ts';
import { WORKER_LAYOUT_NODES } from './types.ts';

let worker: Worker | undefined;
let nextId = 0;

function layoutInWorker(input: ReturnType<typeof layoutInput>): Promise<LayoutOutput> {
  // Same-origin module file: allowed by the server's CSP (worker-src 'self').
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const onMessage = (ev: MessageEvent<{ id: number; out: LayoutOutput }>) => {
      if (ev.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(ev.data.out);
    };
    const onError = (ev: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      reject(new Error(ev.message || 'layout worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, input });
  });
}

/** Places every unplaced node; returns true when the worker did it. Falls back to inline layout if workers fail. */
export async function layoutGraph(g: ViewGraph): Promise<boolean> {
  if (g.order < WORKER_LAYOUT_NODES || typeof Worker === 'undefined') {
    layoutNew(g);
    return false;
  }
  try {
    assignPlaces(g, await layoutInWorker(layoutInput(g)));
    layoutNew(g); // nodes that arrived while the worker ran
    return true;
  } catch {
    layoutNew(g);
    return false;
  }
}
