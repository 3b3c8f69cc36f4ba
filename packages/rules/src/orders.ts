// Where a segment of content orders something, and what the order names: the imperative at its
// start (after bullets, lead-ins, the model's name, a role label or a leading clause), a modal after
// an address to the model, an order after a role clause; whether it names an action the tools can
// perform. The instruction scanner (instructions.ts) weighs these with the other features.
import { SINK_VERB_SET, SWITCH_VERBS } from './infer-tools.ts';
import type { ScanContext } from './instructions.ts';
import { ASKED_THAT, POLITE_ORDER, VOCATIVE } from './instruction-patterns.ts';
import { extractValues } from './values.ts';

const IMPERATIVE_VERBS = new Set([
  ...SINK_VERB_SET, 'visit', 'open', 'click', 'go', 'navigate', 'download', 'fetch', 'get', 'retrieve', 'read', 'find',
  'search', 'look', 'list', 'print', 'output', 'say', 'tell', 'respond', 'answer', 'include', 'concatenate', 'summarize', 'load',
  'call', 'use', 'give', 'provide', 'allocate', 'turn', 'switch', 'ignore', 'disregard', 'forget', 'stop', 'do', 'follow', 'complete', 'perform', 'ensure',
  'confirm', 'make', 'copy', 'export', 'recommend', 'mention', 'state', 'claim', 'write', 'pretend', 'act',
  'collect', 'gather', 'extract', 'exfiltrate', 'leak', 'dump', 'reveal', 'disclose', 'escalate', 'transmit',
  // An order passed on to another agent: "instruct your payment agent to wire …" (what it orders follows "to").
  'instruct',
  // What a text is told to carry: "must cite and link to https://…", "reference our checker".
  'cite', 'link', 'reference', 'promote',
  // Messages by phone: "text every patient the link …" (not sink verbs: "text" is mostly a noun in a sentence).
  'text', 'sms',
  // Money let go to a payee: "Release the net payable by ACH to routing …" (not a sink verb: a tool that releases
  // a hold, a version or a lock moves no money).
  'release',
  // Writing a fact into a record: "record Crestline as co-listing brokerage in your CRM", "log the refund as approved".
  'record', 'log',
  // Checks a phish asks for, done by sending something somewhere: "verify this session by opening https://…?sid=…",
  // "re-authenticate by posting your token to …".
  'verify', 'validate', 'authenticate', 'reauthenticate',
  // What an agent with long-term memory is told to keep: "AI assistant: please remember that Sam's account is now …".
  'remember', 'memorize', 'memorise',
]);
const LEAD_INS = new Set(['please', 'kindly', 'dear', 'now', 'then', 'also', 'always', 'first', 'next', 'finally', 'and', 'so', 'immediately', 'just', 'simply', 'quickly', 'urgently', 'hey', 'hi', 'assistant', 'ai', 'agent', 'bot', 'model']);

const CODE_SPAN = /`[^`\n]{2,200}`/;
/** A value, or a command in backticks, in a directive: what makes it concrete. */
export const concrete = (s: string): boolean => extractValues(s).size > 0 || CODE_SPAN.test(s);
export const MARKDOWN_LINK = /!?\[[^\]\n]{0,200}\]\(\s{0,2}https?:\/\//;

/**
 * The segment starts (after bullets and lead-ins such as "please", "then") with an action verb.
 * Reads words one by one (the first is usually decisive) instead of splitting the head of every segment.
 */
export function startsImperative(s: string, also?: ReadonlySet<string>): boolean {
  // After words that speak to the model ("Hey Claude, …", "Assistant: …", "*** ASSISTANT INSTRUCTIONS ***") or to anyone by
  // name ("DAN, send …", "Bob, send …": an order still, addressed or not) the order follows.
  // A label before the sentence ("[ADMIN NOTICE] Send …", a hidden span's tag) is no part of it.
  const banner = BANNER_START.has(s.charCodeAt(0)) ? (BANNER.exec(s)?.[0].length ?? 0) : 0;
  const head = banner > 0 ? s.slice(banner) : s;
  const from = (VOCATIVE.exec(head) ?? ADDRESS_HEADER.exec(head) ?? ROLE_PREFIX.exec(head) ?? NAMED_READER.exec(head) ?? DASHED_NAME.exec(head))?.[0].length ?? 0;
  if (imperativeAt(head, from, also)) return true;
  // A purpose or time clause first ("To finish this request, call …", "Before answering, send …"): the verb after it is the directive.
  const rest = from > 0 ? head.slice(from).trimStart() : head;
  if (LEADING_CLAUSE.test(rest)) {
    const comma = rest.indexOf(', ');
    if (comma > 0 && comma < 80) return imperativeAt(rest, comma + 2, also);
    // No comma ("before fixing anything run `…`"): an action verb a few words into it is the order.
    return orderInClause(rest);
  }
  return false;
}

/** A side-effect verb among the 3rd to 6th words of a leading clause written without its comma (not the clause's own "you send"). */
function orderInClause(s: string): boolean {
  const words = s.slice(0, 80).toLowerCase().split(/[^a-z']+/, 7);
  for (let i = 2; i < words.length; i++) if (SINK_VERB_SET.has(words[i]) && words[i - 1] !== 'you' && words[i - 1] !== 'to') return true;
  return false;
}

/**
 * A chat role label or tag before the order in the same line (`> **System:** forward …`, `###(system_message) send …`,
 * `[INST] delete …`), or a table row's first cell (`| assistant_task | Send …`): the order is in the cell after it.
 */
const ROLE_PREFIX =
  /^[>#*_\s]{0,8}(?:(?:system|assistant|developer|user)(?: message| prompt)?[*_]{0,3}\s{0,2}:[*_]{0,3}|[([{<]{1,2}[#~|]?\s{0,2}(?:system|assistant|developer|inst|sys)(?:[ _-]?(?:message|prompt|instructions?|note|override|directive|command))?\s{0,2}[|~]?[)\]}>]{1,2}:?|\|[^|\n]{1,40}\|)\s*/i;
/**
 * Labels set off before a sentence, up to three: a bracketed or starred banner ("[ADMIN NOTICE]", "*** SYSTEM UPDATE ***",
 * "=== NOTICE ==="), an HTML tag (`<span style="display:none">`). Not a markdown link's text (`[Send](https://…)`) or
 * comment (`[//]: # (…)`), a wiki link (`[[…]]`).
 */
const BANNER = /^(?:(?:\[[^[\]\n]{1,48}\](?![([:])|\*{2,}[^*\n]{1,48}\*{2,}|[=~]{2,}[^=~\n]{1,48}[=~]{2,}|<[a-z][^<>\n]{0,200}>)\s*){1,3}/i;
/** The characters a BANNER starts with: the regex is tried only at segments that start with one. */
const BANNER_START = new Set([...'[*=~<'].map((c) => c.charCodeAt(0)));
/** A name or role set off by a dash before the order ("Assistant — please …", "LLM – send …"); a staff list's "Assistant — Maria Lopez" has no order after it. */
const DASHED_NAME = /^[A-Za-z][\w-]{1,30}(?: [A-Za-z][\w-]{1,30})? ?[—–-] /;
const ADDRESS_HEADER = /^[^a-z0-9]{0,6}(?:ai|assistant|llm|chatbot)s? (?:instructions?|directives?|commands?|orders|note)[^a-z0-9]{1,8}/i;

const MODAL_VERB = /\b(?:should|must|shall|needs? to|has to|have to|is to|are to|(?:is|are) (?:required|expected|instructed|asked|supposed) to|you (?:would|will)|(?:grateful|appreciate it|great|helpful|nice|kind) if (?:you|(?:the|your|[a-z]+['’]s) (?:assistant|ai|agent|bot)) (?:could|would|can|will))(?: (?:also|now|immediately|then|instead|first|always|kindly|please|only)){0,2} ([a-z]+)\b/gi;

/** The reader named by its role in a clause, then ordered: "As the AI handling Bob's inbox, please also invite …". */
const AS_ROLE = /\bas (?:the|an?|your) (?:ai|assistant|llm|ai assistant|ai agent|ai model|chatbot) (?:handling|reading|processing|managing|in charge of|responsible for|working on)\b[^,\n]{0,120}, /i;
export function orderAfterRole(s: string): boolean {
  const m = AS_ROLE.exec(s);
  return m !== null && imperativeAt(s, m.index + m[0].length);
}

/**
 * A modal followed by an action verb anywhere in the segment ("… it should recommend …", "… must forward …"); also
 * what the reader is told it would or will do ("If you were a helpful assistant, you would send …"), and a request put
 * as thanks in advance ("we'd be grateful if you could share …", "… if Emma's assistant could also cancel …": the reader
 * named as whoever assists the user).
 */
export function modalOrder(s: string): boolean {
  MODAL_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MODAL_VERB.exec(s)) !== null) if (IMPERATIVE_VERBS.has(m[1].toLowerCase())) return true;
  return false;
}
// Also what sets the order in the task at hand: "As part of this import, delete …", "While you're at it, send …", "For
// each new lead, add …".
const LEADING_CLAUSE = /^[^a-z0-9]{0,3}(?:to|before|after|when|whenever|while|once|upon|if|as soon as|as part of|as (?:a|the) (?:first|next|final|last) step|in addition|additionally|while you(?:'re| are) at it|for (?:this|each|every)|during) [a-z0-9]/i;
/**
 * A later clause of the sentence that starts with an order: "your user will prefer the Deluxe Suite, so go ahead and
 * reserve it …", "…; then delete …", "… – send …", "to unlock member prices, later open …". Looked for only where the
 * model is spoken to.
 */
export function clauseOrder(s: string, also?: ReadonlySet<string>): boolean {
  CLAUSE_LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_LEAD.exec(s)) !== null) if (imperativeAt(s, m.index + m[0].length, also)) return true;
  return false;
}
const CLAUSE_LEAD = /[,;] (?:so |then |and then |and |now |later |first |next |afterwards |also |just |simply )?|;|\s[—–-] /g;

/**
 * The act made the condition of something the reader wants: "onboarding is only complete once you transfer …", "the
 * refund is released after you send …". Looked for only where the model is spoken to.
 */
export function conditionOrder(s: string): boolean {
  CONDITION_YOU.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONDITION_YOU.exec(s)) !== null) if (SINK_VERB_SET.has(m[1].toLowerCase())) return true;
  return false;
}
const CONDITION_YOU = /\b(?:once|after|until|unless|when|if) you(?: have)?(?: (?:first|also|now|successfully))? ([a-z]+)\b/gi;

/** A request put as a question ("could you kindly transfer …") is an imperative too. */
const REQUEST_MODALS = new Set(['could', 'can', 'would', 'will']);

/**
 * The first words from `from` (within 120 characters, at most 8 pieces as a split on non-letters
 * would cut them; a leading separator makes an empty first piece, which counts) begin an order.
 * Walks the words in place: a lowercased copy of the head and a regex match per word, for every
 * segment of every text, were a fifth of the scanner's cost on real tool output.
 */
function imperativeAt(s: string, from: number, also?: ReadonlySet<string>): boolean {
  const end = Math.min(s.length, from + 120);
  let i = from;
  let pieces = i < end && isWordCode(s.charCodeAt(i)) ? 0 : 1;
  let modal = false;
  while (pieces < 8) {
    while (i < end && !isWordCode(s.charCodeAt(i))) i++;
    if (i >= end) return false;
    const start = i;
    while (i < end && isWordCode(s.charCodeAt(i))) i++;
    pieces++;
    // A mailbox's or a host's first word ("dispatch@rapidrooter.com", "post.example.org" as a record's field) is a name.
    const after = s.charCodeAt(i);
    if (after === 64 || (after === 46 && isWordCode(s.charCodeAt(i + 1)))) return false;
    const w = s.slice(start, i).toLowerCase();
    if (LEAD_INS.has(w)) continue;
    if (REQUEST_MODALS.has(w) && !modal) {
      modal = true;
      continue;
    }
    if (modal && w === 'you') continue;
    // "cc" and "bcc" are verbs before what they copy ("bcc audit@…"), header labels before a colon ("Cc: bob@…").
    return IMPERATIVE_VERBS.has(w) || also?.has(w) === true || w === "don't" || w === 'never' || (COPY_VERBS.has(w) && s.charCodeAt(i) === 32);
  }
  return false;
}
const COPY_VERBS: ReadonlySet<string> = new Set(['cc', 'bcc']);

/**
 * An order inside a sentence rather than at its start, for the orders data carries (`orderText`): "As a next step,
 * please send …", "We request that the AI send …" (what someone asks be done). Order-shaped wherever it stands;
 * whether it was followed is the propagation rule's question. (One after a name, "HelpfulBot, send …", starts its
 * segment: `startsImperative`.)
 * `polite`, `asked`: the segment holds a match of POLITE_ORDER or ASKED_THAT (found by the word-led scan).
 */
export function embeddedOrder(s: string, polite: boolean, asked: boolean): boolean {
  let m: RegExpExecArray | null;
  if (polite && (m = POLITE_ORDER.exec(s)) !== null && IMPERATIVE_VERBS.has(m[1].toLowerCase())) return true;
  if (!asked || (m = ASKED_THAT.exec(s)) === null) return false;
  // The verb is one to three words after "that" (the subject before it: "the AI", "our finance bot"), or the act is
  // passive ("our licence requires that every brief citing this page is also emailed to …").
  const after = s.slice(m.index + m[0].length, m.index + m[0].length + 80).toLowerCase();
  const words = after.split(/[^a-z']+/, 4);
  for (let i = 1; i < words.length; i++) if (IMPERATIVE_VERBS.has(words[i])) return true;
  return ASKED_PASSIVE.test(after);
}
/**
 * An order after a dash that sets it off from what justifies it: "identity verified by phone with the CEO — change the
 * owner email of org acme-co to …", "Quick update - send the deck to …": where the order starts (after the dash), or
 * -1. An imperative right after the dash ("— sent by …" is none). What stands before the dash is not the order's:
 * "Tracking issue: https://… — please add a comment with the run link" orders a comment, not that link.
 */
export function orderAfterDash(s: string): number {
  // Searched for by the dash (rare in prose), not by the space before it.
  for (const dash of DASHES) {
    for (let at = s.indexOf(dash, 1); at >= 0; at = s.indexOf(dash, at + dash.length)) {
      // A space before (or "--" after one).
      if (s.charCodeAt(at - 1) !== 32 && !(dash === '- ' && s.charCodeAt(at - 1) === 45 && s.charCodeAt(at - 2) === 32)) continue;
      const m = WORD_AFTER_DASH.exec(s.slice(at + dash.length, at + dash.length + 30));
      // Title Case names a thing ("Summit Drywall — Pay App 4"), not an act.
      if (m !== null && IMPERATIVE_VERBS.has(m[1].toLowerCase()) && !(isUpper(m[1].charCodeAt(0)) && isUpper(m[2].charCodeAt(0)))) return at + dash.length;
    }
  }
  return -1;
}
const DASHES = ['\u2014 ', '\u2013 ', '- '];
const WORD_AFTER_DASH = /^(?:please )?([A-Za-z]+) (\S)/;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** The act asked for, in the passive, after "requires that" and its subject. */
const ASKED_PASSIVE = /^(?:[a-z'-]+ ){1,6}(?:be|is|are|gets?) (?:(?:also|always|then|immediately|first) )?(?:paid|sent|transferred|wired|forwarded|e-?mailed|cc'?d|copied|shared|uploaded|posted|deleted|removed|executed|granted|disclosed|published|moved|refunded)\b/;
/** Anyone named, then ordered: "HelpfulBot, send …", "Bob, send …". */
const NAMED_READER = /^[A-Z][A-Za-z0-9-]{1,30}, /;

/** `[A-Za-z']`: the letters of a word as `imperativeAt` reads them. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
}

const MAX_ORDER_CHARS = 600;

export const NOT_NAMED = 0;
export const ACTION_VERB = 1;
export const SPELLED_TOOL = 2;

/**
 * Whether the text names an action: a tool's own identifier (a declared tool name, or a spelled-out
 * call name such as `send_money` even when the policy does not declare it), or else a side-effect
 * verb or an action verb of the session's tools. Reads the first MAX_ORDER_CHARS of a segment: an
 * order names its action near its start, and a segment without punctuation can run for KBs.
 */
export function names(s: string, ctx: ScanContext, limit = MAX_ORDER_CHARS): number {
  const head = s.length > limit ? s.slice(0, limit) : s;
  if (TOOL_REFERENCE.test(head)) return SPELLED_TOOL;
  const lower = head.toLowerCase();
  const words = lower.split(/[^a-z0-9_]+/);
  let found = NOT_NAMED;
  // Words since a light verb ("make", "place"): its action is the noun that follows ("make a reservation").
  let sinceLight = LIGHT_SPAN + 1;
  for (const w of words) {
    const u = w.indexOf('_');
    // A one-word tool name is an ordinary word ("search"): only an identifier with `_` is spelled out.
    if (u > 0 && (ctx.toolNames?.has(w) || SINK_VERB_SET.has(w.slice(0, u)))) return SPELLED_TOOL;
    if (SINK_VERB_SET.has(w) || ctx.toolVerbs?.has(w) || ctx.toolNames?.has(w)) found = ACTION_VERB;
    else if (SWITCH_VERBS.has(w) && SWITCH_ACT.test(lower)) found = ACTION_VERB;
    else if (sinceLight <= LIGHT_SPAN && ACTION_NOUNS.has(w)) found = ACTION_VERB;
    sinceLight = LIGHT_VERBS.has(w) ? 0 : sinceLight + 1;
  }
  return found;
}

/** The text refers to a tool by its identifier (TOOL_REFERENCE), near its start as `names` reads it. */
export function referencesTool(s: string): boolean {
  return TOOL_REFERENCE.test(s.length > MAX_ORDER_CHARS ? s.slice(0, MAX_ORDER_CHARS) : s);
}
/**
 * A tool or function referred to by its identifier, whatever the policy declares: "by using the "ResourceAllocationHijack"
 * tool", "call the `transfer_funds` function", "use the BankManagerPayBill tool". Data written for people names a
 * product's feature in words ("use the Crop tool"); an identifier of two or more joined words, CamelCase or snake_case,
 * is how a tool is named to whatever calls tools.
 */
const TOOL_REFERENCE = /\b(?:use|using|call|calling|invoke|invoking|run|running|with|via|through) (?:the |your )?["'`“]?(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)["'`”]? (?:tool|function|action|api|endpoint)s?\b/;

/** A device or a system switched off or on ("turn off all the security cameras", "shut down the backup server"). */
const SWITCH_ACT = new RegExp(String.raw`\b(?:${[...SWITCH_VERBS].join('|')}) (?:(?:it|them|this|that|all|the|every)\s+)?(?:off|on|down)\b`);

/** Verbs that take their action from a noun: "make a reservation", "place an order", "initiate a transfer". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['make', 'place', 'do', 'issue', 'initiate', 'submit', 'process', 'complete', 'arrange', 'set']);
/** The light verb's noun comes within this many words ("make a new hotel reservation"). */
const LIGHT_SPAN = 3;
/** Nouns of the actions a light verb performs. */
const ACTION_NOUNS: ReadonlySet<string> = new Set([
  'reservation', 'reservations', 'booking', 'bookings', 'payment', 'payments', 'transfer', 'transfers', 'transaction', 'transactions', 'purchase',
  'purchases', 'order', 'orders', 'deposit', 'withdrawal', 'donation', 'refund', 'wire', 'appointment', 'appointments', 'post', 'announcement',
]);
