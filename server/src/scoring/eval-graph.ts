// `sentinel eval` for the graph scorer: learn on half the benign runs, measure AUROC and recall@FPR on the rest.
import { hash32, hashString } from '@sentinel/graph';
import type { Alert, SessionSummary } from '../contract/api-types.ts';
import type { CorpusLabel } from '../cli/corpus.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { saveBaseline } from './baseline-store.ts';
import { baselinesFromCorpus } from './build-baselines.ts';
import { auroc, recallAtFpr } from './roc.ts';

/**
 * The learn half: benign runs whose mixed id hash is even. Deterministic, independent of file order.
 * `seed` salts the id for other random splits (split-aurocs.ts); seed 0 is the split eval replays.
 */
export function inLearnHalf(l: CorpusLabel, seed = 0): boolean {
  return l.attacked !== true && hash32(hashString(seed === 0 ? l.id : `${l.id}:${seed}`)) % 2 === 0;
}

export interface GraphEvalPlan {
  learn: Set<string>;
  /** Fewest sessions any app learned: the eval server's warm-up, so every app is scored. */
  minLearned: number;
  learned: Record<string, number>;
}

/** Builds frozen baselines from the learn half and stores them in `dataDir` before the eval server starts. */
export async function prepareGraphEval(corpus: string, labels: CorpusLabel[], dataDir: string, maxContentChars?: number): Promise<GraphEvalPlan> {
  const learn = new Set(labels.filter((l) => inLearnHalf(l)).map((l) => l.id));
  const built = await baselinesFromCorpus(corpus, { select: (id) => learn.has(id), maxContentChars });
  const store = openSqliteStore(dataDir);
  try {
    for (const b of built.baselines) {
      b.frozen = true; // the measured sessions must not leak into the baseline
      saveBaseline(store, b, 1);
    }
  } finally {
    store.close();
  }
  const counts = Object.values(built.learned);
  return { learn, learned: built.learned, minLearned: counts.length > 0 ? Math.min(...counts) : 1 };
}

export interface GraphRow {
  suite: string;
  learned: number;
  heldOutBenign: number;
  succeeded: number;
  /** Session score, attacked-and-succeeded vs held-out benign. */
  auroc: number;
  recallAt1: number;
  /** Same, attacked runs whether or not the attack succeeded. */
  aurocAttacked: number;
  /** Share of held-out benign sessions with a graph_anomaly alert (the default threshold). */
  benignAlertRate: number;
  /** Share of succeeded attacks with a graph_anomaly alert. */
  alertRecall: number;
}

export function graphRows(labels: CorpusLabel[], plan: GraphEvalPlan, summaryOf: (id: string) => SessionSummary | undefined, alertsOf: (id: string) => Alert[]): GraphRow[] {
  const measured = labels.filter((l) => !plan.learn.has(l.id));
  const score = (l: CorpusLabel) => summaryOf(l.id)?.score ?? 0;
  const alerted = (l: CorpusLabel) => alertsOf(l.id).some((a) => a.category === 'graph_anomaly');
  const share = (xs: CorpusLabel[], f: (l: CorpusLabel) => boolean) => (xs.length ? xs.filter(f).length / xs.length : NaN);
  const row = (suite: string, ls: CorpusLabel[], learned: number): GraphRow => {
    const benign = ls.filter((l) => !l.attacked);
    const succeeded = ls.filter((l) => l.attackSucceeded);
    const attacked = ls.filter((l) => l.attacked);
    return {
      suite,
      learned,
      heldOutBenign: benign.length,
      succeeded: succeeded.length,
      auroc: auroc(succeeded.map(score), benign.map(score)),
      recallAt1: recallAtFpr(succeeded.map(score), benign.map(score), 0.01),
      aurocAttacked: auroc(attacked.map(score), benign.map(score)),
      benignAlertRate: share(benign, alerted),
      alertRecall: share(succeeded, alerted),
    };
  };
  const suites = new Map<string, CorpusLabel[]>();
  for (const l of measured) suites.set(l.suite ?? 'all', [...(suites.get(l.suite ?? 'all') ?? []), l]);
  const learnedIn = (suite: string) => labels.filter((l) => plan.learn.has(l.id) && (l.suite ?? 'all') === suite).length;
  const rows = [...suites.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([s, ls]) => row(s, ls, learnedIn(s)));
  if (suites.size > 1) rows.push(row('all', measured, plan.learn.size));
  return rows;
}

/** A measure to three decimals, `n/a` when there was nothing to measure. */
export const f3 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(1)}%`);

export function formatGraphTable(rows: GraphRow[], title: string): string {
  const lines = [
    `### ${title}`,
    '',
    '| suite | learned (benign) | held-out benign | attacked & succeeded | AUROC | recall @1% FPR | AUROC (all attacked) | graph alerts on held-out benign | graph alert recall (succeeded) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(`| ${r.suite} | ${r.learned} | ${r.heldOutBenign} | ${r.succeeded} | ${f3(r.auroc)} | ${pct(r.recallAt1)} | ${f3(r.aurocAttacked)} | ${pct(r.benignAlertRate)} | ${pct(r.alertRecall)} |`);
  }
  return lines.join('\n') + '\n';
}

/** Per attack type (labels with `attackType`): share alerted and the median score, for corpora that carry the type. */
export function formatAttackTypes(labels: CorpusLabel[], summaryOf: (id: string) => SessionSummary | undefined, alertsOf: (id: string) => Alert[]): string {
  const byType = new Map<string, CorpusLabel[]>();
  for (const l of labels) if (l.attacked && typeof l.attackType === 'string') byType.set(l.attackType, [...(byType.get(l.attackType) ?? []), l]);
  if (byType.size === 0) return '';
  const lines = ['| attack type | sessions | graph alert recall | median score |', '|---|---:|---:|---:|'];
  for (const [t, ls] of [...byType.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const scores = ls.map((l) => summaryOf(l.id)?.score ?? 0).sort((a, b) => a - b);
    const alerted = ls.filter((l) => alertsOf(l.id).some((a) => a.category === 'graph_anomaly')).length;
    lines.push(`| ${t} | ${ls.length} | ${pct(alerted / ls.length)} | ${scores[scores.length >> 1].toFixed(4)} |`);
  }
  return lines.join('\n') + '\n';
}
