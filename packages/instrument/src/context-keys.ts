// What the helpers carry through OpenTelemetry context: the session id, the enclosing agent, an optional tracer and clock.
import { context, createContextKey, trace, type Context, type HrTime, type Tracer } from '@opentelemetry/api';

const SESSION_KEY = createContextKey('sentinel.instrument.session_id');
const AGENT_KEY = createContextKey('sentinel.instrument.agent');
const TRACER_KEY = createContextKey('sentinel.instrument.tracer');
const CLOCK_KEY = createContextKey('sentinel.instrument.clock');

/** Instrumentation scope name of the helpers' spans. */
export const TRACER_NAME = '@sentinel/instrument';

/** The session id set by the nearest enclosing `withSession`, if any. */
export function currentSessionId(ctx: Context = context.active()): string | undefined {
  return ctx.getValue(SESSION_KEY) as string | undefined;
}

/** The agent whose `runAgent` encloses this point, if any. */
export function currentAgent(ctx: Context = context.active()): string | undefined {
  return ctx.getValue(AGENT_KEY) as string | undefined;
}

export function setSessionId(ctx: Context, sessionId: string): Context {
  return ctx.setValue(SESSION_KEY, sessionId);
}

export function setAgent(ctx: Context, agent: string): Context {
  return ctx.setValue(AGENT_KEY, agent);
}

export function setTracer(ctx: Context, tracer: Tracer): Context {
  return ctx.setValue(TRACER_KEY, tracer);
}

/** The tracer given to `withSession`, else the global provider's (two apps in one process each pass their own). */
export function activeTracer(ctx: Context = context.active()): Tracer {
  return (ctx.getValue(TRACER_KEY) as Tracer | undefined) ?? trace.getTracer(TRACER_NAME);
}

export function setClock(ctx: Context, clock: () => HrTime): Context {
  return ctx.setValue(CLOCK_KEY, clock);
}

/** The clock given to `withSession`, if any. */
export function currentClock(ctx: Context = context.active()): (() => HrTime) | undefined {
  return ctx.getValue(CLOCK_KEY) as (() => HrTime) | undefined;
}
