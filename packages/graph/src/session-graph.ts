// One session's execution graph, built span by span, independent of arrival order.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { AgentSpan } from './agent-span.ts';
import type { EdgeAttributes, EdgeKind, GraphDelta, NodeAttributes, NodeKind, TimelineEntry } from './graph-types.ts';
import { USER_NODE, edgeId, nodeId } from './node-ids.ts';

/** Span ids kept per edge: enough to show evidence, bounded so a 10K-repeat loop stays small. */
export const MAX_EDGE_SPAN_IDS = 50;

export type SessionGraphData = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

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
}

export interface AddResult {
  deltas: GraphDelta[];
  placed: PlacedSpan[];
}

/** An edge leaving a node of a structure-only graph: its id, kind and target. */
type OutLink = [edge: string, kind: EdgeKind, target: string];
/** Graph frameworks' entry nodes (`__start__`, `START`, `root`): a parent id that names no agent. */
const ENTRY_NODE = /^(?:__\w*__|start|root|user|entry)$/i;
const NO_LINKS: readonly OutLink[] = [];

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
export class SessionGraph {
  private readonly data: SessionGraphData | undefined;
  /** Structure-only graphs: edges leaving each node as (edge id, kind, target), and the edge ids. */
  private readonly links: Map<string, OutLink[]> | undefined;
  private readonly edgeIds: Set<string> | undefined;
  /** Interactions by (time, span id, kind): the order detectors reason about. */
  readonly timeline: TimelineEntry[] = [];
  /** Each timeline entry's time as a bigint (same index): compares without re-parsing the string. */
  private readonly timelineTimes: bigint[] = [];
  /** First and last seen times of each node and edge as bigints, beside their string attributes. */
  /** Not kept by a structure-only graph, whose copy of every open session has no history. */
  private readonly nodeSeen: Map<string, { first: bigint; last: bigint }> | undefined;
  private readonly edgeSeen: Map<string, { first: bigint; last: bigint }> | undefined;
  /**
   * One instance of each node and edge id: every span builds its ids anew, and what is kept per span
   * for the session's life (actors, placements, timeline entries, the rules' records) would otherwise
   * hold a copy each (a string concatenation: several objects per id).
   */
  private readonly ids = new Map<string, string>();
  /** Actor (agent node) per placed span id: O(1) ancestor lookup for children. */
  private readonly actors = new Map<string, string>();
  /** Spans waiting for their parent, by parent span id. */
  private readonly waiting = new Map<string, AgentSpan[]>();
  private waitingCount = 0;
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
    return this.links !== undefined;
  }

  constructor(
    readonly sessionId: string,
    readonly app: string,
    opts: { structureOnly?: boolean } = {},
  ) {
    if (opts.structureOnly) {
      this.recordDeltas = false;
      this.links = new Map();
      this.edgeIds = new Set();
    } else {
      this.data = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
      this.nodeSeen = new Map();
      this.edgeSeen = new Map();
      this.spanTimes = new Map();
    }
  }

  /** The graphology graph (nodes and edges with their attributes). Not kept by a structure-only graph. */
  get graph(): SessionGraphData {
    if (!this.data) throw new Error('SessionGraph: a structure-only graph keeps no graphology graph; use hasNode, hasEdge, forEachOutLink');
    return this.data;
  }

  hasNode(id: string): boolean {
    return this.links ? this.links.has(id) : this.data!.hasNode(id);
  }

  hasEdge(id: string): boolean {
    return this.edgeIds ? this.edgeIds.has(id) : this.data!.hasEdge(id);
  }

  /** The actor is the user, or an agent the user called directly (a `request` edge from the user). */
  runsForUser(actor: string): boolean {
    return actor === USER_NODE || this.hasEdge(edgeId('request', USER_NODE, actor));
  }

  /** Calls `f` with each edge leaving `node`: its id, kind and target. */
  forEachOutLink(node: string, f: (edge: string, kind: EdgeKind, target: string) => void): void {
    if (this.links) {
      for (const [edge, kind, target] of this.links.get(node) ?? NO_LINKS) f(edge, kind, target);
    } else if (this.data!.hasNode(node)) {
      this.data!.forEachOutEdge(node, (edge, attr, _source, target) => f(edge, attr.kind, target));
    }
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
    while (this.waitingCount > 0) {
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
      }
      orphans.sort(byTime);
      const first = orphans[0];
      this.unpark(first);
      this.placeWithDescendants(first, true, out);
    }
    return out;
  }

  /**
   * graphology's JSON serialization in canonical order (nodes by first appearance, edges by
   * first interaction; insertion order would leak arrival order), each edge's `order` made final.
   */
  export(): SerializedGraph<NodeAttributes, EdgeAttributes> {
    const firstOrder = new Map<string, number>();
    for (const t of this.timeline) if (!firstOrder.has(t.edgeId)) firstOrder.set(t.edgeId, t.order);
    this.graph.forEachEdge((e, attr) => {
      attr.order = firstOrder.get(e) ?? attr.order;
    });
    const out = this.graph.export();
    const nodeRank = (a: NodeAttributes) => BigInt(a.firstSeen);
    out.nodes.sort((a, b) => {
      const ta = nodeRank(a.attributes!);
      const tb = nodeRank(b.attributes!);
      return ta < tb ? -1 : ta > tb ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    out.edges.sort((a, b) => a.attributes!.order - b.attributes!.order || (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0));
    return out;
  }

  private unpark(span: AgentSpan): void {
    const parent = span.parentSpanId!;
    const list = this.waiting.get(parent)!;
    list.splice(list.indexOf(span), 1);
    if (list.length === 0) this.waiting.delete(parent);
    this.waitingCount--;
  }

  private placeWithDescendants(root: AgentSpan, orphan: boolean, out: AddResult): void {
    const stack: Array<[AgentSpan, boolean]> = [[root, orphan]];
    while (stack.length > 0) {
      const [span, isOrphan] = stack.pop()!;
      out.placed.push(this.place(span, isOrphan, out.deltas));
      const children = this.waiting.get(span.spanId);
      if (children) {
        this.waiting.delete(span.spanId);
        this.waitingCount -= children.length;
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

    if (span.kind === 'agent' && span.agentName) {
      const agent = this.id(nodeId('agent', span.agentName));
      this.touchNode(agent, 'agent', span.agentName, span, deltas, true);
      placed.node = agent;
      const caller = parentActor === USER_NODE ? this.handedOverBy(span, deltas) : parentActor;
      if (caller === USER_NODE) this.link(placed, 'request', USER_NODE, agent, span.start, deltas);
      else if (caller !== agent) {
        this.link(placed, 'delegate', caller, agent, span.start, deltas);
        this.link(placed, 'return', agent, caller, span.end, deltas);
      }
      parentActor = caller;
      actor = agent;
    } else if ((span.kind === 'tool' || span.kind === 'retriever') && span.toolName) {
      const tool = this.id(nodeId('tool', span.toolName));
      this.touchNode(tool, 'tool', span.toolName, span, deltas, true);
      placed.node = tool;
      this.link(placed, 'invoke', parentActor, tool, span.start, deltas);
      this.link(placed, 'result', tool, parentActor, span.end, deltas);
    } else if (span.kind === 'llm') {
      const name = span.model ?? span.name;
      const model = this.id(nodeId('model', name));
      this.touchNode(model, 'model', name, span, deltas, true);
      placed.node = model;
      this.link(placed, 'call', parentActor, model, span.start, deltas);
    }
    if (span.messageTo) {
      const from = span.messageFrom ? this.id(nodeId('agent', span.messageFrom)) : actor;
      const to = this.id(nodeId('agent', span.messageTo));
      if (span.messageFrom) this.touchNode(from, 'agent', span.messageFrom, span, deltas, false);
      this.touchNode(to, 'agent', span.messageTo, span, deltas, false);
      this.link(placed, 'message', from, to, span.start, deltas);
    }
    placed.actor = actor === placed.node ? parentActor : actor;
    // Kept by the rules' records for the session's life: exactly as long as it is (a pushed-to array reserves 17 slots).
    if (placed.edgeIds.length > 0) placed.edgeIds = placed.edgeIds.slice();
    this.actors.set(span.spanId, actor);
    return placed;
  }

  /** The graph's one instance of a node or edge id. */
  private id(id: string): string {
    const kept = this.ids.get(id);
    if (kept !== undefined) return kept;
    this.ids.set(id, id);
    return id;
  }

  /**
   * The agent that handed over to an agent span no agent span encloses: OpenInference's
   * `graph.node.parent_id` when it names another agent (the OpenAI Agents SDK's handoffs, whose
   * agent spans are siblings under the workflow span), else the user.
   */
  private handedOverBy(span: AgentSpan, deltas: GraphDelta[]): string {
    const from = span.graphParentId;
    if (!from || from === span.agentName || from === span.graphNodeId || ENTRY_NODE.test(from)) return USER_NODE;
    const id = this.id(nodeId('agent', from));
    this.touchNode(id, 'agent', from, span, deltas, false);
    return id;
  }

  /** One interaction of the placed span on edge (kind, source → target). A method, not a closure per span: the TypeScript loader names every closure it creates. */
  private link(placed: PlacedSpan, kind: EdgeKind, source: string, target: string, time: bigint, deltas: GraphDelta[]): void {
    placed.edgeIds.push(this.interact(kind, source, target, placed.span, time, deltas));
  }

  private touchNode(id: string, kind: NodeKind, label: string, span: AgentSpan, deltas: GraphDelta[], ranOnIt: boolean): void {
    if (this.links) {
      if (!this.links.has(id)) this.links.set(id, []);
      return;
    }
    const g = this.graph;
    const seen = this.nodeSeen!.get(id);
    if (!seen) {
      const attributes: NodeAttributes = {
        kind,
        label,
        firstSeen: span.start.toString(),
        lastSeen: span.end.toString(),
        spanCount: ranOnIt ? 1 : 0,
        errorCount: ranOnIt && span.status === 'error' ? 1 : 0,
      };
      this.nodeSeen!.set(id, { first: span.start, last: span.end });
      g.addNode(id, attributes);
      if (this.recordDeltas) deltas.push({ type: 'node:add', sessionId: this.sessionId, node: id, attributes: { ...attributes } });
      return;
    }
    const attr = g.getNodeAttributes(id);
    const record = this.recordDeltas;
    let changed: Partial<NodeAttributes> | undefined;
    if (span.start < seen.first) {
      seen.first = span.start;
      attr.firstSeen = span.start.toString();
      if (record) (changed ??= {}).firstSeen = attr.firstSeen;
    }
    if (span.end > seen.last) {
      seen.last = span.end;
      attr.lastSeen = span.end.toString();
      if (record) (changed ??= {}).lastSeen = attr.lastSeen;
    }
    if (ranOnIt) {
      ++attr.spanCount;
      if (span.status === 'error') ++attr.errorCount;
      if (record) {
        (changed ??= {}).spanCount = attr.spanCount;
        if (span.status === 'error') changed.errorCount = attr.errorCount;
      }
    }
    if (changed) deltas.push({ type: 'attr:update', sessionId: this.sessionId, target: 'node', key: id, attributes: changed });
  }

  private interact(kind: EdgeKind, source: string, target: string, span: AgentSpan, time: bigint, deltas: GraphDelta[]): string {
    const id = this.id(edgeId(kind, source, target));
    if (this.links) {
      if (!this.edgeIds!.has(id)) {
        this.edgeIds!.add(id);
        const out = this.links.get(source);
        if (out) out.push([id, kind, target]);
        else this.links.set(source, [[id, kind, target]]);
      }
      return id;
    }
    const t = time.toString();
    const order = this.insertTimeline({ order: 0, spanId: span.spanId, edgeId: id, kind, source, target, time: t }, time);
    const g = this.graph;
    const seen = this.edgeSeen!.get(id);
    if (!seen) {
      const attributes: EdgeAttributes = { kind, count: 1, firstSeen: t, lastSeen: t, spanIds: [span.spanId], order };
      this.edgeSeen!.set(id, { first: time, last: time });
      g.addEdgeWithKey(id, source, target, attributes);
      if (this.recordDeltas) deltas.push({ type: 'edge:add', sessionId: this.sessionId, edge: id, source, target, attributes: { ...attributes, spanIds: [span.spanId] } });
      return id;
    }
    const attr = g.getEdgeAttributes(id);
    attr.count++;
    const earlier = time < seen.first;
    const later = time > seen.last;
    if (earlier) {
      seen.first = time;
      attr.firstSeen = t;
    }
    if (later) {
      seen.last = time;
      attr.lastSeen = t;
    }
    insertSpanId(attr.spanIds, span.spanId, time, this.spanTimes!);
    if (this.recordDeltas) {
      const changed: Partial<EdgeAttributes> = { count: attr.count };
      if (earlier) changed.firstSeen = t;
      if (later) changed.lastSeen = t;
      deltas.push({ type: 'attr:update', sessionId: this.sessionId, target: 'edge', key: id, attributes: changed });
    }
    return id;
  }

  /** Span start/end time by id, for ordering an edge's span ids; filled by insertTimeline. */
  private readonly spanTimes: Map<string, bigint> | undefined;

  /** Inserts keeping (time, spanId, kind) order; renumbers the entries after it. O(log n) search, O(k) shift for k later entries (0 when in order). */
  private insertTimeline(entry: TimelineEntry, time: bigint): number {
    const tl = this.timeline;
    const times = this.timelineTimes;
    const spanTimes = this.spanTimes!;
    const prev = spanTimes.get(entry.spanId);
    if (prev === undefined || time < prev) spanTimes.set(entry.spanId, time);
    let lo = 0;
    let hi = tl.length;
    // Fast path: in-order arrival appends.
    if (hi === 0 || compareEntry(times[hi - 1], tl[hi - 1], time, entry) <= 0) lo = hi;
    else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareEntry(times[mid], tl[mid], time, entry) <= 0) lo = mid + 1;
        else hi = mid;
      }
    }
    entry.order = lo;
    if (lo === tl.length) {
      tl.push(entry);
      times.push(time);
    } else {
      tl.splice(lo, 0, entry);
      times.splice(lo, 0, time);
      for (let i = lo + 1; i < tl.length; i++) tl[i].order = i;
    }
    return lo;
  }
}

function byTime(a: AgentSpan, b: AgentSpan): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0;
}

const KIND_RANK: Record<EdgeKind, number> = { request: 0, delegate: 1, message: 2, invoke: 3, call: 4, result: 5, return: 6 };

function compareEntry(ta: bigint, a: TimelineEntry, tb: bigint, b: TimelineEntry): number {
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.spanId !== b.spanId) return a.spanId < b.spanId ? -1 : 1;
  return KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

/** Keeps span ids in time order and at most MAX_EDGE_SPAN_IDS of them (the latest). */
function insertSpanId(ids: string[], spanId: string, time: bigint, spanTimes: ReadonlyMap<string, bigint>): void {
  let i = ids.length;
  while (i > 0) {
    const t = spanTimes.get(ids[i - 1]) ?? 0n;
    if (t < time || (t === time && ids[i - 1] < spanId)) break;
    i--;
  }
  ids.splice(i, 0, spanId);
  if (ids.length > MAX_EDGE_SPAN_IDS) ids.shift();
}
