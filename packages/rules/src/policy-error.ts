// The typed error for an invalid policy file: every problem with its file, path and expectation.
import { ValidationError } from '@sentinel/graph';

/** One problem in a policy document. `path` is dotted with [i] indexes, e.g. `apps.mail.agents.responder.tools[2]`. */
export interface PolicyIssue {
  file: string;
  path: string;
  message: string;
}

/** Thrown by `parsePolicy` / `loadPolicyFile`; `issues` lists every problem found, the message shows them all. */
export class PolicyError extends ValidationError {
  override readonly code: string = 'policy_error';
  constructor(
    readonly issues: PolicyIssue[],
    fn: string,
  ) {
    super(`${fn}: invalid policy:\n` + issues.map((i) => `  ${i.file}: ${i.path || '(document)'}: ${i.message}`).join('\n'));
  }
}
