// A labeled corpus (DESIGN.md): a directory of OTLP JSON files plus labels.jsonl, one object per session.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '@sentinel/graph';

export interface CorpusLabel {
  id: string;
  file: string;
  suite?: string;
  attacked?: boolean;
  attackSucceeded?: boolean;
  [key: string]: unknown;
}

export function readCorpus(dir: string): CorpusLabel[] {
  const path = join(dir, 'labels.jsonl');
  if (!existsSync(path)) throw new ValidationError(`readCorpus: ${dir} has no labels.jsonl (expected one JSON object per session: id, file, labels)`);
  const labels: CorpusLabel[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let l: CorpusLabel;
      try {
        l = JSON.parse(line) as CorpusLabel;
      } catch (err) {
        throw new ValidationError(`readCorpus: ${path} line ${i + 1}: ${(err as Error).message}`);
      }
      if (typeof l.id !== 'string' || typeof l.file !== 'string') throw new ValidationError(`readCorpus: ${path} line ${i + 1}: expected "id" and "file" strings`);
      labels.push(l);
    });
  return labels;
}
