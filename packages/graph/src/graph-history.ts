// A session graph as the server serves it: graphology nodes and edges with their history (first and
// last seen, counts, span ids), the ordered timeline of interactions, and the deltas that describe
// each change to live viewers.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { AgentSpan } from './agent-span.ts';
import type { GraphBody } from './graph-links.ts';
import type { EdgeAttributes, EdgeKind, GraphDelta, NodeAttributes, NodeKind, TimelineEntry } from './graph-types.ts';

/** Span ids kept per edge: enough to show evidence, bounded so a 10K-repeat loop stays small. */
export const MAX_EDGE_SPAN_IDS = 50;

export type SessionGraphData = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export class GraphHistory implements GraphBody {
  readonly data: SessionGraphData = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  /** Interactions by (time, span id, kind): the order detectors reason about. */
  readonly timeline: TimelineEntry[] = [];
  /** Each timeline entry's time as a bigint (same index): compares without re-parsing the string. */
  private readonly timelineTimes: bigint[] = [];
  /** First and last seen times of each node and edge as bigints, beside their string attributes. */
  private readonly nodeSeen = new Map<string, { first: bigint; last: bigint }>();
  private readonly edgeSeen = new Map<string, { first: bigint; last: bigint }>();
  /** Span start by id, for ordering an edge's span ids. */
  private readonly spanStarts = new Map<string, bigint>();

  constructor(private readonly sessionId: string) {}

  hasNode(id: string): boolean {
    return this.data.hasNode(id);
  }

  hasEdge(id: string): boolean {
    return this.data.hasEdge(id);
  }

  forEachOutLink(node: string, f: (edge: string, kind: EdgeKind, target: string) => void): void {
    if (this.data.hasNode(node)) this.data.forEachOutEdge(node, (edge, attr, _source, target) => f(edge, attr.kind, target));
  }

  touchNode(id: string, kind: NodeKind, label: string, span: AgentSpan, ranOnIt: boolean, deltas: GraphDelta[] | undefined): void {
    const g = this.data;
    const seen = this.nodeSeen.get(id);
    if (!seen) {
      const attributes: NodeAttributes = {
        kind,
        label,
        firstSeen: span.start.toString(),
        lastSeen: span.end.toString(),
        spanCount: ranOnIt ? 1 : 0,
        errorCount: ranOnIt && span.status === 'error' ? 1 : 0,
      };
      this.nodeSeen.set(id, { first: span.start, last: span.end });
      g.addNode(id, attributes);
      deltas?.push({ type: 'node:add', sessionId: this.sessionId, node: id, attributes: { ...attributes } });
      return;
    }
    const attr = g.getNodeAttributes(id);
    let changed: Partial<NodeAttributes> | undefined;
    if (span.start < seen.first) {
      seen.first = span.start;
      attr.firstSeen = span.start.toString();
      if (deltas) (changed ??= {}).firstSeen = attr.firstSeen;
    }
    if (span.end > seen.last) {
      seen.last = span.end;
      attr.lastSeen = span.end.toString();
      if (deltas) (changed ??= {}).lastSeen = attr.lastSeen;
    }
    if (ranOnIt) {
      ++attr.spanCount;
      if (span.status === 'error') ++attr.errorCount;
      if (deltas) {
        (changed ??= {}).spanCount = attr.spanCount;
        if (span.status === 'error') changed.errorCount = attr.errorCount;
      }
    }
    if (changed) deltas!.push({ type: 'attr:update', sessionId: this.sessionId, target: 'node', key: id, attributes: changed });
  }

  interact(id: string, kind: EdgeKind, source: string, target: string, span: AgentSpan, time: bigint, deltas: GraphDelta[] | undefined): void {
    const t = time.toString();
    const order = this.insertTimeline({ order: 0, spanId: span.spanId, edgeId: id, kind, source, target, time: t }, time);
    const g = this.data;
    const seen = this.edgeSeen.get(id);
    this.spanStarts.set(span.spanId, span.start);
    if (!seen) {
      const attributes: EdgeAttributes = { kind, count: 1, firstSeen: t, lastSeen: t, spanIds: [span.spanId], order };
      this.edgeSeen.set(id, { first: time, last: time });
      g.addEdgeWithKey(id, source, target, attributes);
      deltas?.push({ type: 'edge:add', sessionId: this.sessionId, edge: id, source, target, attributes: { ...attributes, spanIds: [span.spanId] } });
      return;
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
    insertSpanId(attr.spanIds, span.spanId, span.start, this.spanStarts);
    if (deltas) {
      // The ids as they are now (absolute, like every delta value): a client that replays deltas has them all.
      const changed: Partial<EdgeAttributes> = { count: attr.count, spanIds: attr.spanIds.slice() };
      if (earlier) changed.firstSeen = t;
      if (later) changed.lastSeen = t;
      deltas.push({ type: 'attr:update', sessionId: this.sessionId, target: 'edge', key: id, attributes: changed });
    }
  }

  /**
   * graphology's JSON serialization in canonical order (nodes by first appearance, edges by
   * first interaction; insertion order would leak arrival order), each edge's `order` made final.
   */
  export(): SerializedGraph<NodeAttributes, EdgeAttributes> {
    const firstOrder = new Map<string, number>();
    for (const t of this.timeline) if (!firstOrder.has(t.edgeId)) firstOrder.set(t.edgeId, t.order);
    this.data.forEachEdge((e, attr) => {
      attr.order = firstOrder.get(e) ?? attr.order;
    });
    const out = this.data.export();
    const nodeRank = (a: NodeAttributes) => BigInt(a.firstSeen);
    out.nodes.sort((a, b) => {
      const ta = nodeRank(a.attributes!);
      const tb = nodeRank(b.attributes!);
      return ta < tb ? -1 : ta > tb ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    out.edges.sort((a, b) => a.attributes!.order - b.attributes!.order || (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0));
    return out;
  }

  /** Inserts keeping (time, spanId, kind) order; renumbers the entries after it. O(log n) search, O(k) shift for k later entries (0 when in order). */
  private insertTimeline(entry: TimelineEntry, time: bigint): number {
    const tl = this.timeline;
    const times = this.timelineTimes;
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

const KIND_RANK: Record<EdgeKind, number> = { request: 0, delegate: 1, message: 2, invoke: 3, call: 4, asks: 5, result: 6, return: 7 };

function compareEntry(ta: bigint, a: TimelineEntry, tb: bigint, b: TimelineEntry): number {
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.spanId !== b.spanId) return a.spanId < b.spanId ? -1 : 1;
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  // One span, one kind, two edges: an agent woken by links to two senders (a message from each).
  return a.edgeId < b.edgeId ? -1 : a.edgeId > b.edgeId ? 1 : 0;
}

/**
 * Keeps span ids in the order their spans started (one key for every id: an edge's own times differ by kind, a result's
 * is its end, and mixing them ordered overlapping calls by arrival) and at most MAX_EDGE_SPAN_IDS of them (the latest).
 */
function insertSpanId(ids: string[], spanId: string, time: bigint, starts: ReadonlyMap<string, bigint>): void {
  let i = ids.length;
  while (i > 0) {
    const t = starts.get(ids[i - 1]) ?? 0n;
    if (t < time || (t === time && ids[i - 1] < spanId)) break;
    i--;
  }
  ids.splice(i, 0, spanId);
  if (ids.length > MAX_EDGE_SPAN_IDS) ids.shift();
}
