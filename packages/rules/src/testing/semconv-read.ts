// Test helper: an OpenInference span (what SessionBuilder and Dojo write) read into its parts, for the rewriters of
// semconv-rewrite.ts to write again as another instrumentation would have traced it.
import type { AttrValue, Attributes, RawSpan } from '@sentinel/graph';

export interface ToolCall {
  id?: string;
  name: string;
  /** JSON text, as the model wrote it. */
  arguments: string;
}

export interface Message {
  role: string;
  content?: string;
  toolCalls?: ToolCall[];
  /** A tool message: the call it answers. */
  toolCallId?: string;
  name?: string;
}

/** What an OpenInference span says, read once; what it does not read stays in `rest`. */
export interface OiSpan {
  raw: RawSpan;
  /** `openinference.span.kind`, upper case (AGENT, TOOL, LLM, CHAIN, RETRIEVER, …). */
  kind: string;
  agent?: string;
  tool?: string;
  toolDescription?: string;
  /** The tool span's call id (`tool_call.id`). */
  callId?: string;
  input?: string;
  output?: string;
  model?: string;
  provider?: string;
  sessionId?: string;
  userId?: string;
  inputMessages: Message[];
  outputMessages: Message[];
  /** Attributes not read above, kept as they are: metadata, graph.node.*, sentinel.message.*, llm.tools.*, … */
  rest: Attributes;
}

const str = (v: AttrValue | undefined): string | undefined => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : String(v));

/** `llm.input_messages.<i>.message.<field>` → messages, tool calls and `contents` text parts included. */
function messagesOf(attrs: Attributes, prefix: string, consumed: Set<string>): Message[] {
  const out: Message[] = [];
  const texts = new Map<number, string[]>();
  for (const [k, v] of Object.entries(attrs)) {
    if (!k.startsWith(prefix)) continue;
    const m = /^(\d+)\.message\.(.+)$/.exec(k.slice(prefix.length));
    if (!m) continue;
    consumed.add(k);
    const i = Number(m[1]);
    const field = m[2];
    const msg = (out[i] ??= { role: 'user' });
    const value = str(v) ?? '';
    if (field === 'role') msg.role = value;
    else if (field === 'content') msg.content = value;
    else if (field === 'name') msg.name = value;
    else if (field === 'tool_call_id') msg.toolCallId = value;
    else {
      const call = /^tool_calls\.(\d+)\.tool_call\.(id|function\.name|function\.arguments)$/.exec(field);
      if (call) {
        const c = ((msg.toolCalls ??= [])[Number(call[1])] ??= { name: '', arguments: '{}' });
        if (call[2] === 'id') c.id = value;
        else if (call[2] === 'function.name') c.name = value;
        else c.arguments = value;
        continue;
      }
      const part = /^contents\.(\d+)\.message_content\.text$/.exec(field);
      if (part) (texts.get(i) ?? texts.set(i, []).get(i)!)[Number(part[1])] = value;
    }
  }
  for (const [i, parts] of texts) if (out[i] && out[i].content === undefined) out[i].content = parts.filter((p) => p !== undefined).join('\n');
  return out.filter(Boolean).map((m) => (m.toolCalls ? { ...m, toolCalls: m.toolCalls.filter(Boolean) } : m));
}

const READ = ['openinference.span.kind', 'agent.name', 'tool.name', 'tool.description', 'tool_call.id', 'input.value', 'output.value', 'input.mime_type', 'output.mime_type', 'llm.model_name', 'llm.provider', 'llm.system', 'session.id', 'user.id'];

/** An OpenInference span read into its parts; undefined for a span of another convention (left as it is). */
export function readOpenInference(raw: RawSpan): OiSpan | undefined {
  const a = raw.attributes;
  const kind = str(a['openinference.span.kind'])?.toUpperCase();
  if (!kind) return undefined;
  const consumed = new Set(READ);
  const span: OiSpan = {
    raw,
    kind,
    agent: str(a['agent.name']),
    tool: str(a['tool.name']),
    toolDescription: str(a['tool.description']),
    callId: str(a['tool_call.id']),
    input: str(a['input.value']),
    output: str(a['output.value']),
    model: str(a['llm.model_name']),
    provider: str(a['llm.provider']) ?? str(a['llm.system']),
    sessionId: str(a['session.id']),
    userId: str(a['user.id']),
    inputMessages: messagesOf(a, 'llm.input_messages.', consumed),
    outputMessages: messagesOf(a, 'llm.output_messages.', consumed),
    rest: {},
  };
  for (const [k, v] of Object.entries(a)) if (!consumed.has(k)) span.rest[k] = v;
  return span;
}

/** Rewrites one span; `session` is every span of the run, read (parents, the calls a tool span answers). */
export type Convention = (span: OiSpan, session: readonly OiSpan[]) => RawSpan;

/** A span copy with new name and attributes: ids, times, status, events, links and resource as they were. */
export function respan(s: OiSpan, name: string, attributes: Attributes): RawSpan {
  return { ...s.raw, name, attributes, events: [...s.raw.events] };
}

/** JSON text parsed; undefined when it is not JSON (or not there). */
export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What a tool returned: the object when its text is a JSON object or array, else the text. */
export function returned(text: string): unknown {
  const v = parseJson(text);
  return v !== null && typeof v === 'object' ? v : text;
}

/** The session and user ids of a span under the keys a library writes them with (those it has). */
export function idAttrs(s: OiSpan, sessionKey: string, userKey: string): Attributes {
  const a: Attributes = {};
  if (s.sessionId !== undefined) a[sessionKey] = s.sessionId;
  if (s.userId !== undefined) a[userKey] = s.userId;
  return a;
}
