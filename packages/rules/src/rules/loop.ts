// Rule loop: the same call repeated beyond the limit by one agent, the same exchange repeated between two agents, or a delegation cycle.
import { nodeName, type SessionGraph } from '@sentinel/graph';
import type { Rule } from '../rule-types.ts';

interface LoopState {
  counts: Map<string, number>;
}

/** Arguments longer than this are hashed by a cheap prefix+length key: identical long payloads still collide, memory stays bounded. */
const MAX_KEY_ARGS = 512;

export const loop: Rule = {
  id: 'loop',
  description: 'An agent or a pair of agents repeats the same call or exchange beyond the policy limit, or delegations form a cycle.',
  onSpan(p, facts, ctx) {
    const st = ctx.state.rule<LoopState>('loop', () => ({ counts: new Map() }));
    const limit = ctx.policy.limits.maxIdenticalCalls;
    const inferred = !ctx.policy.hasPolicy;
    const s = p.span;
    let key: string | undefined;
    let what = '';
    let path: string[] = [];
    if (facts.tool && p.node) {
      key = `call|${p.actor}|${p.node}|${argsKey(s.toolArguments)}`;
      what = `Agent "${nodeName(p.actor)}" called "${facts.tool.name}" with the same arguments`;
      path = [p.actor, p.node];
    } else if (s.kind === 'agent' && p.node && p.node !== p.actor && p.actor !== 'user') {
      key = `delegate|${p.actor}|${p.node}|${argsKey(s.input)}`;
      what = `Agent "${nodeName(p.actor)}" handed the same input to "${nodeName(p.node)}"`;
      path = [p.actor, p.node];
      const cycle = delegationCycle(ctx.session, p.node, p.actor);
      if (cycle) {
        ctx.emit({
          category: 'loop',
          severity: 'high',
          score: 0.8,
          title: `Delegation cycle ${cycle.map(nodeName).join(' → ')}`,
          explanation: `Agents delegate to each other in a cycle (${cycle.map(nodeName).join(' → ')}): work can bounce between them without end.`,
          evidence: { path: cycle, edgeIds: edgesOf(cycle), spanIds: [s.spanId] },
          keyParts: ['cycle', ...[...cycle.slice(0, -1)].sort()],
        });
      }
    }
    if (!key) return;
    const n = (st.counts.get(key) ?? 0) + 1;
    st.counts.set(key, n);
    if (n <= limit) return;
    ctx.emit({
      category: 'loop',
      severity: n > 4 * limit ? 'high' : 'medium',
      score: Math.min(1, 0.5 + n / (10 * limit)),
      title: `Repeated ${facts.tool ? 'call' : 'delegation'} (${n}× > ${limit})`,
      explanation: `${what} ${n} times, over the limit of ${limit} identical repeats (maxIdenticalCalls${inferred ? ', Sentinel default: no policy is loaded' : ''}). The agent is likely stuck in a loop.`,
      evidence: { path, edgeIds: p.edgeIds, spanIds: [s.spanId] },
      keyParts: [key],
      inferred,
    });
  },
};

function argsKey(args: string | undefined): string {
  if (!args) return '';
  return args.length <= MAX_KEY_ARGS ? args : `${args.slice(0, MAX_KEY_ARGS)}…${args.length}`;
}

/** A path of delegate edges from `from` back to `to` (which just delegated to `from`): a cycle. Small BFS over agents. */
function delegationCycle(session: SessionGraph, from: string, to: string): string[] | undefined {
  const prev = new Map<string, string>([[from, '']]);
  const queue = [from];
  while (queue.length > 0) {
    const n = queue.shift()!;
    if (n === to) {
      const path = [n];
      for (let c = prev.get(n)!; c !== ''; c = prev.get(c)!) path.unshift(c);
      return [to, ...path];
    }
    session.forEachOutLink(n, (_e, kind, t) => {
      if (kind === 'delegate' && !prev.has(t)) {
        prev.set(t, n);
        queue.push(t);
      }
    });
  }
  return undefined;
}

function edgesOf(path: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < path.length; i++) out.push(`delegate:${path[i]}->${path[i + 1]}`);
  return out;
}
