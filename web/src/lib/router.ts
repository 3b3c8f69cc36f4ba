// Hash routes: shareable URLs per session and per alert, parsed and built by pure functions.

/** A list view's filters, as the URL carries them (`#/alerts?status=any&severity=high`). */
export type Query = Record<string, string>;

export type Route =
  | { name: 'overview'; query?: Query }
  | { name: 'alerts'; query?: Query }
  | { name: 'session'; id: string }
  | { name: 'investigate'; id: string }
  | { name: 'alert'; id: string }
  | { name: 'not-found'; path: string };

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/**
 * `#/sessions/<id>` → session graph, `#/sessions/<id>/investigate`, `#/alerts`, `#/alerts/<id>`; ids
 * URI-encoded. The overview and the alert feed take their filters after `?`.
 */
export function parseHash(hash: string): Route {
  const full = hash.replace(/^#/, '') || '/';
  const q = full.indexOf('?');
  const path = q < 0 ? full : full.slice(0, q);
  const query = q < 0 ? undefined : parseQuery(full.slice(q + 1));
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return query ? { name: 'overview', query } : { name: 'overview' };
  const id = parts[1] === undefined ? undefined : decode(parts[1]);
  if (parts[0] === 'alerts' && parts.length === 1) return query ? { name: 'alerts', query } : { name: 'alerts' };
  if (parts[0] === 'alerts' && parts.length === 2 && id) return { name: 'alert', id };
  if (parts[0] === 'sessions' && parts.length === 2 && id) return { name: 'session', id };
  if (parts[0] === 'sessions' && parts.length === 3 && id && parts[2] === 'investigate') return { name: 'investigate', id };
  return { name: 'not-found', path };
}

export function hashFor(route: Route): string {
  switch (route.name) {
    case 'overview':
      return `#/${queryString(route.query)}`;
    case 'alerts':
      return `#/alerts${queryString(route.query)}`;
    case 'alert':
      return `#/alerts/${encodeURIComponent(route.id)}`;
    case 'session':
      return `#/sessions/${encodeURIComponent(route.id)}`;
    case 'investigate':
      return `#/sessions/${encodeURIComponent(route.id)}/investigate`;
    case 'not-found':
      return '#/';
  }
}

function parseQuery(s: string): Query | undefined {
  const out: Query = {};
  try {
    for (const [k, v] of new URLSearchParams(s)) out[k] = v;
  } catch {
    return undefined;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function queryString(q: Query | undefined): string {
  if (!q || Object.keys(q).length === 0) return '';
  return `?${new URLSearchParams(Object.entries(q).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toString()}`;
}
