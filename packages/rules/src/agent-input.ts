// What an agent the user started was given: the user's words, or a whole conversation. Graph frameworks
// (LangGraph, and apps that pass their message state along) hand each agent the state so far, with the
// other agents' and tools' messages in it: only its user turns are the user's request.
import { parseJsonText } from '@sentinel/graph';

/** The turns of a conversation an agent received as its input, by who spoke. */
export interface ConversationInput {
  user: string[];
  system: string[];
  /** Whether anyone else (a model, a tool, another agent) has a turn in it. */
  others: boolean;
}

const USER_ROLES = new Set(['user', 'human']);
const SYSTEM_ROLES = new Set(['system', 'developer']);
/** LangChain's serialized message classes (`id: ["langchain", "schema", "messages", "HumanMessage"]`). */
const CLASS_ROLES: Record<string, string> = { HumanMessage: 'human', SystemMessage: 'system', AIMessage: 'ai', ToolMessage: 'tool', FunctionMessage: 'tool', ChatMessage: 'user' };

/**
 * The input as a conversation when it is one: a JSON list of messages, or an object holding one under
 * `messages` (LangGraph's state), each with a role (`role`, LangChain's `type`, or a serialized message
 * class) and text content. Undefined for anything else: the input is then the user's words as they are.
 */
export function conversationOf(input: string | undefined): ConversationInput | undefined {
  if (!input) return undefined;
  const parsed = parseJsonText(input);
  const list = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed.messages) ? parsed.messages : undefined;
  if (!list || list.length === 0) return undefined;
  const out: ConversationInput = { user: [], system: [], others: false };
  for (const item of list) {
    if (!isObject(item)) return undefined;
    const kwargs = isObject(item.kwargs) ? item.kwargs : item;
    const cls = Array.isArray(item.id) ? String(item.id[item.id.length - 1]) : undefined;
    const role = str(kwargs.role) ?? str(kwargs.type) ?? (cls && Object.hasOwn(CLASS_ROLES, cls) ? CLASS_ROLES[cls] : undefined);
    if (!role) return undefined;
    const text = textOf(kwargs.content);
    if (USER_ROLES.has(role)) {
      if (text) out.user.push(text);
    } else if (SYSTEM_ROLES.has(role)) {
      if (text) out.system.push(text);
    } else out.others = true;
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A message's text: a string, or the text of its parts (`[{type: "text", text}]`). */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: string[] = [];
  for (const p of content) if (isObject(p) && typeof p.text === 'string') parts.push(p.text);
  return parts.join('\n');
}
