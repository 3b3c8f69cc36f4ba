// Rule loop: the same call repeated beyond the limit by one agent, the same exchange repeated between two agents or
// around a ring of them, or a delegation cycle.
import { USER_NODE, edgeId, handedWork, hashString, nodeId, nodeName, type EdgeKind, type PlacedSpan, type SessionGraph } from '@sentinel/graph';
import type { ArgLeaf } from '../values.ts';
import type { Rule, RuleContext } from '../rule-types.ts';

interface LoopState {
  counts: Map<string, number>;
  /** Per pair of agents that message each other: who spoke last, and how many times the word passed between them. */
  turns: Map<string, { last: string; n: number }>;
  /** Per ring of three or more agents passing messages around: whom the word went to last, and how many passes. */
  rings: Map<string, { lastTo: string; n: number }>;
  /** Per identical call, a fingerprint of its last result (stamps masked): a result that moved is progress, not a repeat. */
  results: Map<string, number>;
}

/** Arguments longer than this are hashed by a cheap prefix+length key: identical long payloads still collide, memory stays bounded. */
const MAX_KEY_ARGS = 512;

export const loop: Rule = {
  id: 'loop',
  description: 'An agent or a pair of agents repeats the same call or exchange beyond the policy limit, or delegations form a cycle.',
  onSpan(p, facts, ctx) {
    const st = ctx.state.rule<LoopState>('loop', () => ({ counts: new Map(), turns: new Map(), rings: new Map(), results: new Map() }));
    const limit = ctx.policy.limits.maxIdenticalCalls;
    const inferred = !ctx.policy.hasPolicy;
    const s = p.span;
    // Every span passes here: what an alert would say is written only when there is one.
    let key: string | undefined;
    let repeated: Repeated = 'call';
    let path: string[] = [];
    // A call whose arguments were not recorded (GenAI before 1.37 keeps them off execute_tool spans) is not known
    // to repeat another: the same tool called six times is a loop only with the same arguments.
    // A call an app traced at its model client only shows in the model calls' messages counts as its tool span would
    // (`shownTool`: set only where the session has no tool spans, so that no call is counted twice).
    const tool = facts.tool ?? facts.shownTool;
    if (tool && p.node && s.toolArguments !== undefined) {
      // The arguments as read (facts.call): the same call written with its keys in another order or other spacing.
      key = countKey('call', p.actor, p.node, facts.call ? sameArguments(facts.call.leaves) : s.toolArguments);
      path = [p.actor, p.node];
      // Only a call not made before exactly: an identical repeat is the count below.
      if (facts.call && !st.counts.has(key)) stuckRetry(st, p, facts.call.leaves, tool.name, limit, inferred, ctx);
    } else if (handedWork(p) && p.actor !== USER_NODE) {
      key = countKey('delegate', p.actor, p.node, s.input);
      repeated = 'delegation';
      path = [p.actor, p.node];
      const pair = pairKey(p.actor, p.node);
      st.counts.set(pair, (st.counts.get(pair) ?? 0) + 1);
      const cycle = delegationCycle(ctx.session, p.node, p.actor);
      if (cycle) {
        // Work went round once (a question asked back, a re-plan): medium. A hand-off of the cycle made twice, work is
        // bouncing between them: high. Counted per pair of agents, so that the findings do not depend on which span
        // of the cycle arrived last.
        let again = false;
        for (let i = 0; i + 1 < cycle.length; i++) if ((st.counts.get(pairKey(cycle[i], cycle[i + 1])) ?? 0) > 1) again = true;
        const members = [...cycle.slice(0, -1)].sort();
        const self = cycle.length === 2;
        ctx.emit({
          category: 'loop',
          severity: again ? 'high' : 'medium',
          score: again ? 0.8 : 0.55,
          title: `Delegation cycle ${cycle.map(nodeName).join(' → ')}${again ? ' (repeated)' : ''}`,
          explanation: self
            ? `Agent "${nodeName(cycle[0])}" delegates to itself` +
              (again ? ', again and again: it recurses and may not end.' : ': a run of it started another with a task of its own; if it keeps doing so, it will not end.')
            : `Agents delegate to each other in a cycle (${cycle.map(nodeName).join(' → ')})` +
              (again ? ', more than once: work is bouncing between them and may not end.' : ': work went back to an agent that handed it on; if it keeps going round, it will not end.'),
          evidence: { path: cycle, edgeIds: edgesOf(cycle), spanIds: [s.spanId] },
          keyParts: again ? ['cycle', ...members, 'again'] : ['cycle', ...members],
        });
      }
    }
    if (s.messageTo && s.kind !== 'agent') {
      const from = s.messageFrom ? nodeId('agent', s.messageFrom) : p.actor;
      const to = nodeId('agent', s.messageTo);
      key = countKey('message', from, to, s.input ?? s.output);
      repeated = 'message';
      path = [from, to];
      backAndForth(st, from, to, limit, inferred, p.edgeIds, s.spanId, ctx);
      messageRing(st, from, to, limit, inferred, s.spanId, ctx);
    }
    if (!key) return;
    if (repeated === 'call' && s.toolResult !== undefined) {
      // The result moved since the same call before (a job going queued → running → done, a feed with new items): a poll
      // making progress. Only a repeat that got what the one before it got counts; a time stamp in it is no progress.
      const result = resultPrint(s.toolResult);
      const before = st.results.get(key);
      st.results.set(key, result);
      if (before !== undefined && before !== result) return;
    }
    const n = (st.counts.get(key) ?? 0) + 1;
    st.counts.set(key, n);
    if (n <= limit) return;
    ctx.emit({
      category: 'loop',
      severity: n > 4 * limit ? 'high' : 'medium',
      score: Math.min(1, 0.5 + n / (10 * limit)),
      title: `Repeated ${repeated} (${n}× > ${limit})`,
      explanation: `${describeRepeat(repeated, path, tool?.name)} ${n} times, over the limit of ${limit} identical repeats (maxIdenticalCalls${inferred ? ', Sentinel default: no policy is loaded' : ''}). The agent is likely stuck in a loop.`,
      evidence: { path, edgeIds: p.edgeIds, spanIds: [s.spanId] },
      keyParts: [key],
      inferred,
    });
  },
};

type Repeated = 'call' | 'delegation' | 'message';

function describeRepeat(repeated: Repeated, [from, to]: string[], tool: string | undefined): string {
  if (repeated === 'call') return `Agent "${nodeName(from)}" called "${tool}" with the same arguments`;
  if (repeated === 'delegation') return `Agent "${nodeName(from)}" handed the same input to "${nodeName(to)}"`;
  return `Agent "${nodeName(from)}" sent the same message to "${nodeName(to)}"`;
}

/**
 * Two agents passing the word back and forth (A → B, B → A, …) more than twice the repeat limit (and
 * more than 10 times): a writer and a reviewer that never converge. Each message may differ; the
 * alternation is the loop.
 */
function backAndForth(st: LoopState, from: string, to: string, limit: number, inferred: boolean, edgeIds: string[], spanId: string, ctx: RuleContext): void {
  const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
  const t = st.turns.get(pair) ?? { last: '', n: 0 };
  if (t.last === from) return; // the same agent speaking again is not a turn
  t.last = from;
  t.n++;
  st.turns.set(pair, t);
  // Never below 10 turns: a strict identical-call limit (2) must not make a short question-and-answer a loop.
  const max = Math.max(2 * limit, 10);
  if (t.n <= max) return;
  ctx.emit({
    category: 'loop',
    severity: t.n > 8 * limit ? 'high' : 'medium',
    score: Math.min(1, 0.5 + t.n / (20 * limit)),
    title: `Back-and-forth between ${nodeName(from)} and ${nodeName(to)} (${t.n} turns > ${max})`,
    explanation:
      `Agents "${nodeName(from)}" and "${nodeName(to)}" have passed messages back and forth ${t.n} times, over ${max} (twice the repeat limit of ${limit}, at least 10; ` +
      `maxIdenticalCalls${inferred ? ', Sentinel default: no policy is loaded' : ''}): they may be stuck without converging.`,
    evidence: { path: [from, to, from], edgeIds, spanIds: [spanId] },
    keyParts: ['turns', pair],
    inferred,
  });
}

/**
 * Three or more agents passing the word around a ring (planner → coder → reviewer → planner …) more times than the
 * ring's agents × the repeat limit (at least five rounds): each pair sees one direction only, so no back-and-forth
 * counts it. A pass counts when it goes on from where the last one went; a hub relaying a group chat makes no ring
 * (its members never message each other).
 */
function messageRing(st: LoopState, from: string, to: string, limit: number, inferred: boolean, spanId: string, ctx: RuleContext): void {
  const back = linkPath(ctx.session, 'message', to, from);
  if (!back || back.length < 3) return;
  const ring = [from, ...back];
  const key = [...back].sort().join('|');
  const r = st.rings.get(key) ?? { lastTo: from, n: 0 };
  if (r.lastTo !== from) return;
  r.lastTo = to;
  r.n++;
  st.rings.set(key, r);
  const max = back.length * Math.max(limit, 5);
  if (r.n <= max) return;
  const names = ring.map(nodeName).join(' → ');
  ctx.emit({
    category: 'loop',
    severity: r.n > 4 * max ? 'high' : 'medium',
    score: Math.min(1, 0.5 + r.n / (4 * max)),
    title: `Messages going round ${names} (${r.n} passes > ${max})`,
    explanation:
      `Agents pass messages around a ring (${names}) ${r.n} times, over ${max} (${back.length} agents × the repeat limit of ${Math.max(limit, 5)}, at least 5; ` +
      `maxIdenticalCalls${inferred ? ', Sentinel default: no policy is loaded' : ''}): they may be stuck without converging.`,
    evidence: { path: ring, edgeIds: ring.slice(1).map((n, i) => edgeId('message', ring[i], n)), spanIds: [spanId] },
    keyParts: ['ring', key],
    inferred,
  });
}

/** The shortest path of `kind` edges from `from` to `to` (both included), or undefined. Small BFS over agents. */
function linkPath(session: SessionGraph, kind: EdgeKind, from: string, to: string): string[] | undefined {
  const prev = new Map<string, string>([[from, '']]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    if (n === to) {
      const path = [n];
      for (let c = prev.get(n)!; c !== ''; c = prev.get(c)!) path.unshift(c);
      return path;
    }
    session.forEachOutLink(n, (_e, k, t) => {
      if (k === kind && !prev.has(t)) {
        prev.set(t, n);
        queue.push(t);
      }
    });
  }
  return undefined;
}

/**
 * What makes two calls the same, as one string kept for the session's life. Joined, not concatenated:
 * `join` builds one flat string, where `+` builds a chain of string pieces (four objects per key for
 * the GC to copy and mark), and the slice of a long argument would keep the whole argument alive.
 */
function countKey(what: string, from: string, to: string, args: string | undefined): string {
  return [what, from, to, args ? capped(args) : ''].join('|');
}

/** A text as a key keeps it: whole when short, else its first MAX_KEY_ARGS characters and its length. */
function capped(text: string): string {
  return text.length <= MAX_KEY_ARGS ? text : `${text.slice(0, MAX_KEY_ARGS)}…${text.length}`;
}

/**
 * The same call retried with only a number changed (an attempt counter, a nonce, a timestamp) that gets the same result
 * each time: stuck, though no two calls are identical. Pages of a listing change the result, so they are not counted.
 */
function stuckRetry(st: LoopState, p: PlacedSpan, leaves: readonly ArgLeaf[], tool: string, limit: number, inferred: boolean, ctx: RuleContext): void {
  const result = p.span.toolResult;
  if (result === undefined || !leaves.some((l) => counterForm(l) !== undefined) || !p.node) return;
  const from = p.actor;
  const parts: string[] = [];
  for (const l of leaves) parts.push(`${l.arg}\u0001${counterForm(l) ?? l.value}`);
  // The result capped on its own: long arguments must not push it out of the key.
  const key = countKey('retry', from, p.node, `${parts.sort().join('\u0002')}\u0003${capped(result)}`);
  const n = (st.counts.get(key) ?? 0) + 1;
  st.counts.set(key, n);
  if (n <= limit) return;
  ctx.emit({
    category: 'loop',
    severity: 'medium',
    score: Math.min(1, 0.5 + n / (10 * limit)),
    title: `Repeated call with only a number changed (${n}× > ${limit})`,
    explanation: `Agent "${nodeName(from)}" called "${tool}" ${n} times with the same arguments but for a number (an attempt counter, a nonce or a time) and got the same result each time, over the limit of ${limit} identical repeats (maxIdenticalCalls${inferred ? ', Sentinel default: no policy is loaded' : ''}). The agent is likely stuck retrying.`,
    evidence: { path: [from, p.node], edgeIds: p.edgeIds, spanIds: [p.span.spanId] },
    keyParts: [key],
    inferred,
  });
}

/**
 * What an argument that counts or stamps is kept as, undefined for any other: a number or digits only, or any value of
 * a nonce's argument (an idempotency key, a request id: '#'); a short phrase with a small counter in it ("Reminder (3):
 * contract", "attempt 4 of the upload") with its digits masked. Not an identifier ("INV-1003", a path, an address, an
 * account): there the digits name another object, and a call for each is not a retry.
 */
function counterForm(l: ArgLeaf): string | undefined {
  if (l.isNumber || DIGITS_ONLY.test(l.value) || NONCE_ARG.test(l.arg) || TIMESTAMP.test(l.value)) return '#';
  const v = l.value;
  if (v.length > MAX_PHRASE || !v.includes(' ') || !COUNTER_IN_PHRASE.test(v) || NOT_A_PHRASE.test(v)) return undefined;
  // Only the counter is masked: an identifier beside it ("Reminder (3): invoice INV-3320 overdue") stays, so that a
  // reminder per invoice is not one retried.
  return v.replace(COUNTERS, '#');
}
const DIGITS_ONLY = /^\d{1,20}$/;
/** The argument names of a value made fresh for each call so that the callee tells retries apart. */
const NONCE_ARG = /(?:^|[._-])(?:idempotency[_-]?key|nonce|request[_-]?id|dedup(?:e|lication)?[_-]?(?:key|id)|client[_-]?token|attempt)$/i;
const MAX_PHRASE = 200;
/** A counter: up to three digits standing apart from letters, hyphens and other digits ("(3)", "#4", "attempt 5"). */
const COUNTER = String.raw`(?<![\p{L}\d-])\d{1,3}(?![\p{L}\d-])`;
/** Three letters, and a counter. */
const COUNTER_IN_PHRASE = new RegExp(String.raw`^(?=(?:[^\p{L}]*\p{L}){3}).*` + COUNTER, 'su');
const NOT_A_PHRASE = /[@/\\]|:\/\//;
const COUNTERS = new RegExp(COUNTER, 'gu');
/**
 * A result's fingerprint: its length and a hash of its first RESULT_PRINT_CHARS characters, time stamps masked. A number
 * kept per call, not the text: a session's state holds one per distinct call, and the scan stays short however long the
 * result (a status a job returns differs early; a listing that grew differs in length).
 */
function resultPrint(result: string): number {
  const head = result.length > RESULT_PRINT_CHARS ? result.slice(0, RESULT_PRINT_CHARS) : result;
  return (hashString(head.replace(STAMPS, '#')) ^ Math.imul(result.length, 0x9e3779b1)) >>> 0;
}
const RESULT_PRINT_CHARS = 256;
/** A time of day on a date (ISO 8601, or with a space): a stamp. A date alone names a day, as an identifier does. */
const ISO_STAMP = String.raw`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?`;
/** Time stamps in a result (ISO 8601 times, epoch seconds or milliseconds): they change on every call. */
const STAMPS = new RegExp(String.raw`${ISO_STAMP}|(?<!\d)1\d{9}(?:\d{3})?(?!\d)`, 'g');
/** An argument that is a stamp and nothing else. */
const TIMESTAMP = new RegExp(`^${ISO_STAMP}$`);

/** A call's arguments in one order whatever order and spacing they were written in. */
function sameArguments(leaves: readonly ArgLeaf[]): string {
  if (leaves.length === 1) return `${leaves[0].arg}\u0001${leaves[0].value}`;
  const parts: string[] = [];
  for (const l of leaves) parts.push(`${l.arg}\u0001${l.value}`);
  return parts.sort().join('\u0002');
}

/** The count of delegations from one agent to another, kept among the rule's counts. */
function pairKey(from: string, to: string): string {
  return ['pair', from, to].join('|');
}

/** A path of delegate edges from `from` back to `to` (which just delegated to `from`): a cycle. */
function delegationCycle(session: SessionGraph, from: string, to: string): string[] | undefined {
  const path = linkPath(session, 'delegate', from, to);
  return path && [to, ...path];
}

function edgesOf(path: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < path.length; i++) out.push(`delegate:${path[i]}->${path[i + 1]}`);
  return out;
}
