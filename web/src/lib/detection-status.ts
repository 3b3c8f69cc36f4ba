// What the header says about detection, from GET /api/health: whether the rules run and on what
// (a policy or inferred defaults), whether the judge is on, what the graph scorer does. A person
// reading alerts needs to know this: "no alert" means little when the rules are off or a policy
// edit was rejected.

export type Tone = 'ok' | 'neutral' | 'warn';

export interface StatusChip {
  key: 'rules' | 'judge' | 'scorer';
  label: string;
  tone: Tone;
  /** One paragraph for the tooltip. */
  detail: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function detectionStatus(health: unknown): StatusChip[] {
  const h = obj(health) ?? {};
  return [rulesChip(obj(h.rules), obj(h.policy)), judgeChip(obj(h.judge)), scorerChip(obj(h.scorer))];
}

function rulesChip(rules: Obj | undefined, policy: Obj | undefined): StatusChip {
  if (rules && rules.enabled === false) {
    return { key: 'rules', label: 'rules off', tone: 'warn', detail: 'The security rules are turned off on this server (SENTINEL_DETECTORS): no rule alerts are raised.' };
  }
  const parts: string[] = [];
  let tone: Tone = 'ok';
  let label = 'rules: policy';
  if (policy?.mode === 'policy') {
    parts.push(`Rules run with the policy ${str(policy.path) ?? ''}${str(policy.loadedAt) ? `, loaded ${str(policy.loadedAt)}` : ''}.`);
  } else {
    label = 'rules: inferred';
    tone = 'neutral';
    parts.push('No policy is loaded: the rules run on inferred defaults (sinks and sources guessed from tool names and content; such alerts say so).');
  }
  const reloadError = str(policy?.lastReloadError);
  if (reloadError) {
    tone = 'warn';
    parts.push(`The last policy edit was rejected (${reloadError}); the previous policy stays active.`);
  }
  const reason = str(rules?.reason);
  if (rules?.runsOn === 'ingest thread' && reason && !reason.startsWith('one CPU')) {
    tone = 'warn';
    parts.push(`They run on the ingest thread: ${reason}.`);
  } else if (reason) parts.push(`Rule thread: ${reason}.`);
  const pending = typeof rules?.pendingSpans === 'number' ? rules.pendingSpans : 0;
  if (pending > 0) parts.push(`${pending} spans wait for their findings.`);
  return { key: 'rules', label, tone, detail: parts.join(' ') };
}

function judgeChip(judge: Obj | undefined): StatusChip {
  if (!judge || judge.enabled !== true) {
    return { key: 'judge', label: 'judge off', tone: 'neutral', detail: `No LLM judge: ${str(judge?.reason) ?? 'not configured'}. Alerts are not given verdicts.` };
  }
  const lastError = str(judge.lastError);
  return {
    key: 'judge',
    label: 'judge on',
    tone: lastError ? 'warn' : 'ok',
    detail: `The LLM judge (${str(judge.model) ?? 'model'} at ${str(judge.endpoint) ?? 'its endpoint'}) gives verdicts on flagged sessions.${lastError ? ` Last error: ${lastError}.` : ''}`,
  };
}

function scorerChip(scorer: Obj | undefined): StatusChip {
  if (!scorer || scorer.enabled === false) return { key: 'scorer', label: 'graph scorer off', tone: 'neutral', detail: 'The graph anomaly scorer is turned off on this server.' };
  const apps = Array.isArray(scorer.apps) ? scorer.apps.map(obj).filter((a): a is Obj => !!a) : [];
  const warm = apps.filter((a) => a.warm === true).map((a) => String(a.app));
  const learning = scorer.learning === true;
  const detail =
    apps.length === 0
      ? `No baseline yet: the scorer learns what normal sessions of each app look like from their first ${String(scorer.warmupSessions ?? '')} sessions, then scores new ones against it.`
      : `Baselines for ${apps.length} app${apps.length === 1 ? '' : 's'}${warm.length > 0 ? `, scoring ${warm.join(', ')}` : ', none scoring yet'}; ${learning ? 'learning from sessions that close without alerts' : 'frozen'}.`;
  return { key: 'scorer', label: learning ? 'graph: learning' : 'graph: frozen', tone: 'neutral', detail };
}
