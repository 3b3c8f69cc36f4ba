// Loads the policy at start and reloads it when the file changes; an invalid new file is logged and the old policy stays.
import { readdirSync, statSync, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import { PolicyError, loadPolicyPath, type Policy } from '@sentinel/rules';
import type { Logger } from './log.ts';

/** stat() polling interval: editors replace files (rename), which fs.watch loses; polling a small file is cheap. */
const POLL_MS = 1_000;

export interface PolicyState {
  policy: Policy | undefined;
  path?: string;
  loadedAt?: string;
  /** The last reload that failed, kept for the health endpoint. */
  lastError?: string;
}

/**
 * Loads `path` (throws PolicyError at start: a server must not run on a policy it cannot read),
 * then watches it and calls `onChange` with each valid new version.
 */
export interface PolicyWatcher {
  state: PolicyState;
  /** Loads the file now (after the API wrote it), as a change seen by polling would. Throws PolicyError. */
  reload(): Policy;
  close(): void;
}

export function watchPolicy(path: string | undefined, log: Logger, onChange: (p: Policy) => void): PolicyWatcher {
  const state: PolicyState = { policy: undefined };
  if (!path) return { state, reload: () => { throw new Error('watchPolicy: no policy path'); }, close: () => undefined };
  state.policy = loadPolicyPath(path);
  state.path = path;
  state.loadedAt = new Date().toISOString();
  const isDir = statSync(path).isDirectory();
  /** mtime of the policy file last loaded: a poll that sees it again (after reload()) has nothing new. */
  let loadedMtimeMs = statSync(path).mtimeMs;
  const reload = (): Policy => {
    const mtimeMs = statSync(path).mtimeMs;
    const next = loadPolicyPath(path);
    state.policy = next;
    state.loadedAt = new Date().toISOString();
    state.lastError = undefined;
    loadedMtimeMs = mtimeMs;
    onChange(next);
    log.info(`policy reloaded from ${path}`);
    return next;
  };
  const listener = (curr: { mtimeMs: number }, prev: { mtimeMs: number }) => {
    if (curr.mtimeMs === prev.mtimeMs || (!isDir && curr.mtimeMs === loadedMtimeMs)) return;
    try {
      reload();
    } catch (err) {
      state.lastError = err instanceof PolicyError ? err.message : String(err);
      log.error(`policy reload rejected, keeping the previous policy: ${state.lastError}`);
    }
  };
  // A policy directory: watch it (files added or removed) and every file in it (edits).
  const watched = isDir ? [path, ...readdirSync(path).map((f) => join(path, f))] : [path];
  for (const p of watched) watchFile(p, { interval: POLL_MS, persistent: false }, listener);
  return { state, reload, close: () => watched.forEach((p) => unwatchFile(p, listener)) };
}
