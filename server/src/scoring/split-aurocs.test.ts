import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/server.ts';
import { readCorpus } from '../cli/corpus.ts';
import { generateScenarios, writeScenarioCorpus } from './scenarios.ts';
import { formatSplitStudy, studySplits } from './split-aurocs.ts';

const dir = tempDir('sentinel-splits-test-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('studySplits', () => {
  writeScenarioCorpus(dir, generateScenarios({ benign: 120, attacksPerType: 3 }));
  const labels = readCorpus(dir);

  it('separates the structural attacks from held-out normal sessions on every split', () => {
    const s = studySplits(dir, labels, 4);
    expect(s.aurocs).toHaveLength(4);
    expect(s.min).toBeGreaterThan(0.9);
    expect(s.mean).toBeCloseTo(s.aurocs.reduce((a, b) => a + b, 0) / 4, 10);
    expect(Object.keys(s.perApp).sort()).toEqual(['research-desk', 'support-bot']);
    expect(s.benignAlerts).toBeLessThanOrEqual(s.benignScored * 0.05);
    expect(formatSplitStudy(s)).toContain('Over 4 random learn/measure splits');
  });

  it('scores each held-out benign run once per split: learned runs are never measured', () => {
    const benign = labels.filter((l) => !l.attacked).length;
    const s = studySplits(dir, labels, 6);
    // Each split learns about half the benign runs and measures the rest.
    expect(s.benignScored).toBeGreaterThan(6 * benign * 0.3);
    expect(s.benignScored).toBeLessThan(6 * benign * 0.7);
  });
});
