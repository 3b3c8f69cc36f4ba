// The server's contract types, re-exported type-only: web/ shares types with the server and nothing else.
export type {
  Alert,
  AlertStatus,
  ApiError,
  Evidence,
  FindingCategory,
  JudgeErrorView,
  JudgeVerdictView,
  Page,
  ScoreReason,
  SessionSummary,
  Severity,
  SpanView,
  EdgeAttributes,
  NodeAttributes,
  GraphDelta,
  Health,
  JudgeInfo,
  PolicyInfo,
  RulesInfo,
  ScorerInfo,
} from '../../../server/src/contract/api-types.ts';
export type { ClientEvents, GraphDeltaBatch, GraphSnapshot, ServerEvents } from '../../../server/src/contract/events.ts';
export type { EdgeKind, NodeKind, TimelineEntry } from '../../../packages/graph/src/graph-types.ts';

import type { Severity } from '../../../server/src/contract/api-types.ts';

/** Severities from most to least severe (the server's SEVERITY_RANK, as a list for menus). */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
