// Per-app caches of what the live scorer re-reads for every session: sample names, scales, shapes and baseline summaries.
import type { Baseline } from './baseline.ts';
import type { Contribution } from './contributions.ts';
import { SampleShape, sampleRaw } from './value-contributions.ts';
import { KeyIntern } from './key-intern.ts';
import type { RobustSummary } from './robust-stats.ts';
import { FEATURE_KEYS, callsKey, metricKey, scaleOf, type Scale } from './session-features.ts';

/**
 * Edges and nodes remembered per app. Sessions of one app mostly reuse a small vocabulary; past
 * this many (ids invented per session, e.g. one tool per URL) the cache is dropped and refilled,
 * so it never holds more than this many entries of each kind.
 */
export const MAX_CACHED_SAMPLES = 20_000;

/**
 * One sample the live scorer re-scores at count checkpoints: calls on an edge (`c|<edge>`), the
 * weighted degree of a node (`m|<node>|weightedDegree`) or a session feature (`f|<feature>`).
 * Its name is built once per app, not per session or per checkpoint, and its summary is asked of
 * the baseline once per baseline revision: within a revision the baseline answers the same, and
 * the first call in a revision is the one that can refresh the baseline's own cache, exactly as
 * when every checkpoint asked.
 */
export class Sample {
  readonly scale: Scale;
  private base: Baseline | undefined;
  private rev = -1;
  private summary: RobustSummary | undefined;
  private shape: SampleShape | undefined;

  /** `name`: the baseline sample, also the id of its contribution in LiveScore (`c|…`, `m|…` never clash with structural keys). */
  constructor(readonly name: string) {
    this.scale = scaleOf(name);
  }

  /** The same as `valueContribution(name, value, b)`. O(1); allocates only when the value is over the line. */
  contribution(value: number, b: Baseline): Contribution | undefined {
    if (this.base !== b || this.rev !== b.revision) {
      this.summary = b.summary(this.name);
      this.base = b;
      this.rev = b.revision;
    }
    const raw = sampleRaw(value, this.summary, this.scale);
    if (raw <= 0) return undefined;
    // Parsed on the first value over the line: most samples never get here.
    this.shape ??= new SampleShape(this.name);
    return this.shape.withRaw(raw, value, this.summary!, this.scale);
  }
}

/** The samples and structural keys of one app, created on first use. O(1) per lookup. */
export class AppSamples {
  readonly keys = new KeyIntern();
  /** In SESSION_FEATURES order. */
  readonly features: Sample[] = FEATURE_KEYS.map((k) => new Sample(k));
  private readonly calls = new Map<string, Sample>();
  private readonly volumes = new Map<string, Sample>();

  /** Calls on an edge. */
  callsOf(edgeId: string): Sample {
    let s = this.calls.get(edgeId);
    if (!s) {
      if (this.calls.size >= MAX_CACHED_SAMPLES) this.calls.clear();
      this.calls.set(edgeId, (s = new Sample(callsKey(edgeId))));
    }
    return s;
  }

  /** Interactions through a node (its weighted degree). */
  volumeOf(node: string): Sample {
    let s = this.volumes.get(node);
    if (!s) {
      if (this.volumes.size >= MAX_CACHED_SAMPLES) this.volumes.clear();
      this.volumes.set(node, (s = new Sample(metricKey(node, 'weightedDegree'))));
    }
    return s;
  }
}
