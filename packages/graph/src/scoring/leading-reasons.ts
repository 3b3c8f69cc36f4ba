// The leading contributions of a session score, and the comparisons that let a view and a finding be reused.
import type { Contribution } from './contributions.ts';
import { TOP_REASONS } from './live-score.ts';

export function sameList<T>(a: T[], b: T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameReasons(a: Contribution[], b: Contribution[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].kind !== b[i].kind || a[i].target !== b[i].target) return false;
  return true;
}

/**
 * The TOP_REASONS strongest of the structural (`top`), metric and feature contributions (each
 * list sorted, features stably from SESSION_FEATURES order), ordered exactly as a stable sort of
 * their concatenation would order them (ties: structure, then metrics, then features). O(K), one array.
 */
export function leading(top: Contribution[], metrics: Contribution[], f: Contribution[]): Contribution[] {
  const out: Contribution[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  const m = Math.min(metrics.length, TOP_REASONS);
  while (out.length < TOP_REASONS) {
    const a = i < top.length ? top[i].raw : -Infinity;
    const b = j < m ? metrics[j].raw : -Infinity;
    const c = k < f.length ? f[k].raw : -Infinity;
    if (i >= top.length && j >= m && k >= f.length) break;
    if (i < top.length && a >= b && a >= c) out.push(top[i++]);
    else if (j < m && b >= c) out.push(metrics[j++]);
    else out.push(f[k++]);
  }
  return out;
}

/** Strongest first. */
export function byRaw(a: Contribution, b: Contribution): number {
  return b.raw - a.raw;
}
