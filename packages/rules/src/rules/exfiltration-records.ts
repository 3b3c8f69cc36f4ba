// Exfiltration of other people's personal data: records the app read (a contact list, a customer export, an HR query)
// leaving in bulk through a call, to a destination nobody on the user's side named.
import { nodeName } from '@sentinel/graph';
import { actionShape, asksFor } from '../action-families.ts';
import type { ToolClass } from '../resolve-policy.ts';
import type { RuleContext } from '../rule-types.ts';
import type { CallRecord } from '../session-state.ts';
import { hostOfValue, valuesIn } from '../values.ts';
import { addressed } from './call-destinations.ts';
import { callUrls, injectedValues, mask, namedByUser, type Channel, type ExfilState } from './exfiltration-state.ts';

/** Kinds that identify a person or their money: an address, an account, a phone or identity number. */
const RECORD_KINDS: ReadonlySet<string> = new Set(['email', 'iban', 'digits']);
/** Kinds that say where data goes. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['email', 'url', 'domain']);
/** Values remembered per session, each kind: a few hundred people's details, bounded for hostile results. */
const MAX_RECORD_VALUES = 512;
/** Results a value is remembered in: enough to tie a customer's address to the record it came with. */
const MAX_SPANS_PER_VALUE = 4;
/** Details that make a leak of records rather than a message that mentions someone (see checkRecords). */
const MIN_RECORD_VALUES = 3;

/**
 * Remembers the personal values a tool's result showed, with where and when they were read, and, for a tool that reads
 * the app's own systems (not the web, mail, files or messages; a search of its own register of people is one of its
 * systems), the addresses and hosts it gave: a sync target from an integration's config, a manager's address from the
 * directory, are the app's own destinations.
 */
export function readRecords(result: string, spanId: string, end: bigint, tool: ToolClass, st: ExfilState, ctx: RuleContext): boolean {
  const outside = tool.outsideSource;
  let fresh = false;
  for (const v of valuesIn(result)) {
    const kind = v.slice(0, v.indexOf(':'));
    if (!outside && PLACE_KINDS.has(kind)) {
      const own = (st.ownPlaces ??= new Set());
      if (own.size < MAX_RECORD_VALUES) own.add(v);
    }
    if (!RECORD_KINDS.has(kind) || ctx.state.isTrusted(v)) continue;
    const records = (st.records ??= new Map());
    const seen = records.get(v);
    if (seen) {
      if (seen.spans.length < MAX_SPANS_PER_VALUE && !seen.spans.includes(spanId)) seen.spans.push(spanId);
      if (end < seen.end) seen.end = end;
    } else if (records.size < MAX_RECORD_VALUES) {
      records.set(v, { spans: [spanId], end });
      fresh = true;
    }
  }
  return fresh;
}

/**
 * Personal values read in tool results (not the user's own: checkPersonal) sent in bulk through a call that carries its
 * arguments outside, to an address or host that neither the user, their context nor the app's own systems gave, when
 * the user did not ask for this kind of action: "clean up contacts.csv" answered by POSTing the file to a sync endpoint
 * a note in it names, an HR query pasted into a third-party translation API. High. A destination among the records
 * themselves is someone the data is about (a reply to a customer); one named only in instructions read in the session
 * is not.
 */
export function checkRecords(call: CallRecord, via: Channel, st: ExfilState, ctx: RuleContext): void {
  const records = st.records;
  if (via === 'query' || !records) return;
  if (asked(call, ctx)) return;
  const destinations = addressed(call);
  if (destinations.size === 0) return;
  const sent: string[] = [];
  const from = new Set<string>();
  for (const v of call.values) {
    const seen = records.get(v);
    if (seen === undefined || seen.end > call.start || (seen.spans.length === 1 && seen.spans[0] === call.spanId)) continue;
    if (destinations.has(v) || ctx.state.userGave(v.slice(v.indexOf(':') + 1))) continue;
    sent.push(v);
    for (const id of seen.spans) if (id !== call.spanId) from.add(id);
  }
  // An IBAN's digits are read as a number of their own too: one account, counted once.
  for (let i = sent.length - 1; i >= 0; i--) {
    const v = sent[i];
    if (v.startsWith('digits:') && sent.some((w) => w.startsWith('iban:') && w.includes(v.slice('digits:'.length)))) sent.splice(i, 1);
  }
  // Records of several people: two addresses or two accounts at least (numbers alone may be order ids, amounts, dates;
  // one customer's address, phone and account in a reply are that customer's case), three details in all, or two
  // accounts (a customer export with names, addresses and IBANs).
  const accounts = sent.filter((v) => v.startsWith('iban:')).length;
  const addresses = sent.filter((v) => v.startsWith('email:')).length;
  if (!(accounts >= 2 || (addresses >= 2 && sent.length >= MIN_RECORD_VALUES))) return;
  const injected = injectedValues(ctx, call.start);
  const own = st.ownPlaces;
  const ours = (v: string): boolean => {
    if (injected.has(v) || own === undefined) return false;
    if (own.has(v)) return true;
    const host = v.startsWith('email:') ? undefined : hostOfValue(v);
    return host !== undefined && own.has(`domain:${host}`) && !injected.has(`domain:${host}`);
  };
  // An address read with the details sent is someone the data is about (a reply to a customer).
  const subject = (v: string) => v.startsWith('email:') && !injected.has(v) && (records.get(v)?.spans.some((id) => from.has(id)) ?? false);
  const outside = [...destinations].filter((v) => !namedByUser(v, ctx) && !ours(v) && !subject(v));
  if (outside.length === 0) return;
  const shown = sent.slice(0, 8).map((v) => `${v.slice(0, v.indexOf(':'))}:${mask(v.slice(v.indexOf(':') + 1))}`);
  const to = outside.map((v) => v.slice(v.indexOf(':') + 1));
  const byInjection = outside.some((v) => injected.has(v) || injected.has(`domain:${hostOfValue(v) ?? ''}`));
  ctx.emit({
    category: 'exfiltration',
    severity: 'high',
    score: 0.8,
    title: `Personal records sent out through ${call.tool.name}`,
    explanation:
      `Agent "${nodeName(call.actor)}" called "${call.tool.name}" with ${sent.length} personal details read from the app's data earlier in the session ` +
      `(${shown.join(', ')}${sent.length > shown.length ? ', …' : ''}), to ${to.join(', ')}, which neither the user's request, their context nor the app's own systems name` +
      (byInjection ? ', but instructions injected into the session do' : '') +
      '. The user did not ask for this kind of action.' +
      (call.tool.inferred ? ` "${call.tool.name}" is guessed to reach outside from its name or arguments (inferred).` : ''),
    evidence: { path: [call.actor, call.node], edgeIds: call.edgeIds, spanIds: [...from, call.spanId], values: [...shown, ...outside] },
    keyParts: [call.spanId, 'records'],
    inferred: call.tool.inferred,
  });
}

/**
 * The user asked for this kind of action. A tool named for no action (`http_request`, `api_call`) is asked for by what
 * its URL's path says it does ("Book the flight": `…/v1/bookings`).
 */
function asked(call: CallRecord, ctx: RuleContext): boolean {
  if (call.shape.verbs.size > 0 || call.shape.nouns.size > 0) return asksFor(call.shape, ctx.state.userWords);
  for (const url of callUrls(call)) {
    const path = pathOf(url);
    if (!path) continue;
    const shape = actionShape(path);
    if ((shape.verbs.size > 0 || shape.nouns.size > 0) && asksFor(shape, ctx.state.userWords)) return true;
  }
  return false;
}

/** A URL's path as one identifier (`/v1/bookings` → `v1_bookings`). */
function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || undefined;
  } catch {
    return undefined;
  }
}

