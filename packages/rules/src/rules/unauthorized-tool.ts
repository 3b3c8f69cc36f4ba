// Rule unauthorized_tool: an agent calls a tool outside its allow-list, or an undeclared tool under deny-by-default.
import { USER_NODE, nodeName } from '@sentinel/graph';
import type { Rule } from '../rule-types.ts';
import { agentKey } from '../resolve-policy.ts';

export const unauthorizedTool: Rule = {
  id: 'unauthorized_tool',
  description: "An agent invokes a tool outside its allow-list, or a tool the policy never declares when tool access is deny-by-default.",
  onSpan(p, facts, ctx) {
    // A tool span, or a call only the model's messages show in an app traced at its model client.
    const cls = facts.tool ?? facts.shownTool;
    if (!cls || !p.node || !ctx.policy.hasPolicy) return;
    const tool = cls.name;
    // CrewAI's delegation tools are the crew's plumbing, given to every agent allowed to delegate: the delegation they
    // make is the coworker's run inside them, which `talksTo` governs (off_topology), as for a handoff tool.
    if (CREW_DELEGATION.test(tool)) return;
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
    // A call made outside any agent span (an app traced at its model client, a tool span at the root): the app's.
    const appsOwn = p.actor === USER_NODE;
    ctx.emit({
      category: 'unauthorized_tool',
      severity: cls.sink ? 'high' : 'medium',
      score: cls.sink ? 0.9 : 0.7,
      title: `${appsOwn ? 'The app' : agent} called ${tool} without permission`,
      explanation: `${appsOwn ? 'The app (outside any agent span)' : `Agent "${agent}"`} invoked tool "${tool}", but ${why}.${cls.sink ? ' The tool has side effects.' : ''}`,
      evidence: { path: [p.actor, p.node], edgeIds: invoke ? [invoke] : [], spanIds: [p.span.spanId] },
      keyParts: [p.actor, p.node],
    });
  },
};

/** CrewAI's tools for delegating to a coworker (older releases spell it "co-worker"). */
const CREW_DELEGATION = /^(?:delegate work|ask question) to co-?worker$/i;
