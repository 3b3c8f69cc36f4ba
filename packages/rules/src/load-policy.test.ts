import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@sentinel/graph';
import { loadPolicyPath, parsePolicy } from './load-policy.ts';
import { PolicyError } from './policy-error.ts';
import { resolvePolicy } from './resolve-policy.ts';

const BAD: Array<[string, string, RegExp]> = [
  ['agent tool list item is not a string', 'apps:\n  mail:\n    agents:\n      responder:\n        tools: [read_inbox, send_email, 3]', /apps\.mail\.agents\.responder\.tools\[2\]: .*expected string/],
  ['defaultToolAccess typo', 'defaultToolAccess: maybe', /defaultToolAccess: .*"allow"\|"deny"/],
  ['unknown key at the top', 'agentz: {}', /agentz: unknown key "agentz"/],
  ['unknown tool field', 'tools:\n  send_email: { sinks: true }', /tools\.send_email\.sinks: unknown key/],
  ['negative limit', 'limits:\n  maxIdenticalCalls: -1', /limits\.maxIdenticalCalls: .*expected number to be >0/],
  ['unknown rule id', 'rules:\n  no_such_rule: { enabled: false }', /rules\.no_such_rule/],
  ['misspelt rule id', 'rules:\n  lop: {}', /rules\.lop: unknown key "lop", did you mean "loop"\? \(expected one of: unauthorized_tool, .*, limits\)/],
  ['bad severity', 'rules:\n  loop: { severity: severe }', /rules\.loop\.severity/],
  ['broken YAML', 'agents: [unclosed', /line \d+, column \d+: expected valid YAML or JSON/],
  ['wrong version', 'version: 2', /version: /],
  ['an empty file (a truncated save) is not "no rules"', '', /\(document\): the file is empty: a policy needs at least one setting/],
  ['a blank file', '  \n\n', /\(document\): the file is empty: /],
  ['a file of comments only', '# the policy\n# TODO\n', /\(document\): the file is empty \(only comments\): a policy needs at least/],
  ['tools given as one name, not a list', 'apps:\n  app1:\n    agents:\n      a: { tools: read_inbox }', /apps\.app1\.agents\.a\.tools: expected "\*" or a list of tool names, got a string \("read_inbox"\)/],
  ['talksTo given as a mapping', 'agents:\n  a: { talksTo: { b: 1 } }', /agents\.a\.talksTo: expected "\*" or a list of agent names, got a mapping/],
  ['source given as a number', 'tools:\n  fetch: { source: 1 }', /tools\.fetch\.source: expected true, false or "untrusted", got a number \(1\)/],
  ['typo "tool" for "tools"', 'agents:\n  a: { tool: [read_inbox] }', /agents\.a\.tool: unknown key "tool", did you mean "tools"\? \(expected one of: tools, talksTo, description\)/],
  ['typo in an app section', 'apps:\n  mail:\n    limts: {}', /apps\.mail\.limts: unknown key "limts", did you mean "limits"\? \(expected one of: defaultToolAccess, undeclaredAgents, agents, tools, limits, rules\)/],
  ['two unknown keys, each named with its own suggestion', 'agents:\n  a: { tool: [], talkTo: [] }', /agents\.a\.tool: unknown key "tool", did you mean "tools"\?[^]*agents\.a\.talkTo: unknown key "talkTo", did you mean "talksTo"\?/],
  ['unknown key with nothing close', 'limits:\n  banana: 1', /limits\.banana: unknown key "banana" \(expected one of: maxIdenticalCalls, /],
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

  it('reports a YAML syntax error as one whole line with line and column, not cut off at a colon', () => {
    const text = 'version: 1\nagents:\n  a:\n    tools: [read_inbox,\n      send_email\n  b: {}\n';
    const err = (() => {
      try {
        parsePolicy(text, 'p.yaml');
      } catch (e) {
        return e as PolicyError;
      }
    })();
    expect(err).toBeInstanceOf(PolicyError);
    for (const i of err!.issues) {
      expect(i.path).toMatch(/^line \d+, column \d+$/);
      expect(i.message).toMatch(/^expected valid YAML or JSON: /);
      expect(i.message).not.toMatch(/:$|\n| at line /);
    }
    expect(err!.message.split('\n').slice(1).every((l) => l.startsWith('  p.yaml: line '))).toBe(true);
  });

  it('accepts an explicit empty mapping: `{}` says "no settings" on purpose, unlike an empty file', () => {
    expect(parsePolicy('{}', 'p.json')).toEqual({});
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

describe('loadPolicyPath on a directory', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'sentinel-policy-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const issuesOf = (path: string) => {
    try {
      loadPolicyPath(path);
    } catch (e) {
      return (e as PolicyError).issues;
    }
    throw new Error('expected a PolicyError');
  };

  it('reads files with upper-case extensions (POL.YAML, x.Json) instead of skipping them', () => {
    const p = loadPolicyPath(write({ 'POL.YAML': 'apps:\n  mail: { defaultToolAccess: deny }\n', 'other.Json': '{"apps":{"bank":{}}}', 'notes.txt': 'x' }));
    expect(Object.keys(p.apps ?? {}).sort()).toEqual(['bank', 'mail']);
  });

  it('names both files when two declare the same app', () => {
    write({ 'a.yaml': 'apps:\n  mail: {}\n', 'b.yaml': 'apps:\n  mail: {}\n' });
    expect(issuesOf(dir)).toEqual([{ file: join(dir, 'b.yaml'), path: 'apps.mail', message: `expected each app to be declared in one file only; ${join(dir, 'a.yaml')} declares it too` }]);
  });

  it('rejects an empty file in the directory, naming it', () => {
    write({ 'a.yaml': 'apps:\n  mail: {}\n', 'b.yaml': '' });
    expect(issuesOf(dir)).toEqual([expect.objectContaining({ file: join(dir, 'b.yaml'), message: expect.stringMatching(/^the file is empty: /) })]);
  });
});
