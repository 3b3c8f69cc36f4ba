import { describe, expect, it } from 'vitest';
import { ValidationError } from '@sentinel/graph';
import { parsePolicy } from './load-policy.ts';
import { PolicyError } from './policy-error.ts';
import { resolvePolicy } from './resolve-policy.ts';

const BAD: Array<[string, string, RegExp]> = [
  ['agent tool list item is not a string', 'apps:\n  mail:\n    agents:\n      responder:\n        tools: [read_inbox, send_email, 3]', /apps\.mail\.agents\.responder\.tools\[2\]: .*expected string/],
  ['defaultToolAccess typo', 'defaultToolAccess: maybe', /defaultToolAccess: .*"allow"\|"deny"/],
  ['unknown key at the top', 'agentz: {}', /agentz: unknown key "agentz"/],
  ['unknown tool field', 'tools:\n  send_email: { sinks: true }', /tools\.send_email\.sinks: unknown key/],
  ['negative limit', 'limits:\n  maxIdenticalCalls: -1', /limits\.maxIdenticalCalls: .*expected number to be >0/],
  ['unknown rule id', 'rules:\n  no_such_rule: { enabled: false }', /rules\.no_such_rule/],
  ['bad severity', 'rules:\n  loop: { severity: severe }', /rules\.loop\.severity/],
  ['broken YAML', 'agents: [unclosed', /line \d+, column \d+: expected valid YAML or JSON/],
  ['wrong version', 'version: 2', /version: /],
];

describe('parsePolicy', () => {
  it.each(BAD)('rejects a bad file (%s) naming file, path and expectation', (_name, text, expected) => {
    let err: unknown;
    try {
      parsePolicy(text, 'policy.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as PolicyError).message).toMatch(/^parsePolicy: invalid policy/);
    expect((err as PolicyError).message).toContain('policy.yaml: ');
    expect((err as PolicyError).message).toMatch(expected);
  });

  it('reads JSON as well as YAML', () => {
    const p = parsePolicy('{"defaultToolAccess":"deny","agents":{"a":{"tools":["x"]}}}', 'p.json');
    expect(p.defaultToolAccess).toBe('deny');
  });

  it('lets an app section override global defaults field by field without losing the rest', () => {
    const p = parsePolicy(
      'defaultToolAccess: deny\nlimits: { maxIdenticalCalls: 3, maxDelegationDepth: 2 }\ntools:\n  fetch: { source: untrusted }\napps:\n  mail:\n    limits: { maxIdenticalCalls: 9 }\n    tools:\n      send_email: { sink: true, external: true }',
      'p.yaml',
    );
    const eff = resolvePolicy(p, 'mail');
    expect(eff.limits.maxIdenticalCalls).toBe(9);
    expect(eff.limits.maxDelegationDepth).toBe(2);
    expect(eff.defaultToolAccess).toBe('deny');
    expect(eff.classifyTool('fetch').source).toBe(true);
    expect(eff.classifyTool('send_email')).toMatchObject({ sink: true, external: true, inferred: false });
    expect(resolvePolicy(p, 'other').limits.maxIdenticalCalls).toBe(3);
  });

  it('infers sinks from split tool names when nothing is declared, and says so', () => {
    const eff = resolvePolicy(undefined, 'x');
    for (const name of ['send_money', 'sendMoney', 'update-password', 'delete_file', 'post_webpage']) expect(eff.classifyTool(name).sink, name).toBe(true);
    for (const name of ['get_balance', 'read_inbox', 'search_emails', 'get_sent_emails']) expect(eff.classifyTool(name).sink, name).toBe(false);
    expect(eff.classifyTool('read_inbox')).toMatchObject({ source: true, inferred: true });
  });
});
