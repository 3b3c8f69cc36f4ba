// `sentinel policy check FILE`: validates a policy file, prints every problem, exits non-zero when there is one.
import { ValidationError } from '@sentinel/graph';
import { PolicyError, loadPolicyPath } from '@sentinel/rules';

export async function policyCommand(args: string[]): Promise<number> {
  const [sub, file, ...rest] = args;
  if (sub !== 'check' || !file || rest.length > 0) throw new ValidationError('policy: usage: sentinel policy check <file>');
  try {
    const policy = loadPolicyPath(file);
    const apps = Object.keys(policy.apps ?? {});
    process.stdout.write(`${file}: valid policy` + (apps.length ? ` (apps: ${apps.join(', ')})` : '') + '\n');
    return 0;
  } catch (err) {
    if (!(err instanceof PolicyError)) throw err;
    process.stderr.write(`${file}: ${err.issues.length} problem${err.issues.length === 1 ? '' : 's'}\n`);
    for (const i of err.issues) process.stderr.write(`  ${i.file}: ${i.path || '(document)'}: ${i.message}\n`);
    return 1;
  }
}
