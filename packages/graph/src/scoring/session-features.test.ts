import { describe, expect, it } from 'vitest';
import { SESSION_FEATURES, readFeatures, sessionFeatures } from './session-features.ts';
import { SessionTracker } from './session-tracker.ts';
import { graphOf, planSpans } from './testing/sessions.ts';

describe('session features', () => {
  it('reads the same values into an array, in SESSION_FEATURES order, as the record form', () => {
    const g = graphOf(planSpans('s', [['researcher', ['web_search', 'web_search', 'fetch_url']], ['writer', ['draft_doc']]]));
    const t = SessionTracker.fromTimeline(g);
    const record = sessionFeatures(g, t, 2);
    const out = new Float64Array(SESSION_FEATURES.length);
    readFeatures(g, t, 2, out);
    expect([...out]).toEqual(SESSION_FEATURES.map((f) => record[f]));
    expect(out.some((v) => v === 0)).toBe(true); // not trivially all equal: some features are absent here
    expect(new Set(out).size).toBeGreaterThan(4);
  });
});
