// Pydantic Logfire (logfire 4.21+, the version whose OpenAI integration writes the OTel GenAI message attributes next
// to its own request_data / response_data) tracing a hand-written agent loop: `logfire.instrument_openai()` for the
// model calls, `@logfire.instrument` on the app's agent loop and on each tool, the session given as baggage. Followed
// (github.com/pydantic/logfire):
// - logfire/_internal/integrations/llm_providers/openai.py (get_endpoint_config for '/chat/completions': message
//   template 'Chat Completion with {request_data[model]!r}', span_data request_data (the create() kwargs: messages,
//   model, tools), gen_ai.provider.name 'openai', gen_ai.operation.name 'chat', gen_ai.request.model;
//   _extract_request_parameters: gen_ai.tool.definitions = json.dumps(tools); convert_openai_messages_to_semconv: system
//   messages → gen_ai.system_instructions [{type:'text',content}], the others → gen_ai.input.messages {role, parts}
//   with text parts, tool_call parts {id, name, arguments: the JSON arguments parsed}, a tool message's parts =
//   [{type:'tool_call_response', id, response}]; on_response: gen_ai.response.model, gen_ai.response.id,
//   gen_ai.usage.input_tokens / output_tokens, response_data {message: the ChatCompletionMessage, usage},
//   gen_ai.output.messages via convert_openai_response_to_semconv {role, parts, finish_reason},
//   gen_ai.response.finish_reasons) and llm_provider.py (the span opened with logfire_llm.span(template, **span_data),
//   tags ['LLM'], `async`), semconv.py (the attribute names). The OTel span name is the message template itself;
//   logfire.msg is the formatted message. tests/otel_integrations/test_openai.py (test_sync_chat_completions: the
//   attribute set, code.* of the caller, logfire.span_type 'span', logfire.tags).
// - logfire/_internal/instrument.py (@logfire.instrument: span name = msg_template, default template
//   'Calling {module}.{qualname}', code.function / code.lineno / code.filepath, extract_args: every bound argument an
//   attribute of its own name, record_return=True: the return value as the attribute `return`), json_encoder.py
//   (logfire_json_dumps: a dict / list attribute as compact JSON, ensure_ascii=False, described in logfire.json_schema;
//   None as 'null').
// - docs/reference/advanced/baggage.md (logfire.set_baggage: every span started inside gets the baggage as attributes).
// Choices: the agent loop is `@logfire.instrument('Running agent {agent}', record_return=True)
// def run_agent(agent: str, prompt: str) -> str` (app.py); each tool `@logfire.instrument(record_return=True)` on a
// function of tools.py called with the model's arguments as keyword arguments (a non-object argument: one parameter
// `input`); the session is `with logfire.set_baggage(**{'session.id': …, 'user.id': …})` around the run. Every model
// turn is an OpenAI(-compatible) chat completion (instrument_anthropic's own shape is left out). What Logfire does not
// record: a tool span's call id and description (the decorator sees only the function's arguments); operation.cost
// (genai-prices) is left out. CHAIN / RETRIEVER spans (other frameworks' steps), AGENT spans with no agent name
// (LangGraph nodes) and TOOL spans with no tool name (Agents SDK handoffs) stay as they are.
import type { AttrValue, Attributes } from '@sentinel/graph';
import { respan, type Convention, type OiSpan, parseJson, returned, idAttrs } from './semconv-read.ts';
import { pyJson } from './semconv-openllmetry.ts';
import { openAiTools, openAiTurn, tokenCounts, type OpenAiMessage, type OpenAiToolCall } from './semconv-langfuse.ts';
import { hexOf, withoutOi } from './semconv-pydantic-ai.ts';

/** logfire_json_dumps (separators ',' ':', ensure_ascii=False): JSON.stringify's text. */
export const lfJson = (v: unknown): string => JSON.stringify(v ?? null);

/** A user attribute as Logfire writes it: primitives as they are, None as 'null', anything else compact JSON. */
export function lfValue(v: unknown): AttrValue {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  return lfJson(v);
}

/** logfire.json_schema for the user attributes given (a simplified CreateJsonSchema: object/array/null typed). */
export function lfSchema(attrs: Record<string, unknown>): string {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) props[k] = v === null || v === undefined ? { type: 'null' } : Array.isArray(v) ? { type: 'array' } : typeof v === 'object' ? { type: 'object' } : {};
  return lfJson({ type: 'object', properties: props });
}

/** The user attributes, as Logfire sets them, with their json schema. */
function userAttrs(values: Record<string, unknown>): Attributes {
  const a: Attributes = {};
  for (const [k, v] of Object.entries(values)) a[k] = lfValue(v);
  a['logfire.json_schema'] = lfSchema(values);
  return a;
}

/** The baggage set around the run (logfire.set_baggage), on every span. */
function baggage(s: OiSpan): Attributes {
  return idAttrs(s, 'session.id', 'user.id');
}

/** An exception escaping the span: Logfire sets the error level (the exception event and status are the span's own). */
const errorLevel = (s: OiSpan): Attributes => (s.raw.statusCode === 2 ? { 'logfire.level_num': 17 } : {});


type Part = Record<string, unknown>;
const argsOf = (text: string): unknown => {
  const v = parseJson(text);
  return v === undefined ? text : v;
};

/** convert_openai_messages_to_semconv: (input messages, system instructions). */
export function semconvMessages(messages: OpenAiMessage[]): { input: Record<string, unknown>[]; system: Part[] } {
  const input: Record<string, unknown>[] = [];
  const system: Part[] = [];
  for (const m of messages) {
    const role = (m.role as string) ?? 'unknown';
    const content = m.content as string | null | undefined;
    if (role === 'system') {
      if (typeof content === 'string') system.push({ type: 'text', content });
      continue;
    }
    let parts: Part[] = [];
    if (content !== null && content !== undefined) parts.push({ type: 'text', content });
    for (const c of (m.tool_calls as OpenAiToolCall[] | undefined) ?? []) parts.push({ type: 'tool_call', id: c.id, name: c.function.name, arguments: argsOf(c.function.arguments) });
    if (role === 'tool' && m.tool_call_id) parts = [...parts.filter((p) => p.type !== 'text'), { type: 'tool_call_response', id: m.tool_call_id, response: content }];
    input.push({ role, parts, ...(m.name ? { name: m.name } : {}) });
  }
  return { input, system };
}

/** convert_openai_response_to_semconv. */
export function semconvReply(reply: OpenAiMessage, finishReason: string): Record<string, unknown> {
  const parts: Part[] = [];
  if (reply.content) parts.push({ type: 'text', content: reply.content });
  for (const c of (reply.tool_calls as OpenAiToolCall[] | undefined) ?? []) parts.push({ type: 'tool_call', id: c.id, name: c.function.name, arguments: argsOf(c.function.arguments) });
  return { role: 'assistant', parts, finish_reason: finishReason };
}

/** The ChatCompletionMessage as pydantic dumps it (field order of the openai SDK). */
export function chatCompletionMessage(reply: OpenAiMessage): Record<string, unknown> {
  const calls = reply.tool_calls as OpenAiToolCall[] | undefined;
  return {
    content: reply.content ?? null,
    refusal: null,
    role: 'assistant',
    annotations: [],
    audio: null,
    function_call: null,
    tool_calls: calls?.length ? calls.map((c) => ({ id: c.id, function: { arguments: c.function.arguments, name: c.function.name }, type: 'function' })) : null,
  };
}

function chat(s: OiSpan, session: readonly OiSpan[], caller: string): ReturnType<Convention> {
  const model = s.model ?? 'gpt-4o';
  const { tools, rest } = openAiTools(s.rest);
  const { messages, reply } = openAiTurn(s, session);
  const requestData: Record<string, unknown> = { messages, model, ...(tools.length ? { tools } : {}) };
  const { input, system } = semconvMessages(messages);
  const template = 'Chat Completion with {request_data[model]!r}';
  const t = tokenCounts(rest);
  const user: Record<string, unknown> = {
    request_data: requestData,
    'gen_ai.provider.name': 'openai',
    'gen_ai.operation.name': 'chat',
    'gen_ai.request.model': model,
    ...(tools.length ? { 'gen_ai.tool.definitions': pyJson(tools) } : {}),
    ...(input.length ? { 'gen_ai.input.messages': input } : {}),
    ...(system.length ? { 'gen_ai.system_instructions': system } : {}),
    async: false,
  };
  if (s.raw.statusCode !== 2 && reply) {
    const finish = (reply.tool_calls as unknown[] | undefined)?.length ? 'tool_calls' : 'stop';
    const usage = t.prompt !== undefined || t.completion !== undefined ? { completion_tokens: t.completion ?? 0, prompt_tokens: t.prompt ?? 0, total_tokens: (t.prompt ?? 0) + (t.completion ?? 0), completion_tokens_details: null, prompt_tokens_details: null } : null;
    user['gen_ai.response.model'] = model;
    user['gen_ai.response.id'] = `chatcmpl-${hexOf(`resp/${s.raw.spanId}`, 29)}`;
    if (t.prompt !== undefined) user['gen_ai.usage.input_tokens'] = t.prompt;
    if (t.completion !== undefined) user['gen_ai.usage.output_tokens'] = t.completion;
    user.response_data = { message: chatCompletionMessage(reply), usage };
    user['gen_ai.output.messages'] = [semconvReply(reply, finish)];
    user['gen_ai.response.finish_reasons'] = [finish];
  }
  const a: Attributes = {
    'code.filepath': 'app.py',
    'code.function': caller,
    'code.lineno': 24,
    ...userAttrs(user),
    'logfire.msg_template': template,
    'logfire.msg': `Chat Completion with '${model}'`,
    'logfire.span_type': 'span',
    'logfire.tags': ['LLM'],
    ...errorLevel(s),
    ...baggage(s),
  };
  return respan(s, template, { ...a, ...withoutOi(rest) });
}

/** A function decorated with @logfire.instrument(record_return=True): its arguments and return value as attributes. */
function instrumented(s: OiSpan, template: string, msg: string, code: { file: string; fn: string }, args: Record<string, unknown>): ReturnType<Convention> {
  const values: Record<string, unknown> = { ...args };
  if (s.raw.statusCode !== 2 && s.output !== undefined) values.return = returned(s.output);
  const a: Attributes = {
    'code.filepath': code.file,
    'code.function': code.fn,
    'code.lineno': 12,
    'logfire.msg_template': template,
    'logfire.msg': msg,
    'logfire.span_type': 'span',
    ...userAttrs(values),
    ...errorLevel(s),
    ...baggage(s),
  };
  return respan(s, template, { ...a, ...withoutOi(s.rest) });
}

export const logfireOpenai: Convention = (s, session) => {
  if (s.kind === 'LLM') return chat(s, session, 'run_agent');
  if (s.kind === 'AGENT' && s.agent !== undefined) {
    const template = 'Running agent {agent}';
    return instrumented(s, template, `Running agent ${s.agent}`, { file: 'app.py', fn: 'run_agent' }, { agent: s.agent, ...(s.input !== undefined ? { prompt: s.input } : {}) });
  }
  if (s.kind === 'TOOL' && s.tool !== undefined) {
    const v = parseJson(s.input);
    const args = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : s.input !== undefined ? { input: v ?? s.input } : {};
    const template = `Calling tools.${s.tool}`;
    return instrumented(s, template, template, { file: 'tools.py', fn: s.tool }, args);
  }
  // CHAIN / RETRIEVER / a LangGraph node / an Agents SDK handoff: no equivalent in a hand-written loop; as they are.
  return s.raw;
};
