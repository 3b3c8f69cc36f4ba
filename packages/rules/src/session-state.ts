// Per-session detector state: what each placed span contributed (trusted context, untrusted values, sinks), indexed for O(1) lookups.
import { edgeId, hashString, nodeName, type PlacedSpan, type SessionGraph } from '@sentinel/graph';
import { actionShape, asksFor, handsControl, movesMoney, runsCode, type ActionShape } from './action-families.ts';
import { announcesNewAccount, userKnowsOfChange } from './bank-changes.ts';
import { saidTrigrams } from './answer-echo.ts';
import { contentValues, scanToolsFor, type ContentMode, type ScanTools } from './content-facts.ts';
import { asksOf, readContent, readingAsWritten, type ContentReading } from './content-reading.ts';
import { INSTRUCTION_THRESHOLD, type InstructionScan } from './instructions.ts';
import type { EffectivePolicy, ToolClass } from './resolve-policy.ts';
import { namesParty, partyNames } from './named-parties.ts';
import { argumentLeaves, extractQuoted, extractValues, valuesIn, type ArgLeaf } from './values.ts';
import { actOfCall, methodOfCall } from './infer-tools.ts';
import { isFieldLabel, isFilePath, pageActName } from './browser-acts.ts';
import { requestReading } from './request-words.ts';
import { callCommands, commandsInText, type CommandAct, type RiskyCommand } from './shell-commands.ts';
import { textWords } from './words.ts';
import { replyLookalikes } from './lookalike.ts';
import { writesDate, type DayOfYear } from './dates.ts';
import { callSignature } from './tool-calls-in-history.ts';

/** Words of a text, for comparing a dictated message with what was sent (restatesRequest). */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** Nouns of what one reads and acts on: a bill, a notice, a message, a file. */
const DOCUMENT_NOUN = /\b(?:instructions|bills?|invoices?|notices?|letters?|e-?mails?|mails?|messages?|files?|docs?|documents?|tickets?|notes?|memos?|statements?|receipts?|sheets?|spreadsheets?|reports?|forms?|lists?|pages?)\b/;
/** Wrappers a session may have (one per run; a session of many runs keeps a few). */
const MAX_WRAPPERS = 16;
/** Words in a row a sent text must share with the request to restate it. */
const DICTATED_RUN = 4;
/** A placeholder in a quoted string of the request ('Dinner at {restaurant_name}', "Re: <subject>"). */
const PLACEHOLDER = /\{[\w .-]{1,40}\}|<[\w .-]{1,40}>|\[[\w .-]{1,40}\]/;
const MAX_TEMPLATES = 16;

/** A quoted string with a placeholder as a pattern its filled-in forms match; none when its own words are under four characters. */
function templateOf(quoted: string): RegExp | undefined {
  const parts = quoted.split(PLACEHOLDER);
  if (parts.length < 2 || parts.join('').trim().length < 4) return undefined;
  return new RegExp(`^${parts.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{1,80}?')}$`, 'is');
}
const ALL_DIGITS = /^\d{6,}$/;
const NOT_DIGITS = /\D/g;
/** Sinks kept per session for late-arriving sources: bounds memory on runaway sessions. */
export const MAX_SINKS_PER_SESSION = 2_000;
/** Unflagged tool results with orders kept for literal matching per session (most emails and pages order their reader something). */
const MAX_ORDERING_SOURCES = 256;
/** Messages from agents that had read nothing from outside, kept per session in case such a read arrives late. */
const MAX_HELD_MESSAGES = 256;
/** Untrusted sources kept per session (same reason); flagged ones are always kept up to this. */
export const MAX_SOURCES_PER_SESSION = 5_000;
/** Answers to the user kept per session (each root agent span's output). */
export const MAX_ANSWERS_PER_SESSION = 256;
/** Trusted texts (user request, system prompt) kept for substring checks. */
export const MAX_TRUSTED_TEXTS = 64;
/**
 * The one empty set every record without values shares (most texts and arguments have none, and
 * most sources are not flagged): an open session keeps its records, and an empty Set per fact was
 * most of what the rules held per session.
 */
const NONE: ReadonlySet<string> = new Set();
const orNone = (s: ReadonlySet<string>): ReadonlySet<string> => (s.size > 0 ? s : NONE);
/** Reads of the content a delegation names kept per session (a TODO list, the email, the notice: one or two). */
const MAX_DELEGATED_SOURCES = 8;
/** A listing read for the item a delegation names is parsed up to this size (an inbox page, search hits). */
const MAX_LISTING_CHARS = 64 * 1024;
/** The fields of a listed item that the read opening it is given: `id`, `message_id`, `email_id`, `uid`, `key`. */
const ITEM_ID = /^(?:id|uid|key|[a-z]+_id|[a-z]+Id)$/;
// Shared empty collections SessionState starts from; never written (`own` replaces them first).
const EMPTY_SET = new Set<never>() as Set<string>;
const EMPTY_MAP = new Map<never, never>() as Map<string, never>;
/** The collection itself, or a new one of its own in place of the shared empty one. */
function own<C extends Set<string> | Map<string, unknown>>(c: C): C {
  if ((c as unknown) !== EMPTY_SET && (c as unknown) !== EMPTY_MAP) return c;
  return (c instanceof Set ? new Set() : new Map()) as C;
}

/** Two or more addresses in the values, all at one domain: access given inside an organisation (see `handsOver`). */
function withinOneDomain(values: ReadonlySet<string>): boolean {
  let domain: string | undefined;
  let count = 0;
  for (const v of values) {
    if (!v.startsWith('email:')) continue;
    const d = v.slice(v.lastIndexOf('@') + 1);
    if (domain === undefined) domain = d;
    else if (d !== domain) return false;
    count++;
  }
  return count >= 2;
}

/** Untrusted content that arrived in the session: a tool result or an inter-agent message. */
export interface SourceRecord {
  spanId: string;
  /** The node the content came from (tool node, or the sending agent). */
  node: string;
  /** The agent that received the content. */
  actor: string;
  edgeIds: string[];
  start: bigint;
  end: bigint;
  values: ReadonlySet<string>;
  scan: InstructionScan;
  flagged: boolean;
  /** Values inside the instruction-carrying part (only when flagged). */
  regionValues: ReadonlySet<string>;
  regionWords: ReadonlySet<string>;
  /**
   * Values in the segments of a tool result that order an action a tool performs (only when not flagged and
   * such segments exist: `scan.orderText`). A sink call the user did not ask for, carrying them, followed the order.
   */
  orderValues: ReadonlySet<string>;
  /** The arguments of the read that returned it, when it orders an action (`orderValues`) or is flagged: what the user may have pointed at. */
  readArgs?: string;
  /** It gives an account and says the payee's bank or payment details changed (bank-changes.ts): how payment fraud redirects money. */
  changesAccount?: boolean;
  /** Addresses it gives as where replies go that imitate another address in it (lookalike.ts), each with the genuine one. */
  replyLookalikes?: ReadonlyMap<string, string>;
  /** Trigrams of what its output directives ask the model to say (only when flagged): see answer-echo.ts. */
  saidTrigrams: ReadonlySet<string>;
  /** Risky commands written in it (shell-commands.ts), by key: a call that runs one copied it. */
  commands?: ReadonlyMap<string, CommandAct>;
  /** Those of them in the instruction-carrying part (only when flagged). */
  regionCommands?: ReadonlySet<string>;
  /** A poisoned tool description (via `description`): the tool it describes and what gives it away (tool-descriptions.ts). */
  describes?: { tool: string; why: string };
  inferred: boolean;
  /** The text as the model read it, for an unflagged source with values: where in it they stand is read when needed (proseValues). */
  decoded?: string;
  /** How the content arrived: a tool's result, or a message (or reply) from the agent `node` to `actor`. */
  via: SourceVia;
}

/** How content arrived: a tool's result, a message or reply between agents, or a tool's description the model read. */
export type SourceVia = 'result' | 'message' | 'reply' | 'description';

/**
 * What an agent passed on when it had received nothing from outside (`SessionState.holdMessage`, `addReturn`): a
 * message it sent down, or a sub-agent's return to its caller.
 */
interface HeldMessage {
  sender: string;
  receiver: string;
  start: bigint;
  /** What reading the message as untrusted content needs, if it carries instructions. */
  read: { p: PlacedSpan; reading: ContentReading; scan: InstructionScan; inferred: boolean } | undefined;
}

/**
 * What a person calls the source in an alert: "result of fetch_url", "message from planner to coder".
 * Built when a finding needs it: every open session keeps its sources.
 */
/** Its instructions take the agent over or imitate a turn: more than a note that only addresses the model. */
export function takesOver(src: SourceRecord): boolean {
  return src.scan.features.includes('redirect') || src.scan.features.includes('roleMarker');
}

export function sourceLabel(src: SourceRecord): string {
  if (src.describes) return `description of tool "${src.describes.tool}"`;
  return src.via === 'result' ? `result of ${nodeName(src.node)}` : `${src.via} from ${nodeName(src.node)} to ${nodeName(src.actor)}`;
}

/**
 * A user turn that agrees to what the agent proposed ("yes, go ahead", "ok", "sure, send that", "ja, mach das", "sí,
 * adelante", "はい"): short, and leading with the agreement.
 */
const CONFIRMATION = /^\s*(?:yes|yep|yeah|yup|ok|okay|sure|go ahead|do it|do both|please do|sounds good|confirmed?|approved?|agreed|ja|jawohl|genau|oui|d'accord|sí|si|claro|vale|dale|はい|ええ|お願い|好的|是的|네|예)(?![a-z])/i;
const MAX_CONFIRMATION = 100;
const THANKS = /^\s*(?:ok|okay|yes|yeah|sure)\b[\s,.!]*(?:thanks|thank you|thx|cool|great|got it|noted|never ?mind)\b/i;
const ASKS = /[?？]/;
/**
 * An act on what the answer named, pointed at by a pronoun ("ok send them our W-9", "sure, pay it", "yes, book that
 * one"): the user read the answer and asks for the act on its party, as after a question.
 */
const ACT_ON_ANSWER = /^[^\n]{0,40}?\b(?:send|email|e-mail|mail|write|reply|answer|pay|transfer|wire|forward|book|reserve|invite|call|text|message|share|submit|order)\b(?: (?:to|with|for))? (?:them|it|him|her|that|those|these|this one|that one|there)\b/i;

/** A part of a tool call the content rules read once (SessionState.isRead). */
export type ReadPart = 'call' | 'result' | 'spanCall' | 'spanResult';

/** An answer to the user: the output of an agent the user called. */
export interface AnswerRecord {
  spanId: string;
  /** The agent that answered. */
  node: string;
  edgeIds: string[];
  end: bigint;
  text: string;
}

/** A call to a side-effecting tool (or any tool, for propagation into non-sinks). */
export interface CallRecord {
  spanId: string;
  node: string;
  actor: string;
  edgeIds: string[];
  start: bigint;
  tool: ToolClass;
  shape: ActionShape;
  leaves: ArgLeaf[];
  /** Values per leaf (same order as `leaves`); none when no leaf has a value (most calls). */
  leafValues: ReadonlySet<string>[] | undefined;
  values: ReadonlySet<string>;
  /** The risky commands it runs (a shell, SQL or program tool: shell-commands.ts); none for most calls. */
  commands?: RiskyCommand[];
  /** A browser act's page (browser-acts.ts): what it types goes there. */
  page?: string;
}

export class SessionState {
  // The sets and maps below start as one shared empty instance and get their own on the first write:
  // most sessions never fill most of them, an empty Map or Set still allocates its table, and every
  // open session keeps its state (what the GC copies and marks, bench/ingest).
  private _trustedValues: Set<string> = EMPTY_SET;
  /** Values the user typed in their request (a payee's IBAN, a friend's number): theirs to use, unlike the system prompt's. */
  private requestValues: Set<string> = EMPTY_SET;
  readonly trustedTexts: string[] = [];
  /** The user's requests as they wrote them (the same strings `trustedSeen` holds): what the user gave, secrets included. */
  private userTexts: string[] | undefined;
  /** Proper names in the user's requests as host labels spell them (named-parties.ts); undefined until one names any. */
  private parties: Set<string> | undefined;
  private trustedSeen: Set<string> = EMPTY_SET;
  /** Words of the user's own requests: which actions the user asked for. */
  private _userWords: Set<string> = EMPTY_SET;
  /**
   * Sources are kept only where a later span can reach them: by their values (valueIndex), and the
   * flagged ones. An unflagged source without values matters to the span that brought it only (a
   * list of every source was most of what an open session kept, and nothing read it).
   */
  private indexedSources = 0;
  readonly flagged: SourceRecord[] = [];
  /** Unflagged tool results that order an action (`orderValues`), up to MAX_ORDERING_SOURCES: a call can follow one by a literal alone. */
  ordering: SourceRecord[] | undefined;
  /** The user told the agent to do what some content says ("follow the instructions in the email"): its orders are theirs. */
  userDelegated = false;
  /**
   * What those delegations name: the values and quoted names of their sentences ("the TODO list at www.…", "the email
   * from 'david@…' with the subject 'TODOs'"); undefined while none was made or once one names nothing at all ("follow
   * the instructions in my latest email": whatever the agent reads). Once a read was given one of them (the file, the
   * link, the sender searched for), only content such reads returned is handed over: a calendar entry or a channel's
   * name read on the way gives no orders. Until then (the names may be what to act on: "follow the checklist for
   * greg@…"), everything is.
   */
  private delegatedTo: Set<string> | undefined;
  private delegatesAll = false;
  /** A read was given what a delegation names (`delegatedTo`); `pointerFound` until the rules took note (`takePointerFound`). */
  private pointedRead = false;
  private pointerFound = false;
  /** The content handed over: results of reads given what a delegation names, that give orders (a few). */
  readonly delegatedSources: SourceRecord[] = [];
  /** Reads without orders given the delegation's quoted name: the data the user's act is on (`noteRead`). */
  private readonly pointedData: SourceRecord[] = [];
  /** …to a procedure document (a README, a runbook): its commands are the user's, short of persisting (copied-commands.ts). */
  userFollowsDoc = false;
  /** The content handed over is a document of the user's own (RequestReading.handsOverOwnDoc). */
  userHandsOverOwnDoc = false;
  /** The user said "handle it" of what the agents read: its orders are theirs, except to move money (`handsOver`). */
  userHandsOver = false;
  /** The user asked for more parties than their request names ("cc the colleague she mentions"): content gives them. */
  userAddsParties = false;
  /** The request takes each message's party from what the agent reads ("using the contact details in their letters"). */
  userPartiesFromContent = false;
  /** The request asks for what was read to be quoted or recorded as it is (RequestReading.quotesContent). */
  userQuotesContent = false;
  /** The request asks for copies of its messages ("cc Dana on it"). */
  userAsksCopies = false;
  /** A request asked a question or to read and report (request-words.ts READS). */
  userReads = false;
  /** A request ordered something in words that name no kind of act ("address the review comments", "accept the new time"). */
  userActsUnnamed = false;
  /** Kinds of values the request takes from what the agents read ("every URL in the reported email"). */
  userContentKinds: Set<string> | undefined;
  /** How many things the user's request counts out to act on ("pay the two bills"), if it does. */
  userCount: number | undefined;
  /**
   * The parts of tool calls (`call:` arguments, `result:` output, by `callKey`) the rules have read, from a tool span
   * or from a model call's messages (tool-calls-in-history.ts): each part is read once, whichever shows it first.
   */
  private _readParts: Set<string> = EMPTY_SET;
  /**
   * Parts read from tool spans without a call id, not yet under their signature: it is only ever compared with a model
   * call's history (`spanCall`, `spanResult`), which most sessions never show, and computing it (a JSON round trip of
   * the arguments) was ~3% of the rule thread. Signed all at once when a history first shows a call (`signSpanReads`).
   */
  private _unsigned: { part: 'spanCall' | 'spanResult'; toolName: string; args: string }[] | undefined;
  /** A model call's history has shown a call: tool spans are read under their signature from then on. */
  signsSpanReads = false;
  /** Tool spans with a call id but neither arguments nor result, waiting for a model call's history to show them. */
  private _bareCalls: Map<string, PlacedSpan> = EMPTY_MAP;
  /** Per `call:` span of a call only model messages showed, the model calls that showed it (evidence a person can open). */
  private _shownIn: Map<string, string[]> = EMPTY_MAP;
  /** The session has shown a tool span: its app records tool calls as spans, not only in the model's messages. */
  sawToolSpan = false;
  private _valueIndex: Map<string, SourceRecord[]> = EMPTY_MAP;
  /** Tool definitions and descriptions read in the session, by hash: each is read once, however many model calls offer it. */
  private _described: Set<string> = EMPTY_SET;
  /** Sources by the risky commands written in them. */
  private _commandIndex: Map<string, SourceRecord[]> = EMPTY_MAP;
  /** When each agent first received content from outside the app (see `holdMessage`). */
  private _exposedAt: Map<string, bigint> = EMPTY_MAP;
  /**
   * The app's own agents: those with spans of their own (an agent span, or tool and model calls made by them). An
   * agent known only as the sender of a message (a partner's agent writing to this app's) is outside the app.
   */
  private ownAgents: Set<string> = EMPTY_SET;
  private held: HeldMessage[] | undefined;
  private released: SourceRecord[] | undefined;
  readonly calls: CallRecord[] = [];
  readonly answers: AnswerRecord[] = [];
  private _callValueIndex: Map<string, CallRecord[]> = EMPTY_MAP;
  /** Rule-private state, by rule id (a handful of rules keep any). */
  private readonly ruleState: Record<string, unknown> = {};
  /** Dedup keys reported in the session, with the severity rank they were last reported at. */
  private emitted: Map<string, number> = EMPTY_MAP;
  policy: EffectivePolicy;
  /** Action words and names of the app's declared tools, for the instruction scanner (declared only: arrival order must not matter). */
  get toolVerbs(): ReadonlySet<string> {
    return this.scanTools.toolVerbs;
  }
  get toolNames(): ReadonlySet<string> {
    return this.scanTools.toolNames;
  }
  /** The two sets as one object: what a text's reading is kept by (content-reading.ts). */
  private readonly scanTools: ScanTools;

  constructor(
    readonly session: SessionGraph,
    policy: EffectivePolicy,
  ) {
    this.policy = policy;
    this.scanTools = scanToolsFor(policy.declaredTools);
  }

  get trustedValues(): ReadonlySet<string> {
    return this._trustedValues;
  }

  get userWords(): ReadonlySet<string> {
    return this._userWords;
  }

  get valueIndex(): ReadonlyMap<string, readonly SourceRecord[]> {
    return this._valueIndex;
  }

  get commandIndex(): ReadonlyMap<string, readonly SourceRecord[]> {
    return this._commandIndex;
  }

  /** The user's requests as they wrote them. */
  get requests(): readonly string[] {
    return this.userTexts ?? [];
  }

  get callValueIndex(): ReadonlyMap<string, readonly CallRecord[]> {
    return this._callValueIndex;
  }

  rule<T>(id: string, init: () => T): T {
    let s = this.ruleState[id] as T | undefined;
    if (s === undefined) {
      s = init();
      this.ruleState[id] = s;
    }
    return s;
  }

  /**
   * Whether a finding with this key is new in the session, or stronger than when it was reported (a call's values
   * became known, a repeat count grew past a higher threshold): the server raises the alert's severity. Records it.
   */
  firstReport(dedupKey: string, rank = 0): boolean {
    const before = this.emitted.get(dedupKey);
    if (before !== undefined && before >= rank) return false;
    (this.emitted = own(this.emitted) as Map<string, number>).set(dedupKey, rank);
    return true;
  }

  /** Whether the trace showed what the user asked (an agent's input, a model call's user turn): none when the app records no prompt. */
  get knowsRequest(): boolean {
    return this.userTexts !== undefined && this.userTexts.length > 0;
  }

  /**
   * Records trusted context. `since`: the text is a user turn of a model call made at that time, which carries
   * the user's words only if it does not repeat values of untrusted content read before it: an app that traces
   * its model calls and no agents shows a sub-agent's call, whose "user" turn is the orchestrator relaying what
   * it read (an injected address included), as a call made for the user.
   */
  addTrusted(text: string | undefined, isUserRequest: boolean, since?: bigint): void {
    if (!text || this.trustedSeen.has(text)) return;
    (this.trustedSeen = own(this.trustedSeen)).add(text);
    const values = valuesIn(text);
    if (since !== undefined && this._valueIndex.size > 0 && this.relays(values, since)) return;
    // Into the session's own set, or a new one kept only if this text gave it anything.
    const trusted = this._trustedValues === EMPTY_SET ? new Set<string>() : this._trustedValues;
    for (const v of values) trusted.add(v);
    extractQuoted(text, trusted);
    if (trusted.size > 0) this._trustedValues = trusted;
    if (this.trustedTexts.length < MAX_TRUSTED_TEXTS) this.trustedTexts.push(text.toLowerCase());
    if (isUserRequest) {
      // "Yes, go ahead" to the agent's "Want me to pay it? (IBAN …)": the user asked for what the answer proposed.
      // Only an answer that asked (a question mark), or an act the user asks on what it named ("ok send them our
      // W-9" after "…; send to vendors@…"): "ok, thanks" after a summary approves nothing.
      if (text.length <= MAX_CONFIRMATION && CONFIRMATION.test(text) && !THANKS.test(text)) {
        const proposal = this.answers[this.answers.length - 1];
        if (proposal && proposal.text !== text && (ASKS.test(proposal.text) || ACT_ON_ANSWER.test(text))) this.addTrusted(proposal.text, true);
      }
      const read = requestReading(text, (this._userWords = own(this._userWords)));
      if (read.delegates) this.delegate(read.delegations);
      if (read.followsDoc) this.userFollowsDoc = true;
      if (read.handsOverOwnDoc) this.userHandsOverOwnDoc = true;
      if (read.handsOver) this.userHandsOver = true;
      if (read.addsParties) this.userAddsParties = true;
      if (read.partiesFromContent) this.userPartiesFromContent = true;
      if (read.asksCopies) this.userAsksCopies = true;
      if (read.quotesContent) this.userQuotesContent = true;
      if (read.reads) this.userReads = true;
      if (read.actsUnnamed) this.userActsUnnamed = true;
      for (const k of read.contentKinds ?? []) (this.userContentKinds ??= new Set()).add(k);
      if (read.count !== undefined && (this.userCount === undefined || read.count > this.userCount)) this.userCount = read.count;
      const names = new Set<string>();
      partyNames(text, names);
      if (names.size > 0) for (const n of names) (this.parties ??= new Set()).add(n);
      if ((this.userTexts ??= []).length < MAX_TRUSTED_TEXTS) {
        this.userTexts.push(text);
        this.requestWordRun = undefined;
      }
      // The request's quoted strings with a placeholder ('Dinner at {restaurant_name}'): once per request text, short.
      for (const q of extractQuoted(text)) {
        const template = templateOf(q.slice('quoted:'.length));
        if (template && (this.templates ??= []).length < MAX_TEMPLATES) this.templates.push(template);
      }
      if (values.size > 0) {
        const request = (this.requestValues = own(this.requestValues));
        for (const v of values) request.add(v);
      }
    }
  }

  /**
   * Whether this part of the call was read: by its call id or, from a history, its signature (`call`, `result`); from
   * a tool span without a call id, by its signature (`spanCall`, `spanResult`).
   */
  isRead(part: ReadPart, key: string): boolean {
    return this._readParts.has(part + key);
  }

  markRead(part: ReadPart, key: string): void {
    (this._readParts = own(this._readParts)).add(part + key);
  }

  /** A part of a tool span without a call id was read: under its signature once histories are compared, else kept unsigned. */
  markSpanRead(part: 'spanCall' | 'spanResult', toolName: string, args: string): void {
    if (this.signsSpanReads) this.markRead(part, callSignature(toolName, args));
    else (this._unsigned ??= []).push({ part, toolName, args });
  }

  /** A history shows a call: the parts read unsigned so far are marked under their signatures, and later ones at once. */
  signSpanReads(): void {
    if (this.signsSpanReads) return;
    this.signsSpanReads = true;
    for (const u of this._unsigned ?? []) this.markRead(u.part, callSignature(u.toolName, u.args));
    this._unsigned = undefined;
  }

  /** A tool span seen without its content: a history may show it later. */
  addBareCall(callId: string, p: PlacedSpan): void {
    (this._bareCalls = own(this._bareCalls) as Map<string, PlacedSpan>).set(callId, p);
  }

  bareCall(callId: string): PlacedSpan | undefined {
    return this._bareCalls.get(callId);
  }

  /** A call read from the messages of model call `llmSpanId`, as the span `spanId` of its own. */
  addShownIn(spanId: string, llmSpanId: string): void {
    const list = this._shownIn.get(spanId);
    if (!list) (this._shownIn = own(this._shownIn) as Map<string, string[]>).set(spanId, [llmSpanId]);
    else if (!list.includes(llmSpanId)) list.push(llmSpanId);
  }

  /** Evidence span ids with, after each call read from model messages, the model calls that showed it: those spans exist. */
  withShownIn(spanIds: string[]): string[] {
    if (this._shownIn.size === 0) return spanIds;
    const out: string[] = [];
    for (const id of spanIds) out.push(id, ...(this._shownIn.get(id) ?? []));
    return out;
  }

  /** Some value was read in untrusted content that ended before `time`. */
  private relays(values: ReadonlySet<string>, time: bigint): boolean {
    for (const v of values) for (const src of this._valueIndex.get(v) ?? []) if (src.end <= time) return true;
    return false;
  }

  /** The user's request gives a value of this kind (an address, an IBAN, a link): the user named where the action goes. */
  requestGives(kind: string): boolean {
    if (this.requestValues.size === 0) return false;
    for (const v of this.requestValues) if (v.startsWith(kind) && v.charCodeAt(kind.length) === 58) return true;
    return false;
  }

  /** The user's request gives this value. */
  fromRequest(value: string): boolean {
    return this.requestValues.has(value);
  }

  /** The values of these kinds the user's request gives, as written after their kind (`DE89…`, `bob@…`). */
  requestValuesOf(kinds: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (const v of this.requestValues) if (kinds.has(v.slice(0, v.indexOf(':')))) out.push(v.slice(v.indexOf(':') + 1));
    return out;
  }

  /** The value is the user's private context (their profile in the system prompt), not something their request gave to use. */
  isPrivate(value: string): boolean {
    return this.trustedValues.has(value) && !this.requestValues.has(value);
  }

  /** The user wrote this string in a request of theirs (a key or password they handed the agent to use). */
  userGave(literal: string): boolean {
    if (this.userTexts === undefined) return false;
    // A number as the user typed it, in groups or not ("4111 1111 1111 1111").
    const digits = ALL_DIGITS.test(literal);
    return this.userTexts.some((t) => t.includes(literal) || (digits && t.replace(NOT_DIGITS, '').includes(literal)));
  }

  /**
   * The user handed over what content asks for this call: told to follow it ("do the tasks in the email"), or to handle
   * it ("deal with the voicemails"), which covers replies and routine actions but not a payment: on a catch-all, money
   * goes where the user said, not where an email says. Nor who controls an account (its owner, its password, its
   * admins), unless the user asked for that act or named the content or a procedure to follow ("per the offboarding
   * checklist"): "handle the ticket about their admin login" does not give the account to whoever the ticket names.
   * Access given within one organisation (a colleague's send-as on the team mailbox, both at corvane.com) stays routine.
   */
  handsOver(call: CallRecord, src: SourceRecord): boolean {
    const shape = call.shape;
    const control = handsControl(shape) && !this.userHandsOverOwnDoc && !asksFor(shape, this._userWords) && !withinOneDomain(call.values);
    if (control && this.delegatesAll) return false;
    return (this.userDelegated && this.delegatedSource(src)) || (this.userHandsOver && !movesMoney(shape) && !control);
  }

  private delegate(sentences: readonly string[]): void {
    this.userDelegated = true;
    if (this.delegatesAll) return;
    const named = sentences.map((t) => extractQuoted(t, extractValues(t)));
    // A document followed by name alone ("per the README"), or a sentence that names nothing.
    if (named.length === 0 || named.some((n) => n.size === 0)) {
      this.delegatesAll = true;
      this.delegatedTo = undefined;
      return;
    }
    for (const n of named) for (const v of n) (this.delegatedTo ??= new Set()).add(v);
  }

  /** The content is among what the user handed over (see `delegatedTo`). */
  private delegatedSource(src: SourceRecord): boolean {
    if (this.delegatesAll || !this.pointedRead) return true;
    return this.namedByDelegation(src);
  }

  /** The read's arguments carry a value or a quoted name of the user's delegation (only a quoted name: `byName`). */
  private namesDelegated(readArgs: string, byName = false): boolean {
    const to = this.delegatedTo;
    if (to === undefined) return false;
    const leaves = argumentLeaves(readArgs);
    if (!byName) for (const leaf of leaves) for (const v of extractValues(leaf.value)) if (to.has(v)) return true;
    // A quoted name as the argument or a part of it: the file in its folder ("home/landlord-notices.txt"), the subject in a query.
    for (const name of to) {
      if (!name.startsWith('quoted:')) continue;
      const quoted = name.slice(7);
      if (leaves.some((leaf) => containsWord(leaf.value.toLowerCase(), quoted))) return true;
    }
    return false;
  }

  /**
   * A read's result (not a side-effecting call's: its arguments are what it acts on): if it gives orders and the read
   * was given what a delegation names, that is the content handed over (see `delegatedTo`). One that gives none was
   * a lookup of what to act on ("follow the offboarding checklist for greg@…", and the directory read for greg@…).
   */
  noteRead(src: SourceRecord, result: string, args?: string): void {
    if (this.delegatedTo === undefined) return;
    // A read that gives no orders, given the delegation's quoted name (the file of "pay the bills listed in
    // 'bills-october.csv'"), is the data the user's act is on (`pointsAtData`). It does not end the hand-over of
    // content read before the named orders (a search by the name that lists the item to open).
    if (src.readArgs === undefined && args !== undefined && this.pointedData.length < MAX_DELEGATED_SOURCES && this.namesDelegated(args, true)) this.pointedData.push(src);
    if (this.namedByDelegation(src)) {
      if (this.delegatedSources.length < MAX_DELEGATED_SOURCES) this.delegatedSources.push(src);
      if (!this.pointedRead) this.pointedRead = this.pointerFound = true;
    } else this.noteListedItems(this.delegatedTo, result);
  }

  /**
   * A listing (an inbox page, search hits) with the named content among its items ("from: dana@corp.com, subject: Q3
   * TODOs"): that item's id names it too, for the read that opens it (`get_email_by_id m_881`). The listing itself is
   * not handed over: its other items (a vendor's "please forward the contract to …") are anyone's.
   */
  private noteListedItems(to: Set<string>, result: string): void {
    const c = result.charCodeAt(0);
    if (result.length > MAX_LISTING_CHARS || (c !== 91 && c !== 123)) return; // '[' or '{'
    let parsed: unknown;
    try {
      parsed = JSON.parse(result);
    } catch {
      return;
    }
    const items = Array.isArray(parsed) ? parsed : Object.values(parsed as object).find(Array.isArray);
    if (!items) return;
    for (const item of items as unknown[]) {
      if (typeof item !== 'object' || item === null || !this.itemNamed(to, JSON.stringify(item).toLowerCase())) continue;
      for (const [k, v] of Object.entries(item)) {
        if (ITEM_ID.test(k) && (typeof v === 'string' || typeof v === 'number') && String(v).length >= 3) to.add(`quoted:${String(v).toLowerCase()}`);
      }
    }
  }

  /** The item carries an address, a link or a quoted name of the delegation (a shared domain alone says nothing). */
  private itemNamed(to: Set<string>, item: string): boolean {
    for (const name of to) {
      if (name.startsWith('domain:')) continue;
      if (containsWord(item, name.slice(name.indexOf(':') + 1))) return true;
    }
    return false;
  }

  /**
   * For an alert on content the user's delegation did not hand over: what it named, as a person reads it ("The user's
   * request hands over the content it names ("company-todo-list.com/alice"), not this one."); undefined when no
   * delegation was narrowed to what it names.
   */
  delegationNote(): string | undefined {
    if (!this.userDelegated || this.delegatesAll || !this.pointedRead || this.delegatedTo === undefined) return undefined;
    const named = [...this.delegatedTo].filter((v) => !v.startsWith('domain:')).slice(0, 3).map((v) => `"${v.slice(v.indexOf(':') + 1)}"`);
    return `The user's request hands over the content it names (${named.join(', ')}), not this one.`;
  }

  /** The user's delegation names data to act on ("pay the bills listed in 'bills-october.csv'"), and it was read. */
  get pointsAtData(): boolean {
    return this.userDelegated && !this.delegatesAll && this.pointedData.length > 0;
  }

  /** Content the user's delegation named gives this value. */
  givenByPointed(v: string): boolean {
    return this.pointedData.some((s) => s.values.has(v)) || this.delegatedSources.some((s) => s.values.has(v));
  }

  /** The source's read was given what the user's delegation names (its name, or an item id a listing of it gave). */
  namedByDelegation(src: SourceRecord): boolean {
    return src.readArgs !== undefined && this.namesDelegated(src.readArgs);
  }

  /** Whether the first read of what a delegation names came since the last call: the content handed over is now known. */
  takePointerFound(): boolean {
    const found = this.pointerFound;
    this.pointerFound = false;
    return found;
  }

  /** The user's requests speak of the payee's new bank or payment details themselves (bank-changes.ts). */
  userKnowsOfNewAccount(): boolean {
    return this.userTexts !== undefined && userKnowsOfChange(this.userTexts);
  }

  /** The user's request spells out this lowercase text as words of its own (a message they dictated, a name). */
  inRequest(literal: string): boolean {
    if (this.userTexts === undefined) return false;
    for (const t of this.userTexts) if (containsWord(t.toLowerCase(), literal)) return true;
    return false;
  }

  /**
   * The request names a document by this text: a document's noun within a few words of it ("the Stadtwerke electricity
   * bill", "the email from Acme"), or "in <text>" ("it is in workspace-admin").
   */
  namesContent(literal: string): boolean {
    if (this.userTexts === undefined || literal.length < 3) return false;
    for (const t of this.userTexts) {
      const lower = t.toLowerCase();
      for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + 1)) {
        const around = lower.slice(Math.max(0, at - 40), at + literal.length + 40);
        if (DOCUMENT_NOUN.test(around) || lower.slice(Math.max(0, at - 4), at).endsWith('in ')) return true;
      }
    }
    return false;
  }

  /** The request's words joined by single spaces, texts apart (restatesRequest); reset when a request text is added. */
  private requestWordRun: string | undefined;
  /** The templates the request quotes (fillsTemplate). */
  private templates: RegExp[] | undefined;

  /**
   * The text says again, in other persons, what the user dictated: "reply there that you've seen it in the meeting room"
   * sent as "I've seen it in the meeting room." Four words in a row of the request, two of them of four letters or more.
   */
  restatesRequest(text: string): boolean {
    if (this.userTexts === undefined) return false;
    const words = text.toLowerCase().match(WORD_RUN);
    if (words === null || words.length < DICTATED_RUN) return false;
    const request = (this.requestWordRun ??= ` ${this.userTexts.map((t) => t.toLowerCase().match(WORD_RUN)?.join(' ') ?? '').join(' | ')} `);
    for (let i = 0; i + DICTATED_RUN <= words.length; i++) {
      const run = words.slice(i, i + DICTATED_RUN);
      if (run.filter((w) => w.length >= 4).length >= 2 && request.includes(` ${run.join(' ')} `)) return true;
    }
    return false;
  }

  /**
   * The text fills in a template the user quoted: "The event title should be 'Dinner at {restaurant_name}'" and the
   * event "Dinner at New Israeli Restaurant" (AgentDojo's prompts write placeholders in braces; people write <name> or
   * [name]). The template's own words must be four characters or more: "{name}" alone would fit anything.
   */
  fillsTemplate(text: string): boolean {
    if (this.templates === undefined) return false;
    const v = text.trim();
    return this.templates.some((r) => r.test(v));
  }

  /** Whether a text the user or the app's own context gave writes this date ("from January 11th to January 15th 2025"). */
  writesTrustedDate(date: DayOfYear): boolean {
    for (const t of this.trustedTexts) if (writesDate(t, date)) return true;
    return false;
  }

  /** The value (or literal) appears in the user's request or trusted context. */
  isTrusted(value: string, literal?: string): boolean {
    if (this.trustedValues.has(value)) return true;
    // An address or link of a party the user named ("Book a table at Chez Marie": reservations@chezmarie.example).
    if (this.parties !== undefined && namesParty(value, this.parties)) return true;
    if (literal) for (const t of this.trustedTexts) if (containsWord(t, literal)) return true;
    return false;
  }

  /**
   * Records untrusted content. `trusted` content (declared so by the policy) is kept only when it carries
   * instructions anyway. `echoOf`: the arguments of the call whose result this is. A result that repeats
   * its call's arguments ("Transaction to US13… sent", a search result holding the query) is not where
   * those values came from: whatever gave them to the call is, and is traced as such.
   */
  addSource(p: PlacedSpan, node: string, text: string, inferred: boolean, via: SourceVia, mode: ContentMode, trusted = false, echoOf?: string): SourceRecord | undefined {
    const reading = readContent(text, this.scanTools, mode);
    let scan = reading.scan;
    if (scan.regionText === '' && via === 'result') {
      // Words to the model the scanner does not weigh (a plain error message) that ask for local secrets as an argument.
      const asks = asksOf(reading);
      if (asks) scan = { score: Math.max(scan.score, INSTRUCTION_THRESHOLD), features: ['toolDirective'], regionText: asks.region.toLowerCase(), quote: asks.quote };
    }
    const flagged = scan.regionText !== '';
    if (trusted && !flagged) return undefined;
    // A message from an agent (not one that woke the receiver from outside: then `node` is the receiver itself).
    // Only what an agent sends down (a delegation, a message): a sub-agent's reply that speaks to the model is what
    // relays an injection, even when the reads behind it were not traced (a hosted tool, untraced code).
    const sender = via === 'message' && node !== p.actor ? node : undefined;
    if (sender !== undefined && this.ownAgents.has(sender) && !this.exposedBefore(sender, p.span.start)) {
      // Only a flagged message needs its text again; an unflagged one, who received it and when.
      const read = flagged ? { p, reading, scan, inferred } : undefined;
      if (this.hold({ sender, receiver: p.actor, start: p.span.start, read })) return this.record(p, node, reading, scan, false, inferred, via, echoOf);
    }
    this.markExposed(p.actor, p.span.start);
    return this.record(p, node, reading, scan, flagged, inferred, via, echoOf);
  }

  /**
   * A message from one of the app's own agents that had received nothing from outside before sending it (no untrusted
   * tool's result, no message from an agent that had): its words come from the user's request, the system prompt and its model, so
   * orders in it are the app's own delegation ("You are now the billing agent. Issue the refund …", "Stop what you
   * are doing; the user changed the request"), not an injection. Kept (up to MAX_HELD_MESSAGES) in case such a read,
   * made before it, arrives later: then it is read as what it was (`markExposed`). False when no room is left.
   */
  private hold(h: HeldMessage): boolean {
    const held = (this.held ??= []);
    if (held.length >= MAX_HELD_MESSAGES) return false;
    held.push(h);
    return true;
  }

  /**
   * A sub-agent returned to the agent that called it at `end`, with no output recorded: what it had received from
   * outside by then may have reached its caller all the same (a tool read, a reply text would carry it).
   */
  addReturn(child: string, parent: string, end: bigint): void {
    if (this.exposedBefore(child, end) || !this.hold({ sender: child, receiver: parent, start: end, read: undefined })) this.markExposed(parent, end);
  }

  /** The agent runs in the app: it has spans of its own. */
  /** Agents the user started that were given no input: wrappers whose agents run for the user (see runsForUser). */
  private userWrappers: string[] | undefined;

  addUserWrapper(agent: string): void {
    if (!(this.userWrappers ??= []).includes(agent) && this.userWrappers.length < MAX_WRAPPERS) this.userWrappers.push(agent);
  }

  /** The agent runs for the user: the user started it, or a wrapper the user started with nothing did. */
  runsForUser(actor: string): boolean {
    if (this.session.runsForUser(actor)) return true;
    if (this.userWrappers === undefined) return false;
    for (const w of this.userWrappers) if (this.session.hasEdge(edgeId('delegate', w, actor))) return true;
    return false;
  }

  markOwn(agent: string): void {
    if (!this.ownAgents.has(agent)) (this.ownAgents = own(this.ownAgents)).add(agent);
  }

  /** The agent had received content from outside before `time`. */
  private exposedBefore(agent: string, time: bigint): boolean {
    const at = this._exposedAt.get(agent);
    return at !== undefined && at < time;
  }

  /**
   * The agent received content from outside at `time`. Messages it sent after that, held as the app's own, were not:
   * the flagged ones are read as untrusted content now (`takeReleased`), and their receivers were exposed too.
   */
  private markExposed(agent: string, time: bigint): void {
    const at = this._exposedAt.get(agent);
    if (at !== undefined && at <= time) return;
    (this._exposedAt = own(this._exposedAt) as Map<string, bigint>).set(agent, time);
    if (!this.held) return;
    const now: HeldMessage[] = [];
    const still: HeldMessage[] = [];
    for (const h of this.held) (h.sender === agent && h.start > time ? now : still).push(h);
    if (now.length === 0) return;
    this.held = still;
    for (const h of now) {
      // Held messages are only ever messages sent down, from `sender` (what a return holds has no text).
      if (h.read) (this.released ??= []).push(this.record(h.read.p, h.sender, h.read.reading, h.read.scan, true, h.read.inferred, 'message', undefined));
      this.markExposed(h.receiver, h.start);
    }
  }

  /** Held messages found to carry content from outside since the last call (see `markExposed`): late-arriving sources. */
  takeReleased(): SourceRecord[] | undefined {
    const r = this.released;
    this.released = undefined;
    return r;
  }

  private record(p: PlacedSpan, node: string, reading: ContentReading, scan: InstructionScan, flagged: boolean, inferred: boolean, via: SourceVia, echoOf: string | undefined): SourceRecord {
    const orders = !flagged && via === 'result' && scan.orderText ? scan.orderText : undefined;
    const rec: SourceRecord = {
      spanId: p.span.spanId,
      node,
      actor: p.actor,
      edgeIds: p.edgeIds,
      start: p.span.start,
      end: p.span.end,
      values: orNone(withoutEcho(reading.values, echoOf)),
      scan,
      flagged,
      regionValues: flagged ? extractQuoted(scan.regionText, extractValues(scan.regionText)) : NONE,
      regionWords: flagged ? new Set(textWords(scan.regionText)) : NONE,
      orderValues: orders ? orNone(extractQuoted(orders, extractValues(orders))) : NONE,
      saidTrigrams: flagged ? saidTrigrams(scan.regionText) : NONE,
      inferred,
      via,
    };
    if ((orders || flagged) && echoOf) rec.readArgs = echoOf;
    if (!flagged && rec.values !== NONE) rec.decoded = reading.decoded;
    const commands = reading.commands;
    if (commands) {
      rec.commands = commands;
      const inRegion = flagged ? commandsInText(scan.regionText) : undefined;
      if (inRegion) rec.regionCommands = new Set(inRegion.keys());
    }
    if (via === 'result') {
      if (announcesNewAccount(rec.values, reading.decoded)) rec.changesAccount = true;
      // The raw result: a JSON message read as its values has lost the `reply_to` key that says what the address is.
      const spoofed = replyLookalikes(rec.values, p.span.toolResult ?? reading.decoded);
      if (spoofed) rec.replyLookalikes = spoofed;
    }
    if (this.indexedSources < MAX_SOURCES_PER_SESSION || flagged) {
      this.indexedSources++;
      if (flagged) this.flagged.push(rec);
      // Requests in words read as no act are checked against later calls too (the no-value branch reads them).
      else if ((orders || (via === 'result' && scan.requestText !== undefined)) && (this.ordering ??= []).length < MAX_ORDERING_SOURCES) this.ordering.push(rec);
      if (rec.values.size > 0) {
        const index = (this._valueIndex = own(this._valueIndex));
        for (const v of rec.values) push(index, v, rec);
      }
      if (rec.commands) {
        const index = (this._commandIndex = own(this._commandIndex));
        for (const k of rec.commands.keys()) push(index, k, rec);
      }
    }
    return rec;
  }

  /** The page each agent's browser is on (browser-acts.ts): where what it types goes. */
  private _pages: Map<string, string> = EMPTY_MAP;

  pageOf(actor: string): string | undefined {
    return this._pages.get(actor);
  }

  setPage(actor: string, url: string): void {
    (this._pages = own(this._pages)).set(actor, url.length > 512 ? url.slice(0, 512) : url);
  }

  /** Tools offered to the session's models by name (their definitions read): what a shadowing description names. */
  private _offered: Set<string> = EMPTY_SET;

  get offeredTools(): ReadonlySet<string> {
    return this._offered;
  }

  offerTool(name: string): void {
    if (!this._offered.has(name)) (this._offered = own(this._offered)).add(name);
  }

  /** First time this tool definition or description is seen in the session (records it). */
  firstDescription(text: string): boolean {
    const h = `${hashString(text)}:${text.length}`;
    if (this._described.has(h)) return false;
    (this._described = own(this._described)).add(h);
    return true;
  }

  /**
   * A tool description that carries instructions beyond the tool's use (tool-descriptions.ts), read by the agent's
   * model from `at` (when the model call that offered it, or the call of the tool itself, started): a flagged source.
   */
  addDescription(p: PlacedSpan, tool: string, text: string, poison: { why: string; quote: string; region: string }, at: bigint): SourceRecord {
    const scan: InstructionScan = { score: 0.9, features: [], regionText: poison.region.toLowerCase(), quote: poison.quote };
    this.markExposed(p.actor, at);
    const rec = this.record({ ...p, span: { ...p.span, start: at, end: at } }, p.node ?? p.actor, readingAsWritten(text, scan), scan, true, true, 'description', undefined);
    rec.describes = { tool, why: poison.why };
    return rec;
  }

  addAnswer(p: PlacedSpan, text: string): AnswerRecord | undefined {
    if (this.answers.length >= MAX_ANSWERS_PER_SESSION) return undefined;
    // The agent's span and its last model call can both carry the answer: it is one answer.
    for (const a of this.answers) if (a.text === text) return undefined;
    const rec: AnswerRecord = { spanId: p.span.spanId, node: p.node!, edgeIds: p.edgeIds, end: p.span.end, text };
    this.answers.push(rec);
    return rec;
  }

  /**
   * `page`: the address of the page a browser act types into (browser-acts.ts), a leaf of the call: where its values go.
   * A tool the policy does not declare is then a sink that sends outside, whatever its name.
   */
  addCall(p: PlacedSpan, tool: ToolClass, page?: string): CallRecord {
    // Kept for the session's life: exactly as long as it is (an array grown by push reserves 17 slots).
    const leaves = page ? [...argumentLeaves(p.span.toolArguments), { arg: 'page_url', value: page, isNumber: false }] : argumentLeaves(p.span.toolArguments).slice();
    if (page && tool.inferred) tool = { ...tool, sink: true, external: true };
    const leafValues = leaves.map((l) => (l.isNumber ? NONE : orNone(extractValues(l.value))));
    if (page) {
      // The page's address says where the values go, not what they are: its ids and numbers are no carried values.
      leafValues[leaves.length - 1] = orNone(new Set([...leafValues[leaves.length - 1]].filter(isAddress)));
      // Nor are the labels of the fields filled ("Email", a placeholder "name@work-email.com"), nor the paths of the
      // files uploaded (the file is what goes; its name is the agent's own).
      for (let i = 0; i < leaves.length - 1; i++) if (isFieldLabel(leaves[i].arg) || isFilePath(leaves[i].arg)) leafValues[i] = NONE;
    }
    let values: ReadonlySet<string> = leafValues.length === 1 ? leafValues[0] : NONE;
    if (leafValues.length > 1) {
      const all = new Set<string>();
      for (const s of leafValues) for (const v of s) all.add(v);
      values = orNone(all);
    }
    const named = page ? pageActName(page, leaves, p.span.toolResult) : undefined;
    // A generic tool (`…ManagePatientRecords`, `…ControlDevice`) does what its call's action argument says.
    const act = named === undefined ? actOfCall(leaves) : undefined;
    if (act !== undefined && tool.inferred && !tool.sink) tool = { ...tool, sink: true };
    const shape = actionShape(named ?? (act !== undefined ? `${act}_${tool.name}` : tool.name));
    // A tool the policy does not declare, guessed read-only by its name, that is called with a sending method: a sink
    // for this call (`http_request {method: 'POST', url, body}`), and one that sends outside when a body leaves.
    if (tool.inferred && !tool.sink) {
      const method = methodOfCall(leaves);
      if (method) tool = { ...tool, sink: true, external: tool.external || method === 'send' };
    }
    const rec: CallRecord = { spanId: p.span.spanId, node: p.node!, actor: p.actor, edgeIds: p.edgeIds, start: p.span.start, tool, shape, leaves, leafValues: values.size > 0 ? leafValues : undefined, values };
    if (page) rec.page = page;
    const commands = callCommands(shape.words, runsCode(shape), p.span.toolArguments);
    if (commands) rec.commands = commands;
    if (this.calls.length < MAX_SINKS_PER_SESSION) {
      this.calls.push(rec);
      if (values.size > 0) {
        const index = (this._callValueIndex = own(this._callValueIndex));
        for (const v of values) push(index, v, rec);
      }
    }
    return rec;
  }
}

/** The call's own arguments: all its leaves but a browser act's page, which addCall puts last. */
export function argumentCount(call: CallRecord): number {
  return call.page !== undefined ? call.leaves.length - 1 : call.leaves.length;
}

function isAddress(v: string): boolean {
  return v.startsWith('url:') || v.startsWith('domain:');
}

/** The values without those of `args`, a call's arguments read as content is (a copy: the reading's set is shared). */
function withoutEcho(values: ReadonlySet<string>, args: string | undefined): ReadonlySet<string> {
  if (!args || values.size === 0) return values;
  const echoed = contentValues(args);
  if (echoed.size === 0) return values;
  const out = new Set(values);
  for (const v of echoed) out.delete(v);
  return out;
}

/** `needle` occurs in `hay` not glued to letters or digits on either side (so "13" does not match "2013"). */
export function containsWord(hay: string, needle: string): boolean {
  if (needle.length === 0) return false;
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return false;
    const before = i === 0 ? '' : hay[i - 1];
    const after = hay[i + needle.length] ?? '';
    if (!isAlnum(before) && !isAlnum(after)) return true;
    from = i + 1;
  }
}

function isAlnum(c: string): boolean {
  return c !== '' && /[a-z0-9]/i.test(c);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
