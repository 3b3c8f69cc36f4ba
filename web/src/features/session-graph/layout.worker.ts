// Web Worker: runs the layered layout of a big graph off the main thread.
import { layoutLayered } from './layout-layered.ts';
import type { LayoutInput, LayoutOutput } from './types.ts';

self.onmessage = (ev: MessageEvent<{ id: number; input: LayoutInput }>) => {
  const out: LayoutOutput = layoutLayered(ev.data.input);
  (self as unknown as Worker).postMessage({ id: ev.data.id, out });
};
