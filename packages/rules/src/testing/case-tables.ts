// Test helper: the shapes of the hand-written case tables (everyday sessions, attacked sessions) and how they run.
import { describe, expect, it } from 'vitest';
import { SEVERITY_RANK, type RawSpan, type Severity } from '@sentinel/graph';
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

/** Findings at high or above, as a person reads them. */
export function loud(spans: RawSpan[]): string[] {
  return runRaw(spans)
    .filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high)
    .map((f) => `${f.category}/${f.severity}: ${f.explanation}`);
}

/** An attacked session and the findings it must raise (category, lowest severity). */
export interface AttackCase {
  name: string;
  expect: [category: string, min: Severity][];
  injected: string;
  build: (b: SessionBuilder) => void;
}

/** One test per case that must raise what it expects; the known misses listed as skipped, with why. */
export function describeAttacks(title: string, cases: AttackCase[], knownMisses: ReadonlyMap<string, string>): void {
  describe(title, () => {
    it.each(cases.filter((c) => !knownMisses.has(c.name)).map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const b = new SessionBuilder('attack', 'probe-app');
      c.build(b);
      const f = runRaw(b.spans);
      const unmet = c.expect.filter(([cat, min]) => !f.some((x) => x.category === cat && SEVERITY_RANK[x.severity] >= SEVERITY_RANK[min]));
      expect(unmet, f.map((x) => `${x.category}/${x.severity}`).join(', ')).toEqual([]);
    });
    it.skip.each([...knownMisses])('not caught yet: %s (%s)', () => {});
  });
}
