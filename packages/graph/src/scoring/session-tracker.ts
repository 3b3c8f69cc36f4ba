// Per-session structure the scorer keys on, kept up to date one interaction at a time: O(1) per interaction.
import type { EdgeKind } from '../graph-types.ts';
import { USER_NODE } from '../node-ids.ts';
import { hash32, hashString } from './robust-stats.ts';
import type { SessionGraph } from '../session-graph.ts';
import type { InternedKey, KeyIntern } from './key-intern.ts';
import { actsOnWorld } from './tool-role.ts';

/** Edge kinds that carry a decision (who called or told whom). `result`/`return` mirror them and add nothing. */
const ACTION_KINDS: ReadonlySet<EdgeKind> = new Set(['request', 'delegate', 'message', 'invoke', 'call']);
/** Kinds that form an agent's action sequence (n-grams). Model calls are left out: they sit between every two actions. */
const SEQUENCE_KINDS: ReadonlySet<EdgeKind> = new Set(['delegate', 'message', 'invoke']);
const START = '^';

/**
 * `roles`: an agent's last 2–4 tool calls as role letters (`^` start, `A` a tool that acts, `R`
 * any other tool; see tool-role), ending in an `A`. `node`: a tool the session called (knowledge
 * for the baseline, never scored).
 */
export type StructureKind = 'edge' | 'bigram' | 'trigram' | 'roles' | 'node';

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
  /** Its last two actions as ids and as node numbers (see `nodes`; START = 0). */
  prev1: string;
  prev2: string;
  prev1Index: number;
  prev2Index: number;
  run: number;
  time: bigint;
  /**
   * N-grams this actor showed, packed from node numbers (10 bits each): bigrams as
   * `prev·N + next`, trigrams as `((prev2 + 1)·N + prev1)·N + next`, so the two never meet and
   * every key is a small integer. A repeated n-gram then costs one set lookup and builds no key
   * string, nor even a heap number. N-grams involving a node numbered N − 1 or more (sessions past
   * ~1,000 nodes) are kept as strings in `wideGrams` instead.
   */
  grams: Set<number>;
  /** The start marker and the role letters of its last three tool calls, and the role patterns it showed. */
  roles: string;
  patterns: Set<string>;
}

const N = 1024;

/** The live scorer's filter on new keys: an app's interned keys, and whether one should be reported. */
export interface KeyFilter {
  intern: KeyIntern;
  wants(k: InternedKey): boolean;
}

/** A tool the session called (`n|tool:x`): never scores itself; tells the baseline which tools an app knows. */
export function nodeKey(node: string): string {
  return `n|${node}`;
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
  toolCalls = 0;
  llmCalls = 0;
  delegations = 0;
  messages = 0;
  maxDepth = 0;
  maxFanOut = 0;
  maxRepeatRun = 0;
  disordered = false;
  private edgeCount = 0;
  /** Edge ids seen (the same test as `keys.has(edgeKey(id))`, without building the key). */
  private readonly edgeIds = new Set<string>();
  /** N-grams that do not pack (see ActorState.grams), as key strings. */
  private wideGrams: Set<string> | undefined;
  /** Order-independent hash of the distinct action edges (sum of their hashes). */
  private shapeSum = 0;
  private readonly nodeKinds = { tool: 0, agent: 0, model: 0 };
  /** Node id → its number in this session (1, 2, … in order of first interaction; 0 is START). */
  private readonly nodes = new Map<string, number>();
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

  /**
   * `keys`: the live scorer's interned keys of the app, and which of them it wants reported (those
   * that score): the others are never built as strings or objects. Without it every new key is
   * built and reported (profiles, tests).
   */
  constructor(private readonly keys?: KeyFilter) {}

  /** Rebuilds the exact state from the session's time-ordered timeline. O(T) for T timeline entries. */
  static fromTimeline(g: SessionGraph, onKey?: (k: StructureKey) => void, keys?: KeyFilter): SessionTracker {
    const t = new SessionTracker(keys);
    for (const e of g.timeline) t.observeEdge(e.kind, e.edgeId, e.source, e.target, e.spanId, BigInt(e.time), onKey);
    return t;
  }

  /** Adds one interaction; calls `onKey` for each structural key this session shows for the first time. O(1). */
  observe(i: Interaction, onKey?: (k: StructureKey) => void): void {
    this.observeEdge(i.kind, i.edgeId, i.source, i.target, i.spanId, i.time, onKey);
  }

  /**
   * `observe` with the interaction spread into arguments: the ingest path calls it once per placed
   * edge and allocates nothing for an interaction it has seen before (known edge, known n-grams).
   * O(1): a few map lookups on strings the graph already holds.
   */
  observeEdge(kind: EdgeKind, edgeId: string, source: string, target: string, spanId: string, time: bigint, onKey?: (k: StructureKey) => void): void {
    if (!ACTION_KINDS.has(kind)) return;
    this.touchNode(source);
    // The tools an app knows, for the baseline (profiles only: a node key never scores, so the live path skips it).
    if (this.touchNode(target) && !this.keys && target.startsWith('tool:')) this.add({ key: nodeKey(target), kind: 'node', edgeId, path: [target], spanId }, onKey);
    if (kind === 'invoke') this.toolCalls++;
    else if (kind === 'call') this.llmCalls++;
    else if (kind === 'delegate') this.delegations++;
    else if (kind === 'message') this.messages++;

    if (!this.edgeIds.has(edgeId)) {
      this.edgeIds.add(edgeId);
      this.edgeCount++;
      this.shapeSum = (this.shapeSum + hash32(hashString(edgeId))) >>> 0;
      const k = this.keys ? this.keys.intern.edge(edgeId, target) : undefined;
      if (!k || this.keys!.wants(k)) this.add({ key: k ? k.key : edgeKey(edgeId), kind: 'edge', edgeId, path: [source, target], spanId }, onKey);
      if (kind !== 'request' && kind !== 'call') this.maxFanOut = Math.max(this.maxFanOut, this.bump(this.fanOut, source));
    }
    const srcDepth = this.depth.get(source) ?? (source === USER_NODE ? 0 : 1);
    if (kind !== 'message' && !this.depth.has(target)) this.depth.set(target, srcDepth + 1);
    if (srcDepth + 1 > this.maxDepth) this.maxDepth = srcDepth + 1;

    if (!SEQUENCE_KINDS.has(kind)) return;
    let a = this.actors.get(source);
    if (!a) this.actors.set(source, (a = { prev1: START, prev2: START, prev1Index: 0, prev2Index: 0, run: 0, time, grams: new Set(), roles: START, patterns: new Set() }));
    if (time < a.time) this.disordered = true;
    a.time = time;
    const t = this.nodes.get(target)!;
    // Whether an n-gram packs depends only on its nodes' numbers, so it is always looked up in the same set.
    const fits = t < N - 1 && a.prev1Index < N - 1;
    const bigram = a.prev1Index * N + t;
    if (fits ? !a.grams.has(bigram) : this.isWide(`b|${source}|${a.prev1}|${target}`)) {
      if (fits) a.grams.add(bigram);
      const k = this.keys ? this.keys.intern.bigram(source, a.prev1, target) : undefined;
      if (!k || this.keys!.wants(k)) {
        this.add({ key: k ? k.key : `b|${source}|${a.prev1}|${target}`, kind: 'bigram', edgeId, fromStart: a.prev1 === START, path: seqPath(source, a.prev1, target), spanId }, onKey);
      }
    }
    if (a.prev1 !== START) {
      const packs = fits && a.prev2Index < N - 1;
      const trigram = ((a.prev2Index + 1) * N + a.prev1Index) * N + t;
      if (packs ? !a.grams.has(trigram) : this.isWide(`t|${source}|${a.prev2}|${a.prev1}|${target}`)) {
        if (packs) a.grams.add(trigram);
        const k = this.keys ? this.keys.intern.trigram(source, a.prev2, a.prev1, target) : undefined;
        if (!k || this.keys!.wants(k)) {
          this.add({ key: k ? k.key : `t|${source}|${a.prev2}|${a.prev1}|${target}`, kind: 'trigram', edgeId, fromStart: a.prev2 === START, path: seqPath(source, a.prev2, a.prev1, target), spanId }, onKey);
        }
      }
    }
    if (kind === 'invoke') this.observeRoles(a, source, target, edgeId, spanId, onKey);
    a.run = a.prev1 === target ? a.run + 1 : 1;
    if (a.run > this.maxRepeatRun) this.maxRepeatRun = a.run;
    a.prev2 = a.prev1;
    a.prev2Index = a.prev1Index;
    a.prev1 = target;
    a.prev1Index = t;
  }

  /**
   * The role patterns an acting tool call completes: the actor's last one to three role letters
   * (with the start marker) and this call's `A`. At most 3 patterns per call, each a string of ≤ 4
   * letters. O(1).
   */
  private observeRoles(a: ActorState, actor: string, tool: string, edgeId: string, spanId: string, onKey?: (k: StructureKey) => void): void {
    const seq = a.roles + (actsOnWorld(tool) ? 'A' : 'R');
    a.roles = seq.slice(-3);
    // Only patterns that end in an act: a new task's reads make new read patterns, an injection acts.
    if (seq[seq.length - 1] !== 'A') return;
    for (let n = 2; n <= Math.min(4, seq.length); n++) {
      const pattern = seq.slice(-n);
      if (a.patterns.has(pattern)) continue;
      a.patterns.add(pattern);
      const k = this.keys ? this.keys.intern.roles(actor, pattern) : undefined;
      if (!k || this.keys!.wants(k)) this.add({ key: k ? k.key : `r|${actor}|${pattern}`, kind: 'roles', edgeId, fromStart: pattern[0] === START, path: [actor, tool], spanId }, onKey);
    }
  }

  /** For n-grams that do not pack: true (and remembered) the first time `key` is seen. */
  private isWide(key: string): boolean {
    this.wideGrams ??= new Set();
    if (this.wideGrams.has(key)) return false;
    this.wideGrams.add(key);
    return true;
  }

  /** The key objects go to `onKey` only: the session keeps just what it needs to spot repeats. */
  private add(k: StructureKey, onKey?: (k: StructureKey) => void): void {
    onKey?.(k);
  }

  /** Numbers a node on its first interaction; true then. */
  private touchNode(id: string): boolean {
    if (this.nodes.has(id)) return false;
    this.nodes.set(id, this.nodes.size + 1);
    const kind = id.slice(0, id.indexOf(':'));
    if (kind === 'tool' || kind === 'agent' || kind === 'model') this.nodeKinds[kind]++;
    return true;
  }

  private bump(m: Map<string, number>, k: string): number {
    const v = (m.get(k) ?? 0) + 1;
    m.set(k, v);
    return v;
  }
}

/** The actor, then its actions without the start marker: the node path an n-gram stands for. */
export function seqPath(actor: string, a: string, b: string, c?: string): string[] {
  const path = [actor];
  if (a !== START) path.push(a);
  if (b !== START) path.push(b);
  if (c !== undefined && c !== START) path.push(c);
  return path;
}
