// Batch scoring: a whole session profile against a baseline, and baselines built (and calibrated) from normal sessions.
import type { SessionGraph } from '../session-graph.ts';
import { Baseline, type SessionProfile } from './baseline.ts';
import { rawThreshold, tailProbability } from './calibration.ts';
import { combine, keyContribution, type Contribution } from './contributions.ts';
import { valueContribution } from './value-contributions.ts';
import { profileSession } from './profile-session.ts';

export interface ProfileScore {
  raw: number;
  /** Calibrated: 1 − (share of normal sessions expected to score at least this high). */
  score: number;
  contributions: Contribution[];
}

/**
 * Every contribution of a profile, strongest first. Centralities count once per node (the
 * strongest of degree, betweenness and PageRank: they move together); weighted degree (volume)
 * counts on its own, as the live scorer keeps it.
 * `loo`: the profile is part of the baseline and must be scored as if it were not. O(k + v).
 */
export function profileContributions(p: SessionProfile, b: Baseline, loo = false): Contribution[] {
  const out: Contribution[] = [];
  for (const k of p.keys) {
    const c = keyContribution(k, b, loo);
    if (c) out.push(c);
  }
  const perNode = new Map<string, Contribution>();
  for (const [name, v] of Object.entries(p.values)) {
    const c = valueContribution(name, v, b, loo);
    if (!c) continue;
    if (c.kind !== 'metric') out.push(c);
    else if ((perNode.get(c.target)?.raw ?? -1) < c.raw) perNode.set(c.target, c);
  }
  out.push(...perNode.values());
  return out.sort((a, b) => b.raw - a.raw);
}

export function scoreProfile(p: SessionProfile, b: Baseline, loo = false): ProfileScore {
  const contributions = profileContributions(p, b, loo);
  const raw = combine(contributions.reduce((a, c) => a + c.raw * c.raw, 0));
  return { raw, score: 1 - tailProbability(b.calibrationModel(), raw), contributions };
}

/**
 * Learns a baseline from sessions assumed normal and calibrates it: each session is scored
 * against the baseline without itself (leave-one-out), and those raw scores are the calibration
 * sample. O(S · (T + n'·m')) to profile, O(S · (k + v)) to calibrate.
 *
 * @example
 * const b = buildBaseline('shop', normalGraphs);
 * scoreSession(suspect, b).score; // 0.998
 */
export function buildBaseline(app: string, sessions: Iterable<SessionGraph | SessionProfile>): Baseline {
  const b = new Baseline(app);
  const profiles: SessionProfile[] = [];
  for (const s of sessions) profiles.push('graph' in s ? profileSession(s) : s);
  for (const p of profiles) b.learn(p);
  b.setCalibration(profiles.map((p) => scoreProfile(p, b, true).raw));
  return b;
}

/** Scores a finished session against a baseline (offline: eval, CLI). O(T + n'·m' + k + v). */
export function scoreSession(g: SessionGraph, b: Baseline): ProfileScore {
  return scoreProfile(profileSession(g), b);
}

/** The calibrated score at which a session is flagged for a target false-positive rate. */
export function scoreThreshold(b: Baseline, targetFpr: number): { raw: number; score: number } {
  return { raw: rawThreshold(b.calibrationModel(), targetFpr), score: 1 - targetFpr };
}
