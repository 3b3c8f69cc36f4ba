// `sentinel serve`: parse flags into config overrides, start, and shut down cleanly on SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { ValidationError } from '@sentinel/graph';
import { startSentinel } from '../app.ts';
import { CONFIG_KEYS, flagName, type ConfigInput } from '../config.ts';

/** SIGTERM drains in-flight batches; past this the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function serveCommand(args: string[]): Promise<number> {
  const options = Object.fromEntries(CONFIG_KEYS.map((k) => [flagName(k), { type: 'string' as const }]));
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }) as { values: Record<string, string | undefined> });
  } catch (err) {
    throw new ValidationError(`serve: ${(err as Error).message}`);
  }
  const overrides: ConfigInput = {};
  for (const k of CONFIG_KEYS) overrides[k] = values[flagName(k)];
  const s = await startSentinel(overrides);
  process.stdout.write(`Sentinel is running. Dashboard: ${s.httpUrl}/  OTLP/HTTP: ${s.httpUrl} (/v1/traces, /v1/logs)` + (s.grpcUrl ? `  OTLP/gRPC: ${s.grpcUrl}` : '') + '\n');
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      s.log.info(`${signal}: draining and shutting down`);
      const timer = setTimeout(() => {
        s.log.error(`shutdown took longer than ${SHUTDOWN_GRACE_MS} ms; exiting`);
        resolve(1);
      }, SHUTDOWN_GRACE_MS);
      timer.unref();
      s.close().then(
        () => {
          clearTimeout(timer);
          resolve(0);
        },
        (err) => {
          s.log.error(`shutdown failed: ${(err as Error).message}`);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
