// One anomaly contribution per surprising fact (rare edge, rare transition, outlying feature or metric), with its reason.
import { edgeId, nodeName } from '../node-ids.ts';
import type { Baseline } from './baseline.ts';
import { edgeKey, nodeKey, type StructureKey, type StructureKind } from './session-tracker.ts';
import { toolRole } from './tool-role.ts';

/** `volume`: a node's weighted degree (interactions through it), kept live; `metric`: the metric pass's centralities. */
export type ContributionKind = 'edge' | 'transition' | 'feature' | 'calls' | 'volume' | 'metric';

export interface Contribution {
  kind: ContributionKind;
  /** A node id, an edge id, or `session`. */
  target: string;
  /** Evidence strength (weighted nats of surprise, or robust sigmas past Z_FREE); the session raw score is the Euclidean norm of these. */
  raw: number;
  /** The same in [0,1], for colouring: 1 − e^(−raw). */
  score: number;
  /** The reason a person reads. Built on first read: most contributions are never shown. */
  readonly text: string;
  path: string[];
  edgeIds: string[];
  spanIds: string[];
  /**
   * The reason as a session summary shows it: one object per contribution, its `text` an
   * enumerable getter, so listing it among a session's reasons formats nothing until the summary
   * is serialized or read.
   */
  readonly reason: ContributionReason;
  /**
   * The `result`/`return` edge that mirrors the contribution's edge (painted with it), or
   * undefined. Worked out once per contribution, or once per sample for value contributions.
   */
  readonly mirror: string | undefined;
}

const MIRROR_KIND: Record<string, string> = { invoke: 'result', delegate: 'return' };

/** Edge and transition contributions sit on the edge path[0] → path[last]; its mirror runs back. O(1). */
export function mirrorOf(edgeIds: string[], path: string[]): string | undefined {
  const e = edgeIds[0];
  if (e === undefined || path.length < 2) return undefined;
  const mirror = MIRROR_KIND[e.slice(0, e.indexOf(':'))];
  return mirror && `${mirror}:${path[path.length - 1]}->${path[0]}`;
}

export interface ContributionReason {
  target: string;
  score: number;
  readonly text: string;
}

/** A contribution whose text is formatted only when read (the hot path creates many, shows few). */
export class LazyContribution implements Contribution {
  readonly score: number;
  private formatted: string | undefined;
  private view: ContributionReason | undefined;
  /** null: not worked out yet. */
  private mirrored: string | undefined | null;
  constructor(
    readonly kind: ContributionKind,
    readonly target: string,
    readonly raw: number,
    readonly path: string[],
    readonly edgeIds: string[],
    readonly spanIds: string[],
    private readonly format: () => string,
    mirror: string | undefined | null = null,
  ) {
    this.score = squash(raw);
    this.mirrored = mirror;
  }
  get mirror(): string | undefined {
    if (this.mirrored === null) this.mirrored = mirrorOf(this.edgeIds, this.path);
    return this.mirrored;
  }
  get text(): string {
    return (this.formatted ??= this.format());
  }
  get reason(): ContributionReason {
    return (this.view ??= reasonOf(this));
  }
}

/** Own enumerable getter: JSON.stringify and spreading read it like a field. */
function reasonOf(c: Contribution): ContributionReason {
  return {
    target: c.target,
    score: Math.round(c.score * 10_000) / 10_000,
    get text() {
      return c.text;
    },
  };
}

/**
 * Transitions carry the most signal: an injected instruction shows as a call made at a point
 * where normal sessions never make it, even to a tool they use. A novel edge always brings novel
 * transitions with it, so the edge itself counts half. (On agentdojo-dev, over 20 random
 * learn/measure splits: transitions alone AUROC 0.81, edges alone 0.74, features alone 0.63.)
 */
const EDGE_WEIGHT = 0.5;
const BIGRAM_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;
/**
 * Role patterns (an agent's last 2–4 tool calls as read/act letters, ending in an act) generalize
 * across tasks: a task the baseline never saw brings new tools, but mostly in the app's usual
 * order of reading and acting; an injected instruction shows as acting where the app's sessions
 * never act. Half weight: a rare but benign action (a refund in one billing session in ten) makes
 * rare patterns too. (agentdojo-dev, 40 splits: the ablation is in BENCHMARKS.md.)
 */
const ROLES_WEIGHT = 0.5;
/**
 * A never-seen edge or sequence ending in a tool that reads (its name leads with a read verb, see
 * tool-role; a name without a verb we know does not count as a read) and
 * that no normal session of the app ever called counts for nothing: reading something new is what
 * a new task does, and on agentdojo-dev it is mostly what held-out benign runs differ in. A known
 * read tool in a new place keeps weight (full for another agent, a quarter in a new order of
 * reads: KNOWN_READS_WEIGHT), as do acting tools, agents and models, and so does a new read
 * right after an act (see AFTER_ACT_WEIGHT): reading on after acting is what counts there.
 */
const NEW_READ_TOOL_WEIGHT = 0;

/**
 * A never-seen sequence made of reads only (every call of the bigram or trigram reads), ending in
 * a read the agent makes in normal sessions (the edge agent → tool is known), counts a quarter:
 * a new task reads what the app reads in its own order, which is most of what held-out benign
 * runs differ in, while an injected instruction shows in sequences that *act* (send, pay…) or
 * that follow an act, which keep full weight. A read the agent never makes (a known tool called by
 * another agent, as an injected lookup would) keeps full weight too. (agentdojo-dev, 40 splits:
 * travel's per-app AUROC 0.61 → 0.81, pooled 0.814 → 0.834; weight 0 or 0.5 within 0.003; BENCHMARKS.md.)
 */
const KNOWN_READS_WEIGHT = 0.25;

/**
 * A never-seen bigram or trigram in which a tool call follows an act (`send_money → get_balance`,
 * `post_webpage → read_channel → send_message`: an act anywhere but last) weighs 1.5 times its
 * kind, even when its last call reads a tool the app never called: the agent acted and went on
 * calling tools. An injected instruction arrives in a tool result mid-task, so the agent acts on
 * it and then resumes the user's task (or acts twice); a task the baseline never saw mostly
 * brings new reads and a new read → act at its end, which keep their weight. Evidence of acting
 * mid-task then stands out of a new task's novelty in every app alike, so scores of different apps
 * compare better (agentdojo-dev, 40 splits: pooled AUROC 0.850 → 0.865, split 0 0.809 → 0.837,
 * per-app within +0.005; 1.25 gives 0.860, 2 gives 0.864 but 8 of 1,921 held-out benign alerts;
 * BENCHMARKS.md). A message or delegation after an act does not count: reporting back is how an
 * agent ends its part.
 */
const AFTER_ACT_WEIGHT = 1.5;

/** Whether a bigram or trigram (`path`: the actor then its calls) ends in a tool call after an act. O(n) on ≤ 4 names (roles cached). */
export function followsAct(kind: StructureKind, path: readonly string[]): boolean {
  if ((kind !== 'bigram' && kind !== 'trigram') || !path[path.length - 1].startsWith('tool:')) return false;
  for (let i = 1; i < path.length - 1; i++) if (toolRole(path[i]) === 'act') return true;
  return false;
}

/**
 * The baseline key of the edge a bigram or trigram ends on, when every call in it reads (`path`:
 * the actor then its calls, see StructureKey); undefined otherwise. O(n) on ≤ 4 names (roles cached).
 */
export function readsOnlyEdge(kind: StructureKind, path: readonly string[]): string | undefined {
  if ((kind !== 'bigram' && kind !== 'trigram') || path.length < 2) return undefined;
  for (let i = 1; i < path.length; i++) if (toolRole(path[i]) !== 'read') return undefined;
  return edgeKey(edgeId('invoke', path[0], path[path.length - 1]));
}

/**
 * The weight of a structural key's surprise against `b`: by kind; nothing for a tool-node key
 * (knowledge only) or for one ending in a read-only tool the app never called (unless it goes on
 * after an act); a quarter for a sequence of reads on a read the agent is known to make
 * (`readsEdge`, see readsOnlyEdge); 1.5 times for a sequence that goes on after an act
 * (`afterAct`, see followsAct).
 * `loo`: the key's session was learned into `b` (leave-one-out). O(1) (names cached).
 */
export function keyWeight(kind: StructureKind, last: string | undefined, b: Baseline, readsEdge?: string, loo = false, afterAct = false): number {
  if (kind === 'node') return 0;
  if (kind === 'roles') return ROLES_WEIGHT;
  if (!afterAct && last !== undefined && b.knowsTools && toolRole(last) === 'read' && b.presence(nodeKey(last)) === 0) return NEW_READ_TOOL_WEIGHT;
  if (readsEdge !== undefined && b.presence(readsEdge) > (loo ? 1 : 0)) return KNOWN_READS_WEIGHT;
  const w = kind === 'edge' ? EDGE_WEIGHT : kind === 'bigram' ? BIGRAM_WEIGHT : TRIGRAM_WEIGHT;
  return afterAct ? AFTER_ACT_WEIGHT * w : w;
}

/** A key in more than this share of normal sessions is common: no surprise at all. */
const COMMON_SHARE = 0.5;

export const squash = (raw: number) => 1 - Math.exp(-raw);

/** Surprise of a structural key seen in `seen` of `sessions` normal sessions; 0 for a common key. O(1). */
export function keySurprise(seen: number, sessions: number): number {
  return rarity(seen, sessions);
}

/** Keys that were present in at least this many normal sessions are counted as normal. */
function rarity(seen: number, sessions: number): number {
  // Surprise −ln P with a Jeffreys-style half count, minus that of a key in half the sessions.
  return Math.max(0, Math.log((sessions + 1) / (seen + 0.5)) + Math.log(COMMON_SHARE));
}

/**
 * How surprising one structural key is. `loo`: the profile was learned into the baseline and is
 * scored as if it were not (leave-one-out calibration). O(1).
 */
export function keyContribution(k: StructureKey, b: Baseline, loo = false): Contribution | undefined {
  const sessions = b.sessions - (loo ? 1 : 0);
  const seen = Math.max(0, b.presence(k.key) - (loo ? 1 : 0));
  const surprise = rarity(seen, sessions);
  if (surprise <= 0) return undefined;
  const raw = keyWeight(k.kind, k.path[k.path.length - 1], b, readsOnlyEdge(k.kind, k.path), loo, followsAct(k.kind, k.path)) * surprise;
  if (raw <= 0) return undefined;
  const [actor, ...rest] = k.path;
  const target = k.kind === 'edge' ? k.edgeId : rest[rest.length - 1] ?? actor;
  return new LazyContribution(k.kind === 'edge' ? 'edge' : 'transition', target, raw, k.path, [k.edgeId], [k.spanId], () => {
    const seenText = `seen in ${seen} of ${sessions} normal sessions`;
    if (k.kind === 'roles') return `${describe(actor)} calling tools in the pattern ${rolePattern(k.key)} ${seenText}`;
    if (k.kind === 'edge') return `${describe(actor)} → ${describe(rest[0])} (${k.edgeId.slice(0, k.edgeId.indexOf(':'))}) ${seenText}`;
    const seq = rest.map((n) => `\`${nodeName(n)}\``).join(' → ');
    return k.fromStart ? `${describe(actor)} starting with ${seq} ${seenText}` : `${describe(actor)} calling ${seq} in a row ${seenText}`;
  });
}

/** `start → read → act` from a roles key `r|<actor>|^RA`. */
function rolePattern(key: string): string {
  const letters = key.slice(key.lastIndexOf('|') + 1);
  return [...letters].map((c) => (c === '^' ? 'start' : c === 'A' ? 'act' : 'read')).join(' → ');
}

/** `agent \`responder\`` from `agent:responder`. */
export function describe(node: string | undefined): string {
  if (!node) return '?';
  const i = node.indexOf(':');
  return i < 0 ? node : `${node.slice(0, i)} \`${node.slice(i + 1)}\``;
}

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) || Math.abs(x) >= 100) return String(Math.round(x));
  return x.toFixed(Math.abs(x) >= 1 ? 1 : 2);
}

/**
 * The session's raw score from its contributions: their Euclidean norm. One strong piece of
 * evidence (an edge never seen in 400 normal sessions) then outweighs many weak ones (a dozen
 * transitions each seen in a few normal sessions), which a plain sum would not: benign variety
 * is many weak surprises, an attack usually a few strong ones. Kept incrementally as a sum of squares.
 */
export function combine(sumOfSquares: number): number {
  return Math.sqrt(Math.max(0, sumOfSquares));
}
