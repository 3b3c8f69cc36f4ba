import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/server.ts';
import { scoreSession, normalizeSpan } from '@sentinel/graph';
import { baselinesFromCorpus } from './build-baselines.ts';
import { generateScenarios, writeScenarioCorpus } from './scenarios.ts';
import { buildGraphs } from './session-files.ts';

const dir = tempDir('sentinel-scenarios-test-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baselinesFromCorpus', () => {
  const sessions = generateScenarios({ benign: 120, attacksPerType: 2 });
  writeScenarioCorpus(dir, sessions);

  it('learns one baseline per app from the sessions not labeled attacked', async () => {
    const r = await baselinesFromCorpus(dir);
    const benign = sessions.filter((s) => !s.attacked);
    expect(r.baselines.map((b) => b.app)).toEqual(['research-desk', 'support-bot']);
    expect(r.learned['research-desk'] + r.learned['support-bot']).toBe(benign.length);
    expect(r.skipped).toBe(sessions.length - benign.length);
    expect(r.baselines[0].calibrationSize).toBe(r.learned['research-desk']);
  });

  it('gives the corpus attacks higher scores than its normal sessions', async () => {
    const r = await baselinesFromCorpus(dir, { select: (id) => Number(id.split('-').pop()) % 2 === 0 });
    const graphs = buildGraphs(sessions.flatMap((s) => s.spans.map((x) => normalizeSpan(x))));
    const score = (id: string) => {
      const g = graphs.get(id)!;
      return scoreSession(g, r.baselines.find((b) => b.app === g.app)!).score;
    };
    const heldOut = sessions.filter((s) => !s.attacked && Number(s.id.split('-').pop()) % 2 === 1).map((s) => score(s.id));
    const attacks = sessions.filter((s) => s.attacked).map((s) => score(s.id));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    expect(median(attacks)).toBeGreaterThan(0.99);
    expect(median(heldOut)).toBeLessThan(0.9);
  });
});
