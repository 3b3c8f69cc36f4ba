// Part of injection_propagation: a command that destroys, sends out, runs fetched code, persists or grants, run by an
// agent after it read that command in untrusted content (an error's "Try: rm -rf ~/", a README's note to agents, an
// alert's runbook annotation), when the user did not ask for that kind of act. Commands carry no value to trace (no
// address, no account), so they are traced as written: shell-commands.ts gives the same key to the command in the
// text and in the call.
import { USER_NODE, nodeName, type Severity } from '@sentinel/graph';
import { actionShape, asksFor, runsCode } from '../action-families.ts';
import { agentPath } from '../agent-path.ts';
import type { RuleContext } from '../rule-types.ts';
import { containsWord, sourceLabel, type CallRecord, type SourceRecord } from '../session-state.ts';
import { riskyCommands, type CommandAct, type RiskyCommand } from '../shell-commands.ts';

/**
 * Words that ask for each act. Curated rather than read through the verb families (action-families.ts): there "write"
 * sends and "set up" runs code, which is right for choosing a tool and far too loose for `scp` of a signing key.
 */
const ACT_WORDS: Record<CommandAct, readonly string[]> = {
  delete: ['delete', 'remove', 'erase', 'wipe', 'destroy', 'drop', 'purge', 'clean', 'clear', 'reset', 'teardown', 'uninstall', 'prune', 'nuke', 'decommission', 'truncate', 'scale'],
  send: ['send', 'upload', 'post', 'push', 'transfer', 'share', 'forward', 'email', 'mail', 'submit', 'publish', 'backup', 'mirror', 'scp', 'rsync'],
  'run-fetched': ['install', 'setup', 'set', 'bootstrap', 'installer', 'upgrade', 'update'],
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
  install: 'installs a package that instructions in content name',
};

function asksAct(act: CommandAct, words: ReadonlySet<string>): boolean {
  return ACT_WORDS[act].some((w) => words.has(w));
}

/**
 * The user asked for the act. Handing a document over ("set it up following the README") covers running the installer
 * it names, the everyday case, and not deleting, sending out, persisting or granting: those the user asks for by name.
 * So does naming what the installer installs ("install bun", and `curl bun.sh/install | bash`), or the hint coming from
 * the output of a command the agent ran (a build's "install the wheel from https://data.pyg.org/…"): "install" alone
 * does not, or every migration guide's registry would be the user's.
 */
function userAskedFor(cmd: RiskyCommand, src: SourceRecord, ctx: RuleContext): boolean {
  const words = ctx.state.userWords;
  if (cmd.act !== 'run-fetched') return asksAct(cmd.act, words);
  const host = cmd.key.slice('run-fetched '.length);
  if (ctx.state.handsOver(RUN_SHAPE) || host.split(/[.-]/).some((l) => l.length >= 3 && words.has(l))) return true;
  // A command's own output, when the user asked for work on code ("fix the failing install"), not a question ("why
  // does it fail? look around", and a file named `RUN_FIRST=curl … | sudo bash` in the listing).
  return src.via === 'result' && runsCode(actionShape(nodeName(src.node))) && asksFor(RUN_SHAPE, words);
}
const RUN_SHAPE = actionShape('run_script');

/** The user wrote the command themselves ("run `terraform destroy` in the sandbox"). */
function typedByUser(cmd: RiskyCommand, ctx: RuleContext): boolean {
  for (const text of ctx.state.requests) if (riskyCommands(text).some((c) => c.key === cmd.key)) return true;
  return false;
}

/** What one command owes to one source: a severity and why, or nothing. */
interface Verdict {
  severity: Severity;
  why: string;
}

function judge(cmd: RiskyCommand, src: SourceRecord, ctx: RuleContext): Verdict | undefined {
  if (cmd.act === 'install') {
    // A package by name: only instructions to the model that name it make it theirs.
    const name = cmd.key.slice('install '.length);
    if (!src.flagged || !containsWord(src.scan.regionText, name)) return undefined;
    return { severity: 'high', why: `the package (${name}) is named in the instruction-carrying part of that content` };
  }
  // Written in the content as a command, or carrying a value only that content gave (the key an "authorized_keys"
  // line appends, the host it sends to).
  const written = src.commands?.has(cmd.key) ?? false;
  const carried = written ? undefined : cmd.values?.find((v) => src.values.has(v) && !ctx.state.isTrusted(v));
  if (!written && carried === undefined && !src.flagged) return undefined;
  if (typedByUser(cmd, ctx)) return undefined;
  const asked = userAskedFor(cmd, src, ctx);
  if (written && src.regionCommands?.has(cmd.key)) return { severity: asked ? 'high' : 'critical', why: `the command (${cmd.key}) is written in the instruction-carrying part of that content` };
  if (asked) return undefined;
  if (written) return { severity: 'high', why: `the command (${cmd.key}) is written in that content` };
  if (carried !== undefined) return { severity: 'high', why: `the command (${cmd.key}) carries ${carried} from that content` };
  if (asksAct(cmd.act, src.regionWords)) return { severity: 'high', why: "the content's instructions ask for this kind of act" };
  return undefined;
}

/** Checks one source against one call that runs risky commands: one finding, for the command that owes it most. */
export function checkCopiedCommands(src: SourceRecord, call: CallRecord, ctx: RuleContext): void {
  if (!call.commands || src.spanId === call.spanId || src.end > call.start) return;
  let best: Verdict | undefined;
  let shown: RiskyCommand | undefined;
  for (const cmd of call.commands) {
    const v = judge(cmd, src, ctx);
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
      `: ${why}, and the user's request does not ask for it.${across}`,
    evidence: { path: path.length > 0 ? path : [USER_NODE], edgeIds: [...src.edgeIds, ...call.edgeIds], spanIds: [src.spanId, call.spanId], values: [`command:${shown.key}`] },
    // One alert per call, as the other propagation checks key theirs (injection-propagation.ts).
    keyParts: [call.spanId],
    inferred: src.inferred || call.tool.inferred,
  });
}
