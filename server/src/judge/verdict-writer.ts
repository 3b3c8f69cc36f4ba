// Puts judge results on alerts: the store, the live session's alert map and the live bus, without ever removing a rule alert or a verdict.
import type { JudgeResult } from '@sentinel/judge';
import type { Alert, JudgeErrorView, JudgeVerdictView } from '../contract/api-types.ts';
import type { LiveSession } from '../sessions/live-session.ts';
import type { Store } from '../store/store.ts';

/** Verdicts remembered for re-applying after a racing commit; older ones are in the store already. */
const MAX_REMEMBERED = 5_000;

export function judgeView(r: JudgeResult, judgedAt: string): JudgeVerdictView | JudgeErrorView {
  if (!r.ok) return { error: r.error, model: r.model, judgedAt };
  return { ...r.verdict, model: r.model, latencyMs: r.latencyMs, tokens: r.tokens, judgedAt };
}

const isVerdict = (j: Alert['judge']): j is JudgeVerdictView => j !== undefined && 'verdict' in j;

/** The scorer's alerts are statistics, not rules: a benign verdict there is agreement, not a dispute. */
const isRuleAlert = (a: Alert) => a.category !== 'graph_anomaly';

export class VerdictWriter {
  private readonly applied = new Map<string, { view: JudgeVerdictView | JudgeErrorView; disputed: boolean }>();

  constructor(
    private readonly store: Store,
    private readonly liveSession: (id: string) => LiveSession | undefined,
  ) {}

  /**
   * Attaches `view` to each alert. An error never replaces an earlier verdict (it stays in the
   * metrics and the health endpoint); a benign verdict on a rule alert marks it disputed and
   * leaves it open. Returns the changed alerts, for the live bus.
   */
  apply(alertIds: string[], view: JudgeVerdictView | JudgeErrorView): Alert[] {
    const changed: Alert[] = [];
    for (const id of alertIds) {
      const current = this.store.getAlert(id);
      if (!current) continue;
      if (!('verdict' in view) && isVerdict(current.judge)) continue;
      const disputed = 'verdict' in view && view.verdict === 'benign' && isRuleAlert(current);
      const updated = this.write(current, view, disputed);
      if (updated) changed.push(updated);
    }
    return changed;
  }

  /**
   * A commit that was computed before a verdict landed writes the alert without it (the pipeline
   * works from its in-memory copy). Called with every committed batch: puts such verdicts back.
   */
  reapply(committed: Alert[]): Alert[] {
    const changed: Alert[] = [];
    for (const a of committed) {
      const mine = this.applied.get(a.id);
      if (!mine || a.judge?.judgedAt === mine.view.judgedAt || (a.judge && a.judge.judgedAt > mine.view.judgedAt)) continue;
      const updated = this.write(a, mine.view, mine.disputed);
      if (updated) changed.push(updated);
    }
    return changed;
  }

  private write(current: Alert, view: JudgeVerdictView | JudgeErrorView, disputed: boolean): Alert | undefined {
    const updated = this.store.setAlertJudge(current.id, view, disputed, new Date().toISOString());
    if (!updated) return undefined;
    // Keep the live copy in step, or the next finding on this alert would be written without the verdict.
    const live = this.liveSession(current.sessionId)?.alerts;
    const mem = live?.get(current.id);
    if (live && mem) live.set(current.id, { ...mem, judge: view, ...(disputed || mem.disputed ? { disputed: true } : {}) });
    this.applied.delete(current.id);
    this.applied.set(current.id, { view, disputed: disputed || updated.disputed === true });
    if (this.applied.size > MAX_REMEMBERED) this.applied.delete(this.applied.keys().next().value!);
    return updated;
  }
}
