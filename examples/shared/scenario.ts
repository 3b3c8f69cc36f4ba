// What an example app and its scenarios are, and how one session of a scenario runs.
import type { HrTime, Tracer } from '@opentelemetry/api';
import type { FindingCategory } from '@sentinel/graph';
import { withSession } from '@sentinel/instrument';
import { scriptedBrain, type Brain, type Scripts } from './brain.ts';
import { createRng, type Rng } from './rng.ts';
import { Team, type AgentDef, type ToolImpl } from './team.ts';

/** One session's world: the user's request, the tools bound to fresh data, and how the scripted model behaves. */
export interface SessionSetup {
  task: string;
  tools: Record<string, ToolImpl>;
  scripts: Scripts;
}

export interface Scenario {
  id: string;
  /** benign: no alert of severity high or above; attack: an adversary's content; fault: the agents malfunction on their own. */
  kind: 'benign' | 'attack' | 'fault';
  title: string;
  /** Categories Sentinel should raise for this session (none for benign ones). */
  expect: readonly FindingCategory[];
  /** How many phrasings of the attack there are (default 1); `setup` gets one of them. */
  variants?: number;
  /** Builds the session from a seed: same seed, same session; other seeds vary content and structure. */
  setup(rng: Rng, variant: number): SessionSetup;
}

export interface ExampleApp {
  /** `service.name`, also the app's key in its policy file. */
  serviceName: string;
  /** Absolute path of the app's policy file. */
  policyFile: string;
  /** The agent the user talks to. */
  entry: string;
  agents: Record<string, AgentDef>;
  scenarios: readonly Scenario[];
}

export interface RunOptions {
  seed: number;
  /** Which phrasing of the attack (default: from the seed). */
  variant?: number;
  sessionId: string;
  /** A real model; default the scenario's scripted policy. */
  brain?: Brain;
  /** The app's tracer when several apps share a process (see register({ global: false })). */
  tracer?: Tracer;
  pace?: () => Promise<void>;
  /** The session's time source (see withSession): the load generator's simulated latency. */
  clock?: () => HrTime;
}

/** Runs one session of `scenario`; resolves with the entry agent's answer. */
export function runScenario(app: ExampleApp, scenario: Scenario, opts: RunOptions): Promise<string> {
  const setup = scenario.setup(createRng(opts.seed), (opts.variant ?? opts.seed) % (scenario.variants ?? 1));
  const brain = opts.brain ?? scriptedBrain(setup.scripts);
  const team = new Team({ agents: app.agents, tools: setup.tools, brain, pace: opts.pace });
  return withSession(opts.sessionId, () => team.run(app.entry, setup.task), { tracer: opts.tracer, clock: opts.clock });
}
