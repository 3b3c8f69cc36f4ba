// Findings become alerts: one alert per session × rule × evidence (the finding's dedup key), ids stable across restarts.
import { createHash } from 'node:crypto';
import { SEVERITY_RANK, type Finding } from '@sentinel/graph';
import type { Alert } from '../contract/api-types.ts';

/** Deterministic: re-evaluating a session after a restart maps its findings onto the same alerts. */
export function alertId(sessionId: string, dedupKey: string): string {
  return 'al_' + createHash('sha256').update(sessionId).update('\0').update(dedupKey).digest('hex').slice(0, 24);
}

/**
 * The alert for a finding: a new one, an existing one raised (higher severity or score, or
 * more evidence), or `undefined` when the existing alert already says as much. Status, judge
 * verdict and creation time of an existing alert are kept.
 */
export function alertFromFinding(existing: Alert | undefined, f: Finding, sessionId: string, app: string, now: string): Alert | undefined {
  if (!existing) {
    const alert: Alert = {
      id: alertId(sessionId, f.dedupKey),
      sessionId,
      app,
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      score: f.score,
      title: f.title,
      explanation: f.explanation,
      evidence: f.evidence,
      createdAt: now,
      updatedAt: now,
      status: 'open',
    };
    if (f.inferred) alert.inferred = true;
    return alert;
  }
  const higher = SEVERITY_RANK[f.severity] > SEVERITY_RANK[existing.severity];
  const moreEvidence = f.evidence.spanIds.length > existing.evidence.spanIds.length;
  if (!higher && f.score <= existing.score && !moreEvidence) return undefined;
  return {
    ...existing,
    severity: higher ? f.severity : existing.severity,
    score: Math.max(f.score, existing.score),
    title: higher ? f.title : existing.title,
    explanation: higher || moreEvidence ? f.explanation : existing.explanation,
    evidence: moreEvidence || higher ? f.evidence : existing.evidence,
    updatedAt: now,
  };
}
