// The one place a helper span starts, runs its function in context, records failure, and ends.
import { context, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { hrNow } from './clock.ts';
import { activeTracer, currentClock, currentSessionId } from './context-keys.ts';

/** Text for an `input.value` / `output.value`: strings as they are, anything else as JSON. */
export function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v); // cyclic values: still say something rather than throw inside the app
  }
}

/** True when a value is sent as JSON (OpenInference `*.mime_type`). */
export function isJson(v: unknown): boolean {
  return typeof v !== 'string';
}

/**
 * Starts a span with the session id from context, runs `fn` inside it (sync or async),
 * sets `onResult`'s attributes from the result, records an exception and error status when
 * `fn` throws, and always ends the span.
 */
export function runInSpan<T>(
  name: string,
  attributes: Attributes,
  fn: (span: Span) => T,
  opts: { onResult?: (result: Awaited<T>, span: Span) => void; childContext?: (ctx: Context) => Context } = {},
): T {
  const parent = context.active();
  const sessionId = currentSessionId(parent);
  const attrs: Attributes = sessionId ? { [OI.SESSION_ID]: sessionId, ...attributes } : attributes;
  // Start and end from one fine-grained clock: Sentinel orders reads before calls by these times (see clock.ts).
  const now = currentClock(parent) ?? hrNow;
  const span = activeTracer(parent).startSpan(name, { attributes: attrs, startTime: now() }, parent);
  let ctx = trace.setSpan(parent, span);
  if (opts.childContext) ctx = opts.childContext(ctx);
  const fail = (err: unknown) => {
    span.recordException(err instanceof Error ? err : String(err), now());
    span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
    span.end(now());
  };
  const succeed = (result: Awaited<T>) => {
    try {
      opts.onResult?.(result, span);
    } finally {
      span.end(now());
    }
  };
  let out: T;
  try {
    out = context.with(ctx, () => fn(span));
  } catch (err) {
    fail(err);
    throw err;
  }
  if (out instanceof Promise) {
    return out.then(
      (r: Awaited<T>) => {
        succeed(r);
        return r;
      },
      (err: unknown) => {
        fail(err);
        throw err;
      },
    ) as T;
  }
  succeed(out as Awaited<T>);
  return out;
}
