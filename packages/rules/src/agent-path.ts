// The chain of agents content travelled through: BFS over delegate/return/message edges between two agents.
import type { SessionGraph } from '@sentinel/graph';

/** Agent nodes visited per search: sessions have few agents; this bounds a pathological graph. */
const MAX_VISITED = 256;

/** Agents from `from` to `to` (inclusive) along delegate, return or message edges; `[from, to]` when none is found. */
export function agentPath(session: SessionGraph, from: string, to: string): string[] {
  if (from === to) return [from];
  if (!session.hasNode(from) || !session.hasNode(to)) return [from, to];
  const prev = new Map<string, string>([[from, '']]);
  const queue = [from];
  while (queue.length > 0 && prev.size < MAX_VISITED) {
    const n = queue.shift()!;
    if (n === to) break;
    session.forEachOutLink(n, (_e, kind, t) => {
      if ((kind === 'delegate' || kind === 'return' || kind === 'message') && !prev.has(t)) {
        prev.set(t, n);
        queue.push(t);
      }
    });
  }
  if (!prev.has(to)) return [from, to];
  const path = [to];
  for (let c = prev.get(to)!; c !== ''; c = prev.get(c)!) path.unshift(c);
  return path;
}
