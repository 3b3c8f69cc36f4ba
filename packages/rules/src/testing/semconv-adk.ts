// Google Agent Development Kit (google-adk 1.x, its default tracing: content capture on, no
// OTEL_SEMCONV_STABILITY_OPT_IN). Followed: github.com/google/adk-python src/google/adk/telemetry/tracing.py
// (trace_agent_invocation: `invoke_agent {agent}` with gen_ai.operation.name, gen_ai.agent.description,
// gen_ai.agent.name, gen_ai.conversation.id = the ADK session id; trace_call_llm on the `call_llm` span: gen_ai.system
// 'gcp.vertex.agent', gen_ai.request.model, gcp.vertex.agent.invocation_id / session_id / event_id,
// gcp.vertex.agent.llm_request = json.dumps({model, config (model_dump, exclude_none), contents}) and
// gcp.vertex.agent.llm_response = LlmResponse.model_dump_json(exclude_none=True), gen_ai.response.finish_reasons;
// trace_tool_call on `execute_tool {tool}`: gen_ai.operation.name, gen_ai.tool.description, gen_ai.tool.name,
// gen_ai.tool.type, empty llm_request/llm_response '{}', gcp.vertex.agent.tool_call_args = json.dumps(args),
// gen_ai.tool.call.id and gcp.vertex.agent.tool_response from the function response event, a non-dict response wrapped
// as {"result": ...}), flows/llm_flows/functions.py (a tool's response is a dict, a non-dict result wrapped as
// {'result': ...}; the function response Content has role 'user', parallel responses merged into one Content),
// google.genai types (Content {parts, role 'user'|'model'}, Part {text} / {function_call:{id,args,name}} /
// {function_response:{id,name,response}}), flows/llm_flows/identity.py (the agent's identity appended to the
// system instruction).
// json.dumps writes ', ' and ': ' and keeps non-ASCII (ensure_ascii=False); model_dump_json is compact.
// What ADK does not record: the agent span carries no user prompt and no final answer (they are only in call_llm's
// llm_request / llm_response). A tool that raised: the app's on_tool_error_callback gives the model the error, which is
// then the tool's response ({"result": "<error>"}), the span keeping its error status and exception event.
// The session id: ADK's own (gen_ai.conversation.id on invoke_agent, gcp.vertex.agent.session_id on call_llm; none on
// execute_tool). A sub-agent (an AGENT span under an agent) is an agent transfer: its `invoke_agent` span nested under
// the parent's, with the same session. CHAIN / RETRIEVER / other spans: ADK has none, they stay as they are.
import type { Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message, type OiSpan } from './semconv-read.ts';
import { agentOf, byId, madeUpCallIds, toolDefinitions, usageOf, uuidOf, withoutOi } from './semconv-pydantic-ai.ts';

/** Python's json.dumps(obj, ensure_ascii=False): ', ' and ': ' separators. */
export function pyJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

/** A tool's result as ADK's function response: a dict as returned, anything else wrapped as {"result": ...}. */
function response(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* a plain string */
  }
  return { result: text };
}

function args(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

type Part = Record<string, unknown>;
interface Content {
  parts: Part[];
  role: string;
}

/** The conversation as ADK's LlmRequest.contents; leading system messages are the agent's instruction. */
function contents(msgs: Message[], callIds: (i: number, k: number) => string | undefined): { instruction?: string; contents: Content[] } {
  let start = 0;
  const sys: string[] = [];
  while (start < msgs.length && msgs[start].role === 'system') sys.push(msgs[start++].content ?? '');
  const names = new Map<string, string>();
  const out: Content[] = [];
  for (let i = start; i < msgs.length; i++) {
    const m = msgs[i];
    if (m.role === 'assistant' || m.role === 'model' || m.role === 'ai') {
      const parts: Part[] = [];
      if (m.content) parts.push({ text: m.content });
      m.toolCalls?.forEach((c, k) => {
        const id = c.id ?? callIds(i, k) ?? `adk-${uuidOf(`${i}/${k}/${c.name}`)}`;
        names.set(id, c.name);
        parts.push({ function_call: { id, args: args(c.arguments), name: c.name } });
      });
      out.push({ parts, role: 'model' });
    } else if (m.role === 'tool' || m.role === 'function') {
      const part = { function_response: { id: m.toolCallId, name: m.name ?? names.get(m.toolCallId ?? '') ?? '', response: response(m.content ?? '') } };
      const last = out[out.length - 1];
      if (last && last.role === 'user' && last.parts.every((p) => 'function_response' in p) && msgs[i - 1]?.role === m.role) last.parts.push(part);
      else out.push({ parts: [part], role: 'user' });
    } else out.push({ parts: [{ text: m.content ?? '' }], role: 'user' });
  }
  return { instruction: sys.length ? sys.join('\n\n') : undefined, contents: out };
}

function rootOf(s: OiSpan, session: readonly OiSpan[]): OiSpan {
  const ids = byId(session);
  let r = s;
  for (let i = 0; i < 100 && r.raw.parentSpanId && ids.get(r.raw.parentSpanId); i++) r = ids.get(r.raw.parentSpanId)!;
  return r;
}

function callLlm(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const model = s.model ?? 'unknown';
  const agent = agentOf(s, session);
  const made = madeUpCallIds(session, (seed) => `adk-${uuidOf(seed)}`);
  const { defs, rest } = toolDefinitions(s.rest);
  const input = contents(s.inputMessages, () => undefined);
  if (!s.inputMessages.length && s.input !== undefined) input.contents.push({ parts: [{ text: s.input }], role: 'user' });
  // identity.py: `You are an agent. Your internal name is "<name>".` (+ ` The description about you is "<description>".`), appended.
  const identity = agent ? `You are an agent. Your internal name is "${agent.agent ?? agent.raw.name}".` : undefined;
  const instruction = [input.instruction, identity].filter(Boolean).join('\n\n') || undefined;
  const config: Record<string, unknown> = {
    ...(instruction ? { system_instruction: instruction } : {}),
    ...(defs.length ? { tools: [{ function_declarations: defs.map((d) => ({ ...(d.description ? { description: d.description } : {}), name: d.name, ...(d.parameters ? { parameters: d.parameters } : {}) })) }] } : {}),
  };
  const out = contents(s.outputMessages, (i, k) => made.get(`${s.raw.spanId}/${i}/${k}`)).contents.filter((c) => c.role === 'model');
  if (!out.length && s.output !== undefined) out.push({ parts: [{ text: s.output }], role: 'model' });
  const root = rootOf(s, session);
  const a: Attributes = {
    'gen_ai.system': 'gcp.vertex.agent',
    'gen_ai.request.model': model,
    'gcp.vertex.agent.invocation_id': `e-${uuidOf(`inv/${root.raw.spanId}`)}`,
    ...(s.sessionId ? { 'gcp.vertex.agent.session_id': s.sessionId } : {}),
    'gcp.vertex.agent.event_id': uuidOf(`event/${s.raw.spanId}`),
    'gcp.vertex.agent.llm_request': pyJson({ model, config, contents: input.contents }),
    ...(out.length ? { 'gcp.vertex.agent.llm_response': JSON.stringify({ content: out[0], finish_reason: 'STOP' }) } : { 'gcp.vertex.agent.llm_response': '{}' }),
    ...usageOf(rest),
    ...(out.length ? { 'gen_ai.response.finish_reasons': ['stop'] } : {}),
  };
  return respan(s, 'call_llm', { ...a, ...withoutOi(rest) });
}

function executeTool(s: OiSpan, session: readonly OiSpan[]): ReturnType<Convention> {
  const name = s.tool ?? s.raw.name;
  const ran = s.output !== undefined;
  const id = s.callId ?? madeUpCallIds(session, (seed) => `adk-${uuidOf(seed)}`).get(s.raw.spanId)!;
  const a: Attributes = {
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.description': s.toolDescription ?? '',
    'gen_ai.tool.name': name,
    'gen_ai.tool.type': 'FunctionTool',
    'gcp.vertex.agent.llm_request': '{}',
    'gcp.vertex.agent.llm_response': '{}',
    'gcp.vertex.agent.tool_call_args': pyJson(args(s.input ?? '{}')),
    'gen_ai.tool.call.id': id,
    'gcp.vertex.agent.event_id': uuidOf(`event/${s.raw.spanId}`),
    // A tool that raised: the app's on_tool_error_callback hands the model the error (as AgentDojo does), as the result.
    'gcp.vertex.agent.tool_response': pyJson(ran ? response(s.output!) : { result: s.raw.statusMessage ?? '<not specified>' }),
  };
  return respan(s, `execute_tool ${name}`, { ...a, ...withoutOi(s.rest) });
}

function invokeAgent(s: OiSpan): ReturnType<Convention> {
  const name = s.agent ?? s.raw.name;
  const a: Attributes = {
    'gen_ai.operation.name': 'invoke_agent',
    'gen_ai.agent.description': '',
    'gen_ai.agent.name': name,
    ...(s.sessionId ? { 'gen_ai.conversation.id': s.sessionId } : {}),
  };
  return respan(s, `invoke_agent ${name}`, { ...a, ...withoutOi(s.rest) });
}

export const adk: Convention = (s, session) => {
  // An AGENT span with no agent name is another framework's node (a LangGraph `agent` node), a TOOL span with no tool
  // name another framework's construct (an Agents SDK handoff): the library has no such span, they stay as they are.
  if (s.kind === 'AGENT' && s.agent !== undefined) return invokeAgent(s);
  if (s.kind === 'LLM') return callLlm(s, session);
  if (s.kind === 'TOOL' && s.tool !== undefined) return executeTool(s, session);
  return respan(s, s.raw.name, { ...s.raw.attributes });
};
