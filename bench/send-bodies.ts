// Closed-loop OTLP/HTTP protobuf senders for the benchmarks: each sender posts the next body once its last one is answered.
import { performance } from 'node:perf_hooks';

export interface SendResult {
  seconds: number;
  /** Milliseconds from post to answer of each accepted request. */
  latencies: number[];
  /** 503/429 answers (each retried after 20 ms). */
  rejected: number;
}

/** Posts every body to `${httpUrl}/v1/traces` with `concurrency` senders; a refused body is retried, any other non-200 throws. */
export async function sendBodies(httpUrl: string, bodies: readonly Uint8Array[], concurrency: number): Promise<SendResult> {
  const latencies: number[] = [];
  let rejected = 0;
  let next = 0;
  const t0 = performance.now();
  const sender = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      for (;;) {
        const s = performance.now();
        const res = await fetch(`${httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body });
        await res.arrayBuffer();
        if (res.status === 503 || res.status === 429) {
          rejected++;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        latencies.push(performance.now() - s);
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  return { seconds: (performance.now() - t0) / 1000, latencies, rejected };
}
