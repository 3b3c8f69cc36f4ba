// Policy editing from the API (admin): validate, write the file atomically, apply at once.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { parsePolicy, type Policy } from '@sentinel/rules';
import { ConflictError } from './errors.ts';

export interface PolicyDocument {
  /** The file the server watches, when there is one. */
  path?: string;
  /** Whether PUT /api/policy can replace it: one policy file (not a directory, not absent). */
  editable: boolean;
  reason?: string;
  text?: string;
}

export interface PolicyEditor {
  read(): PolicyDocument;
  /** Validates `text` (PolicyError → 400 naming file, path and expectation), writes it, applies it. */
  replace(text: string): Policy;
}

/** `reload` applies the file just written through the same path as a change seen on disk (policy-watcher.ts). */
export function createPolicyEditor(path: string | undefined, reload: () => Policy): PolicyEditor {
  const why = (): string | undefined => {
    if (!path) return 'the server runs on inferred defaults: start it with --policy FILE to edit a policy here';
    if (statSync(path).isDirectory()) return `the policy is a directory (${path}): edit its files`;
    return undefined;
  };
  return {
    read() {
      const reason = why();
      if (!path) return { editable: false, reason };
      return { path, editable: !reason, ...(reason ? { reason } : { text: readFileSync(path, 'utf8') }) };
    },
    replace(text) {
      const reason = why();
      if (reason || !path) throw new ConflictError(`the policy cannot be edited here: ${reason}`);
      // Validated before the file is touched: an invalid policy never reaches the disk.
      parsePolicy(text, path);
      // Write-then-rename: the watcher (and a crash) never sees a half-written file.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, text);
      renameSync(tmp, path);
      return reload();
    },
  };
}
