// The detectors the pipeline runs (rule engine, graph scorer) and what they need: policy (hot-reloaded), baselines, judge.
import { availableParallelism } from 'node:os';
import { createRuleEngine } from '@sentinel/rules';
import type { Alert } from './contract/api-types.ts';
import type { SentinelConfig } from './config.ts';
import { ContentThread } from './ingest/content-thread.ts';
import type { ContentAnalyzer, Detector } from './ingest/detector.ts';
import { createJudgeService } from './judge/judge-service.ts';
import type { JudgeHost } from './judge/judge-queue.ts';
import type { Logger } from './log.ts';
import { createPolicyEditor, type PolicyEditor } from './policy-editor.ts';
import { watchPolicy } from './policy-watcher.ts';
import { createScorerDetector, type ScorerHost } from './scoring/scorer-detector.ts';
import type { Store } from './store/store.ts';

export interface DetectorSet {
  list(): Detector[];
  /** Where the rules' content scans run (a worker thread) when the rules are on. */
  content?: ContentAnalyzer;
  /** Durable alerts, after commit: the judge queue takes its share. */
  onAlerts?: (alerts: Alert[]) => void;
  policyInfo(): Record<string, unknown>;
  judgeInfo(): Record<string, unknown>;
  /** The policy file, for GET/PUT /api/policy. */
  policy: PolicyEditor;
  /** The graph scorer's settings and baselines (apps, versions, sessions learned, warm, frozen). */
  scorerInfo?(): Record<string, unknown>;
  judgeSession(sessionId: string): { queued: boolean; reason?: string };
  /** Connects the judge to the pipeline and the live bus, which are created after the detectors. */
  /** Connects what needs the pipeline (created after the detectors): the judge, and the scorer's timed findings. */
  attachJudge(host: JudgeHost & Pick<ScorerHost, 'raise'>): void;
  close(): Promise<void>;
}

export function createDetectorSet(config: SentinelConfig, store: Store, log: Logger): DetectorSet {
  const rules = createRuleEngine();
  const watcher = watchPolicy(config.policyPath, log, (p) => rules.setPolicy(p));
  rules.setPolicy(watcher.state.policy);
  const policyEditor = createPolicyEditor(config.policyPath, () => watcher.reload());
  const judge = createJudgeService(config, store, log);
  const detectors: Detector[] = [];
  if (config.detectors === 'all' || config.detectors === 'rules') detectors.push(rules);
  const scorer = config.detectors === 'all' || config.detectors === 'scorer' ? createScorerDetector(config, store, log) : undefined;
  if (scorer) detectors.push(scorer);
  // With one CPU a second thread would only add the hand-off: the engine scans inline then.
  const content = detectors.includes(rules) && availableParallelism() > 1 ? new ContentThread((msg) => log.warn(msg)) : undefined;
  return {
    list: () => detectors,
    content,
    policyInfo: () => ({
      loaded: watcher.state.policy !== undefined,
      path: watcher.state.path,
      loadedAt: watcher.state.loadedAt,
      lastReloadError: watcher.state.lastError,
      mode: watcher.state.policy ? 'policy' : 'inferred defaults',
    }),
    policy: policyEditor,
    onAlerts: (alerts) => judge.onAlerts(alerts),
    judgeInfo: () => judge.info(),
    judgeSession: (id) => judge.judgeSession(id),
    scorerInfo: () => scorer?.info() ?? { enabled: false },
    attachJudge: (host) => {
      judge.attach(host);
      scorer?.attach(host);
    },
    close: async () => {
      await judge.close();
      watcher.close();
      scorer?.close();
      await content?.close();
    },
  };
}
