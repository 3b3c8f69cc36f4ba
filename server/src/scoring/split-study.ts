// Dev tool: the graph scorer's AUROC over many random learn/measure splits (what `sentinel eval` prints after its table).
// node server/bin/run-ts.js server/src/scoring/split-study.ts [corpus-dir] [splits]
import { readCorpus } from '../cli/corpus.ts';
import { formatSplitStudy, studySplits } from './split-aurocs.ts';

const dir = process.argv[2] ?? '../shared/datasets/agentdojo-dev';
process.stdout.write(formatSplitStudy(studySplits(dir, readCorpus(dir), Number(process.argv[3] ?? 40))));
