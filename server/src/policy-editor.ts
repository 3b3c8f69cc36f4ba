// Policy editing from the API (admin): validate, write the file atomically, apply at once; reading shows the policy in force.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { parsePolicy, type Policy } from '@sentinel/rules';
import { ConflictError } from './errors.ts';
import type { PolicyWatcher } from './policy-watcher.ts';

export interface PolicyDocument {
  /** The file the server watches, when there is one. */
  path?: string;
  /** Whether PUT /api/policy can replace it: one policy file (not a directory, not absent). */
  editable: boolean;
  reason?: string;
  /** The text of the policy in force: after a rejected edit on disk, still the version that runs. */
  text?: string;
  /** The file on disk was changed and rejected (the policy in force stays): its text (when there is one file to read) and why. */
  rejected?: { text?: string; error: string };
}

export interface PolicyEditor {
  read(): PolicyDocument;
  /** Validates `text` (PolicyError → 400 naming file, path and expectation), writes it, applies it. */
  replace(text: string): Policy;
}

/** `watcher.reload` applies the file just written through the same path as a change seen on disk (policy-watcher.ts). */
export function createPolicyEditor(path: string | undefined, watcher: Pick<PolicyWatcher, 'state' | 'reload'>): PolicyEditor {
  const why = (): string | undefined => {
    if (!path) return 'the server runs on inferred defaults: start it with --policy FILE to edit a policy here';
    // A removed file is still the server's file: PUT writes it back.
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return `the policy is a directory (${path}): edit its files`;
    return undefined;
  };
  /** The rejected version on disk, for the person who has to fix it; gone when the file was removed. */
  const onDisk = (): string | undefined => {
    try {
      return readFileSync(path!, 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    read() {
      const reason = why();
      if (!path) return { editable: false, reason };
      const { text, lastError } = watcher.state;
      const diskText = lastError && !reason ? onDisk() : undefined;
      const rejected = lastError ? { ...(diskText !== undefined && { text: diskText }), error: lastError } : undefined;
      return { path, editable: !reason, ...(reason ? { reason } : { text }), ...(rejected && { rejected }) };
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
      return watcher.reload();
    },
  };
}
