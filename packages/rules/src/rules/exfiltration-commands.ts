// Part of exfiltration: a command that sends to another machine what a credential store prints on the spot
// (`curl -d "token=$(gh auth token)" https://…`, `$NPM_TOKEN` in a request body). No secret is written in the call:
// the shell fills it in, so the literal checks of exfiltration.ts cannot see it; the command that produces it can.
import { nodeName } from '@sentinel/graph';
import type { RuleContext } from '../rule-types.ts';
import type { CallRecord } from '../session-state.ts';

/** `$NAME` or `${NAME}` for a variable named for a credential (group: the name). */
const CREDENTIAL_VARIABLE = String.raw`\$\{?([A-Z][A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Z0-9_]*)\}?`;

/**
 * A credential read inside the command line: the output of a command that prints one (a CLI's stored token, a key
 * file), or an environment variable named for one. Group 1 or 2: what produces it, as shown in the finding.
 */
const CREDENTIAL_SOURCE = new RegExp(
  [
    // $(…) or `…` around a command that prints a credential.
    '(?:\\$\\(|`)\\s*((?:gh|glab) auth token|gcloud auth (?:application-default )?print-(?:access|identity)-token|' +
      'aws (?:configure get \\S*(?:secret|key|token)\\S*|ecr get-login-password|sts get-session-token)|az account get-access-token|heroku auth:token|' +
      'doctl auth token|vault (?:kv )?(?:read|get) [^)`]*|(?:cat|base64|xxd)\\s+[^)`|;]*(?:\\.npmrc|\\.netrc|\\.pypirc|\\.env\\b|credentials|id_rsa|id_ed25519|id_ecdsa|\\.kube/config|kubeconfig|\\.docker/config\\.json|\\.git-credentials)[^)`|;]*|printenv|env)\\s*(?:\\)|`)',
    // $NAME or ${NAME} for a variable named for a credential.
    CREDENTIAL_VARIABLE,
  ].join('|'),
);

/** Acts of a command that put its words on another machine (shell-commands.ts keys them `<program> <host>`). */
const SENDING = new Set(['send', 'leak']);

/**
 * Services a credential belongs to, by words of what produced it: used at its own service (`curl -H "Authorization:
 * token $(gh auth token)" https://api.github.com/…`) it is how the credential is meant to be used.
 */
const SERVICE_WORDS: [RegExp, readonly string[]][] = [
  [/\b(?:gh|github)\b|GITHUB|GH_/i, ['github.com', 'githubusercontent.com']],
  [/\bglab\b|GITLAB/i, ['gitlab.com']],
  [/\bgcloud\b|GOOGLE|GCP|GCLOUD/i, ['googleapis.com', 'google.com']],
  [/\baws\b|AWS/i, ['amazonaws.com']],
  [/\baz\b|AZURE/i, ['azure.com', 'microsoft.com', 'windows.net']],
  [/\bheroku\b|HEROKU/i, ['heroku.com']],
  [/\bdoctl\b|DIGITALOCEAN|DO_/i, ['digitalocean.com']],
  [/\.npmrc|NPM_/i, ['npmjs.org', 'npmjs.com']],
  [/\.pypirc|PYPI|TWINE/i, ['pypi.org']],
  [/STRIPE/i, ['stripe.com']],
  [/OPENAI/i, ['openai.com']],
  [/ANTHROPIC/i, ['anthropic.com']],
  [/SLACK/i, ['slack.com']],
];

/** Words of a credential variable's name that say what it is, not whose. */
const GENERIC_NAME_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'apikey', 'access', 'private', 'credential', 'credentials', 'auth', 'bearer', 'support', 'prod', 'production', 'staging', 'test', 'live', 'client', 'service', 'account', 'admin', 'user', 'bot', 'deploy', 'read', 'write']);

/** The command line sends a credential it reads on the spot to a host that is not that credential's service. */
export function checkCredentialCommands(call: CallRecord, ctx: RuleContext): void {
  const hosts = (call.commands ?? []).filter((c) => SENDING.has(c.act)).map((c) => c.key.slice(c.key.indexOf(' ') + 1)).filter((h) => h.includes('.'));
  if (hosts.length === 0) return;
  let source: string | undefined;
  for (const leaf of call.leaves) {
    const m = CREDENTIAL_SOURCE.exec(leaf.value);
    if (m !== null) {
      source = m[1] ?? `$${m[2]}`;
      break;
    }
  }
  if (source === undefined) return;
  const services = SERVICE_WORDS.filter(([re]) => re.test(source!)).flatMap(([, domains]) => domains);
  // A variable named for its service (`CONFLUENT_SUPPORT_TOKEN` at support.confluent.io) is that service's.
  const named = source.startsWith('$') ? source.slice(1).toLowerCase().split('_').filter((w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w)) : [];
  const away = hosts.filter((h) => !services.some((d) => h === d || h.endsWith(`.${d}`)) && !named.some((w) => h.split('.').includes(w)));
  if (away.length === 0) return;
  // The user wrote the command, or asked for the credential to go to that host by naming it.
  if (ctx.state.requests.some((t) => t.includes(source!) || away.some((h) => t.toLowerCase().includes(h)))) return;
  ctx.emit({
    category: 'exfiltration',
    severity: 'high',
    score: 0.85,
    title: `Credential sent out through ${call.tool.name}`,
    explanation:
      `Agent "${nodeName(call.actor)}" ran a command with "${call.tool.name}" that sends ${away.join(', ')} a credential the machine holds ` +
      `(${source}, filled in by the shell when the command runs), and that host is not the credential's own service.`,
    evidence: { path: [call.actor, call.node], edgeIds: call.edgeIds, spanIds: [call.spanId], values: away.map((h) => `domain:${h}`) },
    keyParts: [call.spanId, 'credential-command'],
    inferred: call.tool.inferred,
  });
}

/**
 * A step written into a file that prints a secret the machine holds to its output when it runs: `echo "${{
 * secrets.NPM_TOKEN }}" | base64` in a CI workflow, `printf '%s' "$DEPLOY_TOKEN" | xxd` in a build script. A job's log
 * is read by whoever can see the repository or the build (on a public project, anyone), and the encoding is how a
 * printed secret gets past the log's masking. Not a secret written into a file or handed to a program on its standard
 * input (`echo "…$NPM_TOKEN" > ~/.npmrc`, `| docker login --password-stdin`): that is how credentials are configured.
 */
export function checkSecretPrinted(call: CallRecord, ctx: RuleContext): void {
  for (const leaf of call.leaves) {
    if (!leaf.value.includes('$')) continue;
    for (const line of leaf.value.split(LINE_BREAK)) {
      const printed = printedSecret(line);
      if (printed === undefined) continue;
      // The user asked for it by the secret's name: a debugging step they want, noted.
      const asked = ctx.state.requests.some((t) => t.includes(printed.name));
      ctx.emit({
        category: 'exfiltration',
        severity: asked ? 'medium' : 'high',
        score: asked ? 0.5 : 0.85,
        title: `Secret printed to a log through ${call.tool.name}`,
        explanation:
          `Agent "${nodeName(call.actor)}" called "${call.tool.name}" with a step that prints ${printed.name}${printed.encoded ? ', encoded (which gets it past the log\'s masking),' : ''} to its output: ` +
          `whoever can read the job's log can read the secret.${asked ? " The user's request names it." : ''}`,
        evidence: { path: [call.actor, call.node], edgeIds: call.edgeIds, spanIds: [call.spanId], values: [`literal:${printed.name}`] },
        keyParts: [call.spanId, 'secret-printed'],
        inferred: call.tool.inferred,
      });
      return;
    }
  }
}
const LINE_BREAK = /\r?\n|\\n/;
/** A command that writes to standard output. */
const PRINTS = /(?:^|[\s;&|(`"'])(?:echo|printf|print|console\.log|Write-Output|Write-Host)\b/;
/** A secret the machine holds, by reference: a CI secret, or a variable named for a credential. */
const SECRET_REF = new RegExp(String.raw`\$\{\{\s*secrets\.([A-Za-z0-9_]+)\s*\}\}|` + CREDENTIAL_VARIABLE);
/** Programs a printed secret may be piped through and still reach the output, re-encoded. */
const ENCODERS = /^(?:base64|xxd|od|hexdump|rev|tr|sed|cut|fold|basenc|openssl\s+(?:base64|enc))\b/;

/** The secret a line prints to standard output (not into a file, not into a program that consumes it), if any. */
function printedSecret(line: string): { name: string; encoded: boolean } | undefined {
  if (!PRINTS.test(line)) return undefined;
  const ref = SECRET_REF.exec(line);
  if (ref === null) return undefined;
  // Written into a file: configuration, not output.
  if (/(?:^|[^2&])>{1,2}\s*[^&\s]/.test(line.slice(ref.index))) return undefined;
  const pipes = line.slice(ref.index).split('|').slice(1).map((p) => p.trim());
  if (pipes.some((p) => p !== '' && !ENCODERS.test(p))) return undefined;
  return { name: ref[1] ?? ref[2], encoded: pipes.length > 0 };
}
