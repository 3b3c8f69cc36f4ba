// Where a page's time goes: a CDP CPU profile (top JS by self time) or a Chrome trace (top events by self time per thread).
import type { CDPSession } from 'playwright-core';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Trace categories that show renderer main-thread work and the GPU process it waits on. */
const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8,blink,cc,gpu,viz,disabled-by-default-gpu.service';

/** Starts a CPU profile or a trace (or neither); the returned function stops it and prints the summary. */
export async function startPageProfile(cdp: CDPSession, kind: 'profile' | 'trace' | undefined): Promise<() => Promise<void>> {
  if (kind === 'profile') {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    return async () => printProfile((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile);
  }
  if (kind === 'trace') {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    return async () => {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      printTrace(events);
    };
  }
  return async () => undefined;
}

function printProfile(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const f = byId.get(p.samples[i])?.callFrame;
    if (!f) continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile: ${total.toFixed(0)} ms sampled; top self time:`);
  for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
}

/** Self time by event name for the busiest threads (complete events, nesting subtracted). */
function printTrace(events: TraceEvent[]): void {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const k = `${e.pid}:${e.tid}`;
    const list = byThread.get(k);
    if (list) list.push(e);
    else byThread.set(k, [e]);
  }
  const rows: Array<[string, number, Map<string, number>]> = [];
  for (const [k, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const self = new Map<string, number>();
    const stack: Array<{ e: TraceEvent; child: number }> = [];
    const pop = () => {
      const top = stack.pop()!;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + (top.e.dur! - top.child) / 1000);
      if (stack.length) stack[stack.length - 1].child += top.e.dur!;
    };
    for (const e of list) {
      while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= e.ts) pop();
      stack.push({ e, child: 0 });
    }
    while (stack.length) pop();
    rows.push([threadName.get(k) ?? k, [...self.values()].reduce((a, b) => a + b, 0), self]);
  }
  for (const [name, total, self] of rows.sort((a, b) => b[1] - a[1]).slice(0, 4)) {
    console.log(`trace thread ${name}: ${total.toFixed(0)} ms in events; top self time:`);
    for (const [ev, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${ev}`);
  }
}
