// OpenInference written back from what semconv-rewrite.ts read: the rewriter's own check (PROBE_SEMCONV=openinference
// must find exactly what the sessions as written find).
import type { Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message } from './semconv-read.ts';

function flatten(prefix: string, msgs: Message[], out: Attributes): void {
  msgs.forEach((m, i) => {
    const p = `${prefix}.${i}.message.`;
    out[`${p}role`] = m.role;
    if (m.content !== undefined) out[`${p}content`] = m.content;
    if (m.name !== undefined) out[`${p}name`] = m.name;
    if (m.toolCallId !== undefined) out[`${p}tool_call_id`] = m.toolCallId;
    m.toolCalls?.forEach((c, k) => {
      if (c.id !== undefined) out[`${p}tool_calls.${k}.tool_call.id`] = c.id;
      out[`${p}tool_calls.${k}.tool_call.function.name`] = c.name;
      out[`${p}tool_calls.${k}.tool_call.function.arguments`] = c.arguments;
    });
  });
}

export const openInference: Convention = (s) => {
  const a: Attributes = { 'openinference.span.kind': s.kind };
  const put = (k: string, v: string | undefined) => v !== undefined && (a[k] = v);
  put('session.id', s.sessionId);
  put('user.id', s.userId);
  put('agent.name', s.agent);
  put('tool.name', s.tool);
  put('tool.description', s.toolDescription);
  put('tool_call.id', s.callId);
  put('input.value', s.input);
  put('output.value', s.output);
  put('llm.model_name', s.model);
  put('llm.provider', s.provider);
  flatten('llm.input_messages', s.inputMessages, a);
  flatten('llm.output_messages', s.outputMessages, a);
  return respan(s, s.raw.name, { ...a, ...s.rest });
};
