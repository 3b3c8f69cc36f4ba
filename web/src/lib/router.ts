// Hash routes: shareable URLs per session and per alert, parsed and built by pure functions.

export type Route =
  | { name: 'overview' }
  | { name: 'alerts' }
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

/** `#/sessions/<id>` → session graph, `#/sessions/<id>/investigate`, `#/alerts`, `#/alerts/<id>`; ids URI-encoded. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'overview' };
  const id = parts[1] === undefined ? undefined : decode(parts[1]);
  if (parts[0] === 'alerts' && parts.length === 1) return { name: 'alerts' };
  if (parts[0] === 'alerts' && parts.length === 2 && id) return { name: 'alert', id };
  if (parts[0] === 'sessions' && parts.length === 2 && id) return { name: 'session', id };
  if (parts[0] === 'sessions' && parts.length === 3 && id && parts[2] === 'investigate') return { name: 'investigate', id };
  return { name: 'not-found', path };
}

export function hashFor(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '#/';
    case 'alerts':
      return '#/alerts';
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
