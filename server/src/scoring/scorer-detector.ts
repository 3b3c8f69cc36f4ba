// The graph scorer as a pipeline Detector: per-span scoring inline, metric passes on a per-session timer, baselines persisted.
import { GraphScorer, type Finding, type PlacedSpan, type SessionGraph } from '@sentinel/graph';
import type { SentinelConfig } from '../config.ts';
import type { ScorerInfo } from '../contract/api-types.ts';
import type { Detector, SessionScoreView } from '../ingest/detector.ts';
import type { Logger } from '../log.ts';
import type { LiveSession } from '../sessions/live-session.ts';
import type { Store } from '../store/store.ts';
import { loadBaselines, saveBaseline } from './baseline-store.ts';

/** Learned baselines are written at most this often: a busy app learns many sessions a second, the store needs one row. */
const SAVE_INTERVAL_MS = 5_000;

export type ScorerConfig = Pick<SentinelConfig, 'scorerTargetFpr' | 'scorerWarmup' | 'scorerFreeze' | 'scorerMetricDebounceMs'>;

/** What the scorer needs of the pipeline, which is created after the detectors. */
export interface ScorerHost {
  liveSession(id: string): LiveSession | undefined;
  /**
   * Raises findings outside `evaluate` (the metric pass runs on a timer) through the pipeline's
   * alert path. Optional: without it such findings wait for the session's next span.
   */
  raise?(sessionId: string, findings: Finding[]): void;
}

export interface ScorerDetector extends Detector {
  readonly scorer: GraphScorer;
  /** Lets the metric pass refresh the live session's score and raise what it finds. */
  attach(host: ScorerHost): void;
  info(): ScorerInfo & { enabled: true };
  /** Writes learned baselines now. */
  save(): void;
  close(): void;
}

/**
 * Wires a GraphScorer into the pipeline. `evaluate` does the O(1)-per-span part and returns a
 * graph_anomaly finding when the session crosses the threshold. The metric pass (O(n'·m'))
 * runs on a timer, at most once per session per `scorerMetricDebounceMs`; its contribution reaches
 * the session's score at once (through `attach`) and its findings at the session's next span.
 */
export function createScorerDetector(config: ScorerConfig, store: Store, log: Logger): ScorerDetector {
  const scorer = new GraphScorer({ targetFpr: config.scorerTargetFpr, warmupSessions: config.scorerWarmup });
  const versions = new Map<string, number>();
  for (const { baseline, version } of loadBaselines(store, log)) {
    scorer.setBaseline(baseline);
    versions.set(baseline.app, version);
  }
  const timers = new Map<string, NodeJS.Timeout>();
  const dirty = new Set<string>();
  let host: ScorerHost | undefined;

  // The scorer's cached view is the pipeline's view as it is (a GraphScore has every field of a
  // SessionScoreView): the pipeline asks for it after every span, so nothing is copied per span.
  const view = (g: SessionGraph): SessionScoreView | undefined => scorer.score(g);

  const runPass = (g: SessionGraph) => {
    timers.delete(g.sessionId);
    try {
      scorer.recomputeMetrics(g);
      const live = host?.liveSession(g.sessionId);
      const v = live && view(g);
      if (live && v) {
        live.score = v.score;
        live.scoreReasons = v.reasons;
        live.nodeScores = { nodes: v.nodeScores, edges: v.edgeScores };
        // Only with a way to raise it: `finding` remembers what it returned and would not repeat it.
        const f = host?.raise ? scorer.finding(g) : undefined;
        if (f) host!.raise!(g.sessionId, [f]);
      }
    } catch (err) {
      log.error(`graph scorer: metric pass for session ${g.sessionId} failed: ${(err as Error).message}`);
    }
  };

  const save = () => {
    for (const app of dirty) {
      const b = scorer.baseline(app);
      if (!b) continue;
      const version = (versions.get(app) ?? 0) + 1;
      saveBaseline(store, b, version);
      versions.set(app, version);
    }
    dirty.clear();
  };
  const saver = setInterval(() => {
    try {
      save();
    } catch (err) {
      log.error(`graph scorer: saving baselines failed: ${(err as Error).message}`);
    }
  }, SAVE_INTERVAL_MS);
  saver.unref();

  return {
    id: 'graph_anomaly',
    scorer,
    evaluate(g: SessionGraph, placed: PlacedSpan[]): Finding[] {
      scorer.observe(g, placed);
      if (!timers.has(g.sessionId) && scorer.needsMetrics(g.sessionId)) {
        const t = setTimeout(runPass, config.scorerMetricDebounceMs, g);
        t.unref();
        timers.set(g.sessionId, t);
      }
      const f = scorer.finding(g);
      return f ? [f] : [];
    },
    score: view,
    forget(sessionId: string) {
      clearTimeout(timers.get(sessionId));
      timers.delete(sessionId);
      scorer.forget(sessionId);
    },
    sessionClosed(g: SessionGraph, hadAlerts: boolean) {
      if (config.scorerFreeze) return;
      try {
        if (scorer.learn(g, hadAlerts)) dirty.add(g.app);
      } catch (err) {
        log.error(`graph scorer: learning from session ${g.sessionId} failed: ${(err as Error).message}`);
      }
    },
    attach(h) {
      host = h;
    },
    info: () => ({
      enabled: true,
      targetFpr: scorer.targetFpr,
      warmupSessions: scorer.warmupSessions,
      learning: !config.scorerFreeze,
      apps: scorer.allBaselines().map((b) => ({ app: b.app, version: versions.get(b.app) ?? 0, sessions: b.sessions, frozen: b.frozen, warm: scorer.isWarm(b) })),
    }),
    save,
    close() {
      clearInterval(saver);
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      save();
    },
  };
}
