// What a detector reports: the shared output of the rules and of the graph scorer.

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The rules' categories, one rule each (the policy configures them by these ids). */
export const RULE_CATEGORIES = ['unauthorized_tool', 'injection_content', 'injection_propagation', 'loop', 'off_topology', 'exfiltration', 'limits'] as const;

/** Every category an alert can have: the rules' and the graph scorer's. */
export const FINDING_CATEGORIES = [...RULE_CATEGORIES, 'graph_anomaly'] as const;

export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export interface Evidence {
  nodeIds: string[];
  edgeIds: string[];
  spanIds: string[];
  /** The ordered node path that shows the finding (source → … → sink). */
  path: string[];
  /** Concrete matched values, e.g. an IBAN found both in a tool result and in a payment's arguments. */
  values?: string[];
}

export interface Finding {
  /** Detector id, e.g. `injection_propagation` or `graph_anomaly`. */
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  /** Confidence or anomaly score in [0,1]. */
  score: number;
  title: string;
  /** One paragraph a person can read. */
  explanation: string;
  evidence: Evidence;
  /** Stable key for deduplication within a session (same rule, same evidence → same key). */
  dedupKey: string;
  /** True when the policy did not declare what the finding relies on and it was inferred. */
  inferred?: boolean;
}
