// Part of injection_propagation: a command that destroys, sends out (data or key files), runs fetched code, installs
// from a source it names, persists or grants, run by an agent after it read that command in untrusted content (an
// error's "Try: rm -rf ~/", a README's note to agents, an alert's runbook annotation), when the user did not ask for
// that kind of act. Commands carry no value to trace (no address, no account), so they are traced as written:
// shell-commands.ts gives the same key to the command in the text and in the call.
import { USER_NODE, nodeName, type Severity } from '@sentinel/graph';
import { actionShape, asksFor, runsCode } from '../action-families.ts';
import { agentPath } from '../agent-path.ts';
import type { RuleContext } from '../rule-types.ts';
import { containsWord, sourceLabel, type CallRecord, type SourceRecord } from '../session-state.ts';
import { servedOnlyBy } from '../secrets.ts';
import { riskyCommands, type CommandAct, type RiskyCommand } from '../shell-commands.ts';

/**
 * Words that ask for each act. Curated rather than read through the verb families (action-families.ts): there "write"
 * sends and "set up" runs code, which is right for choosing a tool and far too loose for `scp` of a signing key.
 */
const ACT_WORDS: Record<CommandAct, readonly string[]> = {
  // Rotating, revoking or offboarding deletes the old key or account.
  delete: ['delete', 'remove', 'erase', 'wipe', 'destroy', 'drop', 'purge', 'clean', 'clear', 'reset', 'teardown', 'uninstall', 'prune', 'nuke', 'decommission', 'truncate', 'scale', 'rotate', 'revoke', 'retire', 'offboard', 'deprovision', 'cleanup'],
  send: ['send', 'upload', 'post', 'push', 'transfer', 'share', 'forward', 'email', 'mail', 'submit', 'publish', 'backup', 'mirror', 'scp', 'rsync', 'sync', 'deploy'],
  // Sending a key away is asked for by naming where it goes (below), not by words: "fill .env from my credentials file".
  leak: [],
  'run-fetched': [],
  'install-from': [],
  persist: ['cron', 'crontab', 'schedule', 'authorize', 'authorized', 'key', 'keys', 'hook', 'hooks', 'profile', 'bashrc', 'zshrc', 'startup', 'persist'],
  grant: ['permission', 'permissions', 'access', 'admin', 'role', 'chmod', 'public', 'privileged', 'sudo', 'firewall', 'grant', 'expose', 'trust', 'trusted', 'insecure'],
  install: [],
};
const WHAT: Record<CommandAct, string> = {
  delete: 'destroys data or a running system',
  send: 'sends data to another machine',
  'run-fetched': 'runs code it downloads or decodes on the spot',
  persist: 'makes itself run again later or lets someone in',
  grant: 'widens permissions or switches a protection off',
  leak: 'sends a key or credentials file to another machine',
  'install-from': 'installs packages from a source it names (their install scripts run)',
  install: 'installs a package that instructions in content name',
};

function asksAct(act: CommandAct, words: ReadonlySet<string>): boolean {
  return ACT_WORDS[act].some((w) => words.has(w));
}

/**
 * The user asked for the act: by its words, or by handing over the document that holds the command ("do what the
 * runbook says", "set it up following the README"). A handed-over document covers deleting, sending and installing
 * what it says, not persisting (an `authorized_keys` line in a cloned README) nor sending keys away (a release doc's
 * "scp the signing key to the notary box"): no procedure needs those from a document. Code fetched and run at once is
 * asked for by naming what it installs ("install homebrew", and the installer's URL names it). Packages from an index
 * a build's own output or the project's files name are the dev work asked for ("pip install fails, fix it"); one a web
 * page names ("install the timezone data from our registry") is not.
 */
function userAskedFor(cmd: RiskyCommand, src: SourceRecord, ctx: RuleContext): boolean {
  const st = ctx.state;
  const words = st.userWords;
  // A package manager pointed at another registry: asked for by naming one ("point npm at our Artifactory proxy").
  if (cmd.key.startsWith('registry ')) return REGISTRY_WORDS.some((w) => words.has(w));
  if (asksAct(cmd.act, words)) return true;
  if (cmd.act === 'grant' && st.requests.some((t) => OPEN_ACCESS.test(t))) return true;
  // Rights given to a party the user names ("add tmlk-oss as an owner of the npm package"): the user chose who gets them.
  const grantee = cmd.act === 'grant' ? GRANTEE.exec(cmd.key)?.[1] : undefined;
  if (grantee !== undefined && st.requests.some((t) => t.toLowerCase().includes(grantee))) return true;
  if (cmd.act === 'leak') return st.requests.some((t) => t.toLowerCase().includes(cmd.key.slice(cmd.key.indexOf(' ') + 1)));
  // Told to follow a document ("do what the runbook says"), not to handle a ticket or an email: a customer's ticket
  // does not get to drop databases. Nor does a page on the web get to send out or grant: a provider's docs that say to
  // push every branch to their "seed remote" are not the team's procedure.
  const handed = st.userFollowsDoc && cmd.act !== 'persist' && !((cmd.act === 'send' || cmd.act === 'grant') && readsTheWeb(src));
  if (cmd.act === 'run-fetched') return handed || namesWhatItInstalls(cmd, words);
  if (cmd.act === 'install-from') return handed || namesWhatItInstalls(cmd, words) || (!readsTheWeb(src) && asksFor(RUN_SHAPE, words));
  return handed;
}

/** The request asks to install or set up, and names the host or a piece of the installer's link ("install homebrew"). */
function namesWhatItInstalls(cmd: RiskyCommand, words: ReadonlySet<string>): boolean {
  if (!INSTALL_WORDS.some((w) => words.has(w))) return false;
  const pieces = [cmd.key.slice(cmd.key.indexOf(' ') + 1), ...(cmd.values ?? []).filter((v) => v.startsWith('url:')).map((v) => v.slice(4))];
  for (const p of pieces) for (const piece of p.split(/[./:_-]+/)) if (piece.length >= 2 && !LINK_WORDS.has(piece) && words.has(piece)) return true;
  return false;
}
/** Opening a port or access for someone: "open SSH from their office IP", "open it on the bastion security group". */
const OPEN_ACCESS = /\b(?:open|allow)\b[^.!?\n]{0,60}\b(?:ports?|ssh|rdp|access|ingress|firewall|security[- ]groups?)\b/i;
/** The party a publish right goes to, in a command's key (`npm owner add tmlk-oss`, `npm access grant acme:devs`). */
const GRANTEE = /^\S+ (?:owner add|access grant) (\S{3,})$/;
const REGISTRY_WORDS = ['registry', 'mirror', 'proxy', 'index', 'artifactory', 'nexus', 'verdaccio'];
const INSTALL_WORDS = ['install', 'setup', 'set', 'bootstrap', 'get', 'add', 'upgrade', 'update'];
const LINK_WORDS = new Set(['install', 'sh', 'get', 'raw', 'www', 'com', 'io', 'dev', 'org', 'net', 'https', 'http', 'main', 'master', 'head', 'latest', 'download', 'releases', 'scripts', 'script', 'bin']);

/** The content is the output of a command or code the agent ran. */
function ranCode(src: SourceRecord): boolean {
  return src.via === 'result' && runsCode(actionShape(nodeName(src.node)));
}

/** What the agent read came from the web (a fetched page, a search), not from the project or its own commands. */
function readsTheWeb(src: SourceRecord): boolean {
  if (src.via !== 'result') return true;
  const words = actionShape(nodeName(src.node)).words;
  return words.some((w) => WEB_READ_WORDS.has(w));
}
const WEB_READ_WORDS = new Set(['url', 'web', 'http', 'https', 'fetch', 'browse', 'browser', 'search', 'page', 'scrape', 'crawl', 'internet', 'google', 'bing']);
const RUN_SHAPE = actionShape('run_script');

/** The risky commands the user wrote themselves ("run `terraform destroy` in the sandbox"), by key. */
function typedByUser(ctx: RuleContext): Set<string> {
  const keys = new Set<string>();
  for (const text of ctx.state.requests) for (const c of riskyCommands(text)) keys.add(c.key);
  return keys;
}

/** What one command owes to one source: a severity and why (`asked`: the user asked for that kind of act), or nothing. */
interface Verdict {
  severity: Severity;
  why: string;
  asked?: boolean;
}

function judge(cmd: RiskyCommand, src: SourceRecord, ctx: RuleContext, typed: () => ReadonlySet<string>): Verdict | undefined {
  if (cmd.act === 'install') {
    // A package by name: only instructions to the model that name it make it theirs.
    const name = cmd.key.slice('install '.length);
    if (!src.flagged || !containsWord(src.scan.regionText, name)) return undefined;
    return { severity: 'high', why: `the package (${name}) is named in the instruction-carrying part of that content` };
  }
  // Written in the content as a command, or carrying a value only that content gave (the key an "authorized_keys"
  // line appends, the host it sends to).
  const written = src.commands?.has(cmd.key) ?? false;
  // Not a value the agent's own command printed (the key id `list-access-keys` gave, the job `kubectl get` listed): acting
  // on what one listed is how work on a system goes. A command written in that output still counts (a file named
  // `RUN_FIRST=curl … | sh` in a listing).
  const carried = written || ranCode(src) ? undefined : cmd.values?.find((v) => src.values.has(v) && !ctx.state.isTrusted(v) && !usedAtItsService(v, cmd));
  if (!written && carried === undefined && !src.flagged) return undefined;
  if (typed().has(cmd.key)) return undefined;
  const asked = userAskedFor(cmd, src, ctx);
  if (written && src.regionCommands?.has(cmd.key)) return { severity: asked ? 'high' : 'critical', why: `the command (${cmd.key}) is written in the instruction-carrying part of that content`, asked };
  if (asked) return undefined;
  if (written) return { severity: 'high', why: `the command (${cmd.key}) is written in that content` };
  if (carried !== undefined) return { severity: 'high', why: `the command (${cmd.key}) carries ${carried} from that content` };
  if (asksAct(cmd.act, src.regionWords)) return { severity: 'high', why: "the content's instructions ask for this kind of act" };
  return undefined;
}

/**
 * A key the command sends only to its own provider (`curl -u sk_live_…: https://api.stripe.com/…`): the credential
 * used, not content carried out.
 */
function usedAtItsService(v: string, cmd: RiskyCommand): boolean {
  if (!v.startsWith('token:')) return false;
  const hosts = (cmd.values ?? []).filter((h) => h.startsWith('domain:')).map((h) => h.slice('domain:'.length));
  return servedOnlyBy(v.slice('token:'.length), hosts);
}

/** Checks one source against one call that runs risky commands: one finding, for the command that owes it most. */
export function checkCopiedCommands(src: SourceRecord, call: CallRecord, ctx: RuleContext): void {
  if (!call.commands || src.spanId === call.spanId || src.end > call.start) return;
  let best: Verdict | undefined;
  let shown: RiskyCommand | undefined;
  // The user's own commands, read once per check and only when a command needs them.
  let typed: Set<string> | undefined;
  const typedOnce = () => (typed ??= typedByUser(ctx));
  for (const cmd of call.commands) {
    const v = judge(cmd, src, ctx, typedOnce);
    if (v && (!best || (v.severity === 'critical' && best.severity !== 'critical'))) {
      best = v;
      shown = cmd;
    }
  }
  if (!best || !shown) return;
  const { severity, why } = best;
  const agents = agentPath(ctx.session, src.actor, call.actor);
  const path = [src.node, ...agents, call.node].filter((n, i, a) => i === 0 || a[i - 1] !== n);
  const across = agents.length > 1 ? ` The content travelled across agents (${agents.map(nodeName).join(' → ')}).` : '';
  ctx.emit({
    category: 'injection_propagation',
    severity,
    score: severity === 'critical' ? 0.95 : 0.8,
    title: `${sourceLabel(src)} → ${call.tool.name} (${shown.act} command)`,
    explanation:
      `Agent "${nodeName(call.actor)}" ran a command with "${call.tool.name}" that ${WHAT[shown.act]}, after reading untrusted ${sourceLabel(src)}` +
      (src.flagged ? ' that carries instructions to the model' : '') +
      `: ${why}, and ${best.asked ? 'the user asked for this kind of act, not for a command that content dictates' : "the user's request does not ask for it"}.${across}`,
    evidence: { path: path.length > 0 ? path : [USER_NODE], edgeIds: [...src.edgeIds, ...call.edgeIds], spanIds: [src.spanId, call.spanId], values: [`command:${shown.key}`] },
    // One alert per call, as the other propagation checks key theirs (injection-propagation.ts).
    keyParts: [call.spanId],
    inferred: src.inferred || call.tool.inferred,
  });
}
