// Reads a policy document (YAML or JSON) and validates it; the only file access in this package.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { PolicyError, type PolicyIssue } from './policy-error.ts';
import { policySchema, type Policy } from './policy-schema.ts';

/** A policy file is hand-written config: anything bigger is a mistake (or an attack on the loader). */
export const MAX_POLICY_BYTES = 1_000_000;

/**
 * Parses and validates a policy from text. JSON is a subset of YAML, so one parser reads both.
 * Throws `PolicyError` listing every issue with the file name and the path in the document.
 *
 * @example
 * const policy = parsePolicy('defaultToolAccess: deny\nagents:\n  a: { tools: [read_inbox] }', 'policy.yaml');
 */
export function parsePolicy(text: string, fileName = '<policy>'): Policy {
  if (text.length > MAX_POLICY_BYTES) {
    throw new PolicyError([{ file: fileName, path: '', message: `expected at most ${MAX_POLICY_BYTES} bytes, got ${text.length}` }], 'parsePolicy');
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => ({
      file: fileName,
      path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
      message: `expected valid YAML or JSON: ${e.message.split('\n')[0]}`,
    }));
    throw new PolicyError(issues, 'parsePolicy');
  }
  let data: unknown;
  try {
    // toJS resolves aliases; an alias to a missing anchor (or an alias bomb past maxAliasCount) throws here.
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    throw new PolicyError([{ file: fileName, path: '', message: `expected valid YAML: ${(err as Error).message}` }], 'parsePolicy');
  }
  const parsed = policySchema.safeParse(data);
  if (!parsed.success) throw new PolicyError(parsed.error.issues.map((i) => toIssue(fileName, i, [])), 'parsePolicy');
  return parsed.data;
}

/** Reads and validates a policy file. Throws `PolicyError` (also when the file cannot be read). */
export function loadPolicyFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PolicyError([{ file: path, path: '', message: `expected a readable file: ${(err as Error).message}` }], 'loadPolicyFile');
  }
  return parsePolicy(text, path);
}

/**
 * Reads a policy file, or a directory of them (`*.yaml`, `*.yml`, `*.json`, merged: each file
 * contributes its `apps` sections; at most one file may set global defaults, and an app may be
 * declared once). Throws `PolicyError` listing every problem.
 */
export function loadPolicyPath(path: string): Policy {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch (err) {
    throw new PolicyError([{ file: path, path: '', message: `expected a readable file or directory: ${(err as Error).message}` }], 'loadPolicyPath');
  }
  if (!isDir) return loadPolicyFile(path);
  const files = readdirSync(path).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  if (files.length === 0) throw new PolicyError([{ file: path, path: '', message: 'expected at least one .yaml, .yml or .json policy file in the directory' }], 'loadPolicyPath');
  const merged: Policy = { apps: {} };
  const issues: PolicyIssue[] = [];
  let globalFrom: string | undefined;
  for (const f of files) {
    const file = join(path, f);
    let p: Policy;
    try {
      p = loadPolicyFile(file);
    } catch (err) {
      if (err instanceof PolicyError) issues.push(...err.issues);
      else throw err;
      continue;
    }
    const { apps, version: _v, description: _d, ...global } = p;
    if (Object.keys(global).length > 0) {
      if (globalFrom) issues.push({ file, path: '', message: `expected global defaults in one file only; ${globalFrom} already sets them` });
      else {
        globalFrom = file;
        Object.assign(merged, global);
      }
    }
    for (const [app, section] of Object.entries(apps ?? {})) {
      if (merged.apps![app]) issues.push({ file, path: `apps.${app}`, message: 'expected each app to be declared in one file only' });
      else merged.apps![app] = section;
    }
  }
  if (issues.length > 0) throw new PolicyError(issues, 'loadPolicyPath');
  return merged;
}

/** Formats a zod issue path as `apps.mail.agents.responder.tools[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function toIssue(file: string, issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): PolicyIssue {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // "Invalid input" says nothing: report the alternative that got furthest (deepest path), e.g. the list item that is wrong.
    const best = issue.errors.flat().reduce((a, b) => (b.path.length > a.path.length ? b : a));
    if (best.path.length > 0) return toIssue(file, best, [...prefix, ...issue.path]);
  }
  let path = formatPath([...prefix, ...issue.path]);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    // Point at the key itself: the usual cause is a typo.
    const keys = issue.keys;
    path = keys.length === 1 ? formatPath([...prefix, ...issue.path, keys[0]]) : path;
    message = `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} (expected one of the documented fields)`;
  }
  return { file, path, message };
}
