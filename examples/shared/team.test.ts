// The agent runtime: delegation nests agents, messages reach the recipient's next turn, runaway recursion stops, tool errors reach the model.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { register, withSession } from '@sentinel/instrument';
import { call, delegate, message, say, scriptedBrain, type Scripts } from './brain.ts';
import { MAX_DELEGATION_DEPTH, Team, type AgentDef } from './team.ts';

const exporter = new InMemorySpanExporter();
const otel = register({ serviceName: 'team-test', exporter, global: false, instrumentations: false });
afterAll(() => otel.shutdown());
beforeEach(() => exporter.reset());

const agent: AgentDef = { system: 'test agent', tools: [] };
const agents = { boss: agent, a: agent, b: agent };

async function run(scripts: Scripts, tools = {}): Promise<{ answer: string; names: string[] }> {
  const team = new Team({ agents, tools, brain: scriptedBrain(scripts) });
  const answer = await withSession('t', () => team.run('boss', 'go'), { tracer: otel.tracer });
  await otel.forceFlush();
  return { answer, names: exporter.getFinishedSpans().map((s) => s.name) };
}

describe('Team', () => {
  it('nests a delegated agent under the delegating one and returns its answer as the tool result', async () => {
    const { answer } = await run({
      boss: (c) => (c.delegations('a').length === 0 ? delegate('a', 'do it') : say(`a said: ${c.answerFrom('a')}`)),
      a: () => say('done'),
    });
    expect(answer).toBe('a said: done');
    const a = exporter.getFinishedSpans().find((s) => s.name === 'a')!;
    expect(a.attributes[OI.GRAPH_NODE_PARENT_ID]).toBe('boss');
  });

  it("delivers a message at the recipient's next turn and records a message span", async () => {
    const { answer, names } = await run({
      boss: (c) => (c.delegations('a').length === 0 ? delegate('a', 'post') : c.delegations('b').length === 0 ? delegate('b', 'read') : say(c.answerFrom('b') ?? '')),
      a: (c) => (c.turns === 0 ? message('b', 'hello b') : say('posted')),
      b: (c) => say(c.saw('Message from a: hello b') ? 'got it' : 'nothing'),
    });
    expect(answer).toBe('got it');
    expect(names).toContain('message a -> b');
  });

  it('stops a delegation loop at the depth limit instead of recursing forever', async () => {
    const { names } = await run({
      boss: (c) => (c.turns === 0 ? delegate('a', 'ping') : say('end')),
      a: (c) => (c.turns === 0 ? delegate('b', 'ping') : say('a done')),
      b: (c) => (c.turns === 0 ? delegate('a', 'ping') : say('b done')),
    });
    expect(names.filter((n) => n === 'a' || n === 'b')).toHaveLength(MAX_DELEGATION_DEPTH);
  });

  it('gives the model the error of a failing or unknown tool, as a real tool runtime does', async () => {
    const seen: string[] = [];
    await run(
      {
        boss: (c) => {
          if (c.turns === 0) return call(['flaky', {}], ['nope', {}]);
          seen.push(c.result('flaky') ?? '', c.result('nope') ?? '');
          return say('ok');
        },
      },
      { flaky: () => Promise.reject(new Error('timeout')) },
    );
    expect(seen).toEqual(['error: timeout', 'error: unknown tool "nope"']);
  });
});
