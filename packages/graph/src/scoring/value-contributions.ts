// Contributions of sampled values (session features, calls per edge, node metrics): robust z past a free band.
import type { Baseline } from './baseline.ts';
import { LazyContribution, describe, fmt, mirrorOf, type Contribution, type ContributionKind } from './contributions.ts';
import { robustZ, type RobustSummary } from './robust-stats.ts';
import { featureLabel, scaleOf, untransform, type Scale, type SessionFeature } from './session-features.ts';

/** Features and metrics move together (more calls → more spans → longer), so each counts half. */
const VALUE_WEIGHT = 0.5;
/** Robust sigmas a value may sit above the median for free: normal sessions vary that much. */
export const Z_FREE = 2;
/** Beyond this many sigmas more tells nothing new (a 30-call burst is as alarming as a 300-call one). */
const Z_CAP = 12;

/**
 * How far a sampled value (session feature `f|…`, calls on an edge `c|…`, node metric `m|…`)
 * sits above its normal median, in robust sigmas past Z_FREE. Only upward deviations count:
 * fewer calls or a less central agent than usual is not what an attack looks like. O(1) once the
 * baseline's summary is cached.
 */
export function valueContribution(name: string, value: number, b: Baseline, loo = false): Contribution | undefined {
  return sampleContribution(name, value, b.summary(name, loo ? value : undefined), scaleOf(name));
}

/**
 * `valueContribution` against a summary the caller already holds. `scale` must be
 * `scaleOf(name)`. O(1); allocates only when the value is over the line.
 */
export function sampleContribution(name: string, value: number, s: RobustSummary | undefined, scale: Scale): Contribution | undefined {
  const raw = sampleRaw(value, s, scale);
  return raw > 0 ? shapedContribution(new SampleShape(name), raw, value, s!, scale) : undefined;
}

/** Evidence of a sampled value: robust sigmas past Z_FREE, weighted; 0 when it says nothing. O(1). */
export function sampleRaw(value: number, s: RobustSummary | undefined, scale: Scale): number {
  if (!s || s.n < 3) return 0; // three samples are the least that say anything about spread
  const z = robustZ(scale.log ? Math.log1p(Math.max(0, value)) : value, s);
  if (z <= Z_FREE) return 0;
  return VALUE_WEIGHT * (Math.min(z, Z_CAP) - Z_FREE);
}

/**
 * What every contribution of one sample (`f|…`, `c|…`, `m|…`) shares: its kind, target, node
 * path, edge, mirror and the start of its reason. Parsed once per sample, so the live scorer,
 * which re-scores a sample at each count checkpoint, allocates only the contribution itself.
 */
export class SampleShape {
  readonly kind: ContributionKind;
  readonly target: string;
  readonly path: string[];
  readonly edgeIds: string[];
  private readonly name: string;
  private labelText: string | undefined;
  private mirrored: string | undefined | null = null;

  constructor(name: string) {
    this.name = name;
    const rest = name.slice(2);
    if (name.startsWith('f|')) {
      this.kind = 'feature';
      this.target = 'session';
      this.path = [];
      this.edgeIds = [];
    } else if (name.startsWith('c|')) {
      // `c|<kind>:<source>-><target>`: the edge's ends are the path.
      const arrow = rest.lastIndexOf('->');
      this.kind = 'calls';
      this.target = rest;
      this.path = arrow > 0 ? [rest.slice(rest.indexOf(':') + 1, arrow), rest.slice(arrow + 2)] : [];
      this.edgeIds = [rest];
    } else {
      const node = rest.slice(0, rest.lastIndexOf('|'));
      this.kind = rest.endsWith('|weightedDegree') ? 'volume' : 'metric';
      this.target = node;
      this.path = [node];
      this.edgeIds = [];
    }
  }

  get mirror(): string | undefined {
    if (this.mirrored === null) this.mirrored = mirrorOf(this.edgeIds, this.path);
    return this.mirrored;
  }

  /** The reason up to the numbers: "error spans", "agent `a` → tool `t` used", "interactions through tool `t`". */
  get label(): string {
    if (this.labelText === undefined) {
      const rest = this.name.slice(2);
      if (this.kind === 'feature') this.labelText = featureLabel(rest as SessionFeature);
      else if (this.kind === 'calls') this.labelText = this.path.length ? `${describe(this.path[0])} → ${describe(this.path[1])} used` : `${rest} used`;
      else {
        const metric = rest.slice(rest.lastIndexOf('|') + 1);
        this.labelText = `${metric === 'weightedDegree' ? 'interactions through' : metric + ' of'} ${describe(this.target)}`;
      }
    }
    return this.labelText;
  }

  /** The contribution for a `raw` > 0 that `sampleRaw(value, s, scale)` gave. O(1). */
  withRaw(raw: number, value: number, s: RobustSummary, scale: Scale): Contribution {
    return shapedContribution(this, raw, value, s, scale);
  }
}

const NO_SPANS: string[] = [];

function shapedContribution(shape: SampleShape, raw: number, value: number, s: RobustSummary, scale: Scale): Contribution {
  return new LazyContribution(shape.kind, shape.target, raw, shape.path, shape.edgeIds, NO_SPANS, () => `${shape.label} ${versus(value, s, scale)}`, shape.mirror);
}

function versus(value: number, s: RobustSummary, scale: Scale): string {
  return `${fmt(value)} vs median ${fmt(untransform(s.median, scale))} (p99 ${fmt(untransform(s.p99, scale))}) over ${s.n} normal sessions`;
}

