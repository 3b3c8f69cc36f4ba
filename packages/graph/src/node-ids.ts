// Stable node and edge ids: the same interaction in any session maps to the same id.
import type { EdgeKind, NodeKind } from './graph-types.ts';

export const USER_NODE = 'user';

export function nodeId(kind: Exclude<NodeKind, 'user'>, name: string): string {
  return [kind, name].join(':');
}

export function edgeId(kind: EdgeKind, source: string, target: string): string {
  return [kind, ':', source, '->', target].join('');
}

/** The display name in a node id (`tool:send_email` → `send_email`). */
export function nodeName(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? id : id.slice(i + 1);
}
