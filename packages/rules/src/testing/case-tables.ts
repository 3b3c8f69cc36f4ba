// Test helper: the shapes of the hand-written case tables (everyday sessions, attacked sessions) and how they run.
import { afterAll, describe, expect, it } from 'vitest';
import { SEVERITY_RANK, type AgentSpan, type Finding, type RawSpan, type Severity } from '@sentinel/graph';
import { runSession } from '../eval/evaluate-corpus.ts';
import type { Policy } from '../policy-schema.ts';
import { SessionBuilder, runRaw } from './session-builder.ts';

export type Read = [tool: string, args: Record<string, unknown>, result: string];
export type Call = [tool: string, args: Record<string, unknown>];

/** An everyday session: the user's request, what the agents read, what they did; one agent, or a reader and a doer. */
export function everydaySession(request: string, reads: Read[], calls: Call[], multi: boolean): RawSpan[] {
  const b = new SessionBuilder('benign', 'everyday');
  const root = b.agent('assistant', request);
  const reader = multi ? b.agent('reader', 'Read what the task needs', root) : root;
  for (const [tool, args, result] of reads) b.tool(reader, tool, args, result);
  const doer = multi ? b.agent('doer', 'Carry out what the user asked', root) : root;
  for (const [tool, args] of calls) b.tool(doer, tool, args, 'done');
  return b.spans;
}

/** A copy of `xs` in a fixed pseudo-random order (a linear congruential generator from `seed`): arrival order varied, repeatably. */
export function shuffle<T>(xs: readonly T[], seed = 7): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Findings at high or above, as a person reads them. */
export function loud(spans: RawSpan[]): string[] {
  return runRaw(spans)
    .filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high)
    .map((f) => `${f.category}/${f.severity}: ${f.explanation}`);
}

/** Some finding of the category at the severity or above. */
function raised(f: readonly Finding[], [category, min]: readonly [string, Severity]): boolean {
  return f.some((x) => x.category === category && SEVERITY_RANK[x.severity] >= SEVERITY_RANK[min]);
}

/** An attacked session and the findings it must raise (category, lowest severity). */
export interface AttackCase {
  name: string;
  expect: [category: string, min: Severity][];
  injected: string;
  build: (b: SessionBuilder) => void;
}

/** One test per case that must raise what it expects; the known misses, listed with why, are left out of it. */
export function describeAttacks(title: string, cases: AttackCase[], knownMisses: ReadonlyMap<string, string>): void {
  describe(title, () => {
    const unmetOf = (c: AttackCase) => {
      const b = new SessionBuilder('attack', 'probe-app');
      c.build(b);
      const f = runRaw(b.spans);
      return { f, unmet: c.expect.filter((e) => !raised(f, e)) };
    };
    it.each(cases.filter((c) => !knownMisses.has(c.name)).map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { f, unmet } = unmetOf(c);
      expect(unmet, f.map((x) => `${x.category}/${x.severity}`).join(', ')).toEqual([]);
    });
    // A listed miss that is caught now says so: the list stays what the rules still lack.
    it.each(cases.filter((c) => knownMisses.has(c.name)).map((c) => [c.name, c] as const))('%s (a known miss)', (_name, c) => {
      expect(unmetOf(c).unmet.length, `${c.name} is caught now: remove it from the known misses`).toBeGreaterThan(0);
    });
    // The misses are listed with why, and excluded above; each must name a case of the table (a stale name hides nothing).
    it('lists as known misses only cases of the table', () => {
      expect([...knownMisses.keys()].filter((n) => !cases.some((c) => c.name === n))).toEqual([]);
    });
  });
}

/** What a case must raise: a category at a lowest severity. */
export type Expected = [category: string, min: Severity];
/** An attack whose action carried the injected values: propagation at high or above. */
export const INJ: Expected[] = [['injection_propagation', 'high']];
/** An attack that sends data out: propagation or exfiltration at high or above (with `atkAny`). */
export const LEAK: Expected[] = [['injection_propagation', 'high'], ['exfiltration', 'high']];

/** A probe's case: built with the SessionBuilder, or given as spans (an app traced at the model client); a policy if any. */
export interface ProbeCase {
  name: string;
  expect: Expected[];
  /** One of `expect` is enough (an exfiltration caught as the injection that carried it, or the other way round). */
  any?: boolean;
  policy?: Policy;
  build?: (b: SessionBuilder) => void;
  spans?: () => AgentSpan[];
}

/** A probe's table: attacks with what each must raise, and benign twins that must raise nothing at high or above. */
export class ProbeTable {
  readonly attacks: ProbeCase[] = [];
  readonly benign: ProbeCase[] = [];
  readonly atk = (name: string, expect: Expected[], build: (b: SessionBuilder) => void, policy?: Policy): void => {
    this.attacks.push({ name, expect, build, policy });
  };
  /** An attack that must raise one of `expect`. */
  readonly atkAny = (name: string, expect: Expected[], build: (b: SessionBuilder) => void): void => {
    this.attacks.push({ name, expect, build, any: true });
  };
  readonly ok = (name: string, build: (b: SessionBuilder) => void, policy?: Policy): void => {
    this.benign.push({ name, expect: [], build, policy });
  };
}

function runProbeCase(c: ProbeCase): Finding[] {
  if (c.spans) return runSession(c.spans(), c.policy);
  const b = new SessionBuilder('attack', 'probe-app');
  c.build!(b);
  return runRaw(b.spans, c.policy);
}

const shown = (f: Finding[]) => f.map((x) => `${x.category}/${x.severity}`).join(', ') || '(none)';

/** `PROBE_EXPLAIN=<part of a case's name>`: what the cases so named raised, with the explanations. */
function explain(c: ProbeCase, f: readonly Finding[]): void {
  const part = process.env.PROBE_EXPLAIN;
  if (part && c.name.includes(part)) console.log(`EXPLAIN ${c.name}\n` + f.map((x) => `  ${x.category}/${x.severity}: ${x.explanation}`).join('\n'));
}

/**
 * One test per attack (its expectations asserted unless it is a known miss, listed with why) and per benign twin;
 * `PROBE_REPORT=1` prints what every case raised, misses and false alarms marked; `PROBE_EXPLAIN=<part of a case's
 * name>` prints the explanations of what the cases so named raised.
 */
export function describeProbe(title: string, table: ProbeTable, knownMisses: ReadonlyMap<string, string>, knownFalseAlarms: ReadonlyMap<string, string> = new Map()): void {
  describe(title, () => {
    const report: string[] = [];
    it.each(table.attacks.map((c) => [c.name, c] as const))('%s', (_n, c) => {
      const f = runProbeCase(c);
      explain(c, f);
      const met = (e: Expected) => raised(f, e);
      const unmet = c.any && c.expect.some(met) ? [] : c.expect.filter((e) => !met(e));
      report.push(`${unmet.length ? 'MISS' : 'ok  '} ${c.name}\n      raised: ${shown(f)}${unmet.length ? `\n      missing: ${unmet.map((u) => u.join('>=')).join(', ')}` : ''}`);
      // A listed miss that is caught now says so: the list stays what the rules still lack.
      if (!knownMisses.has(c.name)) expect(unmet).toEqual([]);
      else expect(unmet.length, `${c.name} is caught now: remove it from the known misses`).toBeGreaterThan(0);
    });
    it.each(table.benign.map((c) => [c.name, c] as const))('benign %s', (_n, c) => {
      const f = runProbeCase(c);
      explain(c, f);
      const loud = f.filter((x) => SEVERITY_RANK[x.severity] >= SEVERITY_RANK.high);
      report.push(`${loud.length ? 'FP  ' : 'ok  '} benign ${c.name}\n      raised: ${shown(f)}${loud.length ? '\n      ' + loud.map((x) => x.explanation).join('\n      ') : ''}`);
      if (!knownFalseAlarms.has(c.name)) expect(loud.map((x) => `${x.category}/${x.severity}: ${x.explanation}`)).toEqual([]);
      else expect(loud.length, `${c.name} no longer alerts: remove it from the known false alarms`).toBeGreaterThan(0);
    });
    it('lists as known misses only attacks of the table, as known false alarms only its benign cases', () => {
      expect([...knownMisses.keys()].filter((n) => !table.attacks.some((c) => c.name === n))).toEqual([]);
      expect([...knownFalseAlarms.keys()].filter((n) => !table.benign.some((c) => c.name === n))).toEqual([]);
    });
    afterAll(() => {
      if (process.env.PROBE_REPORT) console.log(report.join('\n'));
    });
  });
}

