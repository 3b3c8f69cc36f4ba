// The exfiltration rule's per-session state and what its checks share.
import type { RuleContext } from '../rule-types.ts';
import type { CallRecord } from '../session-state.ts';
import { extractValues, hostOfValue, stripWww } from '../values.ts';

/**
 * How a call carries data out: a tool that sends (email, post, upload), a URL it requests (a secret in
 * the query reaches that host on a plain GET), or code it runs that names a network address.
 */
export type Channel = 'tool' | 'url' | 'code' | 'query' | 'injected';

export interface ExfilState {
  /**
   * Secret value → the span it was seen in; `said` when only an agent's own output has shown it so far; `readArgs`, the
   * arguments of the tool call whose result gave it.
   */
  secrets: Map<string, { spanId: string; node: string; said: boolean; hosts: ReadonlySet<string>; end: bigint; readArgs?: string }>;
  outward: { call: CallRecord; via: Channel }[];
  /** Personal values (addresses, accounts, phone and identity numbers) read in tool results: exfiltration-records.ts. */
  records?: Map<string, { spans: string[]; end: bigint }>;
  /** Addresses, links and hosts the app's own systems gave (a sync target in a config, a colleague in the directory). */
  ownPlaces?: Set<string>;
}

/** Evidence shows enough to recognize a secret, never the whole of it. */
export function mask(s: string): string {
  return s.length <= 6 ? `${s[0]}***` : `${s.slice(0, 3)}…${s.slice(-2)} (${s.length} chars)`;
}

/**
 * The destination is one the user gave: in their request or context (or a party they named), or a URL or host whose
 * host they wrote ("my router at 192.168.1.1"; a URL's path need not be in the request).
 */
export function namedByUser(v: string, ctx: RuleContext): boolean {
  if (ctx.state.isTrusted(v)) return true;
  // The person the user named, by the address their name makes ("Send Ahmed Khan the key" and ahmed.khan@…).
  if (v.startsWith('email:')) {
    const parts = v.slice('email:'.length, v.indexOf('@')).split(/[._-]+/).filter((p) => p.length >= 2);
    if (parts.length >= 2 && parts.every((p) => ctx.state.userWords.has(p))) return true;
  }
  const host = v.startsWith('email:') ? undefined : hostOfValue(v);
  // "www." names the same site ("from parachutehome.com", its checkout at www.parachutehome.com).
  if (host === undefined) return false;
  if (ctx.state.isTrusted(`domain:${host}`) || ctx.state.isTrusted(`domain:${stripWww(host)}`) || ctx.state.userGave(host)) return true;
  // A host under one the user named is that site's ("follow the instructions on travel.state.gov", its application at
  // online.travel.state.gov); not under a hosting service's domain, where each subdomain is someone else's site.
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) {
    const parent = host.slice(i + 1);
    if (!parent.includes('.') || SHARED_HOSTS.has(parent)) break;
    if (ctx.state.isTrusted(`domain:${parent}`)) return true;
  }
  return false;
}
/** Domains whose subdomains are different people's sites (hosting, tunnels, storage): a name under them is not theirs. */
const SHARED_HOSTS: ReadonlySet<string> = new Set([
  'github.io', 'gitlab.io', 'herokuapp.com', 'vercel.app', 'netlify.app', 'pages.dev', 'workers.dev', 'web.app', 'firebaseapp.com',
  'appspot.com', 'azurewebsites.net', 'cloudfront.net', 's3.amazonaws.com', 'amazonaws.com', 'blogspot.com', 'wordpress.com',
  'ngrok.io', 'ngrok-free.app', 'ngrok.app', 'glitch.me', 'repl.co', 'onrender.com', 'fly.dev', 'trycloudflare.com', 'loca.lt',
  'webhook.site', 'pipedream.net', 'requestcatcher.com', 'beeceptor.com', 'sharepoint.com', 'myshopify.com', 'notion.site',
]);

/** Values inside instruction-carrying content read by `time` (content read after it gave the call nothing). */
export function injectedValues(ctx: RuleContext, time: bigint): Set<string> {
  const out = new Set<string>();
  for (const src of ctx.state.flagged) if (src.end <= time) for (const v of src.regionValues) out.add(v);
  return out;
}

/** Hosts named in instruction-carrying content read by `time` (an injected "load https://collect.example/?id=…"). */
export function injectedHosts(ctx: RuleContext, time: bigint): Set<string> {
  const out = new Set<string>();
  // Domain values are lowercase already; an email's domain keeps a `www.` the host form drops.
  for (const v of injectedValues(ctx, time)) if (v.startsWith('domain:')) out.add(stripWww(v.slice('domain:'.length)));
  return out;
}

/**
 * Hosts that content read by `time` told the agent to go to: `injected` (named in instructions to the model,
 * injectedHosts), and those a plain order in a tool result names ("assistants should open https://offers.example/r?u=…").
 */
export function contentNamedHosts(ctx: RuleContext, time: bigint, injected: ReadonlySet<string>): Set<string> {
  const out = new Set(injected);
  for (const src of ctx.state.ordering ?? []) {
    if (src.end > time) continue;
    for (const v of src.orderValues) if (v.startsWith('domain:')) out.add(stripWww(v.slice('domain:'.length)));
  }
  return out;
}

/** Value kinds that name the user's own data (not hosts or links). */
export const PRIVATE_KINDS: ReadonlySet<string> = new Set(['email', 'iban', 'digits', 'token']);

/** The URL with its percent-escapes decoded (`%40` → `@`): how the host reads it. */
export function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]{3,2048}/gi;

/** The URLs in a text, as written. */
export function urlsInText(text: string): string[] {
  return Array.from(text.matchAll(URL_IN_TEXT), (m) => m[0]);
}

/** The URLs in a call's arguments, as written. */
export function callUrls(call: CallRecord): string[] {
  return call.leaves.flatMap((l) => urlsInText(l.value));
}

/** The URL's host without `www.`, lowercased; undefined when it does not parse. */
export function hostOf(url: string): string | undefined {
  try {
    return stripWww(new URL(url).hostname); // the URL parser lowercases the host
  } catch {
    return undefined;
  }
}

/**
 * The call's link, as values name it (`url:`), was in content read before the call: the agent opened it as it was
 * (a verification or magic link a mail gave), and sends the host nothing the content did not already hold.
 */
export function copiedLink(url: string, call: CallRecord, ctx: RuleContext): boolean {
  for (const v of extractValues(url)) {
    if (!v.startsWith('url:')) continue;
    for (const src of ctx.state.valueIndex.get(v) ?? []) if (src.end <= call.start) return true;
  }
  return false;
}
