// bench/web: a 2,000-node / 5,000-edge session streamed live at 1,000 spans/s into the dashboard; ack→drawn delay, frames, long tasks.
//
// Run: `node server/bin/run-ts.js bench/web.ts [--quick] [--rate=1000] [--nodes=2000] [--edges=5000]
// [--batch=50] [--seconds=10] [--profile|--trace] [--render-variants]` (or `npm run bench -- web`). A real server
// (startSentinel, temp data dir) takes OTLP/HTTP protobuf; Debian's Chromium (playwright-core) shows
// the session's live graph; bench/web-page-probe.ts records in the page what is drawn when.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startSentinel } from '../server/src/app.ts';
import { tempDir } from '../test/support/server.ts';
import { startPageProfile } from './chrome-profile.ts';
import { quantileSorted } from './proc-stats.ts';
import { encodeExportTraceRequest, type PlainSpan } from './otlp-encode.ts';
import { PAGE_PROBE, RENDER_VARIANTS, drawnCount, readRecord, renderCost, setRecording } from './web-page-probe.ts';

const CHROMIUM = process.env.SENTINEL_CHROMIUM ?? '/usr/bin/chromium';
const DIST = join(import.meta.dirname, '..', 'web', 'dist', 'index.html');
/** The target: p95 ack→drawn under this at 1,000 spans/s for the watched session. */
export const TARGET_P95_MS = 250;
/** Sub-agents of the orchestrator; every tool call is made by one of them. */
const AGENTS = 40;

export interface WebBenchOptions {
  nodes?: number;
  edges?: number;
  /** Spans per second offered for the watched session. */
  rate?: number;
  /** Spans per OTLP request (a BatchSpanProcessor's batch). */
  batch?: number;
  /** Seconds of streaming. */
  seconds?: number;
  /** Print where the page's main thread spends the stream: a CPU profile or a Chrome trace. */
  profile?: 'profile' | 'trace';
  /** After the stream, print the cost of one full render with parts of the frame left out (RENDER_VARIANTS). */
  renderVariants?: boolean;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface WebBenchResult {
  config: Required<Omit<WebBenchOptions, 'profile' | 'renderVariants'>> & { agents: number; chromium: string };
  sent: { spans: number; requests: number; seconds: number; spansPerSec: number; ackMs: Stats };
  graph: { nodes: number; edges: number; nodesExpected: number; edgesExpected: number };
  /** Per new node: its span's OTLP acknowledgment → the first frame that drew it. */
  ackToDrawnMs: Stats & { missing: number; targetP95Ms: number; met: boolean };
  /** The same delay split: ack → the node's first delta reaching the page (server batching + socket), and that → drawn (page). */
  ackToPageMs: Stats;
  pageToDrawnMs: Stats;
  frameMs: Stats & { over50: number; over100: number };
  longTasks: { count: number; totalMs: number; maxMs: number };
  timerLatenessMs: Stats;
  /** Graph renders (sigma afterRender) during the run. */
  renders: { count: number; perSec: number };
  /** One full render of the final graph: mean frame time while re-rendering every frame for 3 s (GPU wait included). */
  fullRenderMs: number;
  mainThreadBusyPct: number;
  jsHeapMb: number;
  /** Load average when the run ended: the bench shares the machine with whatever else runs. */
  loadAvg: number[];
}

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => quantileSorted(s, p);
  return { n: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s.length ? s[s.length - 1] : NaN };
}

const nowMs = () => performance.timeOrigin + performance.now();

interface Workload {
  sessionId: string;
  /** The orchestrator and its agents, sent before the page opens (so tool spans never wait for a parent). */
  setup: PlainSpan[];
  stream: Array<{ span: PlainSpan; newNode?: string }>;
  nodesExpected: number;
  edgesExpected: number;
}

/**
 * user → orchestrator → AGENTS agents, then tool calls: a tool is a new node the first time it is
 * called; each (agent, tool) pair is two edges (invoke + result). Enough pairs for `edges`, spread
 * evenly over `total` spans; the other spans repeat known pairs (counts change, nothing is added).
 */
function workload(nodes: number, edges: number, total: number): Workload {
  const sessionId = `bench-web-${randomBytes(4).toString('hex')}`;
  const traceId = randomBytes(16);
  let seq = 1;
  const t0 = BigInt(Date.now()) * 1_000_000n;
  const span = (name: string, parent: Uint8Array | undefined, attributes: Record<string, string>): PlainSpan => {
    const spanId = Buffer.alloc(8);
    spanId.writeBigUInt64BE(BigInt(seq));
    const t = t0 + BigInt(seq++) * 1_000n;
    return { traceId, spanId, parentSpanId: parent, name, startTimeUnixNano: t, endTimeUnixNano: t + 500n, attributes: { 'session.id': sessionId, ...attributes } };
  };
  const root = span('orchestrator', undefined, { 'openinference.span.kind': 'AGENT', 'agent.name': 'orchestrator', 'input.value': 'plan the work' });
  const agents = Array.from({ length: AGENTS }, (_, i) => span(`agent_${i}`, root.spanId, { 'openinference.span.kind': 'AGENT', 'agent.name': `agent_${i}`, 'input.value': `task ${i}` }));
  const tools = nodes - 2 - AGENTS; // minus user, orchestrator
  const fixedEdges = 1 + 2 * AGENTS; // user→orchestrator request; delegate + return per agent
  const extra = Math.max(tools, Math.floor((edges - fixedEdges) / 2)) - tools;
  const pairs: Array<{ agent: number; tool: number; fresh: boolean }> = [];
  for (let t = 0; t < tools; t++) {
    pairs.push({ agent: t % AGENTS, tool: t, fresh: true });
    if (Math.floor(((t + 1) * extra) / tools) > Math.floor((t * extra) / tools)) pairs.push({ agent: (t + 7) % AGENTS, tool: t, fresh: false });
  }
  const stream: Workload['stream'] = [];
  const seen: typeof pairs = [];
  for (let i = 0, next = 0; i < total; i++) {
    const due = Math.floor(((i + 1) * pairs.length) / total);
    let p: (typeof pairs)[number];
    if (next < due || seen.length === 0) seen.push((p = pairs[next++]));
    else p = { ...seen[(i * 7919) % seen.length], fresh: false };
    const s = span(`call tool_${p.tool}`, agents[p.agent].spanId, { 'openinference.span.kind': 'TOOL', 'tool.name': `tool_${p.tool}`, 'input.value': `{"q":${i}}`, 'output.value': `result ${i}` });
    stream.push(p.fresh ? { span: s, newNode: `tool:tool_${p.tool}` } : { span: s });
  }
  return { sessionId, setup: [root, ...agents], stream, nodesExpected: nodes, edgesExpected: fixedEdges + 2 * pairs.length };
}

async function post(url: string, spans: PlainSpan[]): Promise<void> {
  const body = encodeExportTraceRequest([{ resource: { 'service.name': 'bench-web' }, scope: { name: 'bench' }, spans }]);
  const res = await fetch(`${url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`OTLP export answered ${res.status}`);
}

export async function benchWeb(opts: WebBenchOptions = {}): Promise<WebBenchResult> {
  const { profile, renderVariants, ...given } = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as WebBenchOptions;
  const cfg = { nodes: 2_000, edges: 5_000, rate: 1_000, batch: 50, seconds: 10, ...given };
  if (!existsSync(CHROMIUM)) throw new Error(`bench web needs Chromium at ${CHROMIUM} (bash scripts/ensure-chromium.sh)`);
  if (!existsSync(DIST)) throw new Error('bench web needs the built dashboard: npm run build:web');
  const w = workload(cfg.nodes, cfg.edges, cfg.rate * cfg.seconds);
  const dataDir = tempDir('sentinel-bench-web-');
  const server = await startSentinel({ port: 0, grpcPort: 0, host: '127.0.0.1', logLevel: 'warn', dataDir }, {});
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // No GPU here: WebGL runs on SwiftShader (software), as in the end-to-end tests.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    await post(server.httpUrl, w.setup);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (err) => console.error('page error:', err.message));
    await page.addInitScript({ content: PAGE_PROBE });
    await page.goto(`${server.httpUrl}/#/sessions/${encodeURIComponent(w.sessionId)}`);
    await page.locator(`[data-testid="session-graph"][data-status="ready"][data-node-count="${w.setup.length + 1}"]`).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    const stopProfile = await startPageProfile(cdp, profile);
    await setRecording(page, true);

    // One request per `batch` spans on a fixed schedule: an exporter does not wait for the last answer.
    const ackOf = new Map<string, number>();
    const acks: number[] = [];
    const inflight: Promise<void>[] = [];
    const interval = (1000 * cfg.batch) / cfg.rate;
    const start = nowMs();
    for (let i = 0, k = 0; i < w.stream.length; i += cfg.batch, k++) {
      const wait = start + k * interval - nowMs();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const chunk = w.stream.slice(i, i + cfg.batch);
      const sentAt = nowMs();
      inflight.push(
        post(server.httpUrl, chunk.map((c) => c.span)).then(() => {
          const at = nowMs();
          acks.push(at - sentAt);
          for (const c of chunk) if (c.newNode) ackOf.set(c.newNode, at);
        }),
      );
    }
    await Promise.all(inflight);
    const sendSeconds = (nowMs() - start) / 1000;

    // Let the page catch up (bounded), then stop recording.
    for (const deadline = Date.now() + 15_000; Date.now() < deadline && (await drawnCount(page)) < w.nodesExpected; ) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
    await setRecording(page, false);
    const after = await metrics();
    await stopProfile();
    const wallMs = (after.Timestamp - before.Timestamp) * 1000;
    const rec = await readRecord(page);
    const view = page.getByTestId('session-graph');
    const graph = { nodes: Number(await view.getAttribute('data-node-count')), edges: Number(await view.getAttribute('data-edge-count')) };
    const fullRenderMs = await renderCost(page, 3_000);
    if (renderVariants) for (const [name, settings] of Object.entries(RENDER_VARIANTS)) console.log(`one full render, ${name}: ${(await renderCost(page, 3_000, settings)).toFixed(1)} ms`);

    const delays: number[] = [];
    const toPage: number[] = [];
    const inPage: number[] = [];
    let missing = 0;
    for (const [node, ack] of ackOf) {
      const drawn = rec.drawn[node];
      const arrived = rec.arrived[node];
      if (drawn === undefined) missing++;
      else delays.push(drawn - ack);
      if (arrived !== undefined) toPage.push(arrived - ack);
      if (arrived !== undefined && drawn !== undefined) inPage.push(drawn - arrived);
    }
    const a2d = stats(delays);
    return {
      config: { ...cfg, agents: AGENTS, chromium: browser.version() },
      sent: { spans: w.stream.length, requests: acks.length, seconds: sendSeconds, spansPerSec: w.stream.length / sendSeconds, ackMs: stats(acks) },
      graph: { ...graph, nodesExpected: w.nodesExpected, edgesExpected: w.edgesExpected },
      ackToDrawnMs: { ...a2d, missing, targetP95Ms: TARGET_P95_MS, met: missing === 0 && a2d.p95 < TARGET_P95_MS },
      ackToPageMs: stats(toPage),
      pageToDrawnMs: stats(inPage),
      frameMs: { ...stats(rec.frames), over50: rec.frames.filter((f) => f > 50).length, over100: rec.frames.filter((f) => f > 100).length },
      longTasks: { count: rec.longTasks.length, totalMs: rec.longTasks.reduce((x, y) => x + y, 0), maxMs: Math.max(0, ...rec.longTasks) },
      timerLatenessMs: stats(rec.lateness),
      renders: { count: rec.renders, perSec: rec.renders / (wallMs / 1000) },
      fullRenderMs,
      mainThreadBusyPct: (100 * (after.TaskDuration - before.TaskDuration) * 1000) / wallMs,
      jsHeapMb: after.JSHeapUsedSize / 1e6,
      loadAvg: loadavg(),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One line per finding, for the console. */
export function printWebResult(r: WebBenchResult): void {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const q = (s: Stats) => `p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, p99 ${f(s.p99)} ms, max ${f(s.max)} ms`;
  console.log(`streamed ${r.sent.spans} spans in ${r.sent.requests} requests over ${r.sent.seconds.toFixed(1)} s (${Math.round(r.sent.spansPerSec)} spans/s); OTLP ack ${q(r.sent.ackMs)}`);
  console.log(`graph drawn: ${r.graph.nodes}/${r.graph.nodesExpected} nodes, ${r.graph.edges}/${r.graph.edgesExpected} edges`);
  const a = r.ackToDrawnMs;
  console.log(`ack→drawn (${a.n} new nodes, ${a.missing} never drawn): ${q(a)} → target p95 < ${a.targetP95Ms} ms ${a.met ? 'MET' : 'MISSED'}`);
  console.log(`  ack→delta at the page ${q(r.ackToPageMs)}; delta at the page→drawn ${q(r.pageToDrawnMs)}`);
  console.log(`frames: ${r.frameMs.n}, ${q(r.frameMs)}; >50 ms ${r.frameMs.over50}, >100 ms ${r.frameMs.over100}`);
  console.log(`long tasks: ${r.longTasks.count}, total ${f(r.longTasks.totalMs)} ms, max ${f(r.longTasks.maxMs)} ms; 50 ms timer lateness ${q(r.timerLatenessMs)}`);
  console.log(`graph renders ${r.renders.count} (${f(r.renders.perSec)}/s); one full render of the final graph ${f(r.fullRenderMs)} ms; main thread busy ${f(r.mainThreadBusyPct)}%; JS heap ${f(r.jsHeapMb)} MB`);
  console.log(`load average at the end: ${r.loadAvg.map((x) => x.toFixed(1)).join(' ')}`);
}

/** `--name=value` as a number. */
function flag(name: string): number | undefined {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : undefined;
}

/** Options from the command line (shared with bench/run.ts). */
export function webOptionsFromArgs(quick: boolean): WebBenchOptions {
  return {
    nodes: flag('nodes') ?? (quick ? 500 : undefined),
    edges: flag('edges') ?? (quick ? 1_250 : undefined),
    rate: flag('rate'),
    batch: flag('batch'),
    seconds: flag('seconds') ?? (quick ? 3 : undefined),
    profile: process.argv.includes('--profile') ? 'profile' : process.argv.includes('--trace') ? 'trace' : undefined,
    renderVariants: process.argv.includes('--render-variants'),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const r = await benchWeb(webOptionsFromArgs(quick));
  printWebResult(r);
  const out = join(import.meta.dirname, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'web.json'), JSON.stringify({ at: new Date().toISOString(), quick, result: r }, null, 2));
}
