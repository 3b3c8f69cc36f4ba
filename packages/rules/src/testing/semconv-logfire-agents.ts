// Pydantic Logfire's `logfire.instrument_openai_agents()` (logfire 4.21+) on an OpenAI Agents SDK app (openai-agents
// 0.x, the default OpenAIResponsesModel, trace_include_sensitive_data on: the default). Followed:
// - github.com/pydantic/logfire logfire/_internal/integrations/openai_agents.py: LogfireTraceProviderWrapper.create_trace
//   (the trace span 'OpenAI Agents trace: {name}' with name, agent_trace_id, and the trace's group_id / metadata),
//   create_span (message templates 'Agent run: {name!r}', 'Function: {name}', 'Responses API with
//   {gen_ai.request.model!r}' — its OTel span name `chat {model}`, kind CLIENT —, 'Handoff: {from_agent} → {to_agent}';
//   get_magic_response_attributes: model_settings, gen_ai.request.model), attributes_from_span_data (span_data.export()
//   without `type`, gen_ai.system + gen_ai.provider.name 'openai'; for a response span: response_id, usage, the Response
//   as `response`, gen_ai.response.model, gen_ai.operation.name 'chat', raw_input (the input items), events
//   (inputs_to_events + responses_output_events), gen_ai.usage.*, and json.dumps'd gen_ai.input.messages /
//   gen_ai.system_instructions / gen_ai.output.messages / gen_ai.response.finish_reasons / gen_ai.tool.definitions),
//   LogfireSpanWrapper.on_ending (an error: `error` attribute, level error, message '… failed: <message>').
// - logfire/_internal/integrations/llm_providers/openai.py (convert_responses_inputs_to_semconv /
//   convert_responses_outputs_to_semconv: a function_call → {role:'assistant', parts:[{type:'tool_call', id: call_id,
//   name, arguments: the JSON text}]}, a function_call_output → {role:'tool', parts:[{type:'tool_call_response', id,
//   response}]}, the instructions → system instructions; inputs_to_events / input_to_events: gen_ai.<role>.message
//   events, tool_calls, gen_ai.tool.message {id, content, name}).
// - tests/otel_integrations/test_openai_agents.py (test_responses: the Agent run / Function / Handoff / Responses
//   spans' attributes, None as 'null', logfire.json_schema).
// - github.com/openai/openai-agents-python src/agents/tracing/span_data.py (AgentSpanData / FunctionSpanData /
//   ResponseSpanData / HandoffSpanData.export: name, handoffs, tools, output_type; name, input (the call's arguments as
//   the model wrote them), output (str(result)), mcp_data; response_id, usage; from_agent, to_agent), run.py /
//   _run_impl.py (trace 'Agent workflow' with RunConfig.group_id, the agent's instructions as the Responses
//   `instructions`, the conversation as input items, a failed tool's output the default_tool_error_function text and
//   the span error 'Error running tool (non-fatal)' {tool_name, error}).
// Choices and what is lost: the session is RunConfig(group_id=…), the SDK's way to link a conversation's traces: on the
// trace span only. An "Agent workflow" root (CHAIN or AGENT without an agent name) is the trace span; other AGENT spans
// are agent runs; the OpenInference `handoff to X` TOOL span is the SDK's handoff span. A session without the workflow
// root (AgentDojo's, SessionBuilder's) would have had one: each span is rewritten into one span, so its root agent is the
// agent run and the trace span (with the group id) is missing. The SDK records no input or output on an agent run and
// no call id on a function span: the request, the system prompt (the agent's instructions) and the answer are only in
// the model spans. Every model turn is a Responses API call (a Chat Completions / LiteLLM model's 'Chat completion'
// generation spans are left out); the SDK's newest task / turn custom spans are left out. CHAIN / RETRIEVER spans and
// AGENT spans with no agent name (other frameworks' steps) stay as they are.
import type { Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message, type OiSpan } from './semconv-read.ts';
import { pyJson } from './semconv-openllmetry.ts';
import { tokenCounts } from './semconv-langfuse.ts';
import { agentOf, hexOf, madeUpCallIds, toolDefinitions, withoutOi } from './semconv-pydantic-ai.ts';
import { lfSchema, lfValue } from './semconv-logfire-openai.ts';

const PROVIDER: Attributes = { 'gen_ai.system': 'openai', 'gen_ai.provider.name': 'openai' };

function logfireSpan(s: OiSpan, name: string, template: string, msg: string, values: Record<string, unknown>, extra: Attributes = {}): ReturnType<Convention> {
  const a: Attributes = { 'logfire.msg_template': template, 'logfire.span_type': 'span' };
  for (const [k, v] of Object.entries(values)) a[k] = lfValue(v);
  Object.assign(a, extra, { 'logfire.msg': msg, 'logfire.json_schema': lfSchema(values) });
  return respan(s, name, { ...a, ...withoutOi(s.rest) });
}

const isWorkflow = (s: OiSpan) => s.agent === undefined && (s.kind === 'CHAIN' || s.kind === 'AGENT') && s.raw.name === 'Agent workflow';
const handoffTarget = (s: OiSpan) => (s.kind === 'TOOL' && s.tool === undefined ? /^handoff to (.+)$/i.exec(s.raw.name)?.[1] : undefined);

function traceSpan(s: OiSpan): ReturnType<Convention> {
  const values = { name: 'Agent workflow', agent_trace_id: `trace_${hexOf(`trace/${s.raw.traceId}/${s.raw.spanId}`)}`, group_id: s.sessionId ?? null, metadata: null };
  return logfireSpan(s, 'OpenAI Agents trace: {name}', 'OpenAI Agents trace: {name}', 'OpenAI Agents trace: Agent workflow', values);
}

function agentRun(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const name = s.agent!;
  const mine = session.filter((x) => agentOf(x, session) === s);
  const handoffs = [...new Set(mine.map(handoffTarget).filter((t): t is string => t !== undefined))];
  const declared = mine.filter((x) => x.kind === 'LLM').flatMap((x) => toolDefinitions(x.rest).defs.map((d) => String(d.name)));
  const called = mine.filter((x) => x.kind === 'TOOL' && x.tool !== undefined).map((x) => x.tool!);
  const tools = [...new Set(declared.length ? declared : called)].filter((t) => !t.startsWith('transfer_to_'));
  const values = { name, handoffs, tools, output_type: 'str' };
  return logfireSpan(s, 'Agent run: {name!r}', 'Agent run: {name!r}', `Agent run: '${name}'`, values, PROVIDER);
}

const DEFAULT_TOOL_ERROR = 'An error occurred while running the tool. Please try again. Error: ';
/** "ValueError: msg" (AgentDojo's status message) → str(e) = "msg". */
const strOfError = (msg: string | undefined): string => (msg === undefined ? 'Exception' : /^[A-Za-z_][\w.]*(?:Error|Exception): ([\s\S]*)$/.exec(msg)?.[1] ?? msg);

function functionSpan(s: OiSpan): ReturnType<Convention> {
  const name = s.tool!;
  if (s.raw.statusCode === 2) {
    const e = strOfError(s.raw.statusMessage);
    const values = { name, input: s.input ?? null, output: DEFAULT_TOOL_ERROR + e, mcp_data: null, error: { message: 'Error running tool (non-fatal)', data: { tool_name: name, error: e } } };
    return logfireSpan(s, 'Function: {name}', 'Function: {name}', `Function: ${name} failed: Error running tool (non-fatal)`, values, { ...PROVIDER, 'logfire.level_num': 17 });
  }
  const values = { name, input: s.input ?? null, output: s.output ? s.output : null, mcp_data: null };
  return logfireSpan(s, 'Function: {name}', 'Function: {name}', `Function: ${name}`, values, PROVIDER);
}

function handoffSpan(s: OiSpan, session: readonly OiSpan[], to: string): ReturnType<Convention> {
  const from = agentOf(s, session)?.agent ?? null;
  const values = { from_agent: from, to_agent: to };
  return logfireSpan(s, 'Handoff: {from_agent} → {to_agent}', 'Handoff: {from_agent} → {to_agent}', `Handoff: ${from} → ${to}`, values, PROVIDER);
}

type Item = Record<string, unknown>;

/** The Responses API items of a conversation (after the instructions), as the SDK sends them and the API returns them. */
function items(msgs: Message[], s: OiSpan, callId: (i: number, k: number) => string, tag: string): Item[] {
  const out: Item[] = [];
  msgs.forEach((m, i) => {
    if (m.role === 'assistant' || m.role === 'model' || m.role === 'ai') {
      if (m.content) out.push({ id: `msg_${hexOf(`${tag}/${s.raw.spanId}/${i}`, 48)}`, content: [{ annotations: [], text: m.content, type: 'output_text', logprobs: [] }], role: 'assistant', status: 'completed', type: 'message' });
      m.toolCalls?.forEach((c, k) => out.push({ arguments: c.arguments, call_id: c.id ?? callId(i, k), name: c.name, type: 'function_call', id: `fc_${hexOf(`${tag}/${s.raw.spanId}/${i}/${k}`, 48)}`, status: 'completed' }));
    } else if (m.role === 'tool' || m.role === 'function') out.push({ call_id: m.toolCallId ?? '', output: m.content ?? '', type: 'function_call_output' });
    else out.push({ content: m.content ?? '', role: m.role === 'system' ? 'developer' : m.role });
  });
  return out;
}

/** convert_responses_inputs_to_semconv / convert_responses_outputs_to_semconv. */
function semconv(list: Item[], output: boolean): Item[] {
  const out: Item[] = [];
  for (const it of list) {
    const typ = it.type;
    if ((typ === undefined || typ === 'message') && it.content) {
      const c = it.content;
      const parts = typeof c === 'string' ? [{ type: 'text', content: c }] : (c as Item[]).map((p) => (p.type === 'output_text' ? { type: 'text', content: p.text ?? '' } : p));
      out.push({ role: output ? 'assistant' : (it.role ?? 'user'), parts });
    } else if (typ === 'function_call') out.push({ role: 'assistant', parts: [{ type: 'tool_call', id: it.call_id, name: it.name, arguments: it.arguments }] });
    else if (typ === 'function_call_output' && !output) out.push({ role: 'tool', parts: [{ type: 'tool_call_response', id: it.call_id, response: it.output }] });
  }
  return out;
}

/** inputs_to_events / responses_output_events. */
function events(instructions: string | undefined, input: Item[], output: Item[]): Item[] {
  const ev: Item[] = [];
  const names = new Map<string, string>();
  if (instructions) ev.push({ 'event.name': 'gen_ai.system.message', content: instructions, role: 'system' });
  const one = (it: Item, out: boolean) => {
    const role = it.role as string | undefined;
    if (role && (it.type === undefined || it.type === 'message') && it.content) {
      const name = `gen_ai.${role}.message`;
      if (typeof it.content === 'string') ev.push({ 'event.name': name, content: it.content, role: out ? 'assistant' : role });
      else for (const p of it.content as Item[]) ev.push({ 'event.name': name, content: p.text, role: out ? 'assistant' : role });
    } else if (it.type === 'function_call') {
      names.set(String(it.call_id), String(it.name));
      ev.push({ 'event.name': 'gen_ai.assistant.message', role: 'assistant', tool_calls: [{ id: it.call_id, type: 'function', function: { name: it.name, arguments: it.arguments } }] });
    } else if (it.type === 'function_call_output') {
      ev.push({ 'event.name': 'gen_ai.tool.message', role: 'tool', id: it.call_id, content: it.output, name: names.get(String(it.call_id)) ?? 'unknown' });
    }
  };
  input.forEach((it) => one(it, false));
  output.forEach((it) => one(it, true));
  return ev;
}

const MODEL_SETTINGS = { temperature: null, top_p: null, frequency_penalty: null, presence_penalty: null, tool_choice: null, parallel_tool_calls: null, truncation: null, max_tokens: null, reasoning: null, metadata: null, store: null, include_usage: null, extra_query: null, extra_body: null, extra_headers: null };

function responseSpan(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const model = s.model ?? 'gpt-4o';
  const { defs, rest } = toolDefinitions(s.rest);
  const made = madeUpCallIds(session, (seed) => `call_${hexOf(seed, 24)}`);
  let start = 0;
  const sys: string[] = [];
  while (start < s.inputMessages.length && s.inputMessages[start].role === 'system') sys.push(s.inputMessages[start++].content ?? '');
  const instructions = sys.length ? sys.join('\n\n') : undefined;
  const input = items(s.inputMessages.slice(start), s, (i, k) => `call_${hexOf(`${s.raw.spanId}/in/${i}/${k}`, 24)}`, 'in');
  if (!s.inputMessages.length && s.input !== undefined) input.push({ content: s.input, role: 'user' });
  const output = items(s.outputMessages.filter((m) => m.role !== 'tool'), s, (i, k) => made.get(`${s.raw.spanId}/${i}/${k}`)!, 'out');
  if (!output.length && s.output !== undefined) output.push(...items([{ role: 'assistant', content: s.output }], s, () => '', 'out'));
  const failed = s.raw.statusCode === 2;
  const t = tokenCounts(rest);
  const usage = t.prompt !== undefined || t.completion !== undefined ? { input_tokens: t.prompt ?? 0, input_tokens_details: { cached_tokens: 0 }, output_tokens: t.completion ?? 0, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: (t.prompt ?? 0) + (t.completion ?? 0) } : null;
  const respId = `resp_${hexOf(`resp/${s.raw.spanId}`, 48)}`;
  const tools = defs.map((d) => ({ name: d.name, parameters: d.parameters ?? { type: 'object', properties: {} }, strict: true, type: 'function', description: d.description ?? null }));
  const response = {
    id: respId, created_at: Number(s.raw.startTimeUnixNano / 1_000_000_000n), error: null, incomplete_details: null, instructions: instructions ?? null, metadata: {}, model, object: 'response',
    output, parallel_tool_calls: false, temperature: null, tool_choice: 'auto', tools, top_p: null, status: 'completed', text: { format: { type: 'text' } }, truncation: 'disabled', usage,
  };
  const values: Record<string, unknown> = { response_id: failed ? null : respId, usage: null, 'gen_ai.request.model': model, model_settings: MODEL_SETTINGS };
  const extra: Attributes = { ...PROVIDER };
  if (!failed) {
    Object.assign(values, { response, 'gen_ai.response.model': model, 'gen_ai.operation.name': 'chat' });
  }
  values.raw_input = input;
  values.events = events(instructions, input, failed ? [] : output);
  if (t.prompt !== undefined && !failed) extra['gen_ai.usage.input_tokens'] = t.prompt;
  if (t.completion !== undefined && !failed) extra['gen_ai.usage.output_tokens'] = t.completion;
  const inMsgs = semconv(input, false);
  if (inMsgs.length) extra['gen_ai.input.messages'] = pyJson(inMsgs);
  if (instructions) extra['gen_ai.system_instructions'] = pyJson([{ type: 'text', content: instructions }]);
  if (!failed) {
    const outMsgs = semconv(output, true);
    if (outMsgs.length) extra['gen_ai.output.messages'] = pyJson(outMsgs);
    extra['gen_ai.response.finish_reasons'] = pyJson(['stop']);
    if (tools.length) extra['gen_ai.tool.definitions'] = pyJson(defs.map((d) => ({ type: 'function', name: d.name, ...(d.description ? { description: d.description } : {}), ...(d.parameters ? { parameters: d.parameters } : {}) })));
  }
  const template = 'Responses API with {gen_ai.request.model!r}';
  const msg = `Responses API with '${model}'${failed ? ` failed: ${s.raw.statusMessage ?? 'Error'}` : ''}`;
  const span = logfireSpan({ ...s, rest }, `chat ${model}`, template, msg, values, failed ? { ...extra, 'logfire.level_num': 17 } : extra);
  return { ...span, kind: 3 };
}

export const logfireAgents: Convention = (s, session) => {
  if (isWorkflow(s)) return traceSpan(s);
  if (s.kind === 'AGENT' && s.agent !== undefined) return agentRun(s, session);
  if (s.kind === 'LLM') return responseSpan(s, session);
  if (s.kind === 'TOOL') {
    const to = handoffTarget(s);
    if (to !== undefined) return handoffSpan(s, session, to);
    if (s.tool !== undefined) return functionSpan(s);
  }
  // CHAIN / RETRIEVER / a LangGraph node: another framework's step, no Agents SDK equivalent; as they are.
  return s.raw;
};
