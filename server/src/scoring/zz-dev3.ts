// TEMP: scenario offline check
import { buildBaseline, scoreSession, scoreThreshold, hashString, hash32, normalizeSpan } from '@sentinel/graph';
import { buildGraphs } from './session-files.ts';
import { generateScenarios } from './scenarios.ts';
import { auroc, recallAtFpr } from './roc.ts';
const sessions = generateScenarios();
const graphs = buildGraphs(sessions.flatMap((s) => s.spans.map((r) => normalizeSpan(r))));
const learn = sessions.filter((s) => !s.attacked && hash32(hashString(s.id)) % 2 === 0);
const ids = new Set(learn.map((s) => s.id));
const bs = new Map<string, ReturnType<typeof buildBaseline>>();
for (const app of ['research-desk', 'support-bot']) bs.set(app, buildBaseline(app, learn.filter((s) => s.app === app).map((s) => graphs.get(s.id)!)));
const pos: number[] = [], neg: number[] = [];
const byType = new Map<string, number[]>();
let al = 0;
for (const s of sessions) {
  if (ids.has(s.id)) continue;
  const g = graphs.get(s.id)!;
  const b = bs.get(s.app)!;
  const sc = scoreSession(g, b);
  (s.attacked ? pos : neg).push(sc.score);
  const anomalous = sc.raw >= scoreThreshold(b, 0.01).raw;
  if (!s.attacked && anomalous) al++;
  if (s.attacked) { const a = byType.get(s.attackType!) ?? []; a.push(anomalous ? 1 : 0); byType.set(s.attackType!, a); }
  if (process.env.SHOW && (s.attacked ? !anomalous : anomalous)) console.log(s.id, s.app, sc.score.toFixed(4), sc.raw.toFixed(2), sc.contributions.slice(0, 3).map((c) => c.text).join(' ; '));
}
for (const [app, b] of bs) console.log(app, b.sessions, 'median', b.calibrationModel().median.toFixed(2), 'thr', scoreThreshold(b, 0.01).raw.toFixed(2));
console.log('AUROC', auroc(pos, neg).toFixed(3), 'recall@1%', recallAtFpr(pos, neg, 0.01).toFixed(3), 'benign alerts', al, '/', neg.length);
for (const [t, a] of byType) console.log(t, (a.reduce((x, y) => x + y) / a.length).toFixed(2));
