// The graph scorer's AUROC over many random learn/measure splits of the benign runs, offline.
// Why: with ~100 benign runs, one split's AUROC moves by ±0.06 with which runs were learned
// (agentdojo-dev: 0.77–0.90 over 40 splits); `sentinel eval` reports the mean beside its own split.
import { join } from 'node:path';
import { buildBaseline, scoreSession, scoreThreshold, type Baseline, type SessionGraph } from '@sentinel/graph';
import type { CorpusLabel } from '../cli/corpus.ts';
import { classify } from '../cli/replay-files.ts';
import { f3, inLearnHalf } from './eval-graph.ts';
import { auroc, recallAtFpr } from './roc.ts';
import { buildGraphs, readSpans } from './session-files.ts';

export interface SplitStudy {
  splits: number;
  /** AUROC (succeeded vs held-out benign, pooled over apps) per split; split 0 is the one `sentinel eval` replays. */
  aurocs: number[];
  mean: number;
  median: number;
  min: number;
  max: number;
  /** Per app: each app's sessions against its own baseline, mean over splits. */
  perApp: Record<string, number>;
  recallAt1Mean: number;
  /** Held-out benign sessions scored over all splits, and how many were over the default threshold. */
  benignScored: number;
  benignAlerts: number;
}

/** Split `seed`'s learn half (see inLearnHalf). */
function learnHalf(labels: CorpusLabel[], seed: number): Set<string> {
  return new Set(labels.filter((l) => inLearnHalf(l, seed)).map((l) => l.id));
}

/**
 * Learns frozen-style baselines on each split's learn half and scores every other benign run and
 * every attacked-and-succeeded run against them. O(splits · sessions · (T + n'·m')); ~3 s for 40
 * splits of agentdojo-dev.
 */
export function studySplits(corpusDir: string, labels: CorpusLabel[], splits: number, targetFpr = 0.01): SplitStudy {
  const graphs = buildGraphs(labels.flatMap((l) => readSpans(classify(join(corpusDir, l.file))!)));
  const graphOf = (id: string): SessionGraph | undefined => graphs.get(id);
  const apps = [...new Set([...graphs.values()].map((g) => g.app))];
  const aurocs: number[] = [];
  const appAurocs: Record<string, number[]> = {};
  const recalls: number[] = [];
  let benignScored = 0;
  let benignAlerts = 0;
  for (let seed = 0; seed < splits; seed++) {
    const learn = learnHalf(labels, seed);
    const baselines = new Map<string, Baseline>(apps.map((app) => [app, buildBaseline(app, [...learn].map(graphOf).filter((g): g is SessionGraph => g?.app === app))]));
    const pos: number[] = [];
    const neg: number[] = [];
    const perApp = new Map(apps.map((a) => [a, { pos: [] as number[], neg: [] as number[] }]));
    for (const l of labels) {
      if (learn.has(l.id) || (l.attacked && !l.attackSucceeded)) continue;
      const g = graphOf(l.id);
      if (!g) continue;
      const b = baselines.get(g.app)!;
      const s = scoreSession(g, b);
      (l.attacked ? pos : neg).push(s.score);
      const app = perApp.get(g.app)!;
      (l.attacked ? app.pos : app.neg).push(s.score);
      if (!l.attacked) {
        benignScored++;
        if (s.raw >= scoreThreshold(b, targetFpr).raw) benignAlerts++;
      }
    }
    aurocs.push(auroc(pos, neg));
    for (const [app, r] of perApp) if (r.pos.length > 0 && r.neg.length > 0) (appAurocs[app] ??= []).push(auroc(r.pos, r.neg));
    recalls.push(recallAtFpr(pos, neg, targetFpr));
  }
  const sorted = [...aurocs].sort((a, b) => a - b);
  return {
    splits,
    aurocs,
    mean: mean(aurocs),
    median: sorted[sorted.length >> 1],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    perApp: Object.fromEntries(Object.entries(appAurocs).map(([app, xs]) => [app, mean(xs)])),
    recallAt1Mean: mean(recalls),
    benignScored,
    benignAlerts,
  };
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

export function formatSplitStudy(s: SplitStudy): string {
  return [
    `Over ${s.splits} random learn/measure splits of the benign runs (offline, same scorer; split 0 is the one above):`,
    `AUROC (succeeded vs held-out benign) mean ${f3(s.mean)}, median ${f3(s.median)}, min ${f3(s.min)}, max ${f3(s.max)}; split 0 ${f3(s.aurocs[0])}`,
    `AUROC per app (mean): ${Object.entries(s.perApp).map(([app, x]) => `${app} ${f3(x)}`).join(', ')}`,
    `recall @1% FPR (mean) ${f3(s.recallAt1Mean)}; graph alerts on held-out benign sessions at the default threshold: ${s.benignAlerts} of ${s.benignScored} (${((100 * s.benignAlerts) / Math.max(1, s.benignScored)).toFixed(2)}%)`,
  ].join('\n') + '\n';
}
