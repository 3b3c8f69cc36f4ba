// What the header says about detection, from GET /api/health: whether the rules run and on what
// (a policy or inferred defaults), whether the judge is on, what the graph scorer does. A person
// reading alerts needs to know this: "no alert" means little when the rules are off or a policy
// edit was rejected.

import type { JudgeInfo, PolicyInfo, RulesInfo, ScorerInfo } from './types.ts';

export type Tone = 'ok' | 'neutral' | 'warn';

export interface StatusChip {
  key: 'rules' | 'judge' | 'scorer';
  label: string;
  tone: Tone;
  /** One paragraph for the tooltip. */
  detail: string;
}

/**
 * A health answer as the header reads it: a section, or any field of one, may be missing (an older
 * server); a section that says whether it is enabled always does.
 */
export type HealthView = { policy?: Section<PolicyInfo>; rules?: Section<RulesInfo>; judge?: Section<JudgeInfo>; scorer?: Section<ScorerInfo> };
type Section<T> = T extends { enabled: infer E } ? { enabled: E } & DeepPartial<Omit<T, 'enabled'>> : DeepPartial<T>;
type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export function detectionStatus(health: HealthView | undefined): StatusChip[] {
  const h = health ?? {};
  return [rulesChip(h.rules, h.policy), judgeChip(h.judge), scorerChip(h.scorer)];
}

function rulesChip(rules: HealthView['rules'], policy: HealthView['policy']): StatusChip {
  if (rules?.enabled === false) {
    return { key: 'rules', label: 'rules off', tone: 'warn', detail: 'The security rules are turned off on this server (SENTINEL_DETECTORS): no rule alerts are raised.' };
  }
  const parts: string[] = [];
  let tone: Tone = 'ok';
  let label = 'rules: policy';
  if (policy?.mode === 'policy') {
    parts.push(`Rules run with the policy ${policy.path ?? ''}${policy.loadedAt ? `, loaded ${policy.loadedAt}` : ''}.`);
  } else {
    label = 'rules: inferred';
    tone = 'neutral';
    parts.push('No policy is loaded: the rules run on inferred defaults (sinks and sources guessed from tool names and content; such alerts say so).');
  }
  if (policy?.lastReloadError) {
    tone = 'warn';
    parts.push(`The last policy edit was rejected (${policy.lastReloadError}); the previous policy stays active.`);
  }
  const reason = rules?.enabled === true ? rules.reason : undefined;
  if (rules?.enabled === true && rules.runsOn === 'ingest thread' && reason && !reason.startsWith('one CPU')) {
    tone = 'warn';
    parts.push(`They run on the ingest thread: ${reason}.`);
  } else if (reason) parts.push(`Rule thread: ${reason}.`);
  const pending = rules?.pendingSpans ?? 0;
  if (pending > 0) parts.push(`${pending} spans wait for their findings.`);
  return { key: 'rules', label, tone, detail: parts.join(' ') };
}

function judgeChip(judge: HealthView['judge']): StatusChip {
  if (judge?.enabled !== true) {
    return { key: 'judge', label: 'judge off', tone: 'neutral', detail: `No LLM judge: ${judge?.reason || 'not configured'}. Alerts are not given verdicts.` };
  }
  const lastError = judge.lastError?.error;
  return {
    key: 'judge',
    label: 'judge on',
    tone: lastError ? 'warn' : 'ok',
    detail: `The LLM judge (${judge.model || 'model'} at ${judge.endpoint || 'its endpoint'}) gives verdicts on flagged sessions.${lastError ? ` Last error: ${lastError}${judge.lastError?.at ? ` (${judge.lastError.at})` : ''}.` : ''}`,
  };
}

function scorerChip(scorer: HealthView['scorer']): StatusChip {
  if (!scorer || scorer.enabled !== true) return { key: 'scorer', label: 'graph scorer off', tone: 'neutral', detail: 'The graph anomaly scorer is turned off on this server.' };
  const apps = scorer.apps ?? [];
  const warm = apps.filter((a) => a.warm === true).map((a) => String(a.app));
  const learning = scorer.learning === true;
  const detail =
    apps.length === 0
      ? `No baseline yet: the scorer learns what normal sessions of each app look like from their first ${String(scorer.warmupSessions ?? '')} sessions, then scores new ones against it.`
      : `Baselines for ${apps.length} app${apps.length === 1 ? '' : 's'}${warm.length > 0 ? `, scoring ${warm.join(', ')}` : ', none scoring yet'}; ${learning ? 'learning from sessions that close without alerts' : 'frozen'}.`;
  return { key: 'scorer', label: learning ? 'graph: learning' : 'graph: frozen', tone: 'neutral', detail };
}
