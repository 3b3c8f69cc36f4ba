// The dashboard's API token (when the server requires one): taken once from `?token=` or entered by the user, kept in sessionStorage.
const KEY = 'sentinel.token';

/** Moves a `?token=` from the URL into storage so it does not linger in history or get shared with a link. */
export function captureTokenFromUrl(): void {
  const url = new URL(location.href);
  const t = url.searchParams.get('token');
  if (!t) return;
  sessionStorage.setItem(KEY, t);
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.toString());
}

export function getToken(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

export function setToken(token: string): void {
  if (token.trim()) sessionStorage.setItem(KEY, token.trim());
  else sessionStorage.removeItem(KEY);
}

export function authHeaders(): Record<string, string> {
  const t = getToken();
  return t ? { authorization: `Bearer ${t}` } : {};
}
