// The shape of a rule module and what the engine hands it for each placed span.
import type { PlacedSpan, SessionGraph } from '@sentinel/graph';
import type { FindingInput } from './make-finding.ts';
import type { RuleId } from './policy-schema.ts';
import type { EffectivePolicy, ToolClass } from './resolve-policy.ts';
import type { AnswerRecord, CallRecord, SessionState, SourceRecord } from './session-state.ts';

/** What the engine worked out once about a placed span, shared by all rules. */
export interface SpanFacts {
  /** Tool spans: the tool's classification and the call record. */
  tool?: ToolClass;
  call?: CallRecord;
  /**
   * A call only a model call's messages show, in a session with no tool spans (an app traced at its model client):
   * the policy's allow-lists apply to it as to a tool span (unauthorized_tool); the counting rules keep to spans.
   */
  shownTool?: ToolClass;
  /** Untrusted content this span brought in (a tool result or an inter-agent message). */
  sources: SourceRecord[];
  /** The answer this span gave the user (an agent the user called), if any. */
  answer?: AnswerRecord;
}

export interface RuleContext {
  session: SessionGraph;
  state: SessionState;
  policy: EffectivePolicy;
  /**
   * Reports a finding; the engine applies severity overrides and drops repeats of a dedup key. `ruleId` reports it
   * as another rule's, for what one rule establishes about another's subject (the content whose order the
   * propagation rule saw carried out is the content rule's finding): that rule's switch and overrides apply.
   */
  emit(f: Omit<FindingInput, 'ruleId'> & { ruleId?: RuleId }): void;
}

/** One rule: an id, a description, and an incremental evaluation per placed span. */
export interface Rule {
  id: RuleId;
  description: string;
  onSpan(p: PlacedSpan, facts: SpanFacts, ctx: RuleContext): void;
}
