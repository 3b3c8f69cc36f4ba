// `npm run demo`: a mixed stream of benign and attacked sessions from both example apps, sent to Sentinel (started here if none runs).
import { parseArgs } from 'node:util';
import { APPS } from './apps.ts';
import { resolveTarget } from './demo/target.ts';
import { runStream } from './demo/stream.ts';
import { openAiBrainFromEnv } from './shared/openai-brain.ts';

const USAGE = `usage: npm run demo -- [options]

  --sessions N     sessions at a human pace (default: one pass, every attack and fault plus twice as many benign)
  --fast N         N sessions as fast as possible (load generator; no pauses, no alert look-ups)
  --concurrency K  sessions at once with --fast (default 8)
  --benign         benign sessions only (to build the graph scorer's baseline)
  --only NAME      one app (email-assistant, coding-team) or app/scenario
  --seed S         repeat a run exactly (default: random)
  --scripted       use the scripted policies even when OPENAI_BASE_URL / OPENAI_API_KEY are set

Spans go to OTEL_EXPORTER_OTLP_ENDPOINT when set, else to http://127.0.0.1:4318; when nothing
answers there, the demo starts Sentinel in this process with the example policies.
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string' },
      fast: { type: 'string' },
      concurrency: { type: 'string' },
      benign: { type: 'boolean' },
      only: { type: 'string' },
      seed: { type: 'string' },
      scripted: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const count = (v: string | undefined, name: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`demo: --${name} must be a positive integer, got "${v}"`);
    return n;
  };
  const [onlyApp, onlyScenario] = (values.only ?? '').split('/');
  const apps = APPS.filter((a) => !onlyApp || a.serviceName === onlyApp).map((a) => (onlyScenario ? { ...a, scenarios: a.scenarios.filter((s) => s.id === onlyScenario) } : a));
  if (apps.length === 0 || apps.some((a) => a.scenarios.length === 0)) throw new Error(`demo: --only ${values.only} matches no app or scenario`);
  const fast = values.fast !== undefined;
  const attacks = apps.reduce((n, a) => n + a.scenarios.filter((s) => s.kind !== 'benign').length, 0);
  const benignScenarios = apps.reduce((n, a) => n + a.scenarios.length, 0) - attacks;
  const onePass = attacks + (benignScenarios > 0 ? Math.max(benignScenarios, attacks * 2) : 0);
  const sessions = fast ? count(values.fast, 'fast') : values.sessions ? count(values.sessions, 'sessions') : onePass;
  const brain = values.scripted ? undefined : openAiBrainFromEnv();

  const log = (line: string) => process.stdout.write(line + '\n');
  const target = await resolveTarget(APPS, process.env, log);
  if (target.sentinel) {
    log(`\nDashboard: ${target.sentinel.dashboard}`);
    if (!target.sentinel.policyLoaded) log('Note: this Sentinel runs without a policy; start it with --policy examples/<app>/policy.yaml to see unauthorized_tool and off_topology alerts.');
  } else log(`Sending to ${target.httpBase ?? 'the OTLP/gRPC endpoint in OTEL_EXPORTER_OTLP_ENDPOINT'}`);
  log(`Agents' model: ${brain ? `${brain.model} (OpenAI-compatible endpoint)` : 'scripted policies (offline, deterministic)'}; ${sessions} sessions${fast ? ' as fast as possible' : ' at a human pace'}.\n`);

  let stop = false;
  const onInterrupt = () => {
    stop = true;
    log('\nStopping after the current session…');
  };
  process.once('SIGINT', onInterrupt);
  const seed = values.seed !== undefined ? count(values.seed, 'seed') : Math.floor(Math.random() * 1e9);
  await runStream({ apps, target, brain, sessions, fast, concurrency: values.concurrency ? count(values.concurrency, 'concurrency') : 8, benignOnly: values.benign ?? false, seed, log, stopped: () => stop });
  process.off('SIGINT', onInterrupt);
  log(`(seed ${seed})`);
  if (target.started && !stop) {
    log(`\nSentinel keeps running at ${target.sentinel!.dashboard} — press Ctrl-C to stop it.`);
    await new Promise<void>((r) => process.once('SIGINT', () => r()));
  }
  await target.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
