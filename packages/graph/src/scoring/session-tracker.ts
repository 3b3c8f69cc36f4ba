// Per-session structure the scorer keys on, kept up to date one interaction at a time: O(1) per interaction.
import type { EdgeKind } from '../graph-types.ts';
import { USER_NODE } from '../node-ids.ts';
import { hash32, hashString } from './robust-stats.ts';
import type { SessionGraph } from '../session-graph.ts';

/** Edge kinds that carry a decision (who called or told whom). `result`/`return` mirror them and add nothing. */
const ACTION_KINDS: ReadonlySet<EdgeKind> = new Set(['request', 'delegate', 'message', 'invoke', 'call']);
/** Kinds that form an agent's action sequence (n-grams). Model calls are left out: they sit between every two actions. */
const SEQUENCE_KINDS: ReadonlySet<EdgeKind> = new Set(['delegate', 'message', 'invoke']);
const START = '^';

export type StructureKind = 'edge' | 'bigram' | 'trigram';

/** One structural fact of a session, keyed the same way in every session of an app. */
export interface StructureKey {
  key: string;
  kind: StructureKind;
  /** The edge the key was seen on: the edge itself, or the interaction that completed an n-gram. */
  edgeId: string;
  /** For n-grams: the sequence starts at the agent's first action. */
  fromStart?: boolean;
  /** The node path it stands for: source → target, or the actor then its actions. */
  path: string[];
  /** The first span that showed it. */
  spanId: string;
}

/** What the tracker needs of one interaction: a timeline entry with its time as bigint. */
export interface Interaction {
  kind: EdgeKind;
  edgeId: string;
  source: string;
  target: string;
  spanId: string;
  time: bigint;
}

interface ActorState {
  prev1: string;
  prev2: string;
  run: number;
  time: bigint;
}

export function edgeKey(edgeId: string): string {
  return `e|${edgeId}`;
}

/**
 * Counts and sequences of one session: distinct edges, per-agent action bigrams and trigrams,
 * depth, fan-out and repeat bursts. Fed in placement order on the ingest path; when spans arrive
 * out of time order `disordered` is set and `fromTimeline` rebuilds it exactly off the hot path.
 */
export class SessionTracker {
  /** Keys seen so far (strings only: the key objects go to `onKey` and are kept only if they score). */
  readonly keys = new Set<string>();
  toolCalls = 0;
  llmCalls = 0;
  delegations = 0;
  messages = 0;
  maxDepth = 0;
  maxFanOut = 0;
  maxRepeatRun = 0;
  disordered = false;
  private edgeCount = 0;
  /** Order-independent hash of the distinct action edges (sum of their hashes). */
  private shapeSum = 0;
  private readonly nodeKinds = { tool: 0, agent: 0, model: 0 };
  private readonly nodes = new Set<string>();
  private readonly depth = new Map<string, number>();
  private readonly fanOut = new Map<string, number>();
  private readonly actors = new Map<string, ActorState>();

  get tools(): number {
    return this.nodeKinds.tool;
  }
  get agents(): number {
    return this.nodeKinds.agent;
  }
  get models(): number {
    return this.nodeKinds.model;
  }
  /** The session's shape: its set of distinct action edges, as `count:hash`. Two sessions with one shape have the same unweighted graph. */
  get shape(): string {
    return `${this.edgeCount}:${this.shapeSum}`;
  }

  /** Distinct action edges (request, delegate, message, invoke, call). */
  get edges(): number {
    return this.edgeCount;
  }

  /** Rebuilds the exact state from the session's time-ordered timeline. O(T) for T timeline entries. */
  static fromTimeline(g: SessionGraph, onKey?: (k: StructureKey) => void): SessionTracker {
    const t = new SessionTracker();
    for (const e of g.timeline) t.observe({ kind: e.kind, edgeId: e.edgeId, source: e.source, target: e.target, spanId: e.spanId, time: BigInt(e.time) }, onKey);
    return t;
  }

  /** Adds one interaction; calls `onKey` for each structural key this session shows for the first time. O(1). */
  observe(i: Interaction, onKey?: (k: StructureKey) => void): void {
    if (!ACTION_KINDS.has(i.kind)) return;
    this.touchNode(i.source);
    this.touchNode(i.target);
    if (i.kind === 'invoke') this.toolCalls++;
    else if (i.kind === 'call') this.llmCalls++;
    else if (i.kind === 'delegate') this.delegations++;
    else if (i.kind === 'message') this.messages++;

    const ek = edgeKey(i.edgeId);
    if (!this.keys.has(ek)) {
      this.edgeCount++;
      this.shapeSum = (this.shapeSum + hash32(hashString(i.edgeId))) >>> 0;
      this.add({ key: ek, kind: 'edge', edgeId: i.edgeId, path: [i.source, i.target], spanId: i.spanId }, onKey);
      if (i.kind !== 'request' && i.kind !== 'call') this.maxFanOut = Math.max(this.maxFanOut, this.bump(this.fanOut, i.source));
    }
    const srcDepth = this.depth.get(i.source) ?? (i.source === USER_NODE ? 0 : 1);
    if (!this.depth.has(i.target) && i.kind !== 'message') this.depth.set(i.target, srcDepth + 1);
    this.maxDepth = Math.max(this.maxDepth, srcDepth + 1);

    if (!SEQUENCE_KINDS.has(i.kind)) return;
    let a = this.actors.get(i.source);
    if (!a) this.actors.set(i.source, (a = { prev1: START, prev2: START, run: 0, time: i.time }));
    if (i.time < a.time) this.disordered = true;
    a.time = i.time;
    const bigram = `b|${i.source}|${a.prev1}|${i.target}`;
    if (!this.keys.has(bigram)) this.add({ key: bigram, kind: 'bigram', edgeId: i.edgeId, fromStart: a.prev1 === START, path: seqPath(i.source, [a.prev1, i.target]), spanId: i.spanId }, onKey);
    if (a.prev1 !== START) {
      const trigram = `t|${i.source}|${a.prev2}|${a.prev1}|${i.target}`;
      if (!this.keys.has(trigram)) {
        this.add({ key: trigram, kind: 'trigram', edgeId: i.edgeId, fromStart: a.prev2 === START, path: seqPath(i.source, [a.prev2, a.prev1, i.target]), spanId: i.spanId }, onKey);
      }
    }
    a.run = a.prev1 === i.target ? a.run + 1 : 1;
    this.maxRepeatRun = Math.max(this.maxRepeatRun, a.run);
    a.prev2 = a.prev1;
    a.prev1 = i.target;
  }

  private add(k: StructureKey, onKey?: (k: StructureKey) => void): void {
    this.keys.add(k.key);
    onKey?.(k);
  }

  private touchNode(id: string): void {
    if (this.nodes.has(id)) return;
    this.nodes.add(id);
    const kind = id.slice(0, id.indexOf(':'));
    if (kind === 'tool' || kind === 'agent' || kind === 'model') this.nodeKinds[kind]++;
  }

  private bump(m: Map<string, number>, k: string): number {
    const v = (m.get(k) ?? 0) + 1;
    m.set(k, v);
    return v;
  }
}

/** The actor, then its actions without the start marker: the node path an n-gram stands for. */
function seqPath(actor: string, tokens: string[]): string[] {
  return [actor, ...tokens.filter((t) => t !== START)];
}
