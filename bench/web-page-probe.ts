// bench/web's in-page recorder: a script installed before the dashboard loads, and the typed reads of what it recorded.
import type { Page } from 'playwright-core';

/**
 * Plain JS (it runs in the browser). Records, while `recording` is on: when each node is first
 * drawn (GraphCanvas's `__sentinelOnDraw` hook, called after sigma renders a frame), when each
 * node's first delta reached the page (socket.io text frames, via a WebSocket subclass), frame
 * deltas (requestAnimationFrame), long tasks (PerformanceObserver), and timer lateness (a 50 ms
 * interval: what an input event would wait). `renderCost(ms, settings?)` re-renders the whole graph
 * every frame for `ms` and answers the mean frame time (GPU wait included), optionally with sigma
 * settings changed meanwhile (`'hide'` as a reducer hides every node or edge).
 */
export const PAGE_PROBE = `(() => {
  const b = { drawn: {}, arrived: {}, frames: [], longTasks: [], lateness: [], order: 0, renders: 0, recording: false };
  globalThis.__bench = b;
  const now = () => performance.timeOrigin + performance.now();
  const WS = globalThis.WebSocket;
  globalThis.WebSocket = class extends WS {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (ev) => {
        if (typeof ev.data !== 'string' || !ev.data.startsWith('42["v1:graph:deltas"')) return;
        const t = now();
        for (const d of JSON.parse(ev.data.slice(2))[1].deltas) {
          if (d.type === 'node:add' && !(d.node in b.arrived)) b.arrived[d.node] = t;
          if (d.type === 'edge:add') for (const n of [d.source, d.target]) if (!(n in b.arrived)) b.arrived[n] = t;
        }
      });
    }
  };
  globalThis.__sentinelOnDraw = (graph, renderer) => {
    b.renderer = renderer;
    if (b.recording) b.renders++;
    if (graph.order === b.order) return;
    b.order = graph.order;
    const t = now();
    graph.forEachNode((k) => { if (!(k in b.drawn)) b.drawn[k] = t; });
  };
  let last = performance.now();
  const frame = (t) => { if (b.recording) b.frames.push(t - last); last = t; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (b.recording) b.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  let due = performance.now() + 50;
  setInterval(() => { const t = performance.now(); if (b.recording) b.lateness.push(Math.max(0, t - due)); due = t + 50; }, 50);
  b.renderCost = (ms, settings) => new Promise((resolve) => {
    const r = b.renderer;
    const saved = {};
    const hide = { nodeReducer: (_k, a) => ({ x: a.x, y: a.y, hidden: true }), edgeReducer: () => ({ hidden: true, type: 'line' }) };
    for (const [k, v] of Object.entries(settings ?? {})) { saved[k] = r.getSetting(k); r.setSetting(k, v === 'hide' ? hide[k] : v); }
    const done = (v) => { for (const [k, v0] of Object.entries(saved)) r.setSetting(k, v0); resolve(v); };
    const t0 = performance.now(); let n = 0;
    const step = () => { if (performance.now() - t0 >= ms) return done((performance.now() - t0) / Math.max(1, n)); r.refresh(); n++; requestAnimationFrame(step); };
    requestAnimationFrame(step);
  });
})();`;

export interface PageRecord {
  /** Node key → wall-clock ms when first drawn / when its first delta arrived. */
  drawn: Record<string, number>;
  arrived: Record<string, number>;
  frames: number[];
  longTasks: number[];
  lateness: number[];
  renders: number;
}

interface BenchGlobal {
  __bench: PageRecord & { recording: boolean; renderCost(ms: number, settings?: Record<string, unknown>): Promise<number> };
}

export const setRecording = (page: Page, on: boolean) => page.evaluate((v) => void ((globalThis as unknown as BenchGlobal).__bench.recording = v), on);

export const drawnCount = (page: Page) => page.evaluate(() => Object.keys((globalThis as unknown as BenchGlobal).__bench.drawn).length);

export const readRecord = (page: Page): Promise<PageRecord> =>
  page.evaluate(() => {
    const b = (globalThis as unknown as BenchGlobal).__bench;
    return { drawn: b.drawn, arrived: b.arrived, frames: b.frames, longTasks: b.longTasks, lateness: b.lateness, renders: b.renders };
  });

export const renderCost = (page: Page, ms: number, settings?: Record<string, unknown>) =>
  page.evaluate(([m, s]) => (globalThis as unknown as BenchGlobal).__bench.renderCost(m, s), [ms, settings] as const);

/** Sigma settings whose render cost `--render-variants` reports: what each part of a frame costs here. */
export const RENDER_VARIANTS: Record<string, Record<string, unknown>> = {
  'as is': {},
  'no labels': { renderLabels: false, renderEdgeLabels: false },
  'no edges': { edgeReducer: 'hide' },
  'no nodes': { nodeReducer: 'hide' },
  'no nodes, no edges': { nodeReducer: 'hide', edgeReducer: 'hide' },
};
