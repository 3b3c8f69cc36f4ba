// The writer thread: opens its own connection to the store's file and commits each batch it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Durability } from '../config.ts';
import { prepareSessionPrune } from './retention.ts';
import { prepareBatchWriter } from './sqlite-store.ts';
import type { WriteReply, WriteRequest } from './write-thread.ts';

const { file, durability } = workerData as { file: string; durability: Durability };
// The main thread created the schema; this connection only writes.
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
db.pragma('busy_timeout = 5000');
const write = prepareBatchWriter(db);
const prune = prepareSessionPrune(db);

parentPort!.postMessage({ id: 0 } satisfies WriteReply);
parentPort!.on('message', (m: WriteRequest) => {
  let reply: WriteReply;
  try {
    if ('prune' in m) reply = { id: m.id, pruned: prune(m.prune) };
    else {
      write(m.batch);
      reply = { id: m.id };
    }
  } catch (err) {
    reply = { id: m.id, error: `store ${'prune' in m ? 'prune' : 'write'} failed: ${(err as Error).message}` };
  }
  parentPort!.postMessage(reply);
});
