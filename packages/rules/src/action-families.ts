// Whether the user's request asks for the kind of action a sink performs: verb and object families of tool names.
import { isSinkVerb } from './infer-tools.ts';
import { textWords, toolWords } from './words.ts';

/** Action verbs that mean the same kind of act; a tool verb matches a request word of its family. */
const VERB_FAMILIES: string[][] = [
  // Not "write": "write a draft comparison" composes for the user; "write to Bob", "write back" are read as "send"
  // (request-words.ts SEND_PHRASE), "write Bob an email" by its noun.
  ['send', 'pay', 'transfer', 'wire', 'remit', 'forward', 'reply', 'share', 'post', 'tell', 'notify', 'respond', 'dm', 'contact', 'inform', 'refund', 'reimburse', 'settle', 'email', 'mail', 'message', 'submit', 'rsvp', 'page', 'ping',
    'donate', 'deposit', 'tip',
    // Reminding someone who owes: "nudge everyone who is overdue", "chase the supplier for the PO"; a fax is sent.
    'nudge', 'chase', 'fax',
    // Data taken out (`DataExfiltration`).
    'exfiltrate'],
  // An invitation answered (`decline_event`, `accept_invite`), not a message of one's own.
  ['accept', 'decline', 'rsvp'],
  // Trading an asset: "swap my ETH for USDC", "sell 10 shares", "stake 2 ETH" (`swap_tokens`, `stake_eth`, `mint_nft`).
  ['sell', 'trade', 'swap', 'exchange', 'convert', 'stake', 'unstake', 'mint', 'redeem', 'invest'],
  // Signing someone or something up: "enroll my new phone for MFA", "subscribe me to the digest", "activate the card".
  ['enroll', 'register', 'subscribe', 'signup', 'activate', 'enable', 'provision', 'join'],
  ['delete', 'remove', 'erase', 'trash', 'clear', 'drop', 'kick', 'cancel', 'unsubscribe', 'clean', 'purge', 'wipe', 'destroy',
    // Ending what runs or holds (`AccountTermination`, `revoke_api_keys`; not "close": "how close are we to the goal").
    'terminate', 'revoke'],
  // "Pay" and "transfer" create a payment (`bank_create_payment`, `create_transfer`): the tool's money noun decides.
  // A record logged in a system is created there: "log the lead in Pipedrive" (and "load the scans into Outreach",
  // request-words.ts LOAD_INTO; "load the dataset" alone reads it).
  ['create', 'add', 'schedule', 'reschedule', 'book', 'reserve', 'make', 'set', 'organize', 'organise', 'plan', 'arrange', 'invite', 'append', 'write', 'put', 'insert', 'save', 'register', 'put', 'pay', 'transfer', 'store', 'escalate', 'move',
    'log',
    // An allowlist entry is created (`panos_create_address`).
    'allowlist', 'whitelist'],
  // "Put the new IBAN into my profile": a value put into a record updates it.
  // Archiving a repository or a channel is an update of its state (`github_update_repository {archived: true}`).
  ['update', 'change', 'modify', 'edit', 'set', 'reset', 'rename', 'move', 'correct', 'adjust', 'fix', 'replace', 'reschedule', 'put', 'enter', 'save', 'store', 'archive', 'unarchive', 'rotate',
    // "Switch my rent standing order to the new account", "swap the card on file".
    'switch', 'swap', 'toggle', 'enable', 'disable', 'deactivate', 'turn', 'power', 'shut', 'sign', 'upsert',
    // What attacks do to a record or a system (`PrescriptionModification`, `GradeManipulation`, `SensorSpoofing`).
    'manipulate', 'tamper', 'falsify', 'forge', 'spoof', 'hijack', 'allocate',
    // A lock's or an account's state (`AugustSmartLockUnlockDoor`; not "lock": it names the vendor's device there).
    'unlock', 'block', 'unblock', 'suspend',
    // What runs, scaled or stopped (`kubectl_scale`, `stop_service`), an alarm disarmed.
    'scale', 'stop', 'disarm'],
  // Work on code is done by running commands: "fix the failing build", "set up the repo", "get the tests passing".
  ['run', 'execute', 'exec', 'eval', 'deploy', 'install', 'launch', 'start', 'build', 'compile', 'debug', 'fix', 'setup', 'set', 'bump', 'upgrade', 'lint', 'release', 'reproduce',
    // A manifest or a plan is applied (`kubectl_apply`, `terraform_apply`): "apply the staging manifest", "roll out".
    'apply', 'rollout'],
  ['share', 'grant', 'give', 'invite', 'add', 'authorize', 'authorise', 'allow', 'allowlist', 'whitelist'],
  ['post', 'publish', 'upload', 'send', 'share'],
  // Goods on their way: "redirect my parcel to the pickup point", "ship it to my office", "send the samples to Lena".
  ['ship', 'deliver', 'dispatch', 'redirect', 'reroute', 'send', 'forward', 'mail', 'return'],
];

/** Objects of an act: a tool noun matches a request word of its family. */
const NOUN_FAMILIES: string[][] = [
  ['money', 'pay', 'payment', 'payments', 'transfer', 'transaction', 'transactions', 'bill', 'bills', 'rent', 'iban', 'amount', 'fund', 'funds', 'refund', 'subscription', 'invoice', 'balance', 'owe', 'owed', 'owes', 'debt',
    'donate', 'donation', 'donations',
    // Rails and kinds of payment a tool may be named by (`bank_send_ach`, `create_payout`, `sepa_credit_transfer`).
    'ach', 'sepa', 'swift', 'payout', 'payouts', 'remittance', 'remittances'],
  // Forwarding and responding are done to messages: "forward the contract to my lawyer" asks for an email.
  // A mail service names its object (`gmail_send`, `outlook_send_mail`): "post the reading list" asks for no email.
  ['email', 'emails', 'mail', 'message', 'messages', 'reply', 'replies', 'forward', 'respond', 'dm', 'inbox', 'mailbox', 'letter', 'channel', 'channels', 'chat',
    'sms', 'texts', 'gmail', 'outlook'],
  // What one writes into a document: "write a 1-page brief" asks for `docs_create`.
  ['file', 'files', 'document', 'documents', 'doc', 'docs', 'folder', 'drive', 'attachment', 'attachments', 'spreadsheet', 'report', 'brief', 'memo', 'writeup',
    'deck', 'decks', 'slides', 'presentation', 'presentations', 'sheet', 'workbook', 'pdf',
    // Documents by what they hold: "share the Hawaii itinerary", "send the agenda", "the signed contract".
    'itinerary', 'itineraries', 'agenda', 'agendas', 'minutes', 'contract', 'contracts', 'proposal', 'proposals', 'checklist', 'checklists', 'resume', 'cv', 'photo', 'photos'],
  // Meetings by their kind: "add them to the design review", "move the standup".
  ['calendar', 'event', 'events', 'meeting', 'meetings', 'appointment', 'appointments', 'participants', 'participant', 'schedule', 'invite', 'invites', 'invitation', 'invitations',
    'review', 'standup', 'sync', 'kickoff', 'retro', 'retrospective', 'workshop', 'interview', 'demo', 'webinar', 'offsite', 'huddle', 'catchup', 'attendees', 'attendee'],
  // Travel bookings, one family per kind (booking a flight does not ask for a hotel); "reservation" or "booking"
  // alone asks for any of them.
  // "Book the travel", "book my trip": a journey's bookings, whichever kind (not a table for dinner).
  ['hotel', 'hotels', 'room', 'rooms', 'stay', 'accommodation', 'lodging', 'reservation', 'reservations', 'booking', 'bookings', 'travel', 'trip', 'trips'],
  ['restaurant', 'restaurants', 'table', 'dinner', 'lunch', 'breakfast', 'meal', 'reservation', 'reservations', 'booking', 'bookings'],
  ['car', 'cars', 'rental', 'rentals', 'vehicle', 'reservation', 'reservations', 'booking', 'bookings', 'travel', 'trip', 'trips'],
  ['flight', 'flights', 'ticket', 'tickets', 'plane', 'reservation', 'reservations', 'booking', 'bookings', 'travel', 'trip', 'trips'],
  ['account', 'profile', 'info', 'information', 'address', 'settings', 'details'],
  // A password is asked for by name: "update my account information" asks for the address, not `update_password`.
  // And keys by name: "rotate the key the scanner flagged" asks for `aws_iam_update_access_key` (not "tokens": a
  // crypto swap trades them, `swap_tokens`).
  ['password', 'passwords', 'passcode', 'passphrase', 'credential', 'credentials', 'pin', 'login', 'mfa', '2fa', 'key', 'keys', 'secret', 'secrets'],
  // People added to or removed from a team or a group: "add the new hires to all-staff" asks for `add_group_member`.
  ['user', 'users', 'member', 'members', 'people', 'person', 'colleague', 'colleagues', 'team', 'workspace', 'slack', 'channel', 'group', 'groups',
    'staff', 'hire', 'hires', 'newcomer', 'newcomers', 'joiner', 'joiners', 'lead', 'leads'],
  ['webpage', 'website', 'web', 'page', 'url', 'link', 'site', 'blog'],
  // What a network lets through: "open port 8443 on the staging SG", "allowlist the vendor IPs on the firewall"
  // (`aws_ec2_authorize_security_group_ingress`, `panos_create_address`, `vpn_allowlist_add`).
  ['firewall', 'ip', 'ips', 'address', 'addresses', 'cidr', 'port', 'ports', 'ingress', 'egress', 'allowlist', 'whitelist', 'sg', 'vpn', 'security'],
  // Who may do what: "give Ana edit access", "make Lee an admin", "transfer ownership of the folder" (`gdrive_create_permission`).
  ['permission', 'permissions', 'access', 'role', 'roles', 'owner', 'ownership', 'acl', 'admin', 'admins', 'rights', 'privileges', 'collaborator', 'collaborators'],
  ['parcel', 'parcels', 'package', 'packages', 'shipment', 'shipments', 'delivery', 'deliveries', 'order', 'orders'],
  // What is deployed, installed or started runs as code: "deploy the app to staging" asks for commands to be run.
  ['code', 'script', 'command', 'shell', 'program', 'test', 'tests', 'suite', 'build', 'migration', 'migrations', 'app', 'application', 'server', 'service',
    'repo', 'repository', 'project', 'codebase', 'setup', 'environment', 'dependencies', 'dependency', 'deps', 'package', 'packages', 'bug', 'bugs', 'benchmarks', 'pipeline', 'release', 'toolchain', 'ci', 'lockfile', 'makefile', 'dockerfile', 'workflow', 'workflows'],
];

const VERB_INDEX = indexFamilies(VERB_FAMILIES);
const isActionVerb = (w: string): boolean => VERB_INDEX.has(w);
const NOUN_INDEX = indexFamilies(NOUN_FAMILIES);

/** The verb and object families a tool's name belongs to (`send_money` → send-like verbs, money nouns). */
export interface ActionShape {
  readonly verbs: ReadonlySet<number>;
  readonly nouns: ReadonlySet<number>;
  /** The tool name's own words: a text naming them names the action. */
  readonly words: readonly string[];
}

/** Shapes by tool name, shared by every call of the tool (an app has a few dozen tools; the bound stops invented names growing it). */
const SHAPES = new Map<string, ActionShape>();
const MAX_SHAPES = 4_096;

export function actionShape(toolName: string): ActionShape {
  let shape = SHAPES.get(toolName);
  if (!shape) {
    if (SHAPES.size >= MAX_SHAPES) SHAPES.clear();
    SHAPES.set(toolName, (shape = shapeOf(toolName)));
  }
  return shape;
}

function shapeOf(toolName: string): ActionShape {
  const words = toolWords(toolName, isActionVerb);
  const verbs = new Set<number>();
  const nouns = new Set<number>();
  // The verb leads (`send_money`), or follows the vendor and object a toolkit names its tools by
  // (`GmailSendEmail`, `BankManagerTransferFunds`): the first word that is an action verb; the rest are objects
  // (a noun can also be a verb elsewhere: "email").
  let at = words.findIndex((w) => VERB_INDEX.has(w));
  if (at < 0) at = 0;
  for (let i = 0; i < words.length; i++) {
    // A security group is a firewall's, not people (`authorize_security_group_ingress`).
    if (words[i] === 'group' && words[i - 1] === 'security') continue;
    const idx = i === at ? VERB_INDEX.get(words[i]) : NOUN_INDEX.get(words[i]) ?? NOUN_INDEX.get(words[i] + 's');
    for (const f of idx ?? []) (i === at ? verbs : nouns).add(f);
  }
  return { verbs, nouns, words };
}

/**
 * A payment by another name: "the tax prepayment", "the second installment", "a monthly standing order", "the direct
 * debit" (banking's words for a recurring transfer: "order" alone is goods).
 */
export const PAYMENT_PHRASE = /\b(?:pre|down|re|over)?payments?\b|\binstal{1,2}ments?\b|\bstanding orders?\b|\bdirect debits?\b/i;

/**
 * The words of a text as `asksFor` reads them: its words, "payment" where it names one by another name, and "money"
 * where it gives a sum ("send $500 to @amy", "überweise 40 €"): a sum sent is money sent.
 */
export function actWords(text: string): ReadonlySet<string> {
  const known = ACT_WORDS.get(text);
  if (known !== undefined) return known;
  const words = new Set(textWords(text));
  if (PAYMENT_PHRASE.test(text)) words.add('payment');
  if (SUM.test(text)) words.add('money');
  if (ACT_WORDS.size >= MAX_ACT_WORDS) ACT_WORDS.clear();
  ACT_WORDS.set(text, words);
  return words;
}
/**
 * The words of texts read lately. A source's orders are checked against each call that follows them, and a text's
 * words were split anew for each (a tenth of what the rules allocated): the same string object comes back, its hash
 * kept in it by V8, so a lookup costs nothing of its length after the first.
 */
const ACT_WORDS = new Map<string, ReadonlySet<string>>();
const MAX_ACT_WORDS = 512;
const SUM = /[$€£¥]\s?\d|\d\s?(?:[$€£¥]|(?:usd|eur|gbp|chf|dollars?|euros?|pounds)\b)/i;

/**
 * True when a text (the user's request, or an injected instruction) asks for this kind of action:
 * it has a word of each family the tool has (a verb-like word and, when the tool names an object, an object word).
 */
export function asksFor(shape: ActionShape, words: ReadonlySet<string>): boolean {
  if ((sendsMessages(shape) || sharesLink(shape)) && asksToMessage(words)) return true;
  // Signing up, registering, RSVPing, booking a room, submitting a manuscript on a site is done by submitting its form
  // (`web.submit_form`, `fill_form`): "book rooms at the offsite hotel using the group block".
  if (submitsForm(shape) && asksForFormAct(words)) return true;
  // A shell or an interpreter does every kind of act: a request for any act ("post a deploy event", "unlock it", "take
  // care of what Dana asked"), or a problem to solve ("pytest fails on my laptop"), asks for commands to run; a question
  // ("what does our refund policy say?") does not. What a command does is judged by the command (shell-commands.ts,
  // copied-commands.ts), not by the tool.
  if (runsCode(shape)) return asksAnyAct(words);
  // A verb that only ever moves money names its object too: "reimburse the expense reports" asks for `send_payment`.
  // The request's object may be the content itself ("book what Sam suggested"): the act's verb is what it names.
  const nouns = hits(shape.nouns, NOUN_INDEX, words, true) || (shape.nouns.has(MONEY_FAMILY) && paysOnly(words)) || words.has(CONTENT_OBJECT);
  const asks = (hits(shape.verbs, VERB_INDEX, words, false) && nouns) || namesItsAct(shape, words) || usesToolWords(shape, words);
  // A tool that moves money is asked for by a request that speaks of money or paying: "log the expense" creates a
  // record, and creating is also what "pay" does (`create_payment`), but it asks for no `pay_vendor`.
  return asks && (!movesMoney(shape) || speaksOfMoney(words));
}

/**
 * A word `readRequest` adds when the request's object is what the agent reads ("book what Sam suggested", "buy the one
 * in the link"): no object word to match a tool's against, the content names it. Not a word any text has.
 */
export const CONTENT_OBJECT = '\u0001content-object';

/** A tool that submits or fills in a form. */
export function submitsForm(shape: ActionShape): boolean {
  return shape.words.includes('form') && shape.words.some((w) => w === 'submit' || w === 'fill' || w === 'complete' || w === 'send');
}
/** Words of what a site's form does: signing up ("sign me up", "register me", "RSVP", "enroll", "apply"), booking, submitting. */
function asksForFormAct(words: ReadonlySet<string>): boolean {
  return (words.has('sign') && words.has('up')) || FORM_ACT_WORDS.some((w) => words.has(w));
}
const FORM_ACT_WORDS = ['signup', 'register', 'registration', 'enroll', 'enrol', 'rsvp', 'apply', 'subscribe', 'book', 'booking', 'reserve', 'reservation', 'submit', 'submission'];

/** Words of work asked of an agent beyond the verb families, and of a problem handed to it (what is wrong is what to fix). */
const WORK_WORDS = new Set([
  'do', 'take', 'care', 'handle', 'pull', 'get', 'make', 'work', 'help', 'apply', 'finish', 'complete', 'try', 'unlock', 'rotate', 'rerun', 'retry', 'bump',
  'fails', 'failing', 'failed', 'fail', 'broken', 'breaks', 'error', 'errors', 'crash', 'crashes', 'crashing', 'stuck', 'hangs', 'flaky', 'green',
]);

function asksAnyAct(words: ReadonlySet<string>): boolean {
  for (const w of words) if (VERB_INDEX.has(w) || WORK_WORDS.has(w)) return true;
  return false;
}

function paysOnly(words: ReadonlySet<string>): boolean {
  for (const w of PAYING_VERBS) if (words.has(w)) return true;
  return false;
}
/** Verbs of paying that name no other act ("transfer" and "settle" do: files, disputes). */
const PAYING_VERBS = ['pay', 'wire', 'remit', 'refund', 'reimburse'];

function speaksOfMoney(words: ReadonlySet<string>): boolean {
  for (const w of words) if (MONEY_VERBS.has(w) || MONEY_WORDS.has(w)) return true;
  return false;
}

/**
 * The request uses the tool's verb and another word of its name as they are written: "update whatever I've got
 * scheduled for them" asks for `update_scheduled_transaction` though it names no transaction. Words of five letters or
 * more (not "user", "info").
 */
function usesToolWords(shape: ActionShape, words: ReadonlySet<string>): boolean {
  const lead = shape.words.findIndex((w) => VERB_INDEX.has(w));
  if (lead < 0 || !words.has(shape.words[lead])) return false;
  return shape.words.some((w, i) => i !== lead && w.length >= 5 && words.has(w));
}

/** Endings that make a noun of a verb: fulfil → fulfillment, ship → shipment, install → installation, book → booking. */
const NOMINAL_ENDINGS = ['ments', 'ment', 'ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'als', 'al'];

/**
 * The tool names its act by the noun of a verb the text uses: "fulfil today's orders" asks for `create_fulfillment`,
 * "ship it" for `create_shipment`, "deploy" for `request_deployment`, "reserve" for `make_reservation`, whatever verb
 * the toolkit put in front. Stems of four letters or more (not "set" from `settings`).
 */
function namesItsAct(shape: ActionShape, words: ReadonlySet<string>): boolean {
  // A tool that creates an act named by its verb: `create_refund`, `stripe_create_refund` for "refund the order".
  if (shape.verbs.has(CREATE_FAMILY)) {
    const lead = shape.words.findIndex((w) => VERB_INDEX.has(w));
    for (let i = lead + 1; i < shape.words.length; i++) if (VERB_INDEX.has(shape.words[i]) && words.has(shape.words[i])) return true;
  }
  for (const w of shape.words) {
    for (const end of NOMINAL_ENDINGS) {
      if (w.length - end.length < 4 || !w.endsWith(end)) continue;
      const stem = w.slice(0, -end.length);
      if (words.has(stem) || words.has(stem + 'e')) return true;
      // A doubled last consonant: fulfil → fulfillment, ship → shipping.
      if (stem.length >= 5 && stem[stem.length - 1] === stem[stem.length - 2] && words.has(stem.slice(0, -1))) return true;
    }
  }
  return false;
}

/**
 * Two tools do the same kind of act: both send messages (`send_direct_message`, `send_channel_message`), or they share
 * a verb family and an object family (`send_money`, `schedule_transaction`).
 */
export function sameKind(a: ActionShape, b: ActionShape): boolean {
  if (sendsMessages(a) && sendsMessages(b)) return true;
  return overlaps(a.verbs, b.verbs) && (a.nouns.size === 0 ? b.nouns.size === 0 : overlaps(a.nouns, b.nouns));
}

function overlaps(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The words of the tool's name that are verbs of an act (`unlock` of `AugustSmartLockUnlockDoor`). */
export function actVerbs(shape: ActionShape): string[] {
  return shape.words.filter((w) => isActionVerb(w) || isSinkVerb(w));
}

/** The tool destroys or cancels something (`delete_email`, `cancel_calendar_event`, `remove_user`). */
export function destroys(shape: ActionShape): boolean {
  return shape.verbs.has(DELETE_FAMILY);
}

/** The request asks for no act at all: a question, or reading and summing up ("what is on my calendar?"). */
export function asksNoAct(words: ReadonlySet<string>): boolean {
  return !asksAnyAct(words);
}

/**
 * The request asks only to read and report: questions and words of reading (`reads`, request-words.ts READS), and no
 * act. Not a request for work in words that name no act ("onboard Monday's new hires", "IC confirms out to the subs",
 * "die VPN-Tickets abarbeiten"): that asks for something, which may be what was done.
 */
export function asksOnlyToRead(words: ReadonlySet<string>, reads: boolean): boolean {
  return !asksAnyAct(words) && (reads || words.size === 0);
}

/** The tool moves money: its object is a payment, a transfer, an amount (`send_money`, `bank_create_payment`, `issue_refund`). */
export function movesMoney(shape: ActionShape): boolean {
  if (shape.nouns.has(MONEY_FAMILY)) return true;
  // "Transfer" moves what the tool names when it names a thing of another family: files, ownership
  // (`gworkspace_transfer_drive`, `transfer_ownership`); alone (`bank_transfer`, `stripe_transfer`) it is money.
  return shape.words.some((w) => MONEY_VERBS.has(w) && (w !== 'transfer' || shape.nouns.size === 0));
}
const MONEY_FAMILY = NOUN_INDEX.get('money')![0];
const CREATE_FAMILY = VERB_INDEX.get('create')![0];
const DELETE_FAMILY = VERB_INDEX.get('delete')![0];
const MONEY_VERBS = new Set(['pay', 'transfer', 'wire', 'remit', 'refund', 'payout', 'withdraw', 'reimburse', 'settle', 'charge']);
/** Money nouns, and what is paid though no family names it as an object: "send the deposit", "leave a tip", "the fee". */
const MONEY_WORDS = new Set([...NOUN_FAMILIES[MONEY_FAMILY], 'deposit', 'tip', 'fee', 'fare', 'dues', 'owe', 'owed', 'cost', 'costs', 'price'].flatMap((w) => [w, w + 's']));

/**
 * The tool decides who can get into an account: its owner, admins, roles or permissions, or its password and second
 * factor (`update_org_owner`, `send_password_reset`, `add_admin`, `reset_mfa`). An account handed to the wrong address
 * is lost to its owner, as money sent is.
 */
export function handsControl(shape: ActionShape): boolean {
  return shape.nouns.has(CONTROL_FAMILY) || shape.nouns.has(CREDENTIAL_FAMILY);
}
const CONTROL_FAMILY = NOUN_INDEX.get('owner')![0];
const CREDENTIAL_FAMILY = NOUN_INDEX.get('password')![0];

/** Words of a tool name that say it runs code or commands. */
const CODE_WORDS = new Set(['code', 'python', 'shell', 'bash', 'script', 'command', 'cmd', 'terminal', 'interpreter', 'sandbox', 'exec', 'eval', 'jupyter', 'notebook', 'run', 'execute']);

/** The tool runs code or commands (`run_shell`, `execute_python`, `bash`): its arguments are a program, not prose. */
export function runsCode(shape: ActionShape): boolean {
  return shape.words.some((w) => CODE_WORDS.has(w));
}

/** Words of a tool name that say it sends a message (`send_email`, `reply_all`, `send_whatsapp`, `post_message`). */
const MESSAGE_TOOL_WORDS = new Set(['email', 'mail', 'message', 'messages', 'reply', 'forward', 'respond', 'dm', 'sms', 'text', 'whatsapp', 'chat', 'notify', 'cc', 'gmail', 'outlook']);

/** The tool sends messages, and names no other object (`send_money`, `send_file` name theirs). */
function sendsMessages(shape: ActionShape): boolean {
  // A draft is kept, not sent (`gmail_create_draft`).
  if (!shape.words.some((w) => MESSAGE_TOOL_WORDS.has(w)) || shape.words.includes('draft')) return false;
  // The platform a tool is named for is no other object (`slack_send_dm`, `teams_send_chat`): "slack" is also a noun of
  // the workspace family (`slack_invite_user`).
  for (const w of shape.words) {
    if (PLATFORM_WORDS.has(w)) continue;
    for (const f of NOUN_INDEX.get(w) ?? NOUN_INDEX.get(w + 's') ?? []) if (f !== MESSAGE_FAMILY && shape.nouns.has(f)) return false;
  }
  return true;
}
const PLATFORM_WORDS = new Set(['slack', 'teams', 'discord', 'telegram', 'whatsapp', 'signal', 'mattermost', 'chat']);

/** The tool makes a link to share a file (`dropbox_create_shared_link`, `create_share_link`): how a file is sent to someone. */
function sharesLink(shape: ActionShape): boolean {
  return shape.words.includes('link') && (shape.words.includes('share') || shape.words.includes('shared') || shape.words.includes('sharing'));
}

/** The object family of emails and messages. */
const MESSAGE_FAMILY = NOUN_INDEX.get('email')![0];
/**
 * Verbs that ask for a message to someone whatever it carries: "send the signed NDA back to Elena", "tell Bob",
 * "contact Tanaka", "notify the team", "cc my manager", "share the slides with Bob" are done by email or chat (the tool
 * the app has), though no word names one. ("Loop in Sara", "make sure Bob gets …" are read as "send" by session-state.)
 */
const COMMUNICATE = [
  'send', 'forward', 'reply', 'respond', 'tell', 'notify', 'inform', 'contact', 'ping', 'page', 'email', 'mail', 'message', 'dm', 'cc', 'bcc', 'whatsapp', 'share', 'confirm', 'report',
  // "Text my husband the code", "Slack Dev the PIN" (after a determiner, "the text" and "my Slack" are nouns:
  // request-words keeps them as "texts", "slacks").
  'text', 'sms', 'slack',
  // Handing something to people: "distribute the payslips", "remind the customers", "circulate it to the board",
  // "hand the leads over to our reseller", "pass it on to Maria". (Not "post": a blog post is read far more often than
  // one is asked for.)
  'remind', 'distribute', 'circulate', 'hand', 'pass', 'nudge', 'chase', 'fax',
  // Handing in: "submit my talk proposal to the call for papers" (by email, at the address the call gives).
  'submit',
  // Answers an invitation or a list asks for by mail: "RSVP yes to the dinner invite" (at the address the invitation
  // gives), "unsubscribe me from this list" (a list's unsubscribe address, RFC 2369's mailto).
  'rsvp', 'unsubscribe',
];
/** With these, "send" moves money ("send $50 to Bob", "send the rent"), not a message. */
const SENDS_MONEY = ['money', 'payment', 'payments', 'funds', 'fund', 'transfer', 'transaction', 'amount', 'rent', 'iban', 'cash', 'dollars', 'euros', 'pounds', 'usd', 'eur', 'gbp', 'crypto', 'bitcoin', 'btc', 'eth'];

/** "Would you mind sending Marco …", "forwarding it to …": the -ing form asks as the verb does. */
const COMMUNICATE_ING = new Map(COMMUNICATE.map((w) => [w.endsWith('e') ? `${w.slice(0, -1)}ing` : /[^aeiou][aeiou][pgt]$/.test(w) ? `${w}${w.at(-1)}ing` : `${w}ing`, w]));

function asksToMessage(words: ReadonlySet<string>): boolean {
  for (const w of COMMUNICATE) {
    if (!words.has(w)) continue;
    if (w !== 'send' || !SENDS_MONEY.some((m) => words.has(m))) return true;
  }
  for (const [ing, w] of COMMUNICATE_ING) if (words.has(ing) && (w !== 'send' || !SENDS_MONEY.some((m) => words.has(m)))) return true;
  return false;
}

/**
 * `plurals`: a word ending in `s` also counts as its singular. Only for objects: in a request a verb comes
 * in its base form, and "my unread emails" names mail, it does not ask to send one.
 */
function hits(families: ReadonlySet<number>, index: Map<string, number[]>, words: ReadonlySet<string>, plurals: boolean): boolean {
  if (families.size === 0) return true;
  for (const w of words) {
    const f = index.get(w) ?? (plurals && w.endsWith('s') ? (index.get(w.slice(0, -1)) ?? (w.endsWith('ies') ? index.get(`${w.slice(0, -3)}y`) : undefined)) : undefined);
    if (f && f.some((x) => families.has(x))) return true;
  }
  return false;
}

function indexFamilies(families: string[][]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  families.forEach((fam, i) => {
    for (const w of fam) {
      const list = m.get(w) ?? [];
      if (!list.includes(i)) list.push(i);
      m.set(w, list);
    }
  });
  return m;
}
