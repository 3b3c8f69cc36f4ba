// Property-based: any text, and any mutation of a real policy, either parses or fails with a PolicyError naming a path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parsePolicy } from './load-policy.ts';
import { PolicyError } from './policy-error.ts';
import { resolvePolicy } from './resolve-policy.ts';

const REAL = readFileSync(join(import.meta.dirname, '..', '..', '..', 'policies', 'agentdojo', 'banking.yaml'), 'utf8');

/** True when parsing ends in a policy that resolves, or in a PolicyError; anything else escaped the boundary. */
function safe(text: string): boolean {
  try {
    const p = parsePolicy(text, 'fuzz.yaml');
    resolvePolicy(p, 'banking');
    return true;
  } catch (err) {
    if (!(err instanceof PolicyError)) throw err;
    return err.issues.length > 0 && err.issues.every((i) => i.file === 'fuzz.yaml' && typeof i.message === 'string' && i.message.length > 0);
  }
}

describe('policy parsing under fuzzing', () => {
  it('random text and random JSON documents', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), safe), { numRuns: 500 });
    fc.assert(fc.property(fc.json(), safe), { numRuns: 500 });
  });

  it('a real policy with one value replaced anywhere', () => {
    const doc = parse(REAL) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]): void => {
      paths.push(p);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    walk(doc, []);
    expect(paths.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.jsonValue(), (pi, replacement) => {
        const copy = structuredClone(doc) as Record<string | number, unknown>;
        const path = paths[pi]!;
        if (path.length === 0) return safe(JSON.stringify(replacement));
        let o = copy;
        for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
        o[path.at(-1)!] = replacement;
        return safe(stringify(copy));
      }),
      { numRuns: 1000 },
    );
  });

  it('a real policy cut at any byte', () => {
    fc.assert(fc.property(fc.nat(REAL.length), (cut) => safe(REAL.slice(0, cut))), { numRuns: 300 });
  });
});
