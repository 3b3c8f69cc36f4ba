// bench/soak: a spawned server driven at 2× its measured capacity for minutes over loopback; records RSS, refusals, recovery, and that every acknowledged span was stored.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { tempDir } from '../test/support/server.ts';
import { spawnServer } from '../test/support/spawn-server.ts';
import { quantileSorted, rssMb, statCpuSeconds } from './proc-stats.ts';
import { AgentSessionBodies, spanSeqOf, SPANS_PER_AGENT_SESSION } from './otlp-encode.ts';

/** Requests the client keeps open at once; past it a due request is shed by the client, like a full exporter queue. */
const MAX_IN_FLIGHT = 64;
/** The OTel exporters' default export timeout: a slower answer counts as a timeout (outcome unknown). */
const REQUEST_TIMEOUT_MS = 10_000;
const RSS_SAMPLE_MS = 500;
/** Recovery counts once at least this many seconds in a row, up to the end of the phase, were normal. */
const RECOVERED_FOR_S = 5;
/** /api/health counts the spans table on every call; polled sparingly so the probe is not part of the load. */
const HEALTH_POLL_MS = 2_000;

export interface SoakOptions {
  /** Overload duration (default 3; quick 0.5). */
  minutes?: number;
  quick?: boolean;
  /** Offered load during overload as a multiple of the measured capacity. */
  overload?: number;
  sessionsPerBody?: number;
  maxInFlight?: number;
  /** Extra `sentinel serve` flags, e.g. ['--max-pending-spans', '2000']. */
  serverArgs?: string[];
}

type Phase = 'fill' | 'capacity' | 'baseline' | 'overload' | 'recovery';

/** One request: `status` is the HTTP status, 0 for a client timeout, -1 for a connection error. Times in ms since start. */
interface Sent {
  phase: Phase;
  at: number;
  ms: number;
  status: number;
  spans: number;
  first: number;
  retryAfter?: string;
}

interface Sample { t: number; rssMb: number; cpuSeconds: number }
interface HealthSample { t: number; ms: number; pendingSpans: number; openSessions: number }

const quantile = (xs: number[], q: number) => quantileSorted(xs.toSorted((a, b) => a - b), q);
const round = (x: number, digits = 0) => Number(x.toFixed(digits));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function procSample(pid: number, t: number): Sample | undefined {
  const cpuSeconds = statCpuSeconds(`/proc/${pid}/stat`);
  return cpuSeconds === undefined ? undefined : { t, rssMb: rssMb(pid), cpuSeconds };
}

/** The client: sends generated bodies, keeps every outcome, never resends a refused body. */
class Load {
  readonly sent: Sent[] = [];
  /** Due requests not sent because `maxInFlight` were open: when (ms since start) and in which phase. */
  readonly shed: { phase: Phase; at: number }[] = [];
  private inFlight = 0;
  private readonly running = new Set<Promise<Sent>>();

  constructor(
    private readonly url: string,
    private readonly gen: AgentSessionBodies,
    private readonly maxInFlight: number,
    private readonly t0: number,
  ) {}

  private post(phase: Phase): Promise<Sent> {
    const b = this.gen.next();
    const at = performance.now();
    this.inFlight++;
    const p = (async (): Promise<Sent> => {
      const rec: Sent = { phase, at: at - this.t0, ms: 0, status: -1, spans: b.spans, first: b.firstSpanSeq };
      try {
        const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: b.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        await res.arrayBuffer();
        rec.status = res.status;
        const ra = res.headers.get('retry-after');
        if (ra !== null) rec.retryAfter = ra;
      } catch (err) {
        rec.status = (err as Error).name === 'TimeoutError' ? 0 : -1;
      }
      rec.ms = performance.now() - at;
      this.inFlight--;
      this.sent.push(rec);
      return rec;
    })();
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
    return p;
  }

  /** `workers` senders, each waiting for its answer before the next body (a refusal costs a short pause), until `done()`. */
  async closedLoop(phase: Phase, workers: number, done: () => boolean): Promise<void> {
    const worker = async () => {
      while (!done()) {
        const r = await this.post(phase);
        if (r.status !== 200) await sleep(50);
      }
    };
    await Promise.all(Array.from({ length: workers }, worker));
  }

  /** Fires bodies on a timer at `spansPerSec` whatever the answers; resolves when the timer stops, not when answers are in. */
  openLoop(phase: Phase, spansPerSec: number, ms: number, spansPerBody: number): Promise<void> {
    const intervalMs = (spansPerBody / spansPerSec) * 1000;
    const start = performance.now();
    let due = 0;
    return new Promise((resolve) => {
      const tick = () => {
        const elapsed = performance.now() - start;
        // Catch up after a late timer: the offered rate holds even when the client's loop is busy.
        for (const target = Math.min(ms, elapsed) / intervalMs; due < target; due++) {
          if (this.inFlight >= this.maxInFlight) this.shed.push({ phase, at: performance.now() - this.t0 });
          else void this.post(phase);
        }
        if (elapsed >= ms) {
          clearInterval(timer);
          resolve();
        }
      };
      const timer = setInterval(tick, 5);
      tick();
    });
  }

  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

function requestStats(rs: Sent[], seconds: number) {
  const ok = rs.filter((r) => r.status === 200);
  return {
    requests: rs.length,
    ok: ok.length,
    refused429: rs.filter((r) => r.status === 429).length,
    refused503: rs.filter((r) => r.status === 503).length,
    timeouts: rs.filter((r) => r.status === 0).length,
    otherErrors: rs.filter((r) => r.status !== 200 && r.status !== 429 && r.status !== 503 && r.status !== 0).length,
    ackedSpansPerSec: round(ok.reduce((a, r) => a + r.spans, 0) / seconds),
    p50Ms: round(quantile(ok.map((r) => r.ms), 0.5), 1),
    p99Ms: round(quantile(ok.map((r) => r.ms), 0.99), 1),
  };
}

function rssStats(samples: Sample[]) {
  const rss = samples.map((s) => s.rssMb);
  return { min: round(Math.min(...rss)), median: round(quantile(rss, 0.5)), max: round(Math.max(...rss)) };
}

/** Least-squares slope of RSS over time, MB per minute. */
function rssSlope(samples: Sample[]): number {
  const n = samples.length;
  const mt = samples.reduce((a, s) => a + s.t, 0) / n;
  const mr = samples.reduce((a, s) => a + s.rssMb, 0) / n;
  const num = samples.reduce((a, s) => a + (s.t - mt) * (s.rssMb - mr), 0);
  const den = samples.reduce((a, s) => a + (s.t - mt) ** 2, 0);
  return round((num / den) * 60_000, 1);
}

/** RSS bounds and the server's CPU use (100% = one core) over a run of samples. */
function serverStats(s: Sample[]) {
  const cpu = ((s.at(-1)!.cpuSeconds - s[0]!.cpuSeconds) / ((s.at(-1)!.t - s[0]!.t) / 1000)) * 100;
  return { rssMb: rssStats(s), serverCpuPct: round(cpu) };
}

/** Per window of the overload: RSS bounds, server CPU, answers by the time they were sent. */
function windows(load: Load, samples: Sample[], health: HealthSample[], from: number, to: number, windowMs: number) {
  const out = [];
  for (let a = from; a < to - 1; a += windowMs) {
    const b = Math.min(to, a + windowMs);
    const s = samples.filter((x) => x.t >= a && x.t < b);
    if (s.length < 2) continue;
    const h = health.filter((x) => x.t >= a && x.t < b);
    out.push({
      fromS: round((a - from) / 1000),
      toS: round((b - from) / 1000),
      ...serverStats(s),
      ...requestStats(load.sent.filter((r) => r.phase === 'overload' && r.at >= a && r.at < b), (b - a) / 1000),
      shedByClient: load.shed.filter((x) => x.phase === 'overload' && x.at >= a && x.at < b).length,
      pendingSpansMax: Math.max(0, ...h.map((x) => x.pendingSpans)),
      openSessionsMax: Math.max(0, ...h.map((x) => x.openSessions)),
      healthP50Ms: round(quantile(h.map((x) => x.ms), 0.5), 1),
      healthFailures: h.filter((x) => x.pendingSpans < 0).length,
    });
  }
  return out;
}

/**
 * Recovery: the first second after which every later second has only 200s and a normal median latency;
 * recovered when that holds for at least the last RECOVERED_FOR_S seconds of the phase.
 */
function recovery(rs: Sent[], from: number, seconds: number, normalP50Ms: number) {
  const buckets = Array.from({ length: seconds }, (_, i) => rs.filter((r) => r.at >= from + i * 1000 && r.at < from + (i + 1) * 1000));
  const good = buckets.map((b) => b.every((r) => r.status === 200) && quantile(b.map((r) => r.ms), 0.5) <= normalP50Ms);
  let firstGood = seconds;
  while (firstGood > 0 && good[firstGood - 1]) firstGood--;
  return { recoveredAfterSeconds: firstGood < seconds ? firstGood : null, recovered: firstGood <= seconds - RECOVERED_FOR_S };
}

/** Reads every span id back from the SQLite file and checks it against the ledger of answers. */
function verifyStore(dbFile: string, sent: Sent[], issuedSpans: number) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const storedSpans = (db.prepare('SELECT count(*) AS n FROM spans').get() as { n: number }).n;
  const seen = new Uint8Array(issuedSpans + 1);
  let foreign = 0;
  for (const [id] of db.prepare('SELECT span_id FROM spans').raw().iterate() as Iterable<[string]>) {
    const seq = spanSeqOf(id);
    if (seq >= 1 && seq <= issuedSpans && seen[seq] === 0) seen[seq] = 1;
    else foreign++;
  }
  db.close();
  const count = (rs: Sent[], want: 0 | 1) => rs.reduce((a, r) => a + seen.subarray(r.first, r.first + r.spans).reduce((n, v) => n + (v === want ? 1 : 0), 0), 0);
  // 4xx and 503 promise that nothing was accepted; a timeout, a dropped connection or a 500 promise nothing.
  const isRefused = (r: Sent) => r.status === 503 || (r.status >= 400 && r.status < 500);
  const acked = sent.filter((r) => r.status === 200);
  const refused = sent.filter(isRefused);
  const unknown = sent.filter((r) => r.status !== 200 && !isRefused(r));
  const ackedSpans = acked.reduce((a, r) => a + r.spans, 0);
  const r = {
    ackedSpans,
    storedSpans,
    ackedMissing: count(acked, 0),
    refusedSpans: refused.reduce((a, x) => a + x.spans, 0),
    refusedButStored: count(refused, 1),
    unknownOutcomeSpans: unknown.reduce((a, x) => a + x.spans, 0),
    unknownOutcomeStored: count(unknown, 1),
    foreignOrDuplicateRows: foreign,
  };
  return { ...r, ok: r.ackedMissing === 0 && r.refusedButStored === 0 && r.foreignOrDuplicateRows === 0 && storedSpans === ackedSpans + r.unknownOutcomeStored };
}

export async function benchSoak(opts: SoakOptions = {}) {
  const quick = opts.quick ?? false;
  const overloadMs = (opts.minutes ?? (quick ? 0.5 : 3)) * 60_000;
  const capacityMs = quick ? 8_000 : 20_000;
  const baselineMs = quick ? 5_000 : 10_000; // at 0.5×: the normal latency that recovery is held to
  // Long enough to drain what was in flight when the overload stopped (maxInFlight bodies at about capacity).
  const recoveryMs = quick ? 15_000 : 30_000;
  const windowMs = quick ? 10_000 : 30_000;
  const factor = opts.overload ?? 2;
  const sessionsPerBody = opts.sessionsPerBody ?? 10;
  const spansPerBody = sessionsPerBody * SPANS_PER_AGENT_SESSION;
  const maxInFlight = opts.maxInFlight ?? MAX_IN_FLIGHT;

  const dataDir = tempDir('sentinel-soak-');
  const server = await spawnServer(['--data-dir', dataDir, ...(opts.serverArgs ?? [])]);
  const pid = server.proc.pid!;
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const gen = new AgentSessionBodies(sessionsPerBody);
  const load = new Load(`${server.httpUrl}/v1/traces`, gen, maxInFlight, t0);
  const samples: Sample[] = [];
  const health: HealthSample[] = [];
  const sampler = setInterval(() => {
    const s = procSample(pid, now());
    if (s) samples.push(s);
  }, RSS_SAMPLE_MS);
  const getHealth = async () =>
    (await (await fetch(`${server.httpUrl}/api/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })).json()) as { pendingSpans: number; openSessions: number; limits: { maxPendingSpans: number; maxOpenSessions: number } };
  const { limits } = await getHealth();
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const a = performance.now();
      try {
        const h = await getHealth();
        health.push({ t: a - t0, ms: performance.now() - a, pendingSpans: h.pendingSpans, openSessions: h.openSessions });
      } catch {
        health.push({ t: a - t0, ms: performance.now() - a, pendingSpans: -1, openSessions: -1 });
      }
      await sleep(HEALTH_POLL_MS);
    }
  })();
  const clientCpu0 = process.cpuUsage();
  const log = (msg: string) => console.log(`[${(now() / 1000).toFixed(0).padStart(4)} s] ${msg}`);

  // Every new session closes an old one once the open-session table is full, and closing costs more
  // than opening (baseline learning): capacity is measured in that steady state, not on an empty server.
  log(`fill: ${limits.maxOpenSessions} sessions closed loop, 4 senders, ${spansPerBody} spans (${sessionsPerBody} sessions) per request`);
  const fillFrom = now();
  await load.closedLoop('fill', 4, () => gen.issuedSpans >= limits.maxOpenSessions * SPANS_PER_AGENT_SESSION);
  const fill = requestStats(load.sent.filter((r) => r.phase === 'fill'), (now() - fillFrom) / 1000);
  log(`fill at ${fill.ackedSpansPerSec} spans/s; capacity: closed loop, 4 senders, ${capacityMs / 1000} s`);
  const capFrom = now() + capacityMs * 0.2; // the first fifth is the switch from filling to evicting
  const capEnd = performance.now() + capacityMs;
  await load.closedLoop('capacity', 4, () => performance.now() >= capEnd);
  const capTo = now();
  const capacityStats = requestStats(load.sent.filter((r) => r.phase === 'capacity' && r.at >= capFrom), (capTo - capFrom) / 1000);
  const capacity = capacityStats.ackedSpansPerSec;
  log(`capacity ${capacity} spans/s (p50 ${capacityStats.p50Ms} ms)`);

  log(`baseline: ${0.5 * capacity} spans/s open loop for ${baselineMs / 1000} s`);
  const baseFrom = now();
  await load.openLoop('baseline', 0.5 * capacity, baselineMs, spansPerBody);
  await load.settle();
  const baseline = requestStats(load.sent.filter((r) => r.phase === 'baseline'), (now() - baseFrom) / 1000);

  log(`overload: ${factor * capacity} spans/s open loop for ${overloadMs / 1000} s (max ${maxInFlight} in flight, ${REQUEST_TIMEOUT_MS / 1000} s timeout)`);
  const overFrom = now();
  const progress = setInterval(() => {
    const s = samples.at(-1);
    const rs = load.sent.filter((r) => r.phase === 'overload' && r.at > now() - windowMs);
    log(`RSS ${s?.rssMb.toFixed(0)} MB, last ${windowMs / 1000} s: ${rs.filter((r) => r.status === 200).length} ok, ${rs.filter((r) => r.status === 503 || r.status === 429).length} refused, ${rs.filter((r) => r.status <= 0).length} timed out or failed; ${load.shed.length} shed by client so far`);
  }, windowMs);
  await load.openLoop('overload', factor * capacity, overloadMs, spansPerBody);
  clearInterval(progress);
  const overTo = now();

  log(`recovery: ${0.5 * capacity} spans/s for ${recoveryMs / 1000} s`);
  const recFrom = now();
  await load.openLoop('recovery', 0.5 * capacity, recoveryMs, spansPerBody);
  await load.settle();
  const recTo = now();
  const clientCpu = process.cpuUsage(clientCpu0);
  clearInterval(sampler);
  polling = false;
  await poller;
  const rssBeforeStop = procSample(pid, now())?.rssMb ?? NaN;

  log('SIGTERM: graceful drain, then reading the store');
  const stopAt = performance.now();
  server.proc.kill('SIGTERM');
  const exitCode = await Promise.race([server.exited, sleep(120_000).then(() => 'timeout' as const)]);
  const drainSeconds = round((performance.now() - stopAt) / 1000, 1);
  if (exitCode === 'timeout') server.proc.kill('SIGKILL');
  const store = verifyStore(join(dataDir, 'sentinel.db'), load.sent, gen.issuedSpans);
  rmSync(dataDir, { recursive: true, force: true });

  const overSent = load.sent.filter((r) => r.phase === 'overload');
  const overSamples = samples.filter((s) => s.t >= overFrom && s.t < overTo);
  const overWindows = windows(load, samples, health, overFrom, overTo, windowMs);
  const normalP50Ms = Math.max(2 * baseline.p50Ms, baseline.p50Ms + 50);
  const rec = requestStats(load.sent.filter((r) => r.phase === 'recovery'), (recTo - recFrom) / 1000);
  const recLastHalf = requestStats(load.sent.filter((r) => r.phase === 'recovery' && r.at >= recFrom + recoveryMs / 2), recoveryMs / 2000);
  const result = {
    config: { quick, overloadSeconds: overloadMs / 1000, factor, spansPerBody, maxInFlight, requestTimeoutMs: REQUEST_TIMEOUT_MS, serverArgs: opts.serverArgs ?? [], maxPendingSpans: limits.maxPendingSpans, maxOpenSessions: limits.maxOpenSessions },
    fill: { sessions: limits.maxOpenSessions, ...fill },
    capacity: { spansPerSec: capacity, ...capacityStats, ...serverStats(samples.filter((s) => s.t >= capFrom && s.t < capTo)) },
    baseline: { offeredSpansPerSec: round(0.5 * capacity), ...baseline },
    overload: {
      offeredSpansPerSec: round(factor * capacity),
      sentSpansPerSec: round(overSent.reduce((a, r) => a + r.spans, 0) / (overloadMs / 1000)),
      shedByClient: load.shed.filter((x) => x.phase === 'overload').length,
      ...requestStats(overSent, (overTo - overFrom) / 1000),
      retryAfterValues: [...new Set(overSent.flatMap((r) => (r.retryAfter ? [r.retryAfter] : [])))],
      rssMb: rssStats(overSamples),
      rssSlopeMbPerMin: rssSlope(overSamples),
      rssSlopeSecondHalfMbPerMin: rssSlope(overSamples.filter((s) => s.t >= (overFrom + overTo) / 2)),
      pendingSpansMax: Math.max(0, ...health.map((h) => h.pendingSpans)),
      windows: overWindows,
    },
    recovery: { ...serverStats(samples.filter((s) => s.t >= recFrom)), offeredSpansPerSec: round(0.5 * capacity), shedByClient: load.shed.filter((x) => x.phase === 'recovery').length, ...rec, lastHalf: recLastHalf, normalP50Ms, ...recovery(load.sent.filter((r) => r.phase === 'recovery'), recFrom, Math.floor(recoveryMs / 1000), normalP50Ms) },
    store: { ...store, drainExitCode: exitCode, drainSeconds, rssBeforeStopMb: round(rssBeforeStop) },
    clientCpuSeconds: round((clientCpu.user + clientCpu.system) / 1e6, 1),
  };
  printSummary(result);
  return result;
}

function printSummary(r: Awaited<ReturnType<typeof benchSoak>>): void {
  const o = r.overload;
  console.log(`\nfill (empty server, ${r.fill.sessions} sessions): ${r.fill.ackedSpansPerSec} spans/s`);
  console.log(`capacity (open-session table full): ${r.capacity.spansPerSec} spans/s (closed loop, p50 ${r.capacity.p50Ms} ms, p99 ${r.capacity.p99Ms} ms, server CPU ${r.capacity.serverCpuPct}%)`);
  console.log(`baseline at 0.5×: p50 ${r.baseline.p50Ms} ms, p99 ${r.baseline.p99Ms} ms, ${r.baseline.requests - r.baseline.ok} not 200`);
  console.log(`overload ${r.config.factor}× for ${r.config.overloadSeconds} s: offered ${o.offeredSpansPerSec} spans/s, sent ${o.sentSpansPerSec}, acked ${o.ackedSpansPerSec} spans/s`);
  console.log(`  answers: ${o.ok} ok, ${o.refused503} × 503, ${o.refused429} × 429 (Retry-After ${o.retryAfterValues.join(',') || '-'}), ${o.timeouts} timeouts, ${o.otherErrors} other; ${o.shedByClient} shed by the client (${r.config.maxInFlight} in flight)`);
  console.log(`  latency of acked: p50 ${o.p50Ms} ms, p99 ${o.p99Ms} ms; pending spans max ${o.pendingSpansMax} (limit ${r.config.maxPendingSpans})`);
  console.log(`  RSS ${o.rssMb.min}–${o.rssMb.max} MB (median ${o.rssMb.median}), slope ${o.rssSlopeMbPerMin} MB/min (second half ${o.rssSlopeSecondHalfMbPerMin})`);
  for (const w of o.windows) console.log(`    ${String(w.fromS).padStart(4)}–${w.toS} s: RSS ${w.rssMb.min}/${w.rssMb.median}/${w.rssMb.max} MB, CPU ${w.serverCpuPct}%, acked ${w.ackedSpansPerSec} spans/s, p50 ${w.p50Ms} ms, 503 ${w.refused503}, timeouts ${w.timeouts}, shed ${w.shedByClient}, pending max ${w.pendingSpansMax}, open sessions ${w.openSessionsMax}, health p50 ${w.healthP50Ms} ms (${w.healthFailures} failed)`);
  console.log(`recovery at 0.5×: ${r.recovery.recovered ? 'recovered' : 'NOT recovered'} after ${r.recovery.recoveredAfterSeconds ?? '-'} s (server CPU ${r.recovery.serverCpuPct}%, ${r.recovery.timeouts} timeouts, ${r.recovery.shedByClient} shed); last half p50 ${r.recovery.lastHalf.p50Ms} ms (normal ≤ ${r.recovery.normalP50Ms}), ${r.recovery.lastHalf.requests - r.recovery.lastHalf.ok} not 200`);
  const s = r.store;
  console.log(`store after SIGTERM (exit ${s.drainExitCode}, ${s.drainSeconds} s): ${s.storedSpans} stored vs ${s.ackedSpans} acked; ${s.ackedMissing} acked missing, ${s.refusedButStored} refused but stored, ${s.unknownOutcomeStored}/${s.unknownOutcomeSpans} of unknown outcome stored → ${s.ok ? 'no acked span lost' : 'MISMATCH'}`);
}
