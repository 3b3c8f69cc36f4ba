// One fine-grained clock for every helper span, so Sentinel can order them (the SDK's default start times are whole milliseconds).
import type { HrTime } from '@opentelemetry/api';

/** How far the wall clock may run ahead of the monotonic one before the anchor is moved forward, in ms. */
const MAX_LAG_MS = 1;

let anchor = Date.now() - performance.now();

/**
 * Unix time in ms with sub-millisecond precision, never decreasing. The OTel SDK stamps a span's
 * start with `Date.now()` (whole ms) and its end with start + a monotonic duration: a tool result
 * that ends at 10.4 ms then looks later than a call that started at 10.9 ms (stamped 10). Sentinel
 * decides "was this content read before that call" by these times, so the helpers stamp start and
 * end from one monotonic clock, re-anchored forward when the wall clock runs ahead.
 */
export function nowMs(): number {
  const wall = Date.now();
  let t = anchor + performance.now();
  if (wall - t > MAX_LAG_MS) {
    anchor += wall - t;
    t = wall;
  }
  return t;
}

/** `nowMs()` as an OpenTelemetry HrTime ([seconds, nanoseconds]). */
export function hrNow(): HrTime {
  const ms = nowMs();
  const seconds = Math.floor(ms / 1000);
  return [seconds, Math.min(999_999_999, Math.round((ms - seconds * 1000) * 1e6))];
}
