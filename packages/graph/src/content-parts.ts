// A message's content as the model APIs write it: a string, or a list of parts in the provider's shape
// (OpenAI and the AI SDK `{type: 'text'}`, `tool-call`, `tool-result`; Anthropic `tool_use`, `tool_result`;
// Bedrock `toolUse`, `toolResult`; Gemini `function_call`, `function_response`).
import type { ChatMessage, ToolCallRequest } from './agent-span.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const asText = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : JSON.stringify(v));
const asId = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The messages one API message stands for. Tool results become messages of role `tool` of their own,
 * whatever role carried them: Anthropic, Bedrock and Gemini return them inside a `user` message, and a
 * user message is the user's own request to the rules (trusted), which a tool's output must never be.
 */
export function partsToMessages(role: string, content: unknown, name?: string): ChatMessage[] {
  if (typeof content === 'string') return [named({ role, content }, name)];
  if (!Array.isArray(content)) return content === undefined || content === null ? [named({ role }, name)] : [named({ role, content: asText(content) }, name)];
  const texts: string[] = [];
  const results: ChatMessage[] = [];
  let calls: ToolCallRequest[] | undefined;
  for (const p of content) {
    if (typeof p === 'string') {
      texts.push(p);
      continue;
    }
    if (!isObj(p)) continue;
    const call = toolCall(p);
    if (call) {
      (calls ??= []).push(call);
      continue;
    }
    const result = toolResult(p);
    if (result) {
      results.push(result);
      continue;
    }
    const text = p.text ?? (typeof p.content === 'string' ? p.content : undefined);
    if (typeof text === 'string') texts.push(text);
  }
  const out = results;
  if (texts.length > 0 || calls || results.length === 0) {
    const m: ChatMessage = { role };
    if (texts.length > 0) m.content = texts.join('\n');
    if (calls) m.toolCalls = calls;
    out.push(named(m, name));
  }
  return out;
}

function named(m: ChatMessage, name: string | undefined): ChatMessage {
  if (name) m.name = name;
  return m;
}

function toolCall(p: Obj): ToolCallRequest | undefined {
  // Bedrock `{toolUse: {…}}`, Gemini `{function_call | functionCall: {…}}`, or the part itself.
  // Haystack's ChatMessage.to_dict(): `{tool_call: {tool_name, arguments, id}}`.
  const inner = isObj(p.toolUse) ? p.toolUse : isObj(p.function_call) ? p.function_call : isObj(p.functionCall) ? p.functionCall : isObj(p.tool_call) ? p.tool_call : undefined;
  const o = inner ?? (p.type === 'tool-call' || p.type === 'tool_use' || p.type === 'tool_call' || p.type === 'function_call' ? p : undefined);
  if (!o) return undefined;
  const name = o.toolName ?? o.name ?? o.tool_name;
  if (typeof name !== 'string') return undefined;
  const call: ToolCallRequest = { name };
  const id = asId(o.toolCallId ?? o.toolUseId ?? o.id ?? o.call_id);
  if (id) call.id = id;
  const args = asText(o.input ?? o.args ?? o.arguments);
  if (args !== undefined) call.arguments = args;
  return call;
}

function toolResult(p: Obj): ChatMessage | undefined {
  // Haystack: `{tool_call_result: {result, origin: {tool_name, arguments, id}, error}}`.
  const haystack = isObj(p.tool_call_result) ? p.tool_call_result : undefined;
  const origin = haystack && isObj(haystack.origin) ? haystack.origin : undefined;
  const inner = isObj(p.toolResult) ? p.toolResult : isObj(p.function_response) ? p.function_response : isObj(p.functionResponse) ? p.functionResponse : haystack ? { ...origin, result: haystack.result } : undefined;
  const o = inner ?? (p.type === 'tool-result' || p.type === 'tool_result' || p.type === 'tool_call_response' || p.type === 'function_call_output' ? p : undefined);
  if (!o) return undefined;
  const m: ChatMessage = { role: 'tool' };
  const id = asId(o.toolCallId ?? o.toolUseId ?? o.tool_use_id ?? o.id ?? o.call_id);
  if (id) m.toolCallId = id;
  const name = o.toolName ?? o.name ?? o.tool_name;
  if (typeof name === 'string') m.name = name;
  const content = resultText(o.output ?? o.result ?? o.content ?? o.response);
  if (content !== undefined) m.content = content;
  return m;
}

/** A tool result's payload as text: a string, the AI SDK's `{type, value}`, a list of text/json blocks, or JSON. */
function resultText(v: unknown): string | undefined {
  if (typeof v === 'string' || v === undefined || v === null) return v ?? undefined;
  if (isObj(v) && typeof v.type === 'string' && 'value' in v) return asText(v.value);
  if (Array.isArray(v)) {
    const parts = v.map((b) => (typeof b === 'string' ? b : isObj(b) ? asText(b.text ?? b.json ?? b.value ?? b) : undefined)).filter((x): x is string => x !== undefined);
    return parts.join('\n');
  }
  // Gemini and ADK wrap a function's return value: `{result: …}`.
  if (isObj(v) && Object.keys(v).length === 1 && 'result' in v) return asText(v.result);
  return asText(v);
}

/** A list of parts, not a list of messages: no item has a role (Bedrock content blocks in a Strands event). */
export function isPartList(v: unknown[]): boolean {
  return v.length > 0 && v.every((p) => typeof p === 'string' || (isObj(p) && !('role' in p) && !('message' in p)));
}
