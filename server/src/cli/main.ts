// `sentinel` CLI: serve, replay, eval, policy check, baseline build. Returns the exit code.
import { SentinelError } from '@sentinel/graph';
import { serveCommand } from './serve.ts';
import { replayCommand } from './replay.ts';

const USAGE = `usage: sentinel <command> [options]

commands:
  serve [--port 4318] [--grpc-port 4317] [--host 127.0.0.1] [--data-dir .sentinel] [--policy FILE]
        run the server (every option also as SENTINEL_* environment variable; see README)
  replay <file|dir>... [--endpoint http://127.0.0.1:4318] [--concurrency 4]
        send OTLP JSON or protobuf files (.json, .pb, also .gz) to a server
  eval (--corpus DIR | --scenarios) [--policy FILE | --no-policy] [--server URL] [--no-graph] [--splits N]
        replay a labeled corpus through a real server and report detection quality (rules, and the
        graph scorer learned on half the benign runs; --scenarios: the generated multi-agent set)
  policy check <file>
        validate a policy file; prints every problem and exits non-zero when there is one
  baseline build (--corpus DIR | --from-store --app NAME [--since TIME] [--until TIME]) [--data-dir DIR] [--freeze]
        learn the graph scorer's baseline of normal sessions and save it to the store
  baseline list | freeze --app NAME | unfreeze --app NAME [--data-dir DIR]
        show stored baselines; stop or resume online learning for an app
`;

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
  const run = COMMANDS[cmd];
  if (!run) {
    process.stderr.write(`sentinel: unknown command ${JSON.stringify(cmd)}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof SentinelError) {
      process.stderr.write(`sentinel ${cmd}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
