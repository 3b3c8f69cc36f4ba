// Benchmark runner: `npm run bench -- [ingest|detect|graph|web|soak|all] [--quick] [--concurrency=N (ingest senders, default 4)]`; prints numbers and ratios, writes bench/out/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const which = args.filter((a) => !a.startsWith('--'));
const selected = which.length === 0 || which.includes('all') ? ['ingest', 'detect', 'graph', 'web'] : which;
const outDir = join(import.meta.dirname, 'out');
mkdirSync(outDir, { recursive: true });

const BENCHES: Record<string, () => Promise<unknown>> = {
  ingest: async () => {
    const { benchIngest } = await import('./ingest.ts');
    const conc = args.find((a) => a.startsWith('--concurrency='));
    const roundsArg = args.find((a) => a.startsWith('--rounds='));
    const r = await benchIngest({ sessions: quick ? 3_000 : 20_000, rounds: roundsArg ? Number(roundsArg.split('=')[1]) : quick ? 1 : 2, concurrency: conc ? Number(conc.split('=')[1]) : undefined });
    const rate = (k: string) => r.runs[`detectors=${k}`].spansPerSec;
    const ratios = { offOverDecode: rate('none') / r.decodeSpansPerSec, rulesOverOff: rate('rules') / rate('none'), allOverOff: rate('all') / rate('none') };
    console.log(`ratio end-to-end (detectors off) / decode-only: ${ratios.offOverDecode.toFixed(2)}`);
    console.log(`ratio rules on / off: ${ratios.rulesOverOff.toFixed(2)}`);
    // Within a round the sets run back to back: their ratio is less exposed to the machine's drift between rounds.
    const paired = r.rounds.map((x) => x.rules / x.none).sort((a, b) => a - b);
    const mid = paired.length >> 1;
    const median = paired.length % 2 ? paired[mid] : (paired[mid - 1] + paired[mid]) / 2;
    if (paired.length > 1) console.log(`ratio rules on / off within each round: ${paired.map((x) => x.toFixed(2)).join(', ')} (median ${median.toFixed(2)})`);
    console.log(`ratio rules + graph scorer / off: ${ratios.allOverOff.toFixed(2)}`);
    // The same ratios from server CPU per span (off / on): what the rates tend to when the machine is CPU-bound, and far less noisy.
    const cpu = (k: string) => r.runs[`detectors=${k}`].cpuUsPerSpan.server;
    const cpuRatios = { rulesOverOff: cpu('none') / cpu('rules'), allOverOff: cpu('none') / cpu('all') };
    console.log(`server CPU per span off / rules: ${cpuRatios.rulesOverOff.toFixed(2)}; off / rules + graph scorer: ${cpuRatios.allOverOff.toFixed(2)}`);
    return { ...r, ratios, cpuRatios };
  },
  detect: async () => {
    const { benchDetect } = await import('./detect.ts');
    return benchDetect({ sessions: quick ? 1_000 : 3_000 });
  },
  graph: async () => {
    const { benchGraph } = await import('./graph.ts');
    return benchGraph({ sessions: quick ? 3_000 : 20_000, rounds: quick ? 1 : 2 });
  },
  // Needs Debian's Chromium and the built dashboard; skipped (not failed) without them.
  // `npm run bench -- web [--quick] [--rate=N] [--nodes=N] [--edges=N] [--batch=N] [--seconds=N] [--profile|--trace]`.
  web: async () => {
    const { existsSync } = await import('node:fs');
    const chromiumPath = process.env.SENTINEL_CHROMIUM ?? '/usr/bin/chromium';
    const missing = !existsSync(chromiumPath) ? `no Chromium at ${chromiumPath}` : !existsSync(join(import.meta.dirname, '..', 'web', 'dist', 'index.html')) ? 'web/dist not built (npm run build:web)' : undefined;
    if (missing) {
      console.log(`skipped: ${missing}`);
      return { skipped: missing };
    }
    const { benchWeb, printWebResult, webOptionsFromArgs } = await import('./web.ts');
    const r = await benchWeb(webOptionsFromArgs(quick));
    printWebResult(r);
    return r;
  },
  // Minutes long, so only when named, never in `all`:
  // `npm run bench -- soak [--quick] [--minutes=N] [--max-in-flight=N] [--max-pending-spans=N]`.
  soak: async () => {
    const { benchSoak } = await import('./soak.ts');
    const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    const minutes = opt('minutes');
    const maxInFlight = opt('max-in-flight');
    const maxPending = opt('max-pending-spans');
    return benchSoak({
      quick,
      minutes: minutes ? Number(minutes) : undefined,
      maxInFlight: maxInFlight ? Number(maxInFlight) : undefined,
      serverArgs: maxPending ? ['--max-pending-spans', maxPending] : [],
    });
  },
};

for (const name of selected) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== bench ${name}${quick ? ' (quick)' : ''} ==`);
  const result = await bench();
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), quick, result }, null, 2));
}
