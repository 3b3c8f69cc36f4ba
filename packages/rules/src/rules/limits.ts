// Rule limits: tool calls per session, delegation depth, session spans and duration over the policy's limits.
import { USER_NODE, handedWork } from '@sentinel/graph';
import type { Rule, RuleContext } from '../rule-types.ts';

interface LimitsState {
  toolCalls: number;
  /** Delegations from the user's request to each agent: the agent the user called is at 0, its sub-agents at 1. */
  depth: Map<string, number>;
}

const NS_PER_SECOND = 1_000_000_000n;

export const limits: Rule = {
  id: 'limits',
  description: 'Tool calls per session, delegation depth, session span count or session duration over the policy limits.',
  onSpan(p, facts, ctx) {
    const st = ctx.state.rule<LimitsState>('limits', () => ({ toolCalls: 0, depth: new Map([[USER_NODE, -1]]) }));
    const lim = ctx.policy.limits;
    const inferred = !ctx.policy.hasPolicy;
    if (facts.tool) {
      st.toolCalls++;
      if (st.toolCalls > lim.maxToolCallsPerSession) {
        over(ctx, 'tool_calls', `More than ${lim.maxToolCallsPerSession} tool calls`, `The session made more than ${lim.maxToolCallsPerSession} tool calls (maxToolCallsPerSession), a sign of a runaway agent or of abuse.`, p.span.spanId, inferred);
      }
    }
    // The framework's wrapper a trace starts with (AgentSpan.entryPoint) stands for the app, as the user does: the
    // agents it runs are at depth 0, as under an OpenInference CHAIN root.
    if (p.span.entryPoint && p.node) st.depth.set(p.node, -1);
    else if (handedWork(p)) {
      const d = (st.depth.get(p.actor) ?? 0) + 1;
      if (d > (st.depth.get(p.node) ?? 0)) st.depth.set(p.node, d);
      if (d > lim.maxDelegationDepth) {
        over(ctx, 'delegation_depth', `Delegation deeper than ${lim.maxDelegationDepth}`, `Agent delegation reached depth ${d} at "${p.node}", over the limit of ${lim.maxDelegationDepth} (maxDelegationDepth).`, p.span.spanId, inferred, [p.actor, p.node]);
      }
    }
    const s = ctx.session;
    if (s.spanCount > lim.maxSessionSpans) {
      over(ctx, 'session_spans', `More than ${lim.maxSessionSpans} spans`, `The session has more than ${lim.maxSessionSpans} spans (maxSessionSpans).`, p.span.spanId, inferred);
    }
    if (s.firstStart !== undefined && s.lastEnd !== undefined) {
      const seconds = Number((s.lastEnd - s.firstStart) / NS_PER_SECOND);
      if (seconds > lim.maxSessionDurationSeconds) {
        over(ctx, 'session_duration', `Session longer than ${lim.maxSessionDurationSeconds} s`, `The session has run for ${seconds} s, over the limit of ${lim.maxSessionDurationSeconds} s (maxSessionDurationSeconds).`, p.span.spanId, inferred);
      }
    }
  },
};

function over(ctx: RuleContext, which: string, title: string, explanation: string, spanId: string, inferred: boolean, path: string[] = []): void {
  ctx.emit({
    category: 'limits',
    severity: 'medium',
    score: 0.6,
    title,
    explanation: inferred ? `${explanation} No policy is loaded: this is Sentinel's default limit.` : explanation,
    evidence: { path, spanIds: [spanId] },
    keyParts: [which],
    inferred,
  });
}
