// Stamps the context's session id on spans other instrumentations start (an auto-instrumented OpenAI client knows no session).
import type { Context } from '@opentelemetry/api';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { currentSessionId } from './context-keys.ts';

/** Adds `session.id` from `withSession` to every span started in its context that lacks one. */
export class SessionSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const sessionId = currentSessionId(parentContext);
    if (sessionId && span.attributes[OI.SESSION_ID] === undefined) span.setAttribute(OI.SESSION_ID, sessionId);
  }
  onEnd(_span: ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
