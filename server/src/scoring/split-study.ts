// Dev tool: how much the graph scorer's AUROC depends on which benign runs were learned. Offline, many random splits.
// node server/bin/run-ts.js server/src/scoring/split-study.ts [corpus-dir] [splits]
import { join } from 'node:path';
import { buildBaseline, hash32, hashString, scoreSession, scoreThreshold, type Baseline } from '@sentinel/graph';
import { readCorpus } from '../cli/corpus.ts';
import { classify } from '../cli/replay-files.ts';
import { auroc, recallAtFpr } from './roc.ts';
import { buildGraphs, readSpans } from './session-files.ts';

const dir = process.argv[2] ?? '/work/shared/datasets/agentdojo-dev';
const splits = Number(process.argv[3] ?? 40);
const labels = readCorpus(dir);
const graphs = buildGraphs(labels.flatMap((l) => readSpans(classify(join(dir, l.file))!)));
const apps = [...new Set([...graphs.values()].map((g) => g.app))];

const aurocs: number[] = [];
/** Per app (each app's sessions against its own baseline): what the pooled AUROC loses is cross-app calibration. */
const appAurocs: Record<string, number[]> = {};
const recalls: number[] = [];
let benign = 0;
let alerts = 0;
for (let seed = 0; seed < splits; seed++) {
  // seed 0 is the split `sentinel eval` uses (see eval-graph.ts inLearnHalf).
  const learn = new Set(labels.filter((l) => !l.attacked && hash32(hashString(seed === 0 ? l.id : `${l.id}:${seed}`)) % 2 === 0).map((l) => l.id));
  const baselines = new Map<string, Baseline>(apps.map((app) => [app, buildBaseline(app, [...learn].map((id) => graphs.get(id)!).filter((g) => g.app === app))]));
  const pos: number[] = [];
  const neg: number[] = [];
  const perApp = new Map<string, { pos: number[]; neg: number[] }>(apps.map((a) => [a, { pos: [], neg: [] }]));
  for (const l of labels) {
    if (learn.has(l.id) || (l.attacked && !l.attackSucceeded)) continue;
    const g = graphs.get(l.id)!;
    const b = baselines.get(g.app)!;
    const s = scoreSession(g, b);
    (l.attacked ? pos : neg).push(s.score);
    (l.attacked ? perApp.get(g.app)!.pos : perApp.get(g.app)!.neg).push(s.score);
    if (!l.attacked) {
      benign++;
      if (s.raw >= scoreThreshold(b, 0.01).raw) alerts++;
    }
  }
  aurocs.push(auroc(pos, neg));
  for (const [app, r] of perApp) (appAurocs[app] ??= []).push(auroc(r.pos, r.neg));
  recalls.push(recallAtFpr(pos, neg, 0.01));
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sorted = [...aurocs].sort((a, b) => a - b);
console.log(`${splits} random learn/measure splits of the benign runs in ${dir}`);
console.log(`AUROC (succeeded vs held-out benign): split 0 ${aurocs[0].toFixed(3)}, mean ${mean(aurocs).toFixed(3)}, median ${sorted[sorted.length >> 1].toFixed(3)}, min ${sorted[0].toFixed(3)}, max ${sorted[sorted.length - 1].toFixed(3)}`);
console.log(`AUROC per app (mean over splits): ${Object.entries(appAurocs).map(([app, xs]) => `${app} ${mean(xs).toFixed(3)}`).join(', ')}`);
console.log(`recall @1% FPR: mean ${mean(recalls).toFixed(3)}`);
console.log(`graph alerts on held-out benign sessions at the default threshold: ${alerts} of ${benign} (${((100 * alerts) / benign).toFixed(2)}%)`);
