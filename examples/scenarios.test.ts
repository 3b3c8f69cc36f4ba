// The example apps in-process (no server): sessions repeat for a seed, benign ones vary in structure, and the rules see what the scenarios intend.
import { describe, expect, it } from 'vitest';
import { SEVERITY_RANK } from '@sentinel/graph';
import { APPS } from './apps.ts';
import { schedule } from './demo/stream.ts';
import { createRng } from './shared/rng.ts';
import { runInProcess } from './testing/in-process.ts';

/** A session's structure: which interactions happened and how often (the graph scorer's view), not its ids or text. */
async function signature(app: (typeof APPS)[number], scenarioId: string, seed: number): Promise<string> {
  const r = await runInProcess(app, app.scenarios.find((s) => s.id === scenarioId)!, seed);
  return r.graph.graph
    .mapEdges((e, a) => `${e}×${a.count}`)
    .sort()
    .join(' ');
}

describe('example sessions', () => {
  it('repeat exactly for the same seed', async () => {
    for (const app of APPS) {
      const id = app.scenarios[0].id;
      expect(await signature(app, id, 42)).toBe(await signature(app, id, 42));
    }
  });

  it.each(APPS.flatMap((app) => app.scenarios.filter((s) => s.kind === 'benign').map((s) => [app.serviceName, s.id] as const)))(
    '%s/%s: benign sessions vary in structure, so the scorer baseline is not uniform',
    async (appName, id) => {
      const app = APPS.find((a) => a.serviceName === appName)!;
      const shapes = new Set(await Promise.all(Array.from({ length: 12 }, (_, seed) => signature(app, id, seed))));
      expect(shapes.size).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(APPS.flatMap((app) => app.scenarios.map((s) => [app.serviceName, s.id] as const)))('%s/%s raises what it should with the app policy (in-process)', async (appName, id) => {
    const app = APPS.find((a) => a.serviceName === appName)!;
    const scenario = app.scenarios.find((s) => s.id === id)!;
    // Phrasing 0 of every attack is caught (known gaps of other phrasings are listed in test/scenarios.e2e.test.ts).
    const r = await runInProcess(app, scenario, scenario.variants ? scenario.variants * 7 : 7);
    const categories = new Set(r.findings.map((f) => f.category));
    if (scenario.kind === 'benign') expect(r.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high)).toEqual([]);
    else for (const c of scenario.expect) expect(categories, `${id} should raise ${c}`).toContain(c);
  });
});

describe('demo schedule', () => {
  it('puts every attack and fault in each pass, among twice as many benign sessions', () => {
    const others = APPS.flatMap((a) => a.scenarios.filter((s) => s.kind !== 'benign').map((s) => s.id));
    const plan = schedule(APPS, others.length * 3, createRng(1), false);
    expect(plan.filter((p) => p.scenario.kind !== 'benign').map((p) => p.scenario.id).sort()).toEqual([...others].sort());
    expect(plan.filter((p) => p.scenario.kind === 'benign')).toHaveLength(others.length * 2);
  });

  it('repeats a lone attack scenario (--only app/scenario) instead of failing on an empty benign pool', () => {
    const app = { ...APPS[0], scenarios: APPS[0].scenarios.filter((s) => s.kind === 'attack').slice(0, 1) };
    expect(schedule([app], 3, createRng(3), false).map((p) => p.scenario.id)).toEqual(Array(3).fill(app.scenarios[0].id));
  });

  it('schedules only benign sessions with --benign', () => {
    expect(schedule(APPS, 50, createRng(2), true).every((p) => p.scenario.kind === 'benign')).toBe(true);
  });
});
