// Long timelines: paging must never hide a flagged span, and gaps must count what they hide.
import { describe, expect, it } from 'vitest';
import { timelineRows } from './timeline-rows.ts';
import type { SpanView } from './types.ts';

const span = (i: number): SpanView => ({ spanId: `s${i}`, traceId: 't', sessionId: 'x', app: 'a', name: `n${i}`, kind: 'tool', start: String(i), end: String(i + 1), status: 'ok' });
const spans = Array.from({ length: 10 }, (_, i) => span(i));
const shape = (rows: ReturnType<typeof timelineRows>) => rows.map((r) => ('span' in r ? r.span.spanId : `gap${r.gap}@${r.at}`));

describe('timelineRows', () => {
  it.each([
    { shown: 20, flagged: [], want: spans.map((s) => s.spanId) },
    { shown: 3, flagged: [], want: ['s0', 's1', 's2', 'gap7@10'] },
    { shown: 3, flagged: ['s6'], want: ['s0', 's1', 's2', 'gap3@6', 's6', 'gap3@10'] },
    { shown: 3, flagged: ['s9'], want: ['s0', 's1', 's2', 'gap6@9', 's9'] },
    { shown: 0, flagged: ['s0'], want: ['s0', 'gap9@10'] },
  ])('keeps flagged spans visible beyond the first $shown (flagged $flagged)', ({ shown, flagged, want }) => {
    expect(shape(timelineRows(spans, shown, new Set(flagged)))).toEqual(want);
  });

  it('shows nothing for no spans', () => {
    expect(timelineRows([], 10, new Set())).toEqual([]);
  });
});
