// The detectors the pipeline runs (rule engine, graph scorer) and what they need: policy (hot-reloaded), baselines, judge.
import { createRuleEngine } from '@sentinel/rules';
import type { Alert } from './contract/api-types.ts';
import type { SentinelConfig } from './config.ts';
import type { Detector } from './ingest/detector.ts';
import type { Logger } from './log.ts';
import { watchPolicy } from './policy-watcher.ts';
import type { Store } from './store/store.ts';

export interface DetectorSet {
  list(): Detector[];
  /** Durable alerts, after commit: the judge queue takes its share. */
  onAlerts?: (alerts: Alert[]) => void;
  policyInfo(): Record<string, unknown>;
  judgeInfo(): Record<string, unknown>;
  judgeSession(sessionId: string): { queued: boolean; reason?: string };
  close(): Promise<void>;
}

export function createDetectorSet(config: SentinelConfig, _store: Store, log: Logger): DetectorSet {
  const rules = createRuleEngine();
  const watcher = watchPolicy(config.policyPath, log, (p) => rules.setPolicy(p));
  rules.setPolicy(watcher.state.policy);
  const detectors: Detector[] = [];
  if (config.detectors === 'all' || config.detectors === 'rules') detectors.push(rules);
  return {
    list: () => detectors,
    policyInfo: () => ({
      loaded: watcher.state.policy !== undefined,
      path: watcher.state.path,
      loadedAt: watcher.state.loadedAt,
      lastReloadError: watcher.state.lastError,
      mode: watcher.state.policy ? 'policy' : 'inferred defaults',
    }),
    judgeInfo: () => ({ enabled: false }),
    judgeSession: () => ({ queued: false, reason: 'the judge is not configured' }),
    close: async () => watcher.close(),
  };
}
