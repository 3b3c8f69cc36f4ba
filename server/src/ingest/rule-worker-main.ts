// The rule thread: a RuleReplica fed the ingest thread's graph ops, answering each message with their findings.
import { parentPort } from 'node:worker_threads';
import { RuleReplica, sharedMemoStats } from '@sentinel/rules';
import type { RuleReply, RuleRequest } from './rule-thread.ts';

const replica = new RuleReplica();
// Loaded (its TypeScript compiled, the rules' patterns built): the server listens after this.
parentPort!.postMessage({ id: 0 } satisfies RuleReply);
parentPort!.on('message', (m: RuleRequest) => {
  if ('policy' in m) {
    replica.setPolicy(m.policy);
    return;
  }
  let reply: RuleReply;
  try {
    reply = { id: m.id, results: replica.apply(m.ops), kept: sharedMemoStats() };
  } catch (err) {
    reply = { id: m.id, error: (err as Error).stack ?? (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
