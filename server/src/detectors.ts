// The detectors the pipeline runs (rule engine, graph scorer) and what they need: policy (hot-reloaded), baselines, judge.
import { availableParallelism } from 'node:os';
import type { Alert, JudgeInfo, PolicyInfo, RuleStatus, ScorerInfo } from './contract/api-types.ts';
import type { SentinelConfig } from './config.ts';
import type { Detector, RuleEvaluator } from './ingest/detector.ts';
import { inlineRules, RuleThread } from './ingest/rule-thread.ts';
import { createJudgeService } from './judge/judge-service.ts';
import type { JudgeHost } from './judge/judge-queue.ts';
import type { Logger } from './log.ts';
import { createPolicyEditor, type PolicyEditor } from './policy-editor.ts';
import { watchPolicy } from './policy-watcher.ts';
import { createScorerDetector, type ScorerHost } from './scoring/scorer-detector.ts';
import type { Store } from './store/store.ts';

export interface DetectorSet {
  list(): Detector[];
  /** The rule engine (on a thread of its own when there are two CPUs) when the rules are on. */
  rules?: RuleEvaluator;
  /** Durable alerts, after commit: the judge queue takes its share. */
  onAlerts?: (alerts: Alert[]) => void;
  policyInfo(): PolicyInfo;
  /** Whether the rules run and where (their own thread, or the ingest thread and why). */
  rulesInfo(): RuleStatus;
  judgeInfo(): JudgeInfo;
  /** The policy file, for GET/PUT /api/policy. */
  policy: PolicyEditor;
  /** The graph scorer's settings and baselines (apps, versions, sessions learned, warm, frozen). */
  scorerInfo(): ScorerInfo;
  judgeSession(sessionId: string): { queued: boolean; reason?: string };
  /** Connects the judge to the pipeline and the live bus, which are created after the detectors. */
  /** Connects what needs the pipeline (created after the detectors): the judge, and the scorer's timed findings. */
  attachJudge(host: JudgeHost & Pick<ScorerHost, 'raise'>): void;
  close(): Promise<void>;
}

export function createDetectorSet(config: SentinelConfig, store: Store, log: Logger): DetectorSet {
  let rules: RuleEvaluator | undefined;
  const watcher = watchPolicy(config.policyPath, log, (p) => rules?.setPolicy(p));
  if (config.detectors === 'all' || config.detectors === 'rules') {
    const policy = watcher.state.policy;
    // With one CPU a second thread would only add the hand-off: the rules run inline then.
    rules = availableParallelism() > 1 ? new RuleThread(policy, (msg) => log.error(msg)) : inlineRules(policy);
  }
  const policyEditor = createPolicyEditor(config.policyPath, watcher);
  const judge = createJudgeService(config, store, log);
  const detectors: Detector[] = [];
  const scorer = config.detectors === 'all' || config.detectors === 'scorer' ? createScorerDetector(config, store, log) : undefined;
  if (scorer) detectors.push(scorer);
  return {
    list: () => detectors,
    rules,
    policyInfo: () => ({
      loaded: watcher.state.policy !== undefined,
      path: watcher.state.path,
      loadedAt: watcher.state.loadedAt,
      lastReloadError: watcher.state.lastError,
      mode: watcher.state.policy ? 'policy' : 'inferred defaults',
    }),
    rulesInfo: () => {
      if (!rules) return { enabled: false as const };
      const kept = rules.contentKept();
      return kept ? { enabled: true as const, ...rules.info(), contentKept: kept } : { enabled: true as const, ...rules.info() };
    },
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
      await rules?.close();
    },
  };
}
