// A minimal leveled logger to stderr: one line per event, no dependency.
import type { SentinelConfig } from './config.ts';

export type Logger = Record<'debug' | 'info' | 'warn' | 'error', (msg: string) => void>;

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export function createLogger(level: SentinelConfig['logLevel']): Logger {
  const min = LEVELS.indexOf(level);
  const at = (l: (typeof LEVELS)[number]) => (msg: string) => {
    if (LEVELS.indexOf(l) >= min) process.stderr.write(`${new Date().toISOString()} ${l.padEnd(5)} ${msg}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
