// Loads the policy at start and reloads it on change (one file, or the files of a directory); an invalid or removed version is logged, the old policy stays.
import { existsSync, readdirSync, statSync, unwatchFile, watchFile, type Stats } from 'node:fs';
import { join } from 'node:path';
import { PolicyError, isPolicyFileName, loadPolicyPath, readPolicyFile, type Policy } from '@sentinel/rules';
import type { Logger } from './log.ts';

/** stat() polling interval: editors replace files (rename), which fs.watch loses; polling a small file is cheap. */
const POLL_MS = 1_000;

export interface PolicyState {
  policy: Policy | undefined;
  path?: string;
  loadedAt?: string;
  /** The text of the policy in force, when it is one file (what GET /api/policy shows, not what is on disk now). */
  text?: string;
  /** Why the last reload failed (the policy in force stays), for health and GET /api/policy; cleared by the next good one. */
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

/** What tells two versions of a file apart: size too, as a save may land within the mtime's granularity (truncate, then write). */
const stamp = (s: Pick<Stats, 'mtimeMs' | 'size'> | undefined) => (s ? `${s.mtimeMs}:${s.size}` : 'missing');

export function watchPolicy(path: string | undefined, log: Logger, onChange: (p: Policy) => void): PolicyWatcher {
  const state: PolicyState = { policy: undefined };
  if (!path) return { state, reload: () => { throw new Error('watchPolicy: no policy path'); }, close: () => undefined };
  // A missing path is a PolicyError from the loader, not a raw ENOENT from stat.
  const isDir = statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  const read = () => (isDir ? { policy: loadPolicyPath(path), text: undefined } : readPolicyFile(path));
  /** Stamp of the file last loaded: a poll that sees it again (after reload() from the API) has nothing new. */
  let loadedStamp = stamp(statSync(path, { throwIfNoEntry: false }));
  const first = read();
  Object.assign(state, { path, policy: first.policy, text: first.text, loadedAt: new Date().toISOString() });

  const reload = (): Policy => {
    const before = stamp(statSync(path, { throwIfNoEntry: false }));
    const next = read();
    Object.assign(state, { policy: next.policy, text: next.text, loadedAt: new Date().toISOString(), lastError: undefined });
    loadedStamp = before;
    onChange(next.policy);
    log.info(`policy reloaded from ${path}`);
    return next.policy;
  };
  const tryReload = () => {
    if (!existsSync(path)) {
      // Not a parse error: say what happened and which version still runs (a rename-save may also land here; the next poll reloads).
      state.lastError = `policy ${isDir ? 'directory' : 'file'} ${path} was removed; keeping the policy loaded at ${state.loadedAt}`;
      log.error(state.lastError);
      return;
    }
    try {
      reload();
    } catch (err) {
      state.lastError = err instanceof PolicyError ? err.message : String(err);
      log.error(`policy reload rejected, keeping the previous policy: ${state.lastError}`);
    }
  };

  // A policy directory: the directory itself (files added or removed) and each policy file in it (edits), kept in step with its listing.
  const files = new Set<string>();
  const onFile = (curr: Stats, prev: Stats) => {
    if (stamp(curr) === stamp(prev)) return;
    if (!isDir && stamp(curr) === loadedStamp) return;
    // A file removed from a directory changes the directory too: reload once, from its listener.
    if (isDir && curr.mtimeMs === 0) return;
    tryReload();
  };
  const syncFiles = () => {
    let now: string[] = [];
    try {
      now = readdirSync(path).filter(isPolicyFileName).map((f) => join(path, f));
    } catch {
      // The directory is gone: tryReload says so; nothing is left to watch in it.
    }
    for (const f of now) if (!files.has(f)) watchFile(f, { interval: POLL_MS, persistent: false }, onFile);
    for (const f of files) if (!now.includes(f)) unwatchFile(f, onFile);
    files.clear();
    now.forEach((f) => files.add(f));
  };
  const onDir = (curr: Stats, prev: Stats) => {
    if (curr.mtimeMs === prev.mtimeMs) return;
    syncFiles();
    tryReload();
  };
  watchFile(path, { interval: POLL_MS, persistent: false }, isDir ? onDir : onFile);
  if (isDir) syncFiles();
  return {
    state,
    reload,
    close: () => {
      unwatchFile(path, isDir ? onDir : onFile);
      files.forEach((f) => unwatchFile(f, onFile));
    },
  };
}
