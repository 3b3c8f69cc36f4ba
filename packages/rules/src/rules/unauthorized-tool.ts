// Rule unauthorized_tool: an agent calls a tool outside its allow-list, or an undeclared tool under deny-by-default.
import { nodeName } from '@sentinel/graph';
import type { Rule } from '../rule-types.ts';
import { agentKey } from '../resolve-policy.ts';

export const unauthorizedTool: Rule = {
  id: 'unauthorized_tool',
  description: "An agent invokes a tool outside its allow-list, or a tool the policy never declares when tool access is deny-by-default.",
  onSpan(p, facts, ctx) {
    if (!facts.tool || !p.node || !ctx.policy.hasPolicy) return;
    const tool = facts.tool.name;
    const agent = nodeName(p.actor);
    const decl = ctx.policy.agents.get(agentKey(agent));
    let why: string | undefined;
    if (decl?.tools instanceof Set) {
      if (!decl.tools.has(tool)) why = `the policy allows agent "${agent}" only ${[...decl.tools].map((t) => `"${t}"`).join(', ') || 'no tools'}`;
    } else if (decl?.tools !== '*' && ctx.policy.defaultToolAccess === 'deny' && !ctx.policy.declaredTools.has(tool)) {
      why = `tool access is deny-by-default and the policy does not declare "${tool}"`;
    }
    if (!why) return;
    const invoke = p.edgeIds.find((e) => e.startsWith('invoke:'));
    ctx.emit({
      category: 'unauthorized_tool',
      severity: facts.tool.sink ? 'high' : 'medium',
      score: facts.tool.sink ? 0.9 : 0.7,
      title: `${agent} called ${tool} without permission`,
      explanation: `Agent "${agent}" invoked tool "${tool}", but ${why}.${facts.tool.sink ? ' The tool has side effects.' : ''}`,
      evidence: { path: [p.actor, p.node], edgeIds: invoke ? [invoke] : [], spanIds: [p.span.spanId] },
      keyParts: [p.actor, p.node],
    });
  },
};
