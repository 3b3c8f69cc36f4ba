// Structural keys of one app, interned: the live path finds a key by its node ids instead of building its string.
import type { Baseline } from './baseline.ts';
import { followsAct, keySurprise, keyWeight, readsOnlyEdge } from './contributions.ts';
import { seqPath, type StructureKind } from './session-tracker.ts';

/** Keys remembered per app; past it the table is dropped and refilled (ids invented per session must not grow it forever). */
export const MAX_INTERNED_KEYS = 50_000;

/** One structural key of an app, with its surprise against the baseline revision it was last read at. */
export class InternedKey {
  private base: Baseline | undefined;
  private rev = -1;
  private surprise = 0;
  /** See keyWeight: 0 for a key that never scores (it ends in a read-only tool). */
  private weight = 0;
  /** For a bigram: the trigrams that end with it, by their first token (see KeyIntern.trigram). */
  longer: Map<string, InternedKey> | undefined;

  /** `last`: the node the key ends in (the edge's target, the n-gram's last action); `readsEdge`: see readsOnlyEdge; `afterAct`: see followsAct. */
  constructor(
    readonly key: string,
    readonly kind: StructureKind,
    private readonly last: string,
    private readonly readsEdge?: string,
    private readonly afterAct = false,
  ) {}

  /** Whether the key scores at all against `b` (it was in fewer than half the normal sessions, and counts). O(1), two lookups per baseline revision. */
  scores(b: Baseline): boolean {
    if (this.base !== b || this.rev !== b.revision) {
      this.weight = keyWeight(this.kind, this.last, b, this.readsEdge, false, this.afterAct);
      this.surprise = this.weight > 0 ? keySurprise(b.presence(this.key), b.sessions) : 0;
      this.base = b;
      this.rev = b.revision;
    }
    return this.weight > 0 && this.surprise > 0;
  }
}

type Level<T> = Map<string, T>;

/**
 * Edge, bigram and trigram keys of one app, nested by the node ids they are made of. A session
 * reports each of its keys once; looking one up here costs one to four map lookups on strings the
 * session graph already holds (their hashes cached), where building `t|<actor>|<a>|<b>|<c>` would
 * concatenate and hash some sixty characters. Role patterns are keyed by actor and pattern. O(1)
 * per lookup.
 */
export class KeyIntern {
  private size = 0;
  private edges: Level<InternedKey> = new Map();
  private bigrams: Level<Level<Level<InternedKey>>> = new Map();
  private patterns: Level<Level<InternedKey>> = new Map();

  edge(edgeId: string, target: string): InternedKey {
    let k = this.edges.get(edgeId);
    if (!k) this.edges.set(edgeId, (k = this.make(`e|${edgeId}`, 'edge', target)));
    return k;
  }

  /** A role pattern (`^RA`: see SessionTracker) of an actor. */
  roles(actor: string, pattern: string): InternedKey {
    const byPattern = level(this.patterns, actor);
    let k = byPattern.get(pattern);
    if (!k) byPattern.set(pattern, (k = this.make(`r|${actor}|${pattern}`, 'roles', actor)));
    return k;
  }

  bigram(actor: string, prev: string, next: string): InternedKey {
    const byNext = level(level(this.bigrams, actor), prev);
    let k = byNext.get(next);
    if (!k) byNext.set(next, (k = this.make(`b|${actor}|${prev}|${next}`, 'bigram', next, seqPath(actor, prev, next))));
    return k;
  }

  /** Kept under the bigram it ends with (prev1 → next), by prev2: one more lookup, at most one new map per bigram. */
  trigram(actor: string, prev2: string, prev1: string, next: string): InternedKey {
    const bigram = this.bigram(actor, prev1, next);
    const byPrev2 = (bigram.longer ??= new Map());
    let k = byPrev2.get(prev2);
    if (!k) byPrev2.set(prev2, (k = this.make(`t|${actor}|${prev2}|${prev1}|${next}`, 'trigram', next, seqPath(actor, prev2, prev1, next))));
    return k;
  }

  /** `path`: an n-gram's actor then calls (see seqPath), from which its weight rules are read once. */
  private make(key: string, kind: StructureKind, last: string, path?: string[]): InternedKey {
    if (++this.size > MAX_INTERNED_KEYS) {
      this.size = 1;
      this.edges = new Map();
      this.bigrams = new Map();
      this.patterns = new Map();
    }
    return path ? new InternedKey(key, kind, last, readsOnlyEdge(kind, path), followsAct(kind, path)) : new InternedKey(key, kind, last);
  }
}

function level<T>(m: Map<string, Map<string, T>>, k: string): Map<string, T> {
  let next = m.get(k);
  if (!next) m.set(k, (next = new Map()));
  return next;
}
