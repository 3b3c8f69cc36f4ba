// Measurement helpers shared by the benchmarks: a child's resident memory, and quantiles.
import { readdirSync, readFileSync } from 'node:fs';

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

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) from a `/proc/…/stat` file; undefined once the process or thread is gone. */
export function statCpuSeconds(path: string): number | undefined {
  try {
    const stat = readFileSync(path, 'utf8');
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** CPU seconds of a process (with its threads that exited) and of each thread alive now; zeros once it has exited. */
export function cpuSeconds(pid: number): { process: number; threads: Map<number, number> } {
  return { process: statCpuSeconds(`/proc/${pid}/stat`) ?? 0, threads: threadCpuSeconds(pid) };
}

/** CPU seconds of each thread of a process, by thread id (empty once it has exited). */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    const s = statCpuSeconds(`/proc/${pid}/task/${tid}/stat`);
    if (s !== undefined) out.set(Number(tid), s);
  }
  return out;
}

/** The busiest threads other than the main one between two samples, µs per unit of work, busiest first. */
export function busiestThreads(pid: number, before: Map<number, number>, after: Map<number, number>, units: number, top = 4): number[] {
  const deltas: number[] = [];
  for (const [tid, s] of after) if (tid !== pid) deltas.push(((s - (before.get(tid) ?? 0)) * 1e6) / units);
  return deltas.sort((a, b) => b - a).slice(0, top);
}
