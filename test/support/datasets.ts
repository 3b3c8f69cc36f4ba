// Where the shared AgentDojo dev corpus is: SENTINEL_AGENTDOJO_DIR, else ../shared/datasets/agentdojo-dev
// beside the repository (the project's layout). Tests that need it are skipped, loudly, when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const AGENTDOJO_DIR = resolve(process.env.SENTINEL_AGENTDOJO_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'datasets', 'agentdojo-dev'));
export const HAVE_AGENTDOJO = existsSync(join(AGENTDOJO_DIR, 'labels.jsonl'));
if (!HAVE_AGENTDOJO) console.warn(`AgentDojo corpus not found at ${AGENTDOJO_DIR}: its tests are skipped (set SENTINEL_AGENTDOJO_DIR)`);

/** One run's labels (the corpus README names them all; these are the ones tests read). */
export interface AgentdojoLabel {
  id: string;
  file: string;
  suite: string;
  attacked: boolean;
  attackSucceeded: boolean;
  spanCount: number;
  /** The tool spans whose output carries the planted text. */
  injectedToolSpanIds?: string[];
}

/** The corpus's labels.jsonl, one object per run ([] when the corpus is absent). */
export function agentdojoLabels(): AgentdojoLabel[] {
  if (!HAVE_AGENTDOJO) return [];
  return readFileSync(join(AGENTDOJO_DIR, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AgentdojoLabel);
}
