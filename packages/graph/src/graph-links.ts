// The structure of a session graph and nothing else: which nodes and edges exist, and the edges
// leaving each node. What the rules read of a graph, kept for every open session on the rule thread.
import type { AgentSpan } from './agent-span.ts';
import type { EdgeKind, GraphDelta, NodeKind } from './graph-types.ts';

/**
 * The edges leaving a node, flat: id, kind, target, id, kind, target, … One array per node rather
 * than one per edge: every open session keeps these, and each array is two objects for the GC.
 */
type OutLinks = string[];
const NO_LINKS: readonly string[] = [];

/**
 * What a session graph records of each placed interaction: `GraphLinks` (structure only) or
 * `GraphHistory` (graphology, times, counts, the timeline and deltas). `deltas` is given only while
 * the session graph records them.
 */
export interface GraphBody {
  touchNode(id: string, kind: NodeKind, label: string, span: AgentSpan, ranOnIt: boolean, deltas: GraphDelta[] | undefined): void;
  interact(id: string, kind: EdgeKind, source: string, target: string, span: AgentSpan, time: bigint, deltas: GraphDelta[] | undefined): void;
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  forEachOutLink(node: string, f: (edge: string, kind: EdgeKind, target: string) => void): void;
}

/**
 * Adjacency lists without a graphology instance (building one per session was a tenth of the rule
 * thread's copy of it), node and edge history, or a timeline.
 */
export class GraphLinks implements GraphBody {
  private readonly links = new Map<string, OutLinks>();
  private readonly edgeIds = new Set<string>();

  touchNode(id: string): void {
    if (!this.links.has(id)) this.links.set(id, []);
  }

  interact(id: string, kind: EdgeKind, source: string, target: string): void {
    if (this.edgeIds.has(id)) return;
    this.edgeIds.add(id);
    const out = this.links.get(source);
    if (out) out.push(id, kind, target);
    else this.links.set(source, [id, kind, target]);
  }

  hasNode(id: string): boolean {
    return this.links.has(id);
  }

  hasEdge(id: string): boolean {
    return this.edgeIds.has(id);
  }

  forEachOutLink(node: string, f: (edge: string, kind: EdgeKind, target: string) => void): void {
    const out = this.links.get(node) ?? NO_LINKS;
    for (let i = 0; i < out.length; i += 3) f(out[i], out[i + 1] as EdgeKind, out[i + 2]);
  }
}
