// The content analysis thread: answers each batch with `analyzeContent(batch)`.
import { parentPort } from 'node:worker_threads';
import { analyzeContent } from '@sentinel/rules';
import type { ContentReply, ContentRequest } from './content-thread.ts';

parentPort!.postMessage({ id: 0 } satisfies ContentReply);
parentPort!.on('message', (m: ContentRequest) => {
  let reply: ContentReply;
  try {
    reply = { id: m.id, results: analyzeContent(m.batch) };
  } catch (err) {
    reply = { id: m.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
