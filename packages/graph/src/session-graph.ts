// One session's execution graph, built span by span, independent of arrival order.
import type { SerializedGraph } from 'graphology-types';
import type { AgentSpan, ChatMessage } from './agent-span.ts';
import { GraphHistory, type SessionGraphData } from './graph-history.ts';
import { GraphLinks, type GraphBody } from './graph-links.ts';
import type { EdgeAttributes, EdgeKind, GraphDelta, NodeAttributes, NodeKind, TimelineEntry } from './graph-types.ts';
import { USER_NODE, edgeId, nodeId } from './node-ids.ts';
import { isHandoffCall } from './span-kind.ts';
import { hashString } from './scoring/robust-stats.ts';

export { MAX_EDGE_SPAN_IDS, type SessionGraphData } from './graph-history.ts';

/** A span once it has a place in the graph: who acted (the calling agent) and on what. */
export interface PlacedSpan {
  span: AgentSpan;
  /** The agent node on whose behalf this span ran (`user` when there is none). */
  actor: string;
  /** The node this span is about: the agent it runs, the tool or model it calls. */
  node?: string;
  /** Edges this span added an interaction to. */
  edgeIds: string[];
  /** True when the span's parent never arrived and it was placed at flush. */
  orphan?: boolean;
  /**
   * Messages to agents woken by a span link that this placement completed (the woken span or the linked one, whichever
   * came second): sender and woken agent, and the woken run's span.
   */
  woke?: { from: string; to: string; spanId: string }[];
  /** The agent span is its agent delegating to itself (a run of it given a task of its own inside its run): `actor` is `node`. */
  selfCall?: true;
}

/**
 * The span is an agent run handed its work by `actor`: the user, another agent, or the agent itself (a self-call). The
 * one test the rules read a delegation by (its depth, its cycle, whether the topology allows it).
 */
export function handedWork(p: PlacedSpan): p is PlacedSpan & { node: string } {
  return p.span.kind === 'agent' && p.node !== undefined && (p.node !== p.actor || p.selfCall === true);
}

/** An agent span woken by spans it links to, and the agents it has a message from so far. */
interface Woken {
  span: AgentSpan;
  agent: string;
  from: Set<string>;
}

export interface AddResult {
  deltas: GraphDelta[];
  placed: PlacedSpan[];
}

/** Graph frameworks' entry nodes (`__start__`, `START`, `root`): a parent id that names no agent. */
const ENTRY_NODE = /^(?:__\w*__|start|root|user|entry)$/i;
const NO_TIMELINE: readonly TimelineEntry[] = [];

/**
 * A session execution graph: agents, tools, models and the user as nodes; requests,
 * delegations, invocations, results and model calls as edges, each repeated interaction
 * counted on one stable edge id and kept in an ordered timeline.
 *
 * A span whose parent has not arrived waits (children are usually exported before their
 * parents) and is placed when the parent arrives, or by `flush()`. Everything stored is a
 * function of the set of placed spans: time order (start ns, then span id) decides order,
 * never arrival.
 *
 * @example
 * const g = new SessionGraph('s1', 'email-app');
 * const { deltas } = g.add(normalizeSpan(raw));
 * g.flush(); // place spans whose parents never came
 * const json = g.export();
 */
/** An agent's run: which agent, its span's name, a hash of the task it was given, and whether it was the agent calling itself. */
interface AgentRun {
  agent: string;
  span: string;
  input: number | undefined;
  recursed: boolean;
}

export class SessionGraph {
  /** What each interaction is recorded in: the history (server) or the structure alone (rule thread). */
  private readonly body: GraphBody;
  private readonly history: GraphHistory | undefined;
  /** Actor (agent node) per placed span id: O(1) ancestor lookup for children. */
  private readonly actors = new Map<string, string>();
  /**
   * The agent run each placed span is part of (an agent span's own), by span id; none until an agent span is placed.
   * An agent span nested in a run of the same agent is that run's own second span (instrumentation wraps one run in
   * two) unless it was given a task of its own: then the agent delegated to itself (recursion).
   */
  private runs: Map<string, AgentRun> | undefined;
  /**
   * Spans waiting for their parent, by parent span id; none while nothing waits (most of a session's
   * life: an empty Map still allocates its table, and every open session keeps its graph).
   */
  private waiting: Map<string, AgentSpan[]> | undefined;
  private waitingCount = 0;
  /** Woken agents (`wokenBy`) waiting for a span they link to, by its id; none unless a span has links. */
  private linkers: Map<string, Woken[]> | undefined;
  spanCount = 0;
  errorCount = 0;
  /**
   * Whether `add` and `flush` describe their changes as deltas. The server turns it off while nobody
   * watches the session live: the graph changes the same way, the deltas (a third of the graph's
   * allocations per span) are not built only to be dropped.
   */
  recordDeltas = true;
  firstStart: bigint | undefined;
  lastEnd: bigint | undefined;

  /**
   * Structure only: the nodes and edges (ids and kinds) and where each span is placed, without
   * each node's and edge's history (times, counts, span ids), the timeline or deltas. It is what the
   * rules read, at a fraction of the memory and time: the rule thread's copy of every open session
   * (rules' RuleReplica). Such a graph has no graphology instance (building one per session was a
   * tenth of the copy's cost): read it through `hasNode`, `hasEdge` and `forEachOutLink`.
   */
  get structureOnly(): boolean {
    return this.history === undefined;
  }

  constructor(
    readonly sessionId: string,
    readonly app: string,
    opts: { structureOnly?: boolean } = {},
  ) {
    if (opts.structureOnly) {
      this.recordDeltas = false;
      this.body = new GraphLinks();
    } else this.body = this.history = new GraphHistory(sessionId);
  }

  /** The graphology graph (nodes and edges with their attributes). Not kept by a structure-only graph. */
  get graph(): SessionGraphData {
    if (!this.history) throw new Error('SessionGraph: a structure-only graph keeps no graphology graph; use hasNode, hasEdge, forEachOutLink');
    return this.history.data;
  }

  /** Interactions by (time, span id, kind): the order detectors reason about. Empty for a structure-only graph. */
  get timeline(): readonly TimelineEntry[] {
    return this.history?.timeline ?? NO_TIMELINE;
  }

  hasNode(id: string): boolean {
    return this.body.hasNode(id);
  }

  hasEdge(id: string): boolean {
    return this.body.hasEdge(id);
  }

  /** The actor is the user, or an agent the user called directly (a `request` edge from the user). */
  runsForUser(actor: string): boolean {
    return actor === USER_NODE || this.hasEdge(edgeId('request', USER_NODE, actor));
  }

  /** Calls `f` with each edge leaving `node`: its id, kind and target. */
  forEachOutLink(node: string, f: (edge: string, kind: EdgeKind, target: string) => void): void {
    this.body.forEachOutLink(node, f);
  }

  get pendingCount(): number {
    return this.waitingCount;
  }

  hasSpan(spanId: string): boolean {
    return this.actors.has(spanId);
  }

  /** The agent on whose behalf a placed span ran. */
  actorOf(spanId: string): string | undefined {
    return this.actors.get(spanId);
  }

  /** Adds a span; places it and any of its waiting descendants, or parks it. O(1) amortized + O(log n) timeline insert. */
  add(span: AgentSpan): AddResult {
    const out: AddResult = { deltas: [], placed: [] };
    if (this.actors.has(span.spanId)) return out; // a retried export: already placed
    if (span.parentSpanId && !this.actors.has(span.parentSpanId)) {
      this.waiting ??= new Map();
      const list = this.waiting.get(span.parentSpanId);
      if (list) {
        if (list.some((s) => s.spanId === span.spanId)) return out;
        list.push(span);
      } else this.waiting.set(span.parentSpanId, [span]);
      this.waitingCount++;
      return out;
    }
    this.placeWithDescendants(span, false, out);
    return out;
  }

  /**
   * Places every span still waiting for a parent, as if its parent were the session entry.
   * Roots of waiting subtrees go first, in time order, so the result does not depend on
   * which batch they came in.
   */
  flush(): AddResult {
    const out: AddResult = { deltas: [], placed: [] };
    while (this.waiting && this.waitingCount > 0) {
      const orphans: AgentSpan[] = [];
      const waitingIds = new Set<string>();
      for (const list of this.waiting.values()) for (const s of list) waitingIds.add(s.spanId);
      for (const [parent, list] of this.waiting) {
        if (waitingIds.has(parent)) continue; // its parent is itself waiting: placed with it
        orphans.push(...list);
      }
      if (orphans.length === 0) {
        // A cycle of parent ids (malformed input): break it at the earliest span.
        for (const list of this.waiting.values()) orphans.push(...list);
        orphans.sort(byTime);
        this.unpark(orphans[0]);
        this.placeWithDescendants(orphans[0], true, out);
        continue;
      }
      // All of this round's orphans in time order: placing one places only spans that wait on it, never another
      // orphan (its parent is not waiting), so the round's list stays right; one per round was quadratic (8,000
      // spans under a parent never exported: seconds of the sweep).
      orphans.sort(byTime);
      for (const orphan of orphans) {
        this.unpark(orphan);
        this.placeWithDescendants(orphan, true, out);
      }
    }
    return out;
  }

  /**
   * graphology's JSON serialization in canonical order (nodes by first appearance, edges by
   * first interaction; insertion order would leak arrival order), each edge's `order` made final.
   */
  export(): SerializedGraph<NodeAttributes, EdgeAttributes> {
    if (!this.history) throw new Error('SessionGraph: a structure-only graph has nothing to export');
    return this.history.export();
  }

  private unpark(span: AgentSpan): void {
    const parent = span.parentSpanId!;
    const list = this.waiting!.get(parent)!;
    list.splice(list.indexOf(span), 1);
    if (list.length === 0) this.waiting!.delete(parent);
    if (--this.waitingCount === 0) this.waiting = undefined;
  }

  private placeWithDescendants(root: AgentSpan, orphan: boolean, out: AddResult): void {
    const stack: Array<[AgentSpan, boolean]> = [[root, orphan]];
    while (stack.length > 0) {
      const [span, isOrphan] = stack.pop()!;
      out.placed.push(this.place(span, isOrphan, out.deltas));
      const children = this.waiting?.get(span.spanId);
      if (children) {
        this.waiting!.delete(span.spanId);
        this.waitingCount -= children.length;
        if (this.waitingCount === 0) this.waiting = undefined;
        // Time order so that placement (and the deltas) is deterministic.
        children.sort(byTime);
        for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], false]);
      }
    }
  }

  private place(span: AgentSpan, orphan: boolean, deltas: GraphDelta[]): PlacedSpan {
    let parentActor = (!orphan && span.parentSpanId && this.actors.get(span.parentSpanId)) || USER_NODE;
    const placed: PlacedSpan = { span, actor: parentActor, edgeIds: [] };
    if (orphan) placed.orphan = true;
    this.spanCount++;
    if (span.status === 'error') this.errorCount++;
    if (this.firstStart === undefined || span.start < this.firstStart) this.firstStart = span.start;
    if (this.lastEnd === undefined || span.end > this.lastEnd) this.lastEnd = span.end;
    this.touchNode(USER_NODE, 'user', 'user', span, deltas, false);

    let actor = parentActor;
    const parentRun = orphan || !span.parentSpanId ? undefined : this.runs?.get(span.parentSpanId);
    let run = parentRun;

    if (span.kind === 'agent' && span.agentName) {
      const agent = nodeId('agent', span.agentName);
      this.touchNode(agent, 'agent', span.agentName, span, deltas, true);
      placed.node = agent;
      const input = span.input ? hashString(span.input) : undefined;
      const caller = parentActor === USER_NODE ? this.handedOverBy(span, deltas) : parentActor;
      // Woken by a span it links to (a queued message): a message from that span's agent, not the user's request.
      if (caller === USER_NODE && span.linkedSpanIds) this.wokenBy(placed, agent, span.linkedSpanIds, deltas);
      else if (caller === USER_NODE) this.link(placed, 'request', USER_NODE, agent, span.start, deltas);
      else if (caller !== agent || this.recursion(agent, span.name, input, parentRun)) {
        this.link(placed, 'delegate', caller, agent, span.start, deltas);
        this.link(placed, 'return', agent, caller, span.end, deltas);
        if (caller === agent) placed.selfCall = true;
      }
      parentActor = caller;
      actor = agent;
      run = { agent, span: span.name, input, recursed: placed.selfCall === true };
    } else if ((span.kind === 'tool' || span.kind === 'retriever') && span.toolName) {
      const tool = nodeId('tool', span.toolName);
      this.touchNode(tool, 'tool', span.toolName, span, deltas, true);
      placed.node = tool;
      this.link(placed, 'invoke', parentActor, tool, span.start, deltas);
      this.link(placed, 'result', tool, parentActor, span.end, deltas);
    } else if (span.kind === 'llm') {
      const name = span.model ?? span.name;
      const model = nodeId('model', name);
      this.touchNode(model, 'model', name, span, deltas, true);
      placed.node = model;
      this.link(placed, 'call', parentActor, model, span.start, deltas);
      // Only where no agent made the call (an app traced at its model client): inside an agent, the app's own spans
      // show what ran, and a model's "tools" are often sub-agents it delegates to (agents as tools).
      if (span.outputMessages && parentActor === USER_NODE) this.asks(placed, model, span.outputMessages, deltas);
    }
    if (span.messageTo) {
      const from = span.messageFrom ? nodeId('agent', span.messageFrom) : actor;
      const to = nodeId('agent', span.messageTo);
      if (span.messageFrom) this.touchNode(from, 'agent', span.messageFrom, span, deltas, false);
      this.touchNode(to, 'agent', span.messageTo, span, deltas, false);
      this.link(placed, 'message', from, to, span.start, deltas);
    }
    placed.actor = actor === placed.node ? parentActor : actor;
    this.actors.set(span.spanId, actor);
    if (run !== undefined) (this.runs ??= new Map()).set(span.spanId, run);
    const woken = this.linkers?.get(span.spanId);
    if (woken) {
      this.linkers!.delete(span.spanId);
      for (const w of woken) this.message(w, actor, placed, deltas);
    }
    // Kept by the rules' records for the session's life: exactly as long as it is (a pushed-to array reserves 17 slots).
    if (placed.edgeIds.length > 0) placed.edgeIds = placed.edgeIds.slice();
    return placed;
  }

  /**
   * The agent span, nested in a run of its own agent, is the agent given a task of its own: a span of the same
   * operation (its name: a framework's wrapper is another, "conversation user_proxy" around AG2's "invoke_agent
   * user_proxy" turns), with an input, and that input not the run's (a second span of one run repeats its input, or has
   * none) unless the run was itself a call to itself (a recursion that passes the same task down).
   */
  private recursion(agent: string, spanName: string, input: number | undefined, parentRun: AgentRun | undefined): boolean {
    if (parentRun === undefined || parentRun.agent !== agent || parentRun.span !== spanName || input === undefined) return false;
    return parentRun.recursed || parentRun.input !== input;
  }

  /**
   * An agent span that starts its trace and links to other spans: a message from each linked span's agent, added when
   * both are placed, whichever comes first (the graph must not depend on arrival order). No request from the user:
   * the user did not start it, and the rules do not read its input as the user's.
   */
  private wokenBy(placed: PlacedSpan, agent: string, linked: readonly string[], deltas: GraphDelta[]): void {
    const w: Woken = { span: placed.span, agent, from: new Set() };
    for (const id of linked) {
      const from = this.actors.get(id);
      if (from !== undefined) this.message(w, from, placed, deltas);
      else {
        this.linkers ??= new Map();
        const list = this.linkers.get(id);
        if (list) list.push(w);
        else this.linkers.set(id, [w]);
      }
    }
  }

  /** One message from `from` to a woken agent, timed at its start; `placed`: the span being placed now, which records the edge. */
  private message(w: Woken, from: string, placed: PlacedSpan, deltas: GraphDelta[]): void {
    if (from === w.agent || from === USER_NODE || w.from.has(from)) return;
    w.from.add(from);
    placed.edgeIds.push(this.interact('message', from, w.agent, w.span, w.span.start, deltas));
    (placed.woke ??= []).push({ from, to: w.agent, spanId: w.span.spanId });
  }

  /**
   * The tool calls a model call's output asks for, as `asks` edges from the model to each tool: an app traced
   * at its model client shows its tools nowhere else, and the rules' findings name those tools' nodes. Timed at
   * the model call's end, when the calls are asked for; handoffs to other agents are not tools.
   */
  private asks(placed: PlacedSpan, model: string, output: readonly ChatMessage[], deltas: GraphDelta[]): void {
    for (const m of output) {
      for (const c of m.toolCalls ?? []) {
        if (!c.name || isHandoffCall(c.name, c.arguments)) continue;
        const tool = nodeId('tool', c.name);
        this.touchNode(tool, 'tool', c.name, placed.span, deltas, false);
        this.link(placed, 'asks', model, tool, placed.span.end, deltas);
      }
    }
  }

  /**
   * The agent that handed over to an agent span no agent span encloses: OpenInference's
   * `graph.node.parent_id` when it names another agent (the OpenAI Agents SDK's handoffs, whose
   * agent spans are siblings under the workflow span), else the user.
   */
  private handedOverBy(span: AgentSpan, deltas: GraphDelta[]): string {
    const from = span.graphParentId;
    if (!from || from === span.agentName || from === span.graphNodeId || ENTRY_NODE.test(from)) return USER_NODE;
    const id = nodeId('agent', from);
    this.touchNode(id, 'agent', from, span, deltas, false);
    return id;
  }

  /** One interaction of the placed span on edge (kind, source → target). A method, not a closure per span: the TypeScript loader names every closure it creates. */
  private link(placed: PlacedSpan, kind: EdgeKind, source: string, target: string, time: bigint, deltas: GraphDelta[]): void {
    placed.edgeIds.push(this.interact(kind, source, target, placed.span, time, deltas));
  }

  private touchNode(id: string, kind: NodeKind, label: string, span: AgentSpan, deltas: GraphDelta[], ranOnIt: boolean): void {
    this.body.touchNode(id, kind, label, span, ranOnIt, this.recordDeltas ? deltas : undefined);
  }

  private interact(kind: EdgeKind, source: string, target: string, span: AgentSpan, time: bigint, deltas: GraphDelta[]): string {
    const id = edgeId(kind, source, target);
    this.body.interact(id, kind, source, target, span, time, this.recordDeltas ? deltas : undefined);
    return id;
  }
}

/**
 * Start time, then end time: SDKs stamp starts in milliseconds, and of two calls made one after the other in the same
 * millisecond the first ended first (by span id they came in a random order: a send before the read it drew on).
 */
function byTime(a: AgentSpan, b: AgentSpan): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0;
}
