// Pydantic AI's own instrumentation (`Agent(instrument=True)` / `logfire.instrument_pydantic_ai()`), as pydantic-ai V2
// writes it with its default `InstrumentationSettings(version=5)` and content capture on (the default). Followed:
//   github.com/pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/capabilities/instrumentation.py (the agent run span
//   `invoke_agent {agent}`: model_name, agent_name, gen_ai.agent.name, gen_ai.agent.call.id, gen_ai.conversation.id,
//   gen_ai.operation.name, logfire.msg '{agent} run', final_result, pydantic_ai.all_messages, gen_ai.system_instructions;
//   the tool span `execute_tool {tool}`: gen_ai.tool.name, gen_ai.tool.call.id, gen_ai.tool.call.arguments (the call's
//   JSON as the model wrote it), the run's baggage, logfire.msg 'running tool: {tool}', gen_ai.tool.call.result (a str
//   result as is)), _instrumentation.py (InstrumentationNames.for_version: v3+ span/attribute names; the model request
//   span `chat {model}`: gen_ai.operation.name, gen_ai.provider.name + gen_ai.system, gen_ai.request.model,
//   model_request_parameters, gen_ai.tool.definitions, the baggage gen_ai.agent.name / gen_ai.agent.call.id /
//   gen_ai.conversation.id, gen_ai.response.model, gen_ai.response.finish_reasons), models/instrumented.py
//   (messages_to_otel_messages / _otel_message_role: before v6 a request's tool returns are a `user` message;
//   handle_messages: gen_ai.input.messages, gen_ai.output.messages, gen_ai.system_instructions), messages.py
//   (parts {type:'text',content} / {type:'tool_call',id,name,arguments} — `arguments` the provider's JSON string when the
//   provider gives one (OpenAI-compatible), a dict otherwise (Anthropic, Gemini) — / {type:'tool_call_response',id,name,
//   result}), tests/test_logfire.py (the snapshots of all three spans: logfire.span_type 'span', logfire.json_schema).
// Choices: the system prompt is given as `instructions=` (what the docs recommend), so it is in gen_ai.system_instructions
// and not among the input messages; the session id is pydantic-ai's own `conversation_id` (gen_ai.conversation.id on the
// run span, and on its model and tool spans through the run's baggage). Pydantic AI writes no agent input attribute: the
// user's prompt is in pydantic_ai.all_messages (and the model spans' input). A tool's description is not on its span
// (only in the model span's gen_ai.tool.definitions). Pydantic AI always has call ids: one the session lacks is made up
// (`pyd_ai_<hex>`), shared by a tool span and the call it answers when they match by name and arguments.
// CHAIN / RETRIEVER / other spans: pydantic-ai has none, they stay as they are.
import type { Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message, type OiSpan } from './semconv-read.ts';

export function hexOf(seed: string, len = 32): string {
  let h = 2166136261;
  let out = '';
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  while (out.length < len) {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    out += (h >>> 8).toString(16).padStart(6, '0');
  }
  return out.slice(0, len);
}

export const uuidOf = (seed: string): string => {
  const h = hexOf(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** The session's spans by id, read once per session. */
const INDEX = new WeakMap<readonly OiSpan[], Map<string, OiSpan>>();
export function byId(session: readonly OiSpan[]): Map<string, OiSpan> {
  let m = INDEX.get(session);
  if (!m) INDEX.set(session, (m = new Map(session.map((s) => [s.raw.spanId, s]))));
  return m;
}

/** The nearest AGENT span above `s` (not `s` itself). */
export function agentOf(s: OiSpan, session: readonly OiSpan[]): OiSpan | undefined {
  const ids = byId(session);
  let p = s.raw.parentSpanId ? ids.get(s.raw.parentSpanId) : undefined;
  for (let i = 0; p && i < 100; i++) {
    if (p.kind === 'AGENT' && p.agent !== undefined) return p;
    p = p.raw.parentSpanId ? ids.get(p.raw.parentSpanId) : undefined;
  }
  return undefined;
}

/** The LLM spans run by `agent` (its nearest agent), in time order. */
export function llmsOf(agent: OiSpan, session: readonly OiSpan[]): OiSpan[] {
  return session
    .filter((x) => x.kind === 'LLM' && agentOf(x, session) === agent)
    .sort((a, b) => (a.raw.endTimeUnixNano < b.raw.endTimeUnixNano ? -1 : a.raw.endTimeUnixNano > b.raw.endTimeUnixNano ? 1 : 0));
}

/** A call id the session lacks: one per (LLM span, call), shared with the tool span that ran it (same name and arguments, later, same agent). */
export function madeUpCallIds(session: readonly OiSpan[], prefix: (seed: string) => string): Map<string, string> {
  const key = `callids`;
  const cache = (MADE_UP.get(session) ?? MADE_UP.set(session, new Map()).get(session))!;
  if (cache.has(key)) return cache.get(key)!;
  const ids = new Map<string, string>();
  const open: { agent?: OiSpan; name: string; args: string; id: string; t: bigint }[] = [];
  for (const s of session) {
    if (s.kind !== 'LLM') continue;
    s.outputMessages.forEach((m, i) =>
      m.toolCalls?.forEach((c, k) => {
        if (c.id) return;
        const id = prefix(`${s.raw.spanId}/${i}/${k}`);
        ids.set(`${s.raw.spanId}/${i}/${k}`, id);
        open.push({ agent: agentOf(s, session), name: c.name, args: norm(c.arguments), id, t: s.raw.startTimeUnixNano });
      }),
    );
  }
  for (const s of session) {
    if (s.kind !== 'TOOL' || s.callId) continue;
    const agent = agentOf(s, session);
    const name = s.tool ?? s.raw.name;
    const j = open.findIndex((o) => o.agent === agent && o.name === name && o.args === norm(s.input ?? '{}') && o.t <= s.raw.startTimeUnixNano);
    ids.set(s.raw.spanId, j >= 0 ? open.splice(j, 1)[0].id : prefix(s.raw.spanId));
  }
  cache.set(key, ids);
  return ids;
}
const MADE_UP = new WeakMap<readonly OiSpan[], Map<string, Map<string, string>>>();
function norm(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json));
  } catch {
    return json;
  }
}

/** The OI tool definitions (`llm.tools.<i>.tool.json_schema`) as GenAI tool definitions, and the rest without them. */
export function toolDefinitions(rest: Attributes): { defs: Record<string, unknown>[]; rest: Attributes } {
  const defs: Record<string, unknown>[] = [];
  const out: Attributes = {};
  for (const [k, v] of Object.entries(rest)) {
    const m = /^llm\.tools\.(\d+)\.tool\.json_schema$/.exec(k);
    if (!m) {
      out[k] = v;
      continue;
    }
    try {
      const t = JSON.parse(String(v)) as { function?: { name: string; description?: string; parameters?: unknown }; name?: string; description?: string; parameters?: unknown };
      const f = t.function ?? t;
      defs[Number(m[1])] = { type: 'function', name: f.name, ...(f.description ? { description: f.description } : {}), ...(f.parameters ? { parameters: f.parameters } : {}) };
    } catch {
      /* not JSON: dropped */
    }
  }
  return { defs: defs.filter(Boolean), rest: out };
}

/** OpenInference attributes with no place in another convention (read above or mapped), dropped from `rest`. */
export function withoutOi(rest: Attributes): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(rest)) if (!/^(llm\.|tool\.parameters$|tool\.json_schema$|openinference\.)/.test(k)) out[k] = v;
  return out;
}

export function usageOf(rest: Attributes): Attributes {
  const u: Attributes = {};
  if (rest['llm.token_count.prompt'] !== undefined) u['gen_ai.usage.input_tokens'] = rest['llm.token_count.prompt'];
  if (rest['llm.token_count.completion'] !== undefined) u['gen_ai.usage.output_tokens'] = rest['llm.token_count.completion'];
  return u;
}

/** pydantic-ai's `model.system` for a provider (GoogleModel on the Generative Language API: google-gla). */
function systemOf(s: OiSpan): string {
  const p = s.provider?.toLowerCase();
  if (p) return p === 'google' ? 'google-gla' : p;
  const m = (s.model ?? '').toLowerCase();
  return m.startsWith('claude') ? 'anthropic' : m.startsWith('gemini') ? 'google-gla' : 'openai';
}

type Part = Record<string, unknown>;
interface PydMessage {
  role: string;
  parts: Part[];
  finish_reason?: string;
}

/** The run's conversation in pydantic-ai's format; leading system messages are the agent's instructions. */
function toMessages(msgs: Message[], dictArgs: boolean, callIds: (i: number, k: number) => string | undefined, offset = 0): { instructions?: string; messages: PydMessage[] } {
  let start = 0;
  const sys: string[] = [];
  while (start < msgs.length && msgs[start].role === 'system') sys.push(msgs[start++].content ?? '');
  const names = new Map<string, string>();
  const out: PydMessage[] = [];
  for (let i = start; i < msgs.length; i++) {
    const m = msgs[i];
    if (m.role === 'assistant' || m.role === 'model' || m.role === 'ai') {
      const parts: Part[] = [];
      if (m.content) parts.push({ type: 'text', content: m.content });
      m.toolCalls?.forEach((c, k) => {
        const id = c.id ?? callIds(i + offset, k) ?? `pyd_ai_${hexOf(`${i}/${k}/${c.name}`)}`;
        names.set(id, c.name);
        let args: unknown = c.arguments;
        if (dictArgs) {
          try {
            args = JSON.parse(c.arguments);
          } catch {
            /* kept as the model wrote it */
          }
        }
        parts.push({ type: 'tool_call', id, name: c.name, arguments: args });
      });
      out.push({ role: 'assistant', parts, finish_reason: m.toolCalls?.length ? 'tool_call' : 'stop' });
    } else if (m.role === 'tool' || m.role === 'function') {
      const part: Part = { type: 'tool_call_response', id: m.toolCallId ?? '', name: m.name ?? names.get(m.toolCallId ?? '') ?? '', result: m.content ?? '' };
      const last = out[out.length - 1];
      // One request carries the returns of one turn's calls: consecutive tool messages are one `user` message (before v6).
      if (last && last.role === 'user' && last.parts.every((p) => p.type === 'tool_call_response') && msgs[i - 1]?.role === m.role) last.parts.push(part);
      else out.push({ role: 'user', parts: [part] });
    } else out.push({ role: m.role === 'system' ? 'system' : 'user', parts: [{ type: 'text', content: m.content ?? '' }] });
  }
  return { instructions: sys.length ? sys.join('\n\n') : undefined, messages: out };
}

const J = (v: unknown) => JSON.stringify(v);
const instructionsAttr = (text: string | undefined): Attributes => (text ? { 'gen_ai.system_instructions': J([{ type: 'text', content: text }]) } : {});

function baggage(s: OiSpan, session: readonly OiSpan[]): Attributes {
  const a = agentOf(s, session);
  if (!a) return {};
  return {
    'gen_ai.agent.name': a.agent ?? a.raw.name,
    'gen_ai.agent.call.id': uuidOf(`run/${a.raw.spanId}`),
    ...(a.sessionId ?? s.sessionId ? { 'gen_ai.conversation.id': (a.sessionId ?? s.sessionId)! } : {}),
  };
}

function llmMessages(s: OiSpan, session: readonly OiSpan[]) {
  const dictArgs = ['anthropic', 'google-gla', 'google-vertex'].includes(systemOf(s));
  const made = madeUpCallIds(session, (seed) => `pyd_ai_${hexOf(seed)}`);
  const input = toMessages(s.inputMessages, dictArgs, () => undefined);
  if (!s.inputMessages.length && s.input !== undefined) input.messages.push({ role: 'user', parts: [{ type: 'text', content: s.input }] });
  const output = toMessages(s.outputMessages, dictArgs, (i, k) => made.get(`${s.raw.spanId}/${i}/${k}`)).messages.filter((m) => m.role === 'assistant');
  if (!output.length && s.output !== undefined) output.push({ role: 'assistant', parts: [{ type: 'text', content: s.output }], finish_reason: 'stop' });
  return { input, output };
}

function chat(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const model = s.model ?? 'unknown';
  const system = systemOf(s);
  const { defs, rest } = toolDefinitions(s.rest);
  const { input, output } = llmMessages(s, session);
  const fr = output[0]?.finish_reason;
  const a: Attributes = {
    'gen_ai.operation.name': 'chat',
    'gen_ai.provider.name': system,
    'gen_ai.system': system,
    'gen_ai.request.model': model,
    model_request_parameters: J({
      function_tools: defs.map((d) => ({ name: d.name, description: d.description ?? null, parameters_json_schema: d.parameters ?? { type: 'object', properties: {} }, outer_typed_dict_key: null, strict: null, sequential: false, kind: 'function', metadata: null })),
      native_tools: [],
      output_mode: 'text',
      output_tools: [],
      output_object: null,
      allow_text_output: true,
      allow_image_output: false,
    }),
    ...(defs.length ? { 'gen_ai.tool.definitions': J(defs) } : {}),
    'logfire.json_schema': J({ type: 'object', properties: { 'gen_ai.input.messages': { type: 'array' }, 'gen_ai.output.messages': { type: 'array' }, ...(input.instructions ? { 'gen_ai.system_instructions': { type: 'array' } } : {}), model_request_parameters: { type: 'object' } } }),
    ...baggage(s, session),
    'logfire.span_type': 'span',
    'logfire.msg': `chat ${model}`,
    'gen_ai.input.messages': J(input.messages),
    ...(output.length ? { 'gen_ai.output.messages': J(output) } : {}),
    ...instructionsAttr(input.instructions),
    'gen_ai.response.model': model,
    ...usageOf(rest),
    ...(fr ? { 'gen_ai.response.finish_reasons': [fr] } : {}),
  };
  return respan(s, `chat ${model}`, { ...a, ...withoutOi(rest) });
}

function tool(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const name = s.tool ?? s.raw.name;
  const id = s.callId ?? madeUpCallIds(session, (seed) => `pyd_ai_${hexOf(seed)}`).get(s.raw.spanId)!;
  const a: Attributes = {
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.name': name,
    'gen_ai.tool.call.id': id,
    'gen_ai.tool.call.arguments': s.input ?? '{}',
    ...baggage(s, session),
    'logfire.msg': `running tool: ${name}`,
    'logfire.json_schema': J({ type: 'object', properties: { 'gen_ai.tool.call.arguments': { type: 'object' }, 'gen_ai.tool.call.result': { type: 'object' }, 'gen_ai.tool.name': {}, 'gen_ai.tool.call.id': {} } }),
    'logfire.span_type': 'span',
    ...(s.output !== undefined ? { 'gen_ai.tool.call.result': s.output } : {}),
  };
  return respan(s, `execute_tool ${name}`, { ...a, ...withoutOi(s.rest) });
}

function agent(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const name = s.agent ?? s.raw.name ?? 'agent';
  const llms = llmsOf(s, session);
  const last = llms[llms.length - 1];
  let instructions: string | undefined;
  let messages: PydMessage[] = [];
  if (last) {
    const { input, output } = llmMessages(last, session);
    instructions = input.instructions;
    messages = [...input.messages, ...output];
  }
  const said = (text: string) => messages.some((m) => m.role === 'user' && m.parts.some((p) => p.type === 'text' && p.content === text));
  if (s.input !== undefined && !said(s.input)) messages.unshift({ role: 'user', parts: [{ type: 'text', content: s.input }] });
  const lastText = [...messages].reverse().find((m) => m.role === 'assistant')?.parts.filter((p) => p.type === 'text').map((p) => p.content as string).join('\n');
  if (!last && s.output !== undefined) messages.push({ role: 'assistant', parts: [{ type: 'text', content: s.output }], finish_reason: 'stop' });
  const final = s.output ?? (lastText || undefined);
  const allAttrs: Attributes = { 'pydantic_ai.all_messages': J(messages), ...instructionsAttr(instructions) };
  const a: Attributes = {
    model_name: last?.model ?? llms.find((l) => l.model)?.model ?? 'unknown',
    agent_name: name,
    'gen_ai.agent.name': name,
    'gen_ai.agent.call.id': uuidOf(`run/${s.raw.spanId}`),
    ...(s.sessionId ? { 'gen_ai.conversation.id': s.sessionId } : {}),
    'gen_ai.operation.name': 'invoke_agent',
    'logfire.msg': `${name} run`,
    'logfire.span_type': 'span',
    ...(final !== undefined ? { final_result: final } : {}),
    ...allAttrs,
    'logfire.json_schema': J({ type: 'object', properties: { ...Object.fromEntries(Object.keys(allAttrs).map((k) => [k, { type: 'array' }])), ...(s.rest.metadata !== undefined ? { metadata: { type: 'object' } } : {}), final_result: { type: 'object' } } }),
  };
  return respan(s, `invoke_agent ${name}`, { ...a, ...withoutOi(s.rest) });
}

export const pydanticAi: Convention = (s, session) => {
  // An AGENT span with no agent name is another framework's node (a LangGraph `agent` node), a TOOL span with no tool
  // name another framework's construct (an Agents SDK handoff): the library has no such span, they stay as they are.
  if (s.kind === 'AGENT' && s.agent !== undefined) return agent(s, session);
  if (s.kind === 'LLM') return chat(s, session);
  if (s.kind === 'TOOL' && s.tool !== undefined) return tool(s, session);
  return respan(s, s.raw.name, { ...s.raw.attributes });
};
