// One anomaly contribution per surprising fact (rare edge, rare transition, outlying feature or metric), with its reason.
import { nodeName } from '../node-ids.ts';
import type { Baseline } from './baseline.ts';
import { robustZ } from './robust-stats.ts';
import { featureLabel, scaleOf, untransform, type SessionFeature } from './session-features.ts';
import type { StructureKey } from './session-tracker.ts';

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
}

/** A contribution whose text is formatted only when read (the hot path creates many, shows few). */
class LazyContribution implements Contribution {
  readonly score: number;
  private formatted: string | undefined;
  constructor(
    readonly kind: ContributionKind,
    readonly target: string,
    readonly raw: number,
    readonly path: string[],
    readonly edgeIds: string[],
    readonly spanIds: string[],
    private readonly format: () => string,
  ) {
    this.score = squash(raw);
  }
  get text(): string {
    return (this.formatted ??= this.format());
  }
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
/** Features and metrics move together (more calls → more spans → longer), so each counts half. */
const VALUE_WEIGHT = 0.5;
/** Robust sigmas a value may sit above the median for free: normal sessions vary that much. */
export const Z_FREE = 2;
/** Beyond this many sigmas more tells nothing new (a 30-call burst is as alarming as a 300-call one). */
const Z_CAP = 12;
/** A key in more than this share of normal sessions is common: no surprise at all. */
const COMMON_SHARE = 0.5;

export const squash = (raw: number) => 1 - Math.exp(-raw);

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
  const weight = k.kind === 'edge' ? EDGE_WEIGHT : k.kind === 'bigram' ? BIGRAM_WEIGHT : TRIGRAM_WEIGHT;
  const raw = weight * surprise;
  const [actor, ...rest] = k.path;
  const target = k.kind === 'edge' ? k.edgeId : rest[rest.length - 1] ?? actor;
  return new LazyContribution(k.kind === 'edge' ? 'edge' : 'transition', target, raw, k.path, [k.edgeId], [k.spanId], () => {
    const seenText = `seen in ${seen} of ${sessions} normal sessions`;
    if (k.kind === 'edge') return `${describe(actor)} → ${describe(rest[0])} (${k.edgeId.slice(0, k.edgeId.indexOf(':'))}) ${seenText}`;
    const seq = rest.map((n) => `\`${nodeName(n)}\``).join(' → ');
    return k.fromStart ? `${describe(actor)} starting with ${seq} ${seenText}` : `${describe(actor)} calling ${seq} in a row ${seenText}`;
  });
}

/**
 * How far a sampled value (session feature `f|…`, calls on an edge `c|…`, node metric `m|…`)
 * sits above its normal median, in robust sigmas past Z_FREE. Only upward deviations count:
 * fewer calls or a less central agent than usual is not what an attack looks like. O(1) once the
 * baseline's summary is cached.
 */
export function valueContribution(name: string, value: number, b: Baseline, loo = false): Contribution | undefined {
  const scale = scaleOf(name);
  const s = b.summary(name, loo ? value : undefined);
  if (!s || s.n < 3) return undefined; // three samples are the least that say anything about spread
  const z = robustZ(scale.log ? Math.log1p(Math.max(0, value)) : value, s);
  if (z <= Z_FREE) return undefined;
  const raw = VALUE_WEIGHT * (Math.min(z, Z_CAP) - Z_FREE);
  const vs = () => `${fmt(value)} vs median ${fmt(untransform(s.median, scale))} (p99 ${fmt(untransform(s.p99, scale))}) over ${s.n} normal sessions`;
  const kind = name.slice(0, 1);
  const rest = name.slice(2);
  if (kind === 'f') return new LazyContribution('feature', 'session', raw, [], [], [], () => `${featureLabel(rest as SessionFeature)} ${vs()}`);
  if (kind === 'c') {
    // `c|<kind>:<source>-><target>`: the edge's ends are the path.
    const arrow = rest.lastIndexOf('->');
    const path = arrow > 0 ? [rest.slice(rest.indexOf(':') + 1, arrow), rest.slice(arrow + 2)] : [];
    return new LazyContribution('calls', rest, raw, path, [rest], [], () => (path.length ? `${describe(path[0])} → ${describe(path[1])} used ${vs()}` : `${rest} used ${vs()}`));
  }
  const bar = rest.lastIndexOf('|');
  const node = rest.slice(0, bar);
  const metric = rest.slice(bar + 1);
  return new LazyContribution(metric === 'weightedDegree' ? 'volume' : 'metric', node, raw, [node], [], [], () => `${metric === 'weightedDegree' ? 'interactions through' : metric + ' of'} ${describe(node)} ${vs()}`);
}

/** `agent \`responder\`` from `agent:responder`. */
export function describe(node: string | undefined): string {
  if (!node) return '?';
  const i = node.indexOf(':');
  return i < 0 ? node : `${node.slice(0, i)} \`${node.slice(i + 1)}\``;
}

function fmt(x: number): string {
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
