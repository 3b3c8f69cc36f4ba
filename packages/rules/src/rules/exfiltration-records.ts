// Exfiltration of other people's personal data: records the app read (a contact list, a customer export, an HR query)
// leaving in bulk through a call, to a destination nobody on the user's side named.
import { nodeName } from '@sentinel/graph';
import { asksFor } from '../action-families.ts';
import type { RuleContext } from '../rule-types.ts';
import type { CallRecord } from '../session-state.ts';
import { extractValues, hostOfValue } from '../values.ts';
import { mask, namedByUser, type Channel, type ExfilState } from './exfiltration-state.ts';

/** Kinds that identify a person or their money: an address, an account, a phone or identity number. */
const RECORD_KINDS: ReadonlySet<string> = new Set(['email', 'iban', 'digits']);
/** Record values remembered per session: a few hundred people's details, bounded for hostile results. */
const MAX_RECORD_VALUES = 512;
/**
 * How many people's details make a leak of records rather than a message that mentions someone: three distinct values
 * (one person's address, phone and account; three people's addresses), or two accounts. Fewer is what any reply or
 * booking carries.
 */
const MIN_RECORD_VALUES = 3;

/** Remembers the personal values a tool's result showed, with where and when they were read. */
export function readRecords(result: string, spanId: string, end: bigint, st: ExfilState, ctx: RuleContext): boolean {
  let fresh = false;
  for (const v of extractValues(result)) {
    if (!RECORD_KINDS.has(v.slice(0, v.indexOf(':'))) || ctx.state.isTrusted(v)) continue;
    const records = (st.records ??= new Map());
    if (records.has(v) || records.size >= MAX_RECORD_VALUES) continue;
    records.set(v, { spanId, end });
    fresh = true;
  }
  return fresh;
}

/**
 * Personal values read in tool results (not the user's own: checkPersonal) sent in bulk through a call that carries its
 * arguments outside, to an address or host that neither the user nor their context gave, when the user did not ask for
 * this kind of action: "clean up contacts.csv" answered by POSTing the file to a sync endpoint a note in it names, an HR
 * query pasted into a third-party translation API. High. A destination among the records themselves is someone the
 * data is about (a reply to a customer); one named only in instructions read in the session is not.
 */
export function checkRecords(call: CallRecord, via: Channel, st: ExfilState, ctx: RuleContext): void {
  if (via === 'query' || !st.records) return;
  const shaped = call.shape.verbs.size > 0 || call.shape.nouns.size > 0;
  if (shaped && asksFor(call.shape, ctx.state.userWords)) return;
  const injected = injectedValues(ctx, call.start);
  const records = st.records;
  const destinations = addressed(call);
  if (destinations.size === 0) return;
  const sent: string[] = [];
  const from = new Set<string>();
  const kinds = new Set<string>();
  for (const v of call.values) {
    const seen = records.get(v);
    if (seen === undefined || seen.end > call.start || seen.spanId === call.spanId) continue;
    if (destinations.has(v) || ctx.state.userGave(v.slice(v.indexOf(':') + 1))) continue;
    sent.push(v);
    from.add(seen.spanId);
  }
  // A host counts as a URL's or on its own, not as the domain of an address (the address counts itself).
  const mailDomains = new Set<string>();
  for (const v of destinations) if (v.startsWith('email:')) mailDomains.add(`domain:${v.slice(v.indexOf('@') + 1)}`);
  // An address read in the same records as what is sent is someone the data is about (a reply to a customer), unless
  // instructions read in the session gave it.
  const subject = (v: string) => v.startsWith('email:') && from.has(records.get(v)?.spanId ?? '') && !injected.has(v);
  const outside = [...destinations].filter((v) => !mailDomains.has(v) && !namedByUser(v, ctx) && !subject(v));
  if (outside.length === 0) return;
  // An IBAN's digits are read as a number of their own too: one account, counted once.
  for (let i = sent.length - 1; i >= 0; i--) {
    const v = sent[i];
    if (v.startsWith('digits:') && sent.some((w) => w.startsWith('iban:') && w.includes(v.slice('digits:'.length)))) sent.splice(i, 1);
  }
  kinds.clear();
  for (const v of sent) kinds.add(v.slice(0, v.indexOf(':')));
  // Numbers alone (order ids, amounts, dates) are no one's details; with an address or an account they are.
  // Two bank accounts are two people's money (a customer export with names, addresses and IBANs).
  const accounts = sent.filter((v) => v.startsWith('iban:')).length;
  if ((sent.length < MIN_RECORD_VALUES && accounts < 2) || (kinds.size === 1 && kinds.has('digits'))) return;
  const shown = sent.slice(0, 8).map((v) => `${v.slice(0, v.indexOf(':'))}:${mask(v.slice(v.indexOf(':') + 1))}`);
  const to = outside.map((v) => v.slice(v.indexOf(':') + 1));
  ctx.emit({
    category: 'exfiltration',
    severity: 'high',
    score: 0.8,
    title: `Personal records sent out through ${call.tool.name}`,
    explanation:
      `Agent "${nodeName(call.actor)}" called "${call.tool.name}" with ${sent.length} personal details read from the app's data earlier in the session ` +
      `(${shown.join(', ')}${sent.length > shown.length ? ', …' : ''}), to ${to.join(', ')}, which neither the user's request nor their context names` +
      (injected.size > 0 && outside.some((v) => injected.has(v) || injected.has(`domain:${hostOfValue(v) ?? ''}`)) ? ', but instructions injected into the session do' : '') +
      '. The user did not ask for this kind of action.' +
      (call.tool.inferred ? ` "${call.tool.name}" is guessed to reach outside from its name or arguments (inferred).` : ''),
    evidence: { path: [call.actor, call.node], edgeIds: call.edgeIds, spanIds: [...from, call.spanId], values: [...shown, ...outside] },
    keyParts: [call.spanId, 'records'],
    inferred: call.tool.inferred,
  });
}

/** What is left of an argument once its addresses and links are taken out, when it held nothing else. */
const ONLY_ADDRESSES = /^[\s,;<>"'()[\]]*$/;
const ADDRESS_OR_LINK = /\bhttps?:\/\/[^\s"'<>`,;]+|[^\s"'<>,;()]+@[^\s"'<>,;()]+/gi;

/**
 * The addresses, links and hosts a call sends to: those of arguments that hold nothing else (`to`, `url`, `cc.0`),
 * not those inside a body it sends (the data).
 */
function addressed(call: CallRecord): Set<string> {
  const out = new Set<string>();
  if (!call.leafValues) return out;
  for (let i = 0; i < call.leaves.length; i++) {
    const values = call.leafValues[i];
    if (values.size === 0 || !ONLY_ADDRESSES.test(call.leaves[i].value.replace(ADDRESS_OR_LINK, ''))) continue;
    for (const v of values) if (v.startsWith('email:') || v.startsWith('url:') || v.startsWith('domain:')) out.add(v);
  }
  return out;
}

/** Values inside instruction-carrying content read by `time`. */
function injectedValues(ctx: RuleContext, time: bigint): Set<string> {
  const out = new Set<string>();
  for (const src of ctx.state.flagged) if (src.end <= time) for (const v of src.regionValues) out.add(v);
  return out;
}
