// Reads a policy document (YAML or JSON) and validates it; the only file access in this package.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { PolicyError, type PolicyIssue } from './policy-error.ts';
import { toIssues } from './policy-issues.ts';
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
      // prettyErrors appends " at line L, column C:" and a code excerpt; the path already says where, so keep one whole sentence.
      message: `expected valid YAML or JSON: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    throw new PolicyError(issues, 'parsePolicy');
  }
  if (doc.contents === null) {
    // An empty file is a mistake, never "no rules": a truncated save or `: > policy.yaml` must not silently drop every rule.
    const what = text.trim() === '' ? 'the file is empty' : 'the file is empty (only comments)';
    const message = `${what}: a policy needs at least one setting, e.g. \`defaultToolAccess: deny\`, \`agents:\`, \`tools:\` or \`apps:\``;
    throw new PolicyError([{ file: fileName, path: '', message }], 'parsePolicy');
  }
  let data: unknown;
  try {
    // toJS resolves aliases; an alias to a missing anchor (or an alias bomb past maxAliasCount) throws here.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new PolicyError([{ file: fileName, path: '', message: `expected valid YAML: ${(err as Error).message}` }], 'parsePolicy');
  }
  const parsed = policySchema.safeParse(data);
  if (!parsed.success) throw new PolicyError(parsed.error.issues.flatMap((i) => toIssues(fileName, i)), 'parsePolicy');
  return parsed.data;
}

/** Whether a directory entry is a policy file: `.yaml`, `.yml` or `.json`, in any case (`POL.YAML` too). */
export function isPolicyFileName(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}

/** Reads and validates a policy file. Throws `PolicyError` (also when the file cannot be read). */
export function loadPolicyFile(path: string): Policy {
  return readPolicyFile(path).policy;
}

/** As `loadPolicyFile`, with the text the policy was read from (what a server shows as the policy in force). */
export function readPolicyFile(path: string): { policy: Policy; text: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PolicyError([{ file: path, path: '', message: `expected a readable file: ${(err as Error).message}` }], 'loadPolicyFile');
  }
  return { policy: parsePolicy(text, path), text };
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
  const files = readdirSync(path).filter(isPolicyFileName).sort();
  if (files.length === 0) throw new PolicyError([{ file: path, path: '', message: 'expected at least one .yaml, .yml or .json policy file in the directory' }], 'loadPolicyPath');
  const merged: Policy = { apps: {} };
  const issues: PolicyIssue[] = [];
  let globalFrom: string | undefined;
  const appFrom = new Map<string, string>();
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
      const first = appFrom.get(app);
      if (first) issues.push({ file, path: `apps.${app}`, message: `expected each app to be declared in one file only; ${first} declares it too` });
      else {
        appFrom.set(app, file);
        merged.apps![app] = section;
      }
    }
  }
  if (issues.length > 0) throw new PolicyError(issues, 'loadPolicyPath');
  return merged;
}
