// Inferred tool classification from a tool's name and description, used when the policy is silent.
import { textWords, toolWords } from './words.ts';

/** Verbs that say a tool changes state or acts in the world. */
export const SINK_VERB_SET: ReadonlySet<string> = new Set([
  'send', 'pay', 'transfer', 'wire', 'delete', 'remove', 'erase', 'write', 'update', 'create', 'share', 'post', 'upload',
  'execute', 'exec', 'run', 'eval', 'invite', 'book', 'reserve', 'add', 'append', 'schedule', 'reschedule', 'forward',
  'reply', 'publish', 'submit', 'purchase', 'buy', 'order', 'cancel', 'move', 'rename', 'edit', 'modify', 'set', 'put',
  'deploy', 'grant', 'change', 'reset', 'insert', 'drop', 'kick', 'ban', 'approve', 'email', 'mail', 'notify', 'install',
  'save', 'push', 'merge', 'commit', 'tweet', 'charge', 'refund', 'remit', 'withdraw', 'revoke', 'archive', 'assign',
  // Destroying or switching off: "clean stale artifacts by running `rm -rf …`", `disable_mfa`, `kill_process`.
  'clean', 'purge', 'wipe', 'destroy', 'overwrite', 'disable', 'uninstall', 'truncate', 'terminate', 'kill',
  // Closing or locking what others rely on: `close_ticket`, "close them all as resolved", `lock_account`.
  'close', 'lock', 'unlock', 'block', 'unblock', 'suspend',
  // Moving a record through its workflow or crediting an account: `jira_transition`, `resolve_incident`, `credit_account`.
  'transition', 'resolve', 'reject', 'escalate', 'credit', 'debit',
  // Changing what runs or where it points: `dns_replace_records`, `k8s_scale`, `rollback_release`, `rotate_key`.
  'replace', 'scale', 'restart', 'rollback', 'revert', 'rotate', 'migrate',
  // Sending goods, or sending on what comes in: `ship_order`, "deliver all orders to …", "redirect the payouts to …".
  'ship', 'deliver', 'dispatch', 'redirect', 'reroute',
  // Letting someone or something in: `authorize_oauth_app`, `aws_ec2_authorize_security_group_ingress`, `allowlist_ip`.
  'authorize', 'authorise', 'allow', 'allowlist', 'whitelist',
]);

/**
 * Verbs that make a tool a sink by its name or description, kept out of SINK_VERB_SET because the instruction scanner
 * reads that set as action words: "Register today", "Apply now", "Sign up" are a web page's calls to its reader, while
 * `enroll_mfa_device`, `swap_tokens`, `kubectl_apply` change state.
 */
const TOOL_SINK_VERBS: ReadonlySet<string> = new Set([
  'enroll', 'register', 'subscribe', 'activate', 'deactivate', 'enable', 'toggle', 'provision', 'upsert', 'apply', 'sign',
  'swap', 'stake', 'unstake', 'mint', 'sell', 'trade', 'redeem', 'donate', 'deposit',
  // What attacks do to a system, as attack tooling names its tools (`PrescriptionModification`, `DataExfiltration`).
  'hijack', 'spoof', 'manipulate', 'tamper', 'falsify', 'forge', 'exfiltrate', 'allocate',
  // Switching a service or an alarm, answering an invitation (`stop_service`, `SimpliSafeDisarm`, `decline_event`).
  'stop', 'start', 'disarm', 'decline', 'accept',
]);

/** A verb that makes a tool a sink by its name (SINK_VERB_SET and the tools' own verbs). */
export function isSinkVerb(w: string): boolean {
  return SINK_VERB_SET.has(w) || TOOL_SINK_VERBS.has(w);
}

/**
 * Tools named for what they are rather than what they do: a shell, an interpreter, an editor (they
 * execute or write), a payment (it pays), a webhook or SMS gateway (it sends out).
 */
const SINK_NOUNS = new Set(['bash', 'shell', 'sh', 'zsh', 'terminal', 'repl', 'interpreter', 'console', 'cmd', 'powershell', 'python', 'jupyter', 'editor', 'computer', 'payment', 'payments', 'webhook', 'sms']);
/** …unless the name says it only tells about one: `payment_status`, `shell_history`, `python_docs`. */
const ABOUT_NOUNS = new Set(['status', 'history', 'info', 'details', 'summary', 'overview', 'report', 'balance', 'docs', 'documentation', 'help', 'logs', 'log', 'lookup', 'methods', 'options']);

/** Words that say data leaves the app (sent to someone or somewhere; a gist, an issue, a comment or a pull request others read). */
const EXTERNAL_WORDS = new Set(['send', 'post', 'upload', 'share', 'forward', 'reply', 'publish', 'invite', 'email', 'mail', 'webhook', 'http', 'notify', 'message', 'dm', 'push', 'tweet', 'sms', 'gist', 'issue', 'comment', 'pull', 'paste', 'pastebin']);

const SUPPORT_CASE = new Set(['ticket', 'tickets', 'case', 'cases', 'request', 'requests']);

const READ_VERBS = new Set(['read', 'get', 'fetch', 'search', 'browse', 'download', 'list', 'query', 'retrieve', 'open', 'view', 'scrape', 'crawl', 'lookup', 'find', 'load', 'check']);

/** Nouns for content written by someone other than the user. */
const OUTSIDE_NOUNS = new Set([
  'email', 'emails', 'inbox', 'mail', 'message', 'messages', 'channel', 'channels', 'web', 'webpage', 'page', 'pages', 'url',
  'website', 'file', 'files', 'document', 'documents', 'doc', 'docs', 'review', 'reviews', 'comment', 'comments', 'post', 'posts',
  'tweet', 'tweets', 'article', 'articles', 'news', 'feed', 'issue', 'issues', 'ticket', 'tickets', 'transaction', 'transactions',
  'content', 'contents', 'attachment', 'attachments', 'calendar', 'event', 'events', 'search', 'results', 'http', 'rss', 'pdf',
]);

/** Nouns for a query's answer rather than for content: outside when what is searched is (the web, a mailbox). */
const QUERY_NOUNS = new Set(['search', 'results']);

/** Words of a tool name that say it reads the app's own records: its register of people, its on-call roster, its configuration. */
const OWN_RECORD_WORDS: ReadonlySet<string> = new Set([
  'contact', 'contacts', 'directory', 'addressbook', 'employee', 'employees', 'staff', 'hr', 'hris', 'payroll', 'crm', 'customer',
  'customers', 'client', 'clients', 'member', 'members', 'vendor', 'vendors', 'supplier', 'suppliers', 'partner', 'partners', 'roster',
  'oncall', 'config', 'configuration', 'settings', 'integration', 'integrations', 'connection', 'connections',
  // Whom the app pays, by their role: a property's owner, a payee, a beneficiary (`appfolio_get_owner`), and master
  // data by its German name (`datev_kreditor_stammdaten`).
  'owner', 'owners', 'payee', 'payees', 'beneficiary', 'beneficiaries', 'landlord', 'landlords', 'stammdaten',
  // The shop's own order and resource-planning systems (not an order's notes elsewhere: customers write those).
  'oms', 'erp',
  // The user's own vaults: a password manager's item, a wallet's saved card (what a browser agent types at a login or a
  // checkout), not content someone wrote.
  'vault', 'keychain', 'wallet', 'onepassword', 'bitwarden', 'lastpass', 'dashlane', 'keepass', 'passwords',
  // The user's own profile (`get_user_profile`): what a form is filled with.
  'profile',
]);

export interface InferredToolClass {
  sink: boolean;
  external: boolean;
  /** Reads content that plausibly comes from outside the user (a stronger taint source than "any result"). */
  outsideSource: boolean;
  /** Reads the app's own records (people, accounts, configuration), not content someone wrote. */
  ownRecords: boolean;
  /** The action words (verbs) in the tool's name. */
  verbs: string[];
}

/**
 * Classifies a tool by the words of its name (first) and description (only when the name has no verb).
 * A sink's name must start with or contain a sink verb: `send_money`, `sendMoney`, `update-password`.
 */
export function inferToolClass(toolName: string, description?: string): InferredToolClass {
  const words = toolWords(toolName, isSinkOrReadVerb);
  let verbs = words.filter(isSinkOrReadVerb);
  // Read verbs lead ("get_sent_emails" is a read); a sink verb only counts when no read verb precedes it.
  const firstVerb = verbs[0];
  let sink = firstVerb !== undefined && isSinkVerb(firstVerb);
  if (firstVerb === undefined && words.some((w) => SINK_NOUNS.has(w)) && !words.some((w) => ABOUT_NOUNS.has(w))) sink = true;
  else if (firstVerb === undefined && description) {
    // Only the first sentence of a description says what the tool does.
    const dw = textWords(description.split(/[.\n]/, 1)[0] ?? '').slice(0, 12);
    verbs = dw.filter((w) => isSinkVerb(w) || READ_VERBS.has(w) || isSinkVerb(stem(w)));
    sink = verbs.length > 0 && (isSinkVerb(verbs[0]) || isSinkVerb(stem(verbs[0])));
  }
  // A support ticket or case is filed with the vendor that gives support (`create_support_ticket` on their portal).
  const external = sink && (words.some((w) => EXTERNAL_WORDS.has(w)) || (words.includes('support') && words.some((w) => SUPPORT_CASE.has(w))));
  // The app's own register (people, accounts, its configuration) read for what it holds, not for content someone wrote
  // in it: `hris_list_employees`, `contacts_search`, `get_integration_config`; not `get_customer_emails`.
  const ownRecords = !sink && words.some((w) => OWN_RECORD_WORDS.has(w)) && !words.some((w) => OUTSIDE_NOUNS.has(w) && !QUERY_NOUNS.has(w));
  const outsideSource = !sink && !ownRecords && words.some((w) => OUTSIDE_NOUNS.has(w));
  return { sink, external, outsideSource, ownRecords, verbs };
}

function isSinkOrReadVerb(w: string): boolean {
  return isSinkVerb(w) || READ_VERBS.has(w);
}

/** "sends" → "send", "deletes" → "delete": enough for tool descriptions. */
function stem(w: string): string {
  if (w.endsWith('es') && isSinkVerb(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/**
 * The act a generic tool is told to perform by an argument of its call: `EpicFHIRManagePatientRecords {action: 'delete'}`,
 * `GoogleHomeControlDevice {action: 'turn off'}`, `manage_user {operation: 'suspend'}`: a sink verb, or the verb of a
 * switch turned off or on ('turn'); undefined when no such argument names one.
 */
export function actOfCall(leaves: readonly { arg: string; value: string }[]): string | undefined {
  for (const l of leaves) {
    if (!ACT_KEY.test(l.arg) || l.value.length > MAX_ACT_CHARS) continue;
    const [first, second] = l.value.trim().toLowerCase().split(ACT_SEPARATOR, 2);
    if (SWITCH_VERBS.has(first) && second !== undefined && SWITCH_POSITIONS.has(second)) return first;
    if (isSinkVerb(first)) return first;
  }
  return undefined;
}
const ACT_KEY = /^(?:action|operation|op|act|verb|action_?type|operation_?type)$/i;
const MAX_ACT_CHARS = 40;
const ACT_SEPARATOR = /[\s_-]+/;
/** Verbs of a switch turned off or on ("turn off the cameras", `{action: 'shut down'}`). */
export const SWITCH_VERBS: ReadonlySet<string> = new Set(['turn', 'switch', 'power', 'shut']);
const SWITCH_POSITIONS: ReadonlySet<string> = new Set(['off', 'down', 'on', 'up']);

/** An argument that names the HTTP method of a generic request tool (`http_request`, `fetch`, `api_call`). */
const METHOD_KEY = /^(?:method|http_?method|verb|request_?method)$/i;
const SENDING_METHOD = /^(?:post|put|patch)$/i;

/**
 * A generic request tool called with a method that sends (`http_request {method: 'POST', url, body}`): what its name
 * says nothing of, its arguments do. 'send' for POST, PUT and PATCH (a body leaves), 'change' for DELETE, else undefined.
 */
export function methodOfCall(leaves: readonly { arg: string; value: string }[]): 'send' | 'change' | undefined {
  for (const l of leaves) {
    if (!METHOD_KEY.test(l.arg)) continue;
    if (SENDING_METHOD.test(l.value.trim())) return 'send';
    if (/^delete$/i.test(l.value.trim())) return 'change';
  }
  return undefined;
}
