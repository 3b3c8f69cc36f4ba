// withSession: set the session id once; every span started inside carries it.
import { context, type HrTime, type Tracer } from '@opentelemetry/api';
import { setClock, setSessionId, setTracer } from './context-keys.ts';

export interface SessionOptions {
  /**
   * The tracer for the spans of this session. Default: the global provider's (set by `register`).
   * Pass `register(...).tracer` when one process runs several apps, each with its own `service.name`.
   */
  tracer?: Tracer;
  /**
   * The time source of this session's helper spans (default: a fine-grained process clock). A
   * simulation or load generator passes a virtual clock, so sessions keep realistic durations
   * (model latency) without waiting for them.
   */
  clock?: () => HrTime;
}

/**
 * Runs `fn` with `sessionId` in the active context: the helpers stamp it as `session.id` on
 * every span they start, and `register`'s span processor stamps it on spans from other
 * instrumentations (an auto-instrumented OpenAI client) started inside.
 *
 * @example
 * await withSession('ticket-42', () => runAgent('orchestrator', { input: question }, () => answer(question)));
 */
export function withSession<T>(sessionId: string, fn: () => T, opts: SessionOptions = {}): T {
  let ctx = setSessionId(context.active(), sessionId);
  if (opts.tracer) ctx = setTracer(ctx, opts.tracer);
  if (opts.clock) ctx = setClock(ctx, opts.clock);
  return context.with(ctx, fn);
}
