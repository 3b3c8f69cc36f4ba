// Simulated model latency for the load generator: session timestamps advance as if agents waited on a model, without waiting.
import type { HrTime } from '@opentelemetry/api';

export interface VirtualClock {
  /** For withSession({ clock }): real elapsed time plus the simulated waits so far. */
  now(): HrTime;
  /** Simulates a wait of `ms`. */
  advance(ms: number): void;
}

/**
 * The graph scorer compares session durations; sessions generated in 30 ms would teach it that
 * normal sessions take 30 ms. This clock runs from the real start with the simulated waits added.
 */
export function virtualClock(): VirtualClock {
  let offset = 0;
  return {
    now() {
      const ms = performance.timeOrigin + performance.now() + offset;
      const seconds = Math.floor(ms / 1000);
      return [seconds, Math.min(999_999_999, Math.round((ms - seconds * 1000) * 1e6))];
    },
    advance(ms) {
      offset += ms;
    },
  };
}
