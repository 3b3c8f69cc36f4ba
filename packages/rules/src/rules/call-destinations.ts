// Where a call sends: its recipients and target links, read by argument key (shared by the exfiltration and
// propagation rules: an address inside the data a call sends is not where it goes).
import type { CallRecord } from '../session-state.ts';
import { hostOfValue } from '../values.ts';
import { decodedUrl, urlsInText } from './exfiltration-state.ts';

/** Arguments that name whom a call sends to (their addresses) or where it goes (their links and hosts). */
const RECIPIENT_KEY = /^(?:to|cc|bcc|recipients?|send_?to|mail_?to|reply_?to|user|user_?id|(?!(?:from|sender)_?)(?:[a-z]+_?)?emails?|email_?address(?:es)?|addresse?s?|attendees?|participants?|invitees?|members?|guests?)$/i;
const PLACE_KEY = /^(?:url|uri|link|endpoint|webhook(?:_?url)?|host(?:name)?|server|target|destination|dest|callback(?:_?url)?|upload_?url|domain|base_?url|api_?url)$/i;
/** An argument (`url`, `payload.webhook_url`) that names where a call goes by its key. */
export function isPlaceArg(arg: string): boolean {
  return PLACE_KEY.test(arg.slice(arg.lastIndexOf('.') + 1));
}
/** Keys so generic they name a destination only as a call's own argument, not inside the data it sends. */
const TOP_ONLY = /^(?:emails?|email_?address(?:es)?|addresse?s?|members?|url|uri|link|host(?:name)?|domain)$/i;

/**
 * Where a call sends: the addresses of its recipient arguments (`to`, `cc.0`, `message.to`), the links and hosts of its
 * target arguments (`url`, `webhook`, `host`), and any argument that is nothing but addresses or links. Not the
 * addresses inside data it sends (`contacts.0.email`, a body), nor those in a link's query (data carried by the link).
 * `byKeyOnly`: only what recipient and target keys name (an argument of nothing but a link may be the data sent).
 */
export function addressed(call: CallRecord, byKeyOnly = false): Set<string> {
  const out = new Set<string>();
  if (!call.leafValues) return out;
  for (let i = 0; i < call.leaves.length; i++) {
    const values = call.leafValues[i];
    if (values.size === 0) continue;
    const path = call.leaves[i].arg.split('.').filter((p) => !/^\d+$/.test(p));
    const key = path[path.length - 1] ?? '';
    const depthOk = path.length <= 1 || (path.length === 2 && !TOP_ONLY.test(key));
    const recipient = depthOk && RECIPIENT_KEY.test(key);
    const place = depthOk && PLACE_KEY.test(key);
    const bare = !byKeyOnly && path.length <= 1 && ONLY_ADDRESSES.test(call.leaves[i].value.replace(ADDRESS_OR_LINK, ''));
    if (!recipient && !place && !bare) continue;
    const link = place || bare ? linkValues(call.leaves[i].value) : undefined;
    for (const v of values) {
      if (v.startsWith('email:') ? recipient || (bare && !inLink(v, link)) : (v.startsWith('url:') || v.startsWith('domain:')) && (place || bare)) out.add(v);
    }
  }
  return out;
}

/**
 * The destinations the exfiltration checks weigh: where the call sends by its arguments' keys (`addressed`), or, for a
 * call that names none that way, every address and link it carries. A send's body may name hosts and people (a
 * kubeconfig's `server:`, a signature's address): with a recipient argument beside it, they are data, not destinations.
 */
export function destinationValues(call: CallRecord): string[] {
  const named = addressed(call);
  if (named.size > 0) return withoutMailDomains(named);
  // No argument names where it goes (a chat message to a user id, an issue comment): any address or link in its other
  // arguments, not in the text it sends (a connection string's host in a DM is no destination).
  const out = new Set<string>();
  if (!call.leafValues) return [];
  for (let i = 0; i < call.leaves.length; i++) {
    if (BODY_KEY.test(call.leaves[i].arg.slice(call.leaves[i].arg.lastIndexOf('.') + 1))) continue;
    for (const v of call.leafValues[i]) if (v.startsWith('email:') || v.startsWith('url:') || v.startsWith('domain:')) out.add(v);
  }
  return withoutMailDomains(out);
}

/**
 * Every place the call's target arguments name (`addressed`: `url`, `to`, `webhook`, …) is a host of a private network: a
 * name under a suffix reserved or kept for internal use (`.internal`, `.local`, `.lan`, `.home.arpa`, `.corp`,
 * `.intranet`, `localhost`) or a loopback or RFC 1918 address. What goes there stays inside the organisation (a rotated
 * secret pushed to `orders.svc.acme.internal`): no one outside can register such a name or reach such an address. Not
 * read from the links a call merely carries (a `DATABASE_URL` on `db.internal` posted to a chat channel goes out).
 */
export function staysInside(call: CallRecord): boolean {
  const named = addressed(call, true);
  if (named.size === 0) return false;
  for (const v of named) {
    const host = hostOfValue(v);
    if (host === undefined || !(PRIVATE_NAME.test(host) || PRIVATE_ADDRESS.test(host))) return false;
  }
  return true;
}
const PRIVATE_NAME = /(?:^|\.)(?:internal|local|localhost|lan|intranet|corp|home\.arpa)$/i;
const PRIVATE_ADDRESS = /^(?:10\.\d{1,3}|127\.\d{1,3}|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.\d{1,3}\.\d{1,3}(?::\d+)?$/;

/** The destinations without the domains of their own addresses (`domain:tidewater.co` beside `email:ahmed@tidewater.co`). */
function withoutMailDomains(values: ReadonlySet<string>): string[] {
  const mailDomains = new Set<string>();
  for (const v of values) if (v.startsWith('email:')) mailDomains.add(`domain:${v.slice(v.indexOf('@') + 1)}`);
  return [...values].filter((v) => !mailDomains.has(v));
}

/** Arguments that hold what a call sends, not where. */
const BODY_KEY = /^(?:text|body|message|content|contents|html|markdown|blocks|description|notes?|comment|caption|summary|details|payload|data)$/i;

/** What is left of an argument once its addresses and links are taken out, when it held nothing else. */
const ONLY_ADDRESSES = /^[\s,;<>"'()[\]]*$/;
const ADDRESS_OR_LINK = /\b(?:https?:\/\/|www\.)[^\s"'<>`,;]+|[^\s"'<>,;()]+@[^\s"'<>,;()]+/gi;

/** The links of an argument, decoded and lowercased, as one text to search; undefined when it has none. */
function linkValues(text: string): string | undefined {
  const links = urlsInText(text);
  return links.length > 0 ? decodedUrl(links.join('\n')).toLowerCase() : undefined;
}

/** The address is inside a link of the argument (its query): data the link carries, not whom it goes to. */
function inLink(v: string, links: string | undefined): boolean {
  return links !== undefined && links.includes(v.slice('email:'.length));
}
