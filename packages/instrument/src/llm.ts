// callLLM: an OpenInference LLM span with the model name and the input/output messages in OpenInference's flattened form.
import type { Attributes, Span } from '@opentelemetry/api';
import { OpenInferenceSpanKind, SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { runInSpan, toText } from './span-runner.ts';

export interface LLMToolCall {
  id?: string;
  name: string;
  /** JSON text, or a value to serialize as JSON. */
  arguments?: unknown;
}

/** One chat message, as most chat APIs have it. */
export interface LLMMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool' | (string & {});
  content?: string;
  /** Sender name (OpenAI `name`). */
  name?: string;
  /** For `tool` messages: the call this result answers. */
  toolCallId?: string;
  /** For `assistant` messages: the tools the model asked to call. */
  toolCalls?: LLMToolCall[];
}

/** The model's reply: an assistant message, with token usage when known. */
export interface LLMReply extends LLMMessage {
  usage?: { prompt?: number; completion?: number };
}

export interface LLMOptions {
  /** `llm.provider`, e.g. `openai`. */
  provider?: string;
  /** Request parameters (temperature…), recorded as `llm.invocation_parameters` JSON. */
  invocationParameters?: Record<string, unknown>;
}

/**
 * Flattens messages the way OpenInference does: `<prefix>.<i>.message.role`,
 * `<prefix>.<i>.message.tool_calls.<j>.tool_call.function.name`, …
 */
export function flattenMessages(prefix: string, messages: readonly LLMMessage[]): Attributes {
  const out: Attributes = {};
  messages.forEach((m, i) => {
    const at = `${prefix}.${i}.`;
    out[at + OI.MESSAGE_ROLE] = m.role;
    if (m.content !== undefined) out[at + OI.MESSAGE_CONTENT] = m.content;
    if (m.name !== undefined) out[at + OI.MESSAGE_NAME] = m.name;
    if (m.toolCallId !== undefined) out[at + OI.MESSAGE_TOOL_CALL_ID] = m.toolCallId;
    m.toolCalls?.forEach((c, j) => {
      const call = `${at}${OI.MESSAGE_TOOL_CALLS}.${j}.`;
      if (c.id !== undefined) out[call + OI.TOOL_CALL_ID] = c.id;
      out[call + OI.TOOL_CALL_FUNCTION_NAME] = c.name;
      out[call + OI.TOOL_CALL_FUNCTION_ARGUMENTS_JSON] = toText(c.arguments ?? {});
    });
  });
  return out;
}

/**
 * Runs `fn` (the model call) as an LLM span: `llm.model_name`, the input `messages`, and the
 * reply `fn` returns as the output message (tool calls included) and `output.value`.
 *
 * @example
 * const reply = await callLLM('gpt-4o-mini', messages, async () => toReply(await client.chat.completions.create(req)));
 */
export function callLLM<R extends LLMReply | Promise<LLMReply>>(model: string, messages: readonly LLMMessage[], fn: (span: Span) => R, opts: LLMOptions = {}): R {
  const attrs: Attributes = {
    [OI.OPENINFERENCE_SPAN_KIND]: OpenInferenceSpanKind.LLM,
    [OI.LLM_MODEL_NAME]: model,
    ...flattenMessages(OI.LLM_INPUT_MESSAGES, messages),
  };
  if (opts.provider) attrs[OI.LLM_PROVIDER] = opts.provider;
  if (opts.invocationParameters) attrs[OI.LLM_INVOCATION_PARAMETERS] = toText(opts.invocationParameters);
  return runInSpan(`llm ${model}`, attrs, fn, {
    onResult: (reply, span) => {
      if (!reply) return;
      span.setAttributes(flattenMessages(OI.LLM_OUTPUT_MESSAGES, [{ ...reply, role: reply.role || 'assistant' }]));
      if (reply.content) span.setAttribute(OI.OUTPUT_VALUE, reply.content);
      const { prompt, completion } = reply.usage ?? {};
      if (prompt !== undefined) span.setAttribute(OI.LLM_TOKEN_COUNT_PROMPT, prompt);
      if (completion !== undefined) span.setAttribute(OI.LLM_TOKEN_COUNT_COMPLETION, completion);
      if (prompt !== undefined && completion !== undefined) span.setAttribute(OI.LLM_TOKEN_COUNT_TOTAL, prompt + completion);
    },
  });
}
