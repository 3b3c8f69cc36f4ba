// Baselines learned offline: from a corpus directory (labeled or assumed normal) or from sessions in the store.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SessionGraph, ValidationError, buildBaseline, profileSession, type Baseline, type SessionProfile } from '@sentinel/graph';
import { readCorpus } from '../cli/corpus.ts';
import { classify, findOtlpFiles, type ReplayFile } from '../cli/replay-files.ts';
import { normalizeRow } from '../store/span-codec.ts';
import type { Store } from '../store/store.ts';
import { buildGraphs, readSpans } from './session-files.ts';

export interface BuildResult {
  baselines: Baseline[];
  /** Sessions learned, per app. */
  learned: Record<string, number>;
  /** Sessions left out (attacked, alerted, other app). */
  skipped: number;
}

function group(profiles: Iterable<[string, SessionProfile]>, app?: string): { baselines: Baseline[]; learned: Record<string, number>; skipped: number } {
  const byApp = new Map<string, SessionProfile[]>();
  let skipped = 0;
  for (const [a, p] of profiles) {
    if (app && a !== app) {
      skipped++;
      continue;
    }
    const list = byApp.get(a);
    if (list) list.push(p);
    else byApp.set(a, [p]);
  }
  const baselines = [...byApp.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([a, ps]) => buildBaseline(a, ps));
  return { baselines, learned: Object.fromEntries(baselines.map((b) => [b.app, b.sessions])), skipped };
}

/**
 * Learns from a corpus directory. With a `labels.jsonl` (DESIGN.md corpus format) only sessions
 * not labeled `attacked` are learned (or those `select` keeps); without one every OTLP file under
 * the directory is assumed normal. O(total spans) plus one metric pass per session.
 */
export async function baselinesFromCorpus(dir: string, opts: { app?: string; select?: (id: string) => boolean; maxContentChars?: number } = {}): Promise<BuildResult> {
  if (!existsSync(dir)) throw new ValidationError(`baseline build: no such directory: ${dir}`);
  let files: ReplayFile[];
  let keep: (id: string) => boolean = () => true;
  let skipped = 0;
  if (existsSync(join(dir, 'labels.jsonl'))) {
    const labels = readCorpus(dir);
    const normal = labels.filter((l) => l.attacked !== true && (opts.select?.(l.id) ?? true));
    skipped = labels.length - normal.length;
    const ids = new Set(normal.map((l) => l.id));
    keep = (id) => ids.has(id);
    files = normal.map((l) => classify(join(dir, l.file)) ?? invalid(l.file));
  } else {
    files = await findOtlpFiles([dir]);
  }
  if (files.length === 0) throw new ValidationError(`baseline build: no normal sessions found in ${dir}`);
  const graphs = buildGraphs(files.flatMap((f) => readSpans(f, opts.maxContentChars)));
  const profiles: [string, SessionProfile][] = [];
  for (const g of graphs.values()) if (keep(g.sessionId)) profiles.push([g.app, profileSession(g)]);
  const out = group(profiles, opts.app);
  return { ...out, skipped: out.skipped + skipped };
}

/**
 * Learns from stored sessions of one app whose last activity is in [since, until]. Sessions with
 * alerts are left out unless `includeAlerted`. Each session is rebuilt from its stored spans and
 * profiled, then dropped: memory holds profiles, not graphs. O(stored spans of the app).
 */
export function baselinesFromStore(store: Store, opts: { app: string; since?: string; until?: string; includeAlerted?: boolean; maxContentChars?: number }): BuildResult {
  const profiles: [string, SessionProfile][] = [];
  let skipped = 0;
  let cursor: string | undefined;
  do {
    const page = store.listSessions({ app: opts.app, since: opts.since, until: opts.until, limit: 500, cursor });
    for (const s of page.items) {
      const alerted = Object.values(s.alertCounts).some((n) => n > 0);
      if (alerted && !opts.includeAlerted) {
        skipped++;
        continue;
      }
      const g = new SessionGraph(s.id, s.app);
      for (const row of store.spans(s.id)) g.add(normalizeRow(row, { maxContentChars: opts.maxContentChars }));
      g.flush();
      if (g.spanCount > 0) profiles.push([s.app, profileSession(g)]);
    }
    cursor = page.next;
  } while (cursor);
  if (profiles.length === 0) throw new ValidationError(`baseline build: no stored sessions of app ${JSON.stringify(opts.app)} to learn from (${skipped} had alerts)`);
  const out = group(profiles, opts.app);
  return { ...out, skipped: out.skipped + skipped };
}

function invalid(file: string): never {
  throw new ValidationError(`baseline build: ${file} is not an OTLP file`);
}
