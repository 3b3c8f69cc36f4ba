// Which spans of a long timeline are drawn: the first page, every flagged span wherever it is, and gaps between.
import type { SpanView } from './types.ts';

export type TimelineRow = { span: SpanView } | { gap: number; at: number };

/**
 * The first `shown` spans plus every span in `flagged` (evidence is never hidden behind
 * "show more"); runs of spans left out become one `{gap, at}` row (`at` = index after the run).
 * @example // 500 spans, first 200 shown, span 400 flagged → s0…s199, gap 200, s400, gap 99
 * timelineRows(spans, 200, new Set([spans[400].spanId]))
 */
export function timelineRows(spans: readonly SpanView[], shown: number, flagged: ReadonlySet<string>): TimelineRow[] {
  const out: TimelineRow[] = [];
  let gap = 0;
  for (let i = 0; i < spans.length; i++) {
    if (i < shown || flagged.has(spans[i].spanId)) {
      if (gap > 0) out.push({ gap, at: i });
      gap = 0;
      out.push({ span: spans[i] });
    } else gap++;
  }
  if (gap > 0) out.push({ gap, at: spans.length });
  return out;
}
