// `sentinel baseline build|list|freeze|unfreeze`: learn the graph scorer's baselines offline and manage them in the store.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ValidationError, scoreThreshold } from '@sentinel/graph';
import { loadConfig } from '../config.ts';
import { baselinesFromCorpus, baselinesFromStore, type BuildResult } from '../scoring/build-baselines.ts';
import { loadBaselines, nextVersion, saveBaseline } from '../scoring/baseline-store.ts';
import { DB_FILE, openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';

const USAGE = `usage:
  sentinel baseline build --corpus DIR [--app NAME] [--freeze] [--data-dir DIR]
  sentinel baseline build --from-store --app NAME [--since ISO] [--until ISO] [--include-alerted] [--freeze] [--data-dir DIR]
  sentinel baseline list [--data-dir DIR]
  sentinel baseline freeze|unfreeze --app NAME [--data-dir DIR]
Run it while the server is stopped (a running server keeps its own copy and overwrites it when it learns).`;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        'from-store': { type: 'boolean' },
        app: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        'include-alerted': { type: 'boolean' },
        freeze: { type: 'boolean' },
        'data-dir': { type: 'string' },
      },
    });
  } catch (err) {
    throw new ValidationError(`baseline: ${(err as Error).message}\n${USAGE}`);
  }
}

function isoTime(v: string | undefined, flag: string): string | undefined {
  if (v === undefined) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new ValidationError(`baseline build: ${flag} must be an ISO 8601 time, got ${JSON.stringify(v)}`);
  return new Date(t).toISOString();
}

export async function baselineCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args);
  const sub = positionals[0];
  if (!['build', 'list', 'freeze', 'unfreeze'].includes(sub ?? '')) throw new ValidationError(`baseline: unknown subcommand ${JSON.stringify(sub ?? '')}\n${USAGE}`);
  const config = loadConfig({ dataDir: values['data-dir'] });
  // Only building from a corpus may start a store; reading one that is not there is a wrong --data-dir, not an empty store.
  const reads = sub !== 'build' || !!values['from-store'];
  if (reads && !existsSync(join(config.dataDir, DB_FILE))) {
    throw new ValidationError(`baseline ${sub ?? ''}: no Sentinel store in ${config.dataDir} (give --data-dir: the directory \`sentinel serve\` writes to)`);
  }
  // `list` only reads, so it opens read-only and works beside a running server; build and freeze write baselines the
  // server keeps its own copy of, so they open read-write and are refused while a server has the directory.
  const store = openSqliteStore(config.dataDir, config.durability, { readOnly: sub === 'list' });
  try {
    if (sub === 'build') return await build(store, values, config.maxContentChars, config.scorerTargetFpr);
    if (sub === 'list') return list(store);
    if (sub === 'freeze' || sub === 'unfreeze') return setFrozen(store, values.app, sub === 'freeze');
    throw new ValidationError(`baseline: unknown subcommand ${JSON.stringify(sub ?? '')}\n${USAGE}`);
  } finally {
    store.close();
  }
}

async function build(store: Store, v: ReturnType<typeof parse>['values'], maxContentChars: number, targetFpr: number): Promise<number> {
  if (!!v.corpus === !!v['from-store']) throw new ValidationError(`baseline build: give exactly one of --corpus DIR or --from-store\n${USAGE}`);
  let result: BuildResult;
  if (v.corpus) result = await baselinesFromCorpus(v.corpus, { app: v.app, maxContentChars });
  else {
    if (!v.app) throw new ValidationError('baseline build --from-store: --app NAME is required');
    result = baselinesFromStore(store, { app: v.app, since: isoTime(v.since, '--since'), until: isoTime(v.until, '--until'), includeAlerted: v['include-alerted'], maxContentChars });
  }
  for (const b of result.baselines) {
    b.frozen = v.freeze === true;
    const version = nextVersion(store, b.app);
    saveBaseline(store, b, version);
    const t = scoreThreshold(b, targetFpr);
    process.stdout.write(
      `${b.app}: learned ${b.sessions} sessions → version ${version}${b.frozen ? ' (frozen)' : ''}; ` +
        `calibration median raw ${b.calibrationModel().median.toFixed(2)}, alert threshold raw ${t.raw.toFixed(2)} (score ${t.score})\n`,
    );
  }
  if (result.skipped > 0) process.stdout.write(`${result.skipped} sessions left out (attacked, alerted or another app)\n`);
  return 0;
}

function list(store: Store): number {
  const rows = store.listBaselines();
  if (rows.length === 0) process.stdout.write('no baselines stored\n');
  const parsed = new Map(loadBaselines(store).map((x) => [x.baseline.app, x.baseline]));
  for (const r of rows) {
    const b = parsed.get(r.app);
    process.stdout.write(`${r.app}\tversion ${r.version}\t${r.frozen ? 'frozen' : 'learning'}\t${b ? `${b.sessions} sessions, ${b.calibrationSize} calibration scores` : 'unreadable'}\tupdated ${r.updatedAt}\n`);
  }
  return 0;
}

function setFrozen(store: Store, app: string | undefined, frozen: boolean): number {
  if (!app) throw new ValidationError(`baseline ${frozen ? 'freeze' : 'unfreeze'}: --app NAME is required`);
  const row = store.loadBaseline(app);
  if (!row) throw new ValidationError(`baseline: no baseline stored for app ${JSON.stringify(app)}`);
  store.saveBaseline({ ...row, frozen, version: row.version + 1, updatedAt: new Date().toISOString() });
  process.stdout.write(`${app}: ${frozen ? 'frozen' : 'learning again'} (version ${row.version + 1})\n`);
  return 0;
}
