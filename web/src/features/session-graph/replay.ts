// Timeline replay: what the session graph looked like after its first N interactions.
import type { TimelineEntry } from '../../lib/types.ts';
import type { ReplayFrame } from './types.ts';

/**
 * The frame after `step` interactions (0 = nothing yet, timeline.length = everything). The
 * user node is there from the first interaction on. O(step).
 */
export function replayFrame(timeline: readonly TimelineEntry[], step: number): ReplayFrame {
  const n = Math.max(0, Math.min(step, timeline.length));
  const nodes = new Set<string>();
  const edgeCounts = new Map<string, number>();
  const sorted = isSorted(timeline) ? timeline : [...timeline].sort((a, b) => a.order - b.order);
  for (let i = 0; i < n; i++) {
    const t = sorted[i];
    nodes.add(t.source);
    nodes.add(t.target);
    edgeCounts.set(t.edgeId, (edgeCounts.get(t.edgeId) ?? 0) + 1);
  }
  return { step: n, nodes, edgeCounts };
}

function isSorted(t: readonly TimelineEntry[]): boolean {
  for (let i = 1; i < t.length; i++) if (t[i - 1].order > t[i].order) return false;
  return true;
}
