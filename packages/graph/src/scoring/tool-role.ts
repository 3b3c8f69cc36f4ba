// Whether a tool acts on the world (sends, pays, writes, deletes) or only reads, from the words of its name.
/**
 * Verbs that say a tool changes state or acts in the world. The scorer's structural view of a
 * session is "who called what, in which order"; whether a call can do harm is the one piece of
 * meaning it takes from names, because an injected instruction shows as extra *actions*, and a
 * task the baseline never saw differs mostly in its *reads*. (The rules package keeps a fuller
 * classification with descriptions and policy; graph cannot import it, see DESIGN.)
 */
const ACT_VERBS: ReadonlySet<string> = new Set([
  'send', 'pay', 'transfer', 'wire', 'delete', 'remove', 'erase', 'write', 'update', 'create', 'share', 'post', 'upload',
  'execute', 'exec', 'run', 'invite', 'book', 'reserve', 'add', 'append', 'schedule', 'reschedule', 'forward', 'reply',
  'publish', 'submit', 'purchase', 'buy', 'order', 'cancel', 'move', 'rename', 'edit', 'modify', 'set', 'put', 'deploy',
  'grant', 'change', 'reset', 'insert', 'drop', 'kick', 'ban', 'approve', 'email', 'mail', 'notify', 'install',
]);
const READ_VERBS: ReadonlySet<string> = new Set([
  'read', 'get', 'fetch', 'search', 'browse', 'download', 'list', 'query', 'retrieve', 'open', 'view', 'scrape', 'crawl',
  'lookup', 'find', 'load', 'check',
]);

/** What a tool does, by the first verb in its name: `act` (send_money), `read` (get_balance), or `unknown` (draft_doc: no verb we know). */
export type ToolRole = 'act' | 'read' | 'unknown';

/** Tool names classified so far (bounded: names invented per call must not grow it forever). */
const cache = new Map<string, ToolRole>();
const MAX_CACHED = 10_000;

/** The role of a node: `unknown` for anything but a tool node. O(name) once per name, then O(1). */
export function toolRole(node: string): ToolRole {
  let v = cache.get(node);
  if (v === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    v = node.startsWith('tool:') ? firstVerb(node.slice(5)) : 'unknown';
    cache.set(node, v);
  }
  return v;
}

/** True when a tool node acts on the world (`send_money`, `updatePassword`; not `get_sent_emails`). */
export function actsOnWorld(node: string): boolean {
  return toolRole(node) === 'act';
}

function firstVerb(name: string): ToolRole {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (const w of words) {
    if (ACT_VERBS.has(w)) return 'act';
    if (READ_VERBS.has(w)) return 'read';
  }
  return 'unknown';
}
