// sendMessage: a message or handoff between two agents that is not a call (a CHAIN span with Sentinel's message keys).
import type { Attributes } from '@opentelemetry/api';
import { MimeType, OpenInferenceSpanKind, SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { SENTINEL } from '@sentinel/graph';
import { isJson, runInSpan, toText } from './span-runner.ts';

/**
 * Records that agent `from` sent `content` to agent `to` (a handoff, a blackboard post, a
 * chat message) without calling it. Neither OpenInference nor GenAI names this, so the span
 * carries `sentinel.message.from` / `sentinel.message.to`; Sentinel draws a message edge.
 *
 * @example
 * sendMessage('classifier', 'summarizer', { urgent: [3, 5] });
 */
export function sendMessage(from: string, to: string, content: unknown): void {
  const attrs: Attributes = {
    [OI.OPENINFERENCE_SPAN_KIND]: OpenInferenceSpanKind.CHAIN,
    [SENTINEL.messageFrom]: from,
    [SENTINEL.messageTo]: to,
    [OI.INPUT_VALUE]: toText(content),
    [OI.INPUT_MIME_TYPE]: isJson(content) ? MimeType.JSON : MimeType.TEXT,
  };
  runInSpan(`message ${from} -> ${to}`, attrs, () => undefined);
}
