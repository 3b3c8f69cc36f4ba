// Builds Findings with stable dedup keys and evidence lists in a fixed order.
import type { Evidence, Finding, FindingCategory, Severity } from '@sentinel/graph';

export interface FindingInput {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  score: number;
  title: string;
  explanation: string;
  evidence: Partial<Evidence> & { path: string[] };
  /** What identifies this finding within the session (e.g. agent + tool); with session and rule it forms the dedup key. */
  keyParts: string[];
  inferred?: boolean;
}

/** A Finding whose dedupKey is `session|rule|keyParts` (same evidence → same key, whatever the arrival order). */
export function makeFinding(sessionId: string, f: FindingInput): Finding {
  const evidence: Evidence = {
    nodeIds: uniq(f.evidence.nodeIds ?? f.evidence.path),
    edgeIds: uniq(f.evidence.edgeIds ?? []),
    spanIds: uniq(f.evidence.spanIds ?? []),
    path: f.evidence.path,
  };
  if (f.evidence.values && f.evidence.values.length > 0) evidence.values = uniq(f.evidence.values).sort();
  const out: Finding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    score: Math.max(0, Math.min(1, f.score)),
    title: f.title,
    explanation: f.explanation,
    evidence,
    dedupKey: [sessionId, f.ruleId, ...f.keyParts].join('|'),
  };
  if (f.inferred) out.inferred = true;
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
