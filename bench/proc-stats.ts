// Measurement helpers shared by the benchmarks: a child's resident memory, and quantiles.
import { readFileSync } from 'node:fs';

/** Resident set size of a process in MB, from /proc (0 once it has exited). */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The q-quantile (nearest rank) of values already sorted ascending; NaN for none. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
}
