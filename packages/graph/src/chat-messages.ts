// Chat messages as each convention writes them: OpenInference and OpenLLMetry indexed attributes,
// GenAI's JSON `gen_ai.input/output.messages`, and message span events.
import type { ChatMessage, ToolCallRequest } from './agent-span.ts';
import { str } from './attr-values.ts';
import { isPartList, partsToMessages } from './content-parts.ts';
import { parseJsonText } from './json-text.ts';
import type { AttrValue, Attributes, RawSpan } from './raw-span.ts';
import { GENAI, GENAI_EVENTS, OPENINFERENCE } from './semconv.ts';

/** Where a flattened convention puts each message field, under `<prefix>.<i>.`. */
interface MessageFields {
  role: string;
  content: string;
  name?: string;
  toolCallId: string;
  /** Then `.<j>.` and the call's own fields. */
  toolCalls: string;
  callName: string;
  callArguments: string;
  callId: string;
  /** Content given as parts, then `.<k>.` and the part's text field. */
  contents?: string;
  contentText?: string;
}

/** OpenInference: `llm.input_messages.<i>.message.role`, `...message.tool_calls.<j>.tool_call.function.name`. */
export const OI_FIELDS: MessageFields = {
  role: OPENINFERENCE.messageRole,
  content: OPENINFERENCE.messageContent,
  name: OPENINFERENCE.messageName,
  toolCallId: OPENINFERENCE.messageToolCallId,
  toolCalls: OPENINFERENCE.messageToolCalls,
  callName: OPENINFERENCE.toolCallFunctionName,
  callArguments: OPENINFERENCE.toolCallFunctionArguments,
  callId: OPENINFERENCE.toolCallId,
  contents: OPENINFERENCE.messageContents,
  contentText: OPENINFERENCE.messageContentText,
};

/** OpenLLMetry: `gen_ai.prompt.<i>.role|content|tool_call_id`, `gen_ai.completion.<i>.tool_calls.<j>.name|arguments|id`. */
export const OPENLLMETRY_FIELDS: MessageFields = { role: 'role', content: 'content', toolCallId: 'tool_call_id', toolCalls: 'tool_calls', callName: 'name', callArguments: 'arguments', callId: 'id' };

/** Messages flattened into indexed attributes (`<prefix>.<i>.<field>`), in index order. */
export function indexedMessages(a: Attributes, prefix: string, fields: MessageFields): ChatMessage[] | undefined {
  let messages: ChatMessage[] | undefined;
  const head = prefix + '.';
  for (const key in a) {
    if (!key.startsWith(head)) continue;
    const rest = key.slice(head.length);
    const dot = rest.indexOf('.');
    const i = Number(rest.slice(0, dot));
    if (!Number.isInteger(i) || i < 0 || i > 10_000) continue;
    messages ??= [];
    const m = (messages[i] ??= { role: '' });
    const field = rest.slice(dot + 1);
    const value = a[key];
    if (field === fields.role) m.role = str(value) ?? '';
    else if (field === fields.content) m.content = str(value);
    else if (field === fields.name) m.name = str(value);
    else if (field === fields.toolCallId) m.toolCallId = str(value);
    else if (fields.contents && field.startsWith(fields.contents + '.') && field.endsWith('.' + fields.contentText)) {
      // Text parts join the content in key order (parts are few; their index order is the usual key order).
      const t = str(value);
      if (t) m.content = m.content === undefined ? t : `${m.content}\n${t}`;
    }
    else if (field.startsWith(fields.toolCalls + '.')) {
      const tc = field.slice(fields.toolCalls.length + 1);
      const d = tc.indexOf('.');
      const j = Number(tc.slice(0, d));
      if (!Number.isInteger(j) || j < 0 || j > 1000) continue;
      const calls = (m.toolCalls ??= []);
      const call = (calls[j] ??= { name: '' });
      const f = tc.slice(d + 1);
      if (f === fields.callName) call.name = str(value) ?? '';
      else if (f === fields.callArguments) call.arguments = str(value);
      else if (f === fields.callId) call.id = str(value);
    }
  }
  // Sparse indexes (a sender dropped some) would leave holes.
  return messages?.filter(Boolean).map((m) => (m.toolCalls ? { ...m, toolCalls: m.toolCalls.filter(Boolean) } : m));
}

/** GenAI messages: a JSON string (or structured attribute) of `{role, parts: [{type, content | name, arguments}]}`. */
export function genAiMessages(v: AttrValue | undefined): ChatMessage[] | undefined {
  if (v === undefined || v === null) return undefined;
  let parsed: unknown = v;
  if (typeof v === 'string') {
    try {
      parsed = JSON.parse(v);
    } catch {
      return [{ role: 'unknown', content: v }];
    }
  }
  if (!Array.isArray(parsed)) return undefined;
  const out: ChatMessage[] = [];
  for (const item of parsed) {
    if (!item || typeof item !== 'object') continue;
    const msg = item as { role?: unknown; parts?: unknown; content?: unknown; name?: unknown };
    // Parts as the other APIs' content blocks (content-parts.ts): `text`, `tool_call`, and `tool_call_response`, a
    // tool's result and a message of its own whatever role carries it (Pydantic AI sends them in `user` requests).
    const parts: unknown[] = typeof msg.content === 'string' ? [msg.content] : [];
    if (Array.isArray(msg.parts)) parts.push(...msg.parts);
    out.push(...partsToMessages(typeof msg.role === 'string' ? msg.role : 'unknown', parts, typeof msg.name === 'string' ? msg.name : undefined));
  }
  return out;
}

/**
 * A system prompt kept apart from the messages: GenAI's `gen_ai.system_instructions` (a JSON array of parts, 1.37+),
 * or plain text (Strands' `gen_ai.agent.system_prompt`). As system messages, read as the other conventions' are.
 */
export function systemInstructionMessages(v: AttrValue | undefined): ChatMessage[] | undefined {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    return [{ role: 'system', content: v }];
  }
  if (typeof parsed === 'string') return [{ role: 'system', content: parsed }];
  if (!Array.isArray(parsed)) return [{ role: 'system', content: v }];
  const msgs = partsToMessages('system', parsed, undefined);
  return msgs.length > 0 ? msgs : undefined;
}

/** Span events that carry one message each, and the role each stands for (GenAI before `gen_ai.input.messages`). */
const MESSAGE_EVENTS: Record<string, { role: string; output: boolean; body: string }> = {
  [GENAI_EVENTS.systemMessage]: { role: 'system', output: false, body: GENAI.eventContent },
  [GENAI_EVENTS.userMessage]: { role: 'user', output: false, body: GENAI.eventContent },
  [GENAI_EVENTS.assistantMessage]: { role: 'assistant', output: false, body: GENAI.eventContent },
  [GENAI_EVENTS.toolMessage]: { role: 'tool', output: false, body: GENAI.eventContent },
  [GENAI_EVENTS.choice]: { role: 'assistant', output: true, body: GENAI.eventContent },
  [GENAI_EVENTS.contentPrompt]: { role: 'user', output: false, body: GENAI.eventPrompt },
  [GENAI_EVENTS.contentCompletion]: { role: 'assistant', output: true, body: GENAI.eventCompletion },
};

/**
 * The attribute a message event's body is read from, for an event of that name; undefined for any other event. A log
 * record of the event (the GenAI conventions' messages as the Logs SDK exports them) carries the body as its own body:
 * written to this attribute, the record reads as the span event.
 */
export function messageEventBodyKey(name: string): string | undefined {
  return Object.hasOwn(MESSAGE_EVENTS, name) ? MESSAGE_EVENTS[name].body : undefined;
}

/**
 * Messages recorded as span events: the body is the message as JSON (`{role?, content, tool_calls?}`,
 * a choice's `{message: {...}}`, or a list of `{role, content}`), or plain text.
 */
export function eventMessages(raw: RawSpan, output: boolean): ChatMessage[] | undefined {
  let out: ChatMessage[] | undefined;
  for (const e of raw.events) {
    const kind = Object.hasOwn(MESSAGE_EVENTS, e.name) ? MESSAGE_EVENTS[e.name] : undefined;
    if (!kind || kind.output !== output) continue;
    const body = e.attributes[kind.body] ?? e.attributes[GENAI_EVENTS.plainContent] ?? e.attributes[GENAI_EVENTS.plainMessage];
    if (typeof body !== 'string' || body === '') continue;
    (out ??= []).push(...eventBody(body, kind.role));
  }
  return out;
}

/** Messages as a JSON list of OpenAI-style messages (`[{role, content, tool_calls?, tool_call_id?}]`), or one message or text under `role`. */
export function jsonMessages(v: AttrValue | undefined, role: string): ChatMessage[] | undefined {
  return typeof v === 'string' && v !== '' ? eventBody(v, role) : undefined;
}

function eventBody(body: string, role: string): ChatMessage[] {
  const parsed = parseJsonText(body);
  if (parsed === undefined) return [{ role, content: body }];
  const out = parsedMessages(parsed, role);
  return out.length > 0 ? out : [{ role, content: body }];
}

/** Messages from JSON already parsed (see jsonMessages); none when it holds no message. */
export function parsedMessages(value: unknown, role: string): ChatMessage[] {
  let parsed = value;
  // A run's inputs as LangSmith and Langfuse write them: `{"messages": [...]}`, LangChain's batch as a list of lists.
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Array.isArray((parsed as { messages?: unknown }).messages)) {
    parsed = ((parsed as { messages: unknown[] }).messages).flat();
  }
  // A list of content blocks is one message's content (Strands records Bedrock's `[{text}, {toolUse}]` so).
  if (Array.isArray(parsed) && isPartList(parsed)) return partsToMessages(role, parsed);
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const out: ChatMessage[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const o = item as { role?: unknown; type?: unknown; content?: unknown; message?: unknown; kwargs?: unknown; tool_calls?: unknown; id?: unknown; tool_call_id?: unknown };
    // LangChain's serialized messages keep their fields under `kwargs` and say who spoke by `type` (human, ai, tool).
    const msg = (o.message && typeof o.message === 'object' ? o.message : o.kwargs && typeof o.kwargs === 'object' ? o.kwargs : o) as typeof o;
    const lcRole = typeof msg.type === 'string' ? LANGCHAIN_ROLES[msg.type] : undefined;
    const m: ChatMessage = { role: typeof msg.role === 'string' ? msg.role : lcRole ?? role };
    if (typeof msg.content === 'string') m.content = msg.content;
    else if (Array.isArray(msg.content)) {
      // Parts: tool results among them are messages of their own (role `tool`), ahead of the text and calls.
      for (const part of partsToMessages(m.role, msg.content)) {
        if (part.role === 'tool' && m.role !== 'tool') out.push(part);
        else {
          if (part.content) m.content = part.content;
          if (part.toolCalls) m.toolCalls = part.toolCalls;
          if (part.toolCallId) m.toolCallId = part.toolCallId;
        }
      }
    }
    const callId = msg.tool_call_id ?? (role === 'tool' ? msg.id : undefined);
    if (typeof callId === 'string') m.toolCallId = callId;
    if (Array.isArray(msg.tool_calls)) {
      for (const c of msg.tool_calls as { id?: unknown; name?: unknown; arguments?: unknown; function?: { name?: unknown; arguments?: unknown } }[]) {
        const f = c?.function ?? c;
        if (!f || typeof f.name !== 'string') continue;
        const call: ToolCallRequest = { name: f.name };
        if (typeof c.id === 'string') call.id = c.id;
        if (f.arguments !== undefined) call.arguments = typeof f.arguments === 'string' ? f.arguments : JSON.stringify(f.arguments);
        (m.toolCalls ??= []).push(call);
      }
    }
    out.push(m);
  }
  return out;
}

/** The text of every user turn, in order: what the user said in a conversation a span records whole. */
export function userTexts(messages: readonly ChatMessage[] | undefined): string | undefined {
  const texts = messages?.filter((m) => m.role === 'user' && m.content).map((m) => m.content!) ?? [];
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

const LANGCHAIN_ROLES: Record<string, string> = { human: 'user', ai: 'assistant', tool: 'tool', system: 'system', function: 'tool' };

/** The last message's text, of `role` when given (of any role otherwise: a tool span's output messages). */
export function lastText(messages: ChatMessage[] | undefined, role?: string): string | undefined {
  if (!messages) return undefined;
  for (let i = messages.length - 1; i >= 0; i--) {
    if ((role === undefined || messages[i].role === role) && messages[i].content) return messages[i].content;
  }
  return undefined;
}
