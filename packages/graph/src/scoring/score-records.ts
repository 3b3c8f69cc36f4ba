// Node and edge score records of a live session, painted from its contributions only when someone reads them.
import type { Contribution } from './contributions.ts';

/** What the records are painted from: every current contribution that lands on a node or an edge. */
export interface PaintSource {
  forEachPainted(paint: (c: Contribution) => void): void;
}

/**
 * The session's node → score and edge → score records, as two stable objects the server holds
 * (the pipeline stores them on the live session after every span; the graph endpoint reads a few
 * keys). Painting them on every contribution change cost about a microsecond per span for records
 * read a handful of times per session, so a change only marks them stale and the first read
 * repaints them from the current contributions: O(k) per read after a change, O(1) per change.
 * They hold, per node and edge, the highest score of the contributions on it (rounded to 0.001).
 * They are proxies: reading, `in`, `Object.keys`, spreading and JSON work; to post them to a worker
 * (structured clone) copy them first (`{ ...records.nodes }`).
 */
export class ScoreRecords {
  readonly nodes: Record<string, number>;
  readonly edges: Record<string, number>;
  private nodeData: Record<string, number> = scoreRecord();
  private edgeData: Record<string, number> = scoreRecord();
  private stale = false;

  constructor(private readonly source: PaintSource) {
    this.nodes = new Proxy(scoreRecord(), new RecordHandler(this, true));
    this.edges = new Proxy(scoreRecord(), new RecordHandler(this, false));
  }

  /** A contribution changed: repaint before the next read. O(1). */
  markStale(): void {
    this.stale = true;
  }

  /** The current records (repainted if stale). */
  data(nodes: boolean): Record<string, number> {
    if (this.stale) {
      this.stale = false;
      const n = scoreRecord();
      const e = scoreRecord();
      this.source.forEachPainted((c) => paint(c, n, e));
      this.nodeData = n;
      this.edgeData = e;
    }
    return nodes ? this.nodeData : this.edgeData;
  }
}

/** Reads through to the current record; the proxies are read-only views. */
class RecordHandler implements ProxyHandler<Record<string, number>> {
  constructor(
    private readonly records: ScoreRecords,
    private readonly nodes: boolean,
  ) {}
  get(_t: Record<string, number>, key: string | symbol): unknown {
    return typeof key === 'string' ? this.records.data(this.nodes)[key] : undefined;
  }
  has(_t: Record<string, number>, key: string | symbol): boolean {
    return typeof key === 'string' && key in this.records.data(this.nodes);
  }
  ownKeys(): string[] {
    return Object.keys(this.records.data(this.nodes));
  }
  getOwnPropertyDescriptor(_t: Record<string, number>, key: string | symbol): PropertyDescriptor | undefined {
    const d = this.records.data(this.nodes);
    return typeof key === 'string' && key in d ? { value: d[key], writable: false, enumerable: true, configurable: true } : undefined;
  }
  set(): boolean {
    return false;
  }
  deleteProperty(): boolean {
    return false;
  }
}

/** An edge, its mirror (result/return) and the node it points at take the contribution's score, if higher. O(1). */
function paint(c: Contribution, nodes: Record<string, number>, edges: Record<string, number>): void {
  for (const e of c.edgeIds) raise(edges, e, c.score);
  const mirror = c.mirror;
  if (mirror !== undefined) raise(edges, mirror, c.score);
  const node = c.kind === 'metric' || c.kind === 'volume' ? c.target : c.path[c.path.length - 1];
  if (node) raise(nodes, node, c.score);
}

function raise(rec: Record<string, number>, key: string, score: number): void {
  if (!(rec[key] >= score)) rec[key] = Math.round(score * 1000) / 1000;
}

/** Prototype-less, so V8 keeps it as a hash table from the start (ids are arbitrary strings). Serializes like `{}`. */
function scoreRecord(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}
