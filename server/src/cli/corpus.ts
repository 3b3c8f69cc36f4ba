// A labeled corpus (DESIGN.md): a directory of OTLP JSON files plus labels.jsonl, one object per session.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '@sentinel/graph';
import { classify } from './replay-files.ts';

export interface CorpusLabel {
  id: string;
  file: string;
  suite?: string;
  attacked?: boolean;
  attackSucceeded?: boolean;
  [key: string]: unknown;
}

/** A label and where it is written, for messages that point at the row to fix. */
export interface CorpusRow {
  label: CorpusLabel;
  /** 1-based line of labels.jsonl. */
  line: number;
}

/**
 * The labels DESIGN.md defines as booleans. Checked because a string counts as true in JavaScript: `"attacked": "false"`
 * was scored as an attacked run.
 */
const BOOLEAN_LABELS = ['attacked', 'attackSucceeded'] as const;

export function labelsPath(dir: string): string {
  return join(dir, 'labels.jsonl');
}

/**
 * Reads and checks labels.jsonl: every row is an object with `id` and `file` strings, boolean labels are booleans, and
 * its file is there and is OTLP. Checked before anything is replayed or learned: a bad row found halfway through a run
 * of hundreds of files was a Node stack trace (ENOENT) after minutes of work.
 */
export function readCorpusRows(dir: string): CorpusRow[] {
  const path = labelsPath(dir);
  if (!existsSync(path)) throw new ValidationError(`readCorpus: ${dir} has no labels.jsonl (expected one JSON object per session: id, file, labels)`);
  const rows: CorpusRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      const at = `readCorpus: ${path} line ${i + 1}`;
      let l: CorpusLabel;
      try {
        l = JSON.parse(text) as CorpusLabel;
      } catch (err) {
        throw new ValidationError(`${at}: ${(err as Error).message}`);
      }
      if (typeof l !== 'object' || l === null || typeof l.id !== 'string' || typeof l.file !== 'string') throw new ValidationError(`${at}: expected "id" and "file" strings`);
      for (const key of BOOLEAN_LABELS) {
        if (l[key] !== undefined && typeof l[key] !== 'boolean') throw new ValidationError(`${at}: "${key}" must be true or false, got ${JSON.stringify(l[key])}`);
      }
      const file = join(dir, l.file);
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new ValidationError(`${at}: file ${JSON.stringify(l.file)} does not exist (looked for ${file})`);
      if (!classify(file)) throw new ValidationError(`${at}: file ${JSON.stringify(l.file)} is not an OTLP file (expected .json, .pb, .bin, .protobuf, optionally .gz)`);
      rows.push({ label: l, line: i + 1 });
    });
  return rows;
}

export function readCorpus(dir: string): CorpusLabel[] {
  return readCorpusRows(dir).map((r) => r.label);
}
