// What each program's command line does (the act readers of shell-commands.ts): which arguments of `rm`, `git push`,
// `kubectl`, `curl`, a cloud CLI, a package manager or a SQL statement make it destroy, send out, install from a source
// it names, persist or grant, and the key (program, act, target) it gets. One reader per program family.
import type { CommandAct } from './shell-commands.ts';

/** Programs that fetch a URL (`curl`, `wget`, PowerShell's `iwr`). */
export const FETCHERS = new Set(['curl', 'wget', 'iwr', 'invoke-webrequest', 'irm', 'invoke-restmethod', 'fetch', 'http', 'https', 'xh']);
/**
 * Paths whose removal destroys more than a workspace: the root, home or a top-level item of it (not a cache), system
 * directories two levels down, the repository's history. `rm -rf node_modules`, `rm -rf ~/.cache/bazel` and
 * `rm -rf /tmp/build` are a build's housekeeping.
 */
const WIDE_TARGET = /^(?:\/|\*|~|\.\.?|\.\.\/.*|\.git|~\/(?!\.cache$|\.npm$|\.m2$|\.gradle$|\.yarn$|\.pnpm-store$|\.nuget$|\.bun$|\.deno$|\.rustup$|\.local$|tmp$)[^/]+|\/(?:etc|usr|var|home|root|opt|boot|bin|sbin|lib|srv|mnt|data|users)(?:\/[^/]+)?|[a-z]:\\?\*?)$/i;
/** Files that hold keys or credentials: sending one out gives the access away (`~/.ssh/id_rsa`, `.env`, `*.pem`). */
const SECRET_FILE = /(?:^|\/)(?:id_(?:rsa|ed25519|ecdsa|dsa)(?!\.pub)|\.env(?:\.[\w-]+)?(?<!\.example|\.sample|\.template)|credentials|\.netrc|\.npmrc|\.pypirc|\.pgpass|\.git-credentials|\.vault-token|\.htpasswd|\.s3cfg|\.terraformrc|credentials\.tfrc\.json|kubeconfig|[\w.-]+\.(?:pem|key|p12|pfx|asc|gpg|keystore|jks))$|\/\.(?:ssh|gnupg|aws|kube|docker)\/|(?:^|\/)\.config\/gcloud\//i;
/** Files that run again later or let someone in: shell profiles, ssh keys, cron, sudoers, git hooks, service units. */
export const PERSIST_PATH = /(?:authorized_keys|\.bashrc|\.zshrc|\.bash_profile|\.zprofile|\.profile|\/etc\/cron|\/etc\/sudoers|\.git\/hooks\/|\/etc\/systemd\/|\/etc\/rc\.local|\/etc\/profile|launchagents|\.ssh\/config)/i;
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
export const DEV_TCP = /\/dev\/(?:tcp|udp)\/([^/\s]+)/;
const HOST_OF = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]+@)?([a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::\d+)?(?:[/?#].*)?$/i;
/** The program a command word runs (`/usr/bin/rm` → `rm`, `git.exe` → `git`). */
export function programOf(word: string): string {
  return (word.split(/[\\/]/).pop() ?? word).toLowerCase().replace(/\.exe$/, '');
}

/** The arguments that are not flags. */
function positional(args: readonly string[]): string[] {
  return args.filter((a) => !a.startsWith('-'));
}

/** A path as a target key: `$HOME` as `~`, no trailing slash, `~/*` as `~`. */
function target(t: string): string {
  let s = t.toLowerCase().replace(/^\$\{?home\}?/, '~');
  if (s.length > 1) s = s.replace(/\/+$/, '');
  return s === '~/*' ? '~' : s === '/*' ? '/' : s;
}

/** The host a URL, `user@host:path` or bare host names. */
function hostOf(word: string): string | undefined {
  const m = HOST_OF.exec(word.replace(/^["']|["']$/g, ''));
  return m ? m[1].toLowerCase() : undefined;
}

/** The first host among the words (a URL's, or `/dev/tcp/<host>`'s). */
export function firstHost(words: readonly string[]): string | undefined {
  for (const w of words) {
    const h = hostOf(w);
    if (h) return h;
    const tcp = DEV_TCP.exec(w);
    if (tcp) return tcp[1].toLowerCase();
  }
  return undefined;
}

/** The persistence file a path names (`authorized_keys`, `.bashrc`). */
export function persistName(path: string): string {
  return (PERSIST_PATH.exec(path)?.[0] ?? path).toLowerCase().replace(/^\//, '');
}

/** The risky acts of one program run with its arguments (`fromPipe`: it reads the previous command's output). */
export function readProgram(program: string, args: readonly string[], words: readonly string[], out: Map<string, CommandAct>, fromPipe: boolean): void {
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
    {
      // A recipient makes it a command ("mail" alone is a word of prose: "a digest of unread mail.").
      const to = pos.find((a) => a.includes('@'));
      if (to) out.set(`mail ${to.toLowerCase()}`, 'send');
      return;
    }
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
  if (sub === 'owner' || sub === 'access') return readPublishRights(program, positional(args), args, out);
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
 * Who may publish the package from now on: `npm owner add <user> <pkg>`, `npm access grant read-write <team> <pkg>`,
 * `gem owner <gem> --add <email>`. A new owner's next release runs on every machine that installs it.
 */
function readPublishRights(program: string, pos: readonly string[], args: readonly string[], out: Map<string, CommandAct>): void {
  if (pos[0] === 'owner' && pos[1] === 'add' && pos[2]) out.set(`${program} owner add ${pos[2].toLowerCase()}`, 'grant');
  else if (pos[0] === 'access' && pos[1] === 'grant' && pos[3]) out.set(`${program} access grant ${pos[3].toLowerCase()}`, 'grant');
  else if (program === 'gem' && pos[0] === 'owner') {
    const at = args.findIndex((a) => a === '--add' || a === '-a');
    if (at >= 0 && args[at + 1]) out.set(`gem owner add ${args[at + 1].toLowerCase()}`, 'grant');
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

/** SQL in the text that destroys or grants, as keys (`sql drop billing`, `redis flushall`). */
export function sqlRisks(text: string, out: Map<string, CommandAct>): void {
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
