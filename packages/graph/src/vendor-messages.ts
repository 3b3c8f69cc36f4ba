// Chat messages as frameworks record them outside the GenAI conventions: the Vercel AI SDK
// (`ai.prompt.messages`, `ai.response.text`, `ai.response.toolCalls`), Google ADK (the Gemini request
// and response as JSON in `gcp.vertex.agent.llm_request` / `llm_response`) and Haystack (a component's
// inputs and outputs as JSON, ChatMessage.to_dict() content parts); CrewAI's task list; Pydantic AI's agent run; MLflow's
// function inputs and OpenAI ChatCompletion outputs.
import type { ChatMessage } from './agent-span.ts';
import type { AttrValue } from './raw-span.ts';
import { genAiMessages, parsedMessages, userTexts } from './chat-messages.ts';
import { partsToMessages } from './content-parts.ts';

function parse(v: AttrValue | undefined): unknown {
  if (typeof v !== 'string') return v ?? undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

type Msg = { role?: unknown; content?: unknown; parts?: unknown; name?: unknown };

function fromList(list: unknown, content: (m: Msg) => unknown, role: (r: unknown) => string): ChatMessage[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: ChatMessage[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const m = item as Msg;
    out.push(...partsToMessages(role(m.role), content(m), typeof m.name === 'string' ? m.name : undefined));
  }
  return out;
}

const sameRole = (r: unknown) => (typeof r === 'string' ? r : 'unknown');
const geminiRole = (r: unknown) => (r === 'model' ? 'assistant' : typeof r === 'string' ? r : 'user');

/** AI SDK model call input: `[{role, content: string | parts}]`. */
export function aiSdkMessages(v: AttrValue | undefined): ChatMessage[] | undefined {
  return fromList(parse(v), (m) => m.content, sameRole);
}

/** AI SDK model call output: the text and the tool calls (`[{toolCallId, toolName, args | input}]`), as one assistant message. */
export function aiSdkOutput(text: AttrValue | undefined, toolCalls: AttrValue | undefined): ChatMessage[] | undefined {
  const calls = parse(toolCalls);
  if (typeof text !== 'string' && !Array.isArray(calls)) return undefined;
  const parts: unknown[] = typeof text === 'string' && text !== '' ? [text] : [];
  if (Array.isArray(calls)) for (const c of calls) if (c && typeof c === 'object') parts.push({ ...(c as object), type: 'tool-call' });
  return partsToMessages('assistant', parts);
}

/** AI SDK run input (`ai.prompt`): `{system?, prompt?, messages?}`; the prompt, or the last user message's text. */
export function aiSdkPrompt(v: AttrValue | undefined): string | undefined {
  const p = parse(v);
  if (!p || typeof p !== 'object') return typeof v === 'string' ? v : undefined;
  const o = p as { prompt?: unknown; messages?: unknown };
  if (typeof o.prompt === 'string') return o.prompt;
  const messages = fromList(o.messages, (m) => m.content, sameRole);
  return messages?.filter((m) => m.role === 'user' && m.content).pop()?.content;
}

/** Gemini request as ADK records it: the system instruction, then `contents: [{role, parts}]`. */
export function geminiRequest(v: AttrValue | undefined): ChatMessage[] | undefined {
  const req = parse(v) as { contents?: unknown; config?: { system_instruction?: unknown; systemInstruction?: unknown } } | undefined;
  if (!req || typeof req !== 'object') return undefined;
  const out: ChatMessage[] = [];
  const system = req.config?.system_instruction ?? req.config?.systemInstruction;
  if (system !== undefined && system !== '') {
    const parts = typeof system === 'object' && system !== null && 'parts' in system ? (system as { parts: unknown }).parts : system;
    out.push(...partsToMessages('system', typeof parts === 'string' ? parts : parts));
  }
  out.push(...(fromList(req.contents, (m) => m.parts, geminiRole) ?? []));
  return out.length > 0 ? out : undefined;
}

/** Gemini response as ADK records it: `{content: {role, parts}}` (or the API's `candidates[0].content`). */
export function geminiResponse(v: AttrValue | undefined): ChatMessage[] | undefined {
  const res = parse(v) as { content?: Msg; candidates?: { content?: Msg }[] } | undefined;
  const content = res?.content ?? res?.candidates?.[0]?.content;
  if (!content || typeof content !== 'object') return undefined;
  return partsToMessages(geminiRole(content.role ?? 'model'), content.parts);
}

/**
 * Haystack: the messages a component got or gave (`haystack.component.input` `{messages}`, `haystack.component.output`
 * `{replies}` or `{last_message}`, a pipeline's `{<component>: {messages}}`), as `ChatMessage.to_dict()` writes them:
 * `{role, content: [{text} | {tool_call} | {tool_call_result}]}`.
 */
export function haystackMessages(v: AttrValue | undefined): ChatMessage[] | undefined {
  const o = parse(v);
  if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
  const io = o as Record<string, unknown>;
  const list = io.messages ?? io.replies ?? (io.last_message ? [io.last_message] : undefined) ?? nestedMessages(io);
  return fromList(list, (m) => m.content, sameRole);
}

/** A pipeline's input or output: the first component's messages (`{agent: {messages: [...]}}`). */
function nestedMessages(io: Record<string, unknown>): unknown {
  for (const v of Object.values(io)) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const c = v as Record<string, unknown>;
    const list = c.messages ?? c.replies ?? (c.last_message ? [c.last_message] : undefined);
    if (Array.isArray(list)) return list;
  }
  return undefined;
}

/**
 * A CrewAI kickoff's request: its inputs and the crew's task descriptions. The inputs alone (`{topic, recipient}`) do
 * not say what the crew was asked to do: the app's tasks do ("… and email it to the speaker liaison listed on …"),
 * templated from those inputs when the crew started, so nothing the agents read later can have written them.
 */
export function crewRequest(inputs: AttrValue | undefined, tasks: AttrValue | undefined): string | undefined {
  const given = typeof inputs === 'string' ? inputs : undefined;
  const list = parse(tasks);
  const described = Array.isArray(list)
    ? list.map((t) => (t && typeof t === 'object' ? (t as { description?: unknown }).description : undefined)).filter((d): d is string => typeof d === 'string' && d !== '')
    : [];
  return described.length === 0 ? given : [given, ...described].filter(Boolean).join('\n\n');
}

/** Gemini's tool declarations in a request as ADK records it (`config.tools[].function_declarations`), each as a JSON definition. */
export function geminiToolDeclarations(v: AttrValue | undefined): string[] | undefined {
  const req = parse(v) as { config?: { tools?: unknown } } | undefined;
  const tools = req?.config?.tools;
  if (!Array.isArray(tools)) return undefined;
  const out: string[] = [];
  for (const t of tools) {
    if (!t || typeof t !== 'object') continue;
    const decls = (t as Record<string, unknown>).function_declarations ?? (t as Record<string, unknown>).functionDeclarations;
    if (Array.isArray(decls)) for (const d of decls) if (d && typeof d === 'object') out.push(JSON.stringify(d));
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Pydantic AI's agent run: the whole conversation on its span (`pydantic_ai.all_messages`, GenAI messages; older
 * versions `all_messages_events`). What the user said in it is the agent's input: every user text of the run (its
 * tool results are messages of their own, see genAiMessages), the request and any earlier turns given as history.
 */
export function pydanticUserText(v: AttrValue | undefined): string | undefined {
  return userTexts(genAiMessages(v));
}

/**
 * An OpenAI ChatCompletion as MLflow's autolog records a model call's outputs (`{"choices": [{"message": {role, content,
 * tool_calls}}], …}`): its messages. Undefined for anything else.
 */
export function completionMessages(v: AttrValue | undefined): ChatMessage[] | undefined {
  const o = parse(v);
  const choices = o && typeof o === 'object' && !Array.isArray(o) ? (o as { choices?: unknown }).choices : undefined;
  if (!Array.isArray(choices)) return undefined;
  const messages = choices.map((c) => (c && typeof c === 'object' ? (c as { message?: unknown }).message : undefined)).filter((m) => m && typeof m === 'object');
  const out = parsedMessages(messages, 'assistant');
  return out.length > 0 ? out : undefined;
}

/**
 * What an agent function traced by MLflow was called with (`mlflow.spanInputs`: its bound arguments by name, as JSON):
 * the one text argument (`{"prompt": "…"}`), the user's turns of a `messages` argument, else the arguments as they are.
 */
export function boundArgsText(v: AttrValue | undefined): AttrValue | undefined {
  const o = parse(v);
  if (!o || typeof o !== 'object' || Array.isArray(o)) return typeof o === 'string' ? o : v;
  const values = Object.values(o as Record<string, unknown>);
  const texts = values.filter((x): x is string => typeof x === 'string');
  if (values.length === 1 && texts.length === 1) return texts[0];
  const messages = (o as { messages?: unknown }).messages;
  return (Array.isArray(messages) ? userTexts(parsedMessages(messages, 'user')) : undefined) ?? v;
}
