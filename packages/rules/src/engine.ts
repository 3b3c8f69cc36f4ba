// The rule engine: per-session state, one analysis per placed span, then every enabled rule; hot-swappable policy.
import { SEVERITY_RANK, USER_NODE, nodeName, type Finding, type PlacedSpan, type SessionGraph } from '@sentinel/graph';
import { conversationOf } from './agent-input.ts';
import { browserAct, navigationUrl, reportedPage } from './browser-acts.ts';
import { makeFinding } from './make-finding.ts';
import type { Policy } from './policy-schema.ts';
import { resolvePolicy, type EffectivePolicy, type ToolClass } from './resolve-policy.ts';
import type { Rule, RuleContext, SpanFacts } from './rule-types.ts';
import { exfiltration } from './rules/exfiltration.ts';
import { injectionContent } from './rules/injection-content.ts';
import { injectionPropagation } from './rules/injection-propagation.ts';
import { limits } from './rules/limits.ts';
import { loop } from './rules/loop.ts';
import { offTopology } from './rules/off-topology.ts';
import { unauthorizedTool } from './rules/unauthorized-tool.ts';
import { SessionState } from './session-state.ts';
import { readToolDefinitions, readToolDescription } from './tool-descriptions.ts';
import { callKey, callSignature, hasToolTraffic, historyCalls, historySpan, requestedCalls, type HistoryCall } from './tool-calls-in-history.ts';

/** Every rule, in evaluation order (content before propagation: propagation reads what content flagged). */
export const RULES: readonly Rule[] = [unauthorizedTool, injectionContent, injectionPropagation, loop, offTopology, exfiltration, limits];

export interface RuleEngineOptions {
  /** A validated policy; without one every rule runs on inferred defaults. */
  policy?: Policy;
}

export interface RuleEngine {
  readonly id: 'rules';
  /** Findings caused by the spans just placed (the graph already holds them). Each dedup key is reported once per session. */
  evaluate(session: SessionGraph, placed: PlacedSpan[]): Finding[];
  /** Drops a session's state. */
  forget(sessionId: string): void;
  /** Swaps the policy (hot reload); live sessions keep their state and use the new policy from their next span. */
  setPolicy(policy: Policy | undefined): void;
}

/**
 * Creates the engine the server runs after every `SessionGraph.add()` / `flush()`.
 *
 * @example
 * const engine = createRuleEngine({ policy: loadPolicyFile('policy.yaml') });
 * const { placed } = graph.add(normalizeSpan(raw));
 * const findings = engine.evaluate(graph, placed);
 */
export function createRuleEngine(opts: RuleEngineOptions = {}): RuleEngine {
  let policy = opts.policy;
  let resolved = new Map<string, EffectivePolicy>();
  const states = new Map<string, SessionState>();
  const policyFor = (app: string): EffectivePolicy => {
    let p = resolved.get(app);
    if (!p) {
      p = resolvePolicy(policy, app);
      resolved.set(app, p);
    }
    return p;
  };
  return {
    id: 'rules',
    evaluate(session, placed) {
      if (placed.length === 0) return [];
      const eff = policyFor(session.app);
      let state = states.get(session.sessionId);
      if (!state || state.session !== session) {
        state = new SessionState(session, eff);
        states.set(session.sessionId, state);
      }
      state.policy = eff;
      const out: Finding[] = [];
      let current: string = RULES[0].id;
      const ctx: RuleContext = {
        session,
        state,
        policy: eff,
        emit(f) {
          const ruleId = f.ruleId ?? current;
          const cfg = eff.rules[ruleId as keyof typeof eff.rules];
          if (f.ruleId && !cfg?.enabled) return;
          const evidence = f.evidence.spanIds ? { ...f.evidence, spanIds: state.withShownIn(f.evidence.spanIds) } : f.evidence;
          const finding = makeFinding(session.sessionId, { ...f, evidence, ruleId, severity: cfg?.severity ?? f.severity });
          if (!state.firstReport(finding.dedupKey, SEVERITY_RANK[finding.severity])) return;
          out.push(finding);
        },
      };
      const run = (p: PlacedSpan, facts: SpanFacts) => {
        // Messages held as the app's own until this span showed their sender had read something from outside first.
        const released = state.takeReleased();
        if (released) facts.sources.push(...released);
        for (const rule of RULES) {
          if (!eff.rules[rule.id].enabled) continue;
          current = rule.id;
          rule.onSpan(p, facts, ctx);
        }
      };
      for (const p of placed) {
        const facts = analyze(state, eff, p);
        run(p, facts);
        if (p.span.kind !== 'llm') continue;
        // Tool calls only a model call's messages show: after the call that showed them, as their own spans.
        if (p.span.inputMessages && hasToolTraffic(p.span.inputMessages)) {
          for (const call of historyCalls(p.span.inputMessages)) {
            const read = readHistoryCall(state, eff, p, call);
            if (read) run(read.p, read.facts);
          }
        }
        // The side-effecting calls it asks for, in a session that shows no tool spans: no later history may show them
        // (a read whose result no model call saw changed nothing; and a session's first call, asked for before any
        // tool span could arrive, is most often a read: its tool span names it).
        if (!state.sawToolSpan && p.span.outputMessages) {
          for (const call of requestedCalls(p.span.outputMessages)) {
            if (!eff.classifyTool(call.name, undefined).sink) continue;
            const read = readHistoryCall(state, eff, p, call);
            if (read) run(read.p, read.facts);
          }
        }
      }
      return out;
    },
    forget(sessionId) {
      states.delete(sessionId);
    },
    setPolicy(next) {
      policy = next;
      resolved = new Map();
    },
  };
}

/**
 * A tool span's call and its result as the content rules read them; with the call's key, each part once (a model
 * call's messages may have shown it first).
 */
function readToolContent(state: SessionState, tool: ToolClass, p: PlacedSpan, facts: SpanFacts, key: string | undefined): void {
  const s = p.span;
  // Without a call id (the OpenAI Agents SDK's function spans), the call is known by its name and arguments: a history
  // that showed it first by its id was this call, and one that shows it later is too.
  const unsigned = !key && s.toolArguments !== undefined && !!s.toolName;
  // Until a history has shown a call, none was read under a signature: nothing to look up (SessionState.markSpanRead).
  const sig = unsigned && state.signsSpanReads ? callSignature(s.toolName!, s.toolArguments!) : undefined;
  const act = browserAct(tool.name);
  // The page a browsing agent's tool says it is on after the call (looked for only once the agent browses).
  const reported = act || state.pageOf(p.actor) !== undefined ? reportedPage(s.toolResult) : undefined;
  if (!shownBefore(state, 'call', key, sig)) {
    const page = act === 'input' ? (reported ?? state.pageOf(p.actor)) : undefined;
    facts.call = state.addCall(p, tool, page);
    if (key && s.toolArguments !== undefined) state.markRead('call', key);
    if (unsigned) state.markSpanRead('spanCall', s.toolName!, s.toolArguments!);
  }
  // The page the agent is on next: the address it opened, or the one its tool reports.
  const next = (act === 'navigate' && facts.call ? navigationUrl(facts.call.leaves) : undefined) ?? reported;
  if (next) state.setPage(p.actor, next);
  if (s.toolResult && !shownBefore(state, 'result', key, sig)) {
    if (key) state.markRead('result', key);
    if (unsigned) state.markSpanRead('spanResult', s.toolName!, s.toolArguments!);
    readResult(state, tool, p, facts);
  }
}

/**
 * Whether a model call's messages showed this part of the call first: by its call id, or by its name and arguments.
 * (A function, not a closure in readToolContent: tsx's esbuild keeps names, and each closure made per span cost a
 * `defineProperty`.)
 */
function shownBefore(state: SessionState, part: 'call' | 'result', key: string | undefined, sig: string | undefined): boolean {
  return key ? state.isRead(part, key) : sig !== undefined && state.isRead(part, sig);
}

/**
 * A read of the repository's instructions for coding agents (`AGENTS.md`, `CLAUDE.md`, `GEMINI.md`, `.cursorrules`,
 * `.windsurfrules`, `.github/copilot-instructions.md`): the path in the call's arguments ends with one of their names.
 */
const AGENT_INSTRUCTIONS_FILE = /["'/\\](?:agents\.md|claude\.md|gemini\.md|\.cursorrules|\.windsurfrules|copilot-instructions\.md)["']/i;

/** Results the policy calls trusted are still scanned: instructions inside them are reported (and traced) all the same. */
function readResult(state: SessionState, tool: ToolClass, p: PlacedSpan, facts: SpanFacts): void {
  // Those files speak to the agent by design, written by whoever owns the repository the user set it to work in:
  // configuration, read as the system prompt is (trusted context), not content that redirects the agent.
  if (p.span.toolArguments && AGENT_INSTRUCTIONS_FILE.test(p.span.toolArguments)) {
    state.addTrusted(p.span.toolResult, false);
    return;
  }
  const src = state.addSource(p, p.node!, p.span.toolResult!, tool.inferred, 'result', 'data', !tool.source, p.span.toolArguments);
  if (!src) return;
  facts.sources.push(src);
  if (!tool.sink) state.noteRead(src, p.span.toolResult!, p.span.toolArguments);
}

/**
 * A tool call shown by a model call's messages, the parts no tool span showed: read as the app's bare tool span for
 * it when there is one, else as a span of its own (tool-calls-in-history.ts). Only the content rules act on it (no
 * `tool` fact): the structure rules count the spans the app sent, but an allow-list applies to every call an app traced at its
 * model client makes (`shownTool`). Undefined when there is nothing new to read.
 */
function readHistoryCall(state: SessionState, policy: EffectivePolicy, llm: PlacedSpan, call: HistoryCall): { p: PlacedSpan; facts: SpanFacts } | undefined {
  const key = callKey(call.id, call.name);
  // A tool span without a call id was read under the call's name and arguments (readToolContent).
  const sig = call.arguments !== undefined ? callSignature(call.name, call.arguments) : undefined;
  if (sig) state.signSpanReads();
  const newCall = call.arguments !== undefined && !state.isRead('call', key) && !state.isRead('spanCall', sig!);
  const newResult = !!call.result && !state.isRead('result', key) && !(sig && state.isRead('spanResult', sig));
  if (!newCall && !newResult) return undefined;
  const bare = state.bareCall(key);
  const p = historySpan(call, llm, llm.span.inputMessages?.length ?? 0, bare);
  if (!bare) state.addShownIn(p.span.spanId, llm.span.spanId);
  const tool = policy.classifyTool(call.name, undefined);
  const facts: SpanFacts = { sources: [] };
  if (newCall) {
    state.markRead('call', key);
    if (sig) state.markRead('call', sig);
    facts.call = state.addCall(p, tool);
    if (!state.sawToolSpan) facts.shownTool = tool;
  }
  if (newResult) {
    state.markRead('result', key);
    if (sig) state.markRead('result', sig);
    readResult(state, tool, p, facts);
  }
  return { p, facts };
}

/** What a placed span brings: trusted context (the user's request), untrusted content, a tool call. */
function analyze(state: SessionState, policy: EffectivePolicy, p: PlacedSpan): SpanFacts {
  const s = p.span;
  const facts: SpanFacts = { sources: [] };
  if (s.kind === 'agent' && p.node) state.markOwn(p.node);
  if (p.actor !== USER_NODE) state.markOwn(p.actor);
  if (s.kind === 'agent' && p.node) {
    if (p.actor === USER_NODE && s.linkedSpanIds) {
      // Woken by a span it links to (a queued message, a scheduled run): its input is that message, not the user's
      // request; passed along, an injected value must not become the user's.
      const got = s.input ? state.addSource({ ...p, actor: p.node }, p.node, s.input, false, 'message', 'message') : undefined;
      if (got) facts.sources.push(got);
    } else if (p.actor === USER_NODE) {
      // A wrapper the user started that was given nothing (the OpenAI Agents SDK's "Agent workflow" root): the agents
      // it starts run for the user, and their model calls carry the user's request (runsForUser).
      if (!s.input) state.addUserWrapper(p.node);
      // Its system prompt, where a convention records it on the agent (Strands, GenAI 1.37+): the user's profile and
      // the app's own data in it are trusted context, as in a model call's system message.
      for (const m of s.inputMessages ?? []) if (m.role === 'system' || m.role === 'developer') state.addTrusted(m.content, false);
      // Handed the conversation so far (a graph framework's state), the agent's request is its user turns; the
      // rest is other agents' and tools' words, which must not become the user's by being passed along.
      const turns = conversationOf(s.input);
      if (turns?.others) {
        for (const t of turns.system) state.addTrusted(t, false);
        for (const t of turns.user) state.addTrusted(t, true);
      } else state.addTrusted(s.input, true);
      if (s.output) facts.answer = state.addAnswer(p, s.output);
    } else if (p.actor !== p.node) {
      const sent = s.input ? state.addSource({ ...p, actor: p.node }, p.actor, s.input, false, 'message', 'message') : undefined;
      const reply = s.output ? state.addSource({ ...p, span: { ...s, start: s.end } }, p.node, s.output, false, 'reply', 'message') : undefined;
      if (sent) facts.sources.push(sent);
      if (reply) facts.sources.push(reply);
      else state.addReturn(p.node, p.actor, s.end);
    }
  } else if (s.kind === 'llm') {
    // The tools it offers the model: a poisoned description is content the model reads, whoever the call runs for.
    if (s.toolDefinitions) facts.sources.push(...readToolDefinitions(state, p, s.toolDefinitions));
    // An LLM call's messages are trusted context when it runs for the user or an agent the user called.
    if (state.runsForUser(p.actor)) {
      // A conversation's opening user turn that repeats what untrusted content said is another agent relaying it
      // (state.addTrusted); a later turn is the user answering in the same conversation ("ok, send it to …").
      let opening = true;
      for (const m of s.inputMessages ?? []) {
        if (m.role === 'system' || m.role === 'developer') state.addTrusted(m.content, false);
        else if (m.role === 'user') {
          state.addTrusted(m.content, true, opening ? s.start : undefined);
          opening = false;
        }
      }
      // The model's last word, with no call to make, is the answer the user gets: some instrumentations (Google ADK,
      // GenAI without content on agent spans, model-client-only apps) record it nowhere else.
      const last = s.outputMessages?.[s.outputMessages.length - 1];
      if (last?.content && !last.toolCalls && last.role === 'assistant') facts.answer = state.addAnswer({ ...p, node: p.actor }, last.content);
    }
  } else if ((s.kind === 'tool' || s.kind === 'retriever') && p.node && s.toolName) {
    const tool = policy.classifyTool(s.toolName, s.toolDescription);
    facts.tool = tool;
    const described = s.toolDescription ? readToolDescription(state, p, s.toolName, s.toolDescription) : undefined;
    if (described) facts.sources.push(described);
    state.sawToolSpan = true;
    const key = s.toolCallId ? callKey(s.toolCallId, s.toolName) : undefined;
    // A bare span (no arguments, no result) is read when a model call's messages show its content: read now, as a
    // call without values, its finding would keep the weaker severity its key was first reported with.
    if (key && s.toolArguments === undefined && s.toolResult === undefined) state.addBareCall(key, p);
    // What a model call's messages showed first was read then; the structure rules count this span all the same.
    else readToolContent(state, tool, p, facts, key);
  }
  if (s.messageTo && s.kind !== 'agent') {
    const body = s.input ?? s.output;
    const from = s.messageFrom ?? nodeName(p.actor);
    const src = body ? state.addSource({ ...p, actor: `agent:${s.messageTo}` }, `agent:${from}`, body, false, 'message', 'message') : undefined;
    if (src) facts.sources.push(src);
  }
  return facts;
}
