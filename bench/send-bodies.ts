// Closed-loop OTLP/HTTP protobuf senders for the benchmarks: each sender posts the next body once its last one is answered.
// node:http with a keep-alive agent, as the OTel JS exporters send: `fetch` (undici) cost the sender 11–15 µs of CPU
// per span here against ~2 µs, on the same two cores as the server it measures.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface SendResult {
  seconds: number;
  /** Milliseconds from post to answer of each accepted request. */
  latencies: number[];
  /** 503/429 answers (each retried after 20 ms). */
  rejected: number;
}

/** One POST; resolves with the status once the answer is read. */
function post(url: URL, agent: Agent, body: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/x-protobuf', 'content-length': body.byteLength } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Posts every body to `${httpUrl}/v1/traces` with `concurrency` senders; a refused body is retried, any other non-200 throws. */
export async function sendBodies(httpUrl: string, bodies: readonly Uint8Array[], concurrency: number): Promise<SendResult> {
  const url = new URL(`${httpUrl}/v1/traces`);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let rejected = 0;
  let next = 0;
  const t0 = performance.now();
  const sender = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      for (;;) {
        const s = performance.now();
        const status = await post(url, agent, body);
        if (status === 503 || status === 429) {
          rejected++;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        if (status !== 200) throw new Error(`HTTP ${status}`);
        latencies.push(performance.now() - s);
        break;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, sender));
  } finally {
    agent.destroy();
  }
  return { seconds: (performance.now() - t0) / 1000, latencies, rejected };
}
