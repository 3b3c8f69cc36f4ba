// Rule off_topology: a delegation or message between agents the policy does not allow, or an undeclared agent under deny-by-default.
import { USER_NODE, handedWork, nodeId, nodeName } from '@sentinel/graph';
import type { Rule, RuleContext } from '../rule-types.ts';
import { agentKey } from '../resolve-policy.ts';

export const offTopology: Rule = {
  id: 'off_topology',
  description: 'A delegation or message between agents that the policy does not allow, or an agent the policy does not declare when undeclared agents are denied.',
  onSpan(p, _facts, ctx) {
    if (!ctx.policy.hasPolicy) return;
    const s = p.span;
    if (s.kind === 'agent' && p.node) {
      // The framework's wrapper the trace starts with ("Agent workflow") stands for the app, as the user does: a
      // policy lists the app's agents, not it (its links are checked from its declaration, if it has one).
      if (s.entryPoint) entryNodes(ctx).add(p.node);
      else checkDeclared(p.node, s.spanId, ctx);
      if (p.actor !== USER_NODE && handedWork(p)) checkLink(p.actor, p.node, 'delegated to', `delegate:${p.actor}->${p.node}`, s.spanId, ctx);
    }
    // An agent woken by a message it links to (a queue): the sender talked to it.
    for (const m of p.woke ?? []) {
      if (!entryNodes(ctx).has(m.from)) checkDeclared(m.from, m.spanId, ctx);
      checkLink(m.from, m.to, 'sent a message to', `message:${m.from}->${m.to}`, m.spanId, ctx);
    }
    if (s.messageTo) {
      const from = s.messageFrom ? nodeId('agent', s.messageFrom) : p.actor;
      const to = nodeId('agent', s.messageTo);
      if (from !== USER_NODE && !entryNodes(ctx).has(from)) checkDeclared(from, s.spanId, ctx);
      checkDeclared(to, s.spanId, ctx);
      if (from !== USER_NODE) checkLink(from, to, 'sent a message to', `message:${from}->${to}`, s.spanId, ctx);
    }
  },
};

/** The session's agent nodes that are the app's entry point (AgentSpan.entryPoint). */
function entryNodes(ctx: RuleContext): Set<string> {
  return ctx.state.rule<Set<string>>('entry_nodes', () => new Set());
}

function checkDeclared(agentNode: string, spanId: string, ctx: RuleContext): void {
  const name = nodeName(agentNode);
  if (ctx.policy.undeclaredAgents !== 'deny' || ctx.policy.agents.has(agentKey(name))) return;
  ctx.emit({
    category: 'off_topology',
    severity: 'high',
    score: 0.85,
    title: `Undeclared agent ${name}`,
    explanation: `Agent "${name}" took part in the session, but the policy does not declare it and undeclared agents are denied. An unknown agent can be an injected or spoofed participant.`,
    evidence: { path: [agentNode], spanIds: [spanId] },
    keyParts: ['undeclared', agentNode],
  });
}

function checkLink(from: string, to: string, verb: string, edge: string, spanId: string, ctx: RuleContext): void {
  const decl = ctx.policy.agents.get(agentKey(nodeName(from)));
  if (!decl || decl.talksTo === undefined || decl.talksTo === '*' || decl.talksTo.has(agentKey(nodeName(to)))) return;
  ctx.emit({
    category: 'off_topology',
    severity: 'high',
    score: 0.85,
    title: `${nodeName(from)} ${verb} ${nodeName(to)} outside the allowed topology`,
    explanation: `Agent "${nodeName(from)}" ${verb} "${nodeName(to)}", but the policy lets it talk only to ${[...decl.talksTo].map((a) => `"${a}"`).join(', ') || 'no agent'}. Content can cross trust boundaries along an unplanned link.`,
    evidence: { path: [from, to], edgeIds: [edge], spanIds: [spanId] },
    keyParts: ['link', from, to],
  });
}
