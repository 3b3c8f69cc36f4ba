// What a trace does not say about the run: the framework's wrapper it starts with is no agent of the app's design
// (AgentSpan.entryPoint), and a trace that records no prompt does not show what the user did not ask for.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './load-policy.ts';
import { SessionBuilder, byRule, runRaw } from './testing/session-builder.ts';

describe('the wrapper a trace starts with (an OpenLLMetry workflow)', () => {
  const policy = parsePolicy('undeclaredAgents: deny\nagents:\n  triage: { talksTo: [billing] }\n  billing: { talksTo: [] }\nlimits: { maxDelegationDepth: 1 }\n', 'p.yaml');
  const run = (agents: string[]) => {
    const b = new SessionBuilder('wf', 'support-app');
    const wf = b.custom('Agent workflow.workflow', undefined, { 'traceloop.span.kind': 'workflow', 'traceloop.entity.name': 'Agent workflow', 'traceloop.entity.input': '{"args": ["I was charged twice"], "kwargs": {}}' }, true);
    let parent = wf;
    for (const a of agents) parent = b.custom(`${a}.agent`, parent, { 'traceloop.span.kind': 'agent', 'traceloop.entity.name': a }, true);
    return runRaw(b.spans, policy);
  };

  it('is not an undeclared agent, and the agents it runs start at depth 0', () => {
    expect(run(['triage', 'billing']).map((f) => `${f.category}/${f.severity}`)).toEqual([]);
  });

  it('still lets an undeclared agent and a delegation past the depth limit be seen under it', () => {
    expect(byRule(run(['triage', 'refunds']), 'off_topology').map((f) => f.title)).toEqual(expect.arrayContaining(['Undeclared agent refunds']));
    expect(byRule(run(['triage', 'billing', 'billing_helper']), 'limits').map((f) => f.title)).toEqual(['Delegation deeper than 1']);
  });
});

describe('a trace that records no prompt', () => {
  const run = (request: string | undefined) => {
    const b = new SessionBuilder('np', 'mail-app');
    const root = b.agent('assistant', request ?? '');
    if (request === undefined) delete root.attributes['input.value'];
    b.tool(root, 'read_ticket', { id: 'T-7' }, 'Customer: Dana Reyes <dana.reyes@outlook.com>\nMy parcel never arrived.');
    b.tool(root, 'send_email', { to: 'dana.reyes@outlook.com', subject: 'Your parcel', body: 'We are looking into it.' });
    return byRule(runRaw(b.spans), 'injection_propagation').map((f) => [f.severity, f.explanation.includes('does not show what the user asked')]);
  };

  it('notes a value from content carried into an unasked send at medium, where it says high when the request is known', () => {
    expect(run(undefined)).toEqual([['medium', true]]);
    expect(run('Check ticket T-7 and tell me what it says.')).toEqual([['high', false]]);
  });
});
