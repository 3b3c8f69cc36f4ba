// callTool: an OpenInference TOOL span with the call's arguments (JSON) and its result.
import type { Attributes, Span } from '@opentelemetry/api';
import { MimeType, OpenInferenceSpanKind, SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { isJson, runInSpan, toText } from './span-runner.ts';

export interface ToolOptions {
  /** The id of the model's tool call this execution answers (`tool_call.id`): links it to the LLM span. */
  toolCallId?: string;
  description?: string;
}

/**
 * Runs `fn` as a call of tool `name` with `args`: a TOOL span with `tool.name`,
 * `input.value` = the arguments as JSON, `output.value` = the result (text as is, else JSON).
 * The span is attributed to the enclosing agent.
 *
 * @example
 * const inbox = await callTool('read_inbox', { unread: true }, () => mailbox.unread());
 */
export function callTool<T>(name: string, args: unknown, fn: (span: Span) => T, opts: ToolOptions = {}): T {
  const attrs: Attributes = {
    [OI.OPENINFERENCE_SPAN_KIND]: OpenInferenceSpanKind.TOOL,
    [OI.TOOL_NAME]: name,
    [OI.INPUT_VALUE]: toText(args ?? {}),
    [OI.INPUT_MIME_TYPE]: MimeType.JSON,
  };
  if (opts.toolCallId) attrs[OI.TOOL_CALL_ID] = opts.toolCallId;
  if (opts.description) attrs[OI.TOOL_DESCRIPTION] = opts.description;
  return runInSpan(name, attrs, fn, {
    onResult: (result, span) => {
      if (result === undefined) return;
      span.setAttribute(OI.OUTPUT_VALUE, toText(result));
      span.setAttribute(OI.OUTPUT_MIME_TYPE, isJson(result) ? MimeType.JSON : MimeType.TEXT);
    },
  });
}
