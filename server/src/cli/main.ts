// `sentinel` CLI: serve, replay, eval, policy check, baseline build. Returns the exit code.
import { SentinelError } from '@sentinel/graph';
import { serveCommand } from './serve.ts';
import { replayCommand } from './replay.ts';

/** Each command's synopsis lines and what they do: `sentinel <command> --help` shows its own, `sentinel --help` all. */
const HELP: Record<string, Array<[synopsis: string, what: string]>> = {
  serve: [
    [
      'serve [--port 4318] [--grpc-port 4317] [--host 127.0.0.1] [--data-dir .sentinel] [--policy FILE]',
      'run the server (every option also as SENTINEL_* environment variable; see README)',
    ],
  ],
  replay: [
    [
      'replay <file|dir>... [--endpoint http://127.0.0.1:4318] [--concurrency 4] [--timeout 30] [--header name=value]...',
      'send OTLP JSON or protobuf files (.json, .pb, also .gz) to a server; --header (repeatable) adds a\nrequest header, e.g. an ingest key: --header "authorization=Bearer KEY" (also read from\nOTEL_EXPORTER_OTLP_HEADERS, as the OTel SDKs do); --timeout: seconds per request.\nExits 1 unless every file arrived whole (HTTP error, no spans, any span rejected: reported per file)',
    ],
  ],
  eval: [
    [
      'eval (--corpus DIR | --scenarios) [--policy FILE | --no-policy | --server URL [--header name=value]... [--token T]] [--no-graph] [--splits N] [--json FILE]',
      'replay a labeled corpus through a real server and report detection quality (rules, and the\ngraph scorer learned on half the benign runs; --scenarios: the generated multi-agent set).\n--server: a running server instead of one of its own, on its own policy; --header (or OTEL_EXPORTER_OTLP_HEADERS)\nsends its ingest key with the spans, --token an API token with the reads',
    ],
  ],
  policy: [['policy check <file|dir>', 'validate a policy file (or a directory of them); prints every problem and exits non-zero when there is one']],
  baseline: [
    [
      'baseline build (--corpus DIR | --from-store --app NAME [--since TIME] [--until TIME]) [--data-dir DIR] [--freeze]',
      "learn the graph scorer's baseline of normal sessions and save it to the store",
    ],
    ['baseline list | freeze --app NAME | unfreeze --app NAME [--data-dir DIR]', 'show stored baselines; stop or resume online learning for an app'],
  ],
};

const helpLines = (prefix: string, [synopsis, what]: [string, string]) => `  ${prefix}${synopsis}\n${what.replace(/^/gm, '        ')}\n`;
const USAGE = `usage: sentinel <command> [options]\n\ncommands:\n${Object.values(HELP).flat().map((h) => helpLines('', h)).join('')}`;
/** `sentinel <command> --help`: that command's lines only. */
const commandUsage = (cmd: string) => `usage:\n${HELP[cmd].map((h) => helpLines('sentinel ', h)).join('')}`;

type Command = (args: string[]) => Promise<number>;

async function lazy(path: string, name: string, args: string[]): Promise<number> {
  const mod = (await import(path)) as Record<string, Command>;
  return mod[name](args);
}

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  replay: replayCommand,
  eval: (args) => lazy('./eval.ts', 'evalCommand', args),
  policy: (args) => lazy('./policy-check.ts', 'policyCommand', args),
  baseline: (args) => lazy('./baseline.ts', 'baselineCommand', args),
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  const run = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!run) {
    process.stderr.write(`sentinel: unknown command ${JSON.stringify(cmd)}\n\n${USAGE}`);
    return 2;
  }
  // Asking for help is never an error, wherever the flag sits (`sentinel policy check --help`); `--` ends the options.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(commandUsage(cmd));
    return 0;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof SentinelError) {
      // Commands name themselves in their errors ("serve: Unknown option …"): say it once.
      const named = err.message.startsWith(`${cmd}:`) || err.message.startsWith(`${cmd} `);
      process.stderr.write(`sentinel ${named ? '' : `${cmd}: `}${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
