// `sentinel policy check FILE|DIR`: validates a policy, prints every problem, exits non-zero when there is one.
import { ValidationError } from '@sentinel/graph';
import { PolicyError, loadPolicyPath } from '@sentinel/rules';

export async function policyCommand(args: string[]): Promise<number> {
  const [sub, file, ...rest] = args;
  // main() prefixes "sentinel policy: "; --help never gets here (main prints the usage).
  if (sub !== 'check' || !file || rest.length > 0) throw new ValidationError('usage: sentinel policy check <file|dir>');
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
