// Benchmark runner: `npm run bench -- [ingest|graph|web|soak|all] [--quick]`; prints numbers and ratios, writes bench/out/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const which = args.filter((a) => !a.startsWith('--'));
const selected = which.length === 0 || which.includes('all') ? ['ingest', 'graph', 'web'] : which;
const outDir = join(import.meta.dirname, 'out');
mkdirSync(outDir, { recursive: true });

const BENCHES: Record<string, () => Promise<unknown>> = {
  ingest: async () => {
    const { benchIngest } = await import('./ingest.ts');
    const r = await benchIngest({ sessions: quick ? 3_000 : 20_000 });
    const off = r.runs['detectors=none'].spansPerSec;
    const on = r.runs['detectors=all'].spansPerSec;
    console.log(`ratio end-to-end (detectors on) / decode-only: ${(on / r.decodeSpansPerSec).toFixed(2)}`);
    console.log(`ratio detectors on / off: ${(on / off).toFixed(2)}`);
    return { ...r, ratios: { endToEndOverDecode: on / r.decodeSpansPerSec, detectorsOnOverOff: on / off } };
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
