// A tool span's arguments and result where frameworks put them beyond the conventions' keys: events, wrapped
// return values, OpenLLMetry's call envelopes, a retriever's documents.
import type { ChatMessage } from './agent-span.ts';
import { str } from './attr-values.ts';
import { parseJsonText } from './json-text.ts';
import type { AttrValue, Attributes, RawSpan } from './raw-span.ts';
import { GENAI, GENAI_EVENTS, OPENINFERENCE } from './semconv.ts';

/**
 * A tool span's arguments recorded as its own events or messages: Strands puts the input in a `gen_ai.tool.message`
 * event's `content`; with `gen_ai.input.messages` they are the arguments of the tool call part.
 */
export function toolEventArgs(raw: RawSpan, messages: ChatMessage[] | undefined): AttrValue | undefined {
  for (const e of raw.events) if (e.name === GENAI_EVENTS.toolMessage) return e.attributes[GENAI.eventContent] ?? e.attributes[GENAI_EVENTS.plainContent];
  const call = messages?.find((m) => m.toolCalls)?.toolCalls?.[0];
  return call?.arguments;
}

/** ADK records a tool's return value wrapped: `{"result": …}` when the function returned a non-dict. */
export function adkResponse(v: AttrValue | undefined): AttrValue | undefined {
  if (typeof v !== 'string' || !v.startsWith('{"result"')) return v;
  try {
    const o = JSON.parse(v) as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === 'result') return typeof o.result === 'string' ? o.result : JSON.stringify(o.result);
  } catch {
    // not JSON: as it is
  }
  return v;
}

/**
 * An OpenLLMetry entity input or output as the function saw it: the Python SDK records a call as
 * `{"args": [...], "kwargs": {...}}` and a returned string JSON-encoded, its LangChain instrumentation the callback's
 * arguments (callbackPayload). Unwrapped, a tool's arguments are named as the tool names them (`to`, `amount`), as in
 * the other conventions.
 */
export function entityValue(v: AttrValue | undefined): AttrValue | undefined {
  if (typeof v !== 'string') return v;
  const t = v.trimStart();
  if (t[0] !== '{' && t[0] !== '"') return v;
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    return v;
  }
  if (typeof parsed === 'string') return parsed;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return v;
  const keys = Object.keys(parsed);
  const callback = callbackPayload(parsed as Record<string, unknown>, keys);
  if (callback !== undefined) return callback;
  if (keys.length === 0 || keys.some((k) => k !== 'args' && k !== 'kwargs')) return v;
  const { args, kwargs } = parsed as { args?: unknown; kwargs?: unknown };
  const hasArgs = Array.isArray(args) && args.length > 0;
  const hasKwargs = !!kwargs && typeof kwargs === 'object' && Object.keys(kwargs).length > 0;
  // A call with no arguments (a handoff tool's, `transfer_to_billing()`): no arguments, not the envelope.
  if (!hasArgs && !hasKwargs) return '{}';
  if (hasKwargs && !hasArgs) return JSON.stringify(kwargs);
  if (hasArgs && !hasKwargs) return args.length === 1 && typeof args[0] === 'string' ? args[0] : JSON.stringify(args.length === 1 ? args[0] : args);
  return v;
}

/** What a LangChain callback gave OpenLLMetry's LangChain instrumentation, besides the run's own value. */
const CALLBACK_START = new Set(['inputs', 'input_str', 'tags', 'metadata', 'kwargs']);
const CALLBACK_END = new Set(['outputs', 'output', 'kwargs']);

/**
 * OpenLLMetry's LangChain instrumentation records each callback's arguments: a chain's `{"inputs", "tags", "metadata",
 * "kwargs"}` and `{"outputs", "kwargs"}`, a tool's `{"input_str", "tags", "metadata", "inputs", "kwargs"}` and
 * `{"output", "kwargs"}` (a ToolMessage serialized LangChain's way, `{"lc", "type", "id", "kwargs": {"content"}}`). The
 * run's own value: the tool's arguments by name (or the string it got), the chain's inputs, what either returned.
 */
function callbackPayload(o: Record<string, unknown>, keys: string[]): AttrValue | undefined {
  const asValue = (x: unknown): AttrValue => (typeof x === 'string' ? x : JSON.stringify(x));
  if (('inputs' in o || 'input_str' in o) && keys.every((k) => CALLBACK_START.has(k))) {
    const inputs = o.inputs;
    if (inputs !== undefined && inputs !== null) return asValue(inputs);
    return typeof o.input_str === 'string' ? o.input_str : undefined;
  }
  if (('outputs' in o || 'output' in o) && keys.every((k) => CALLBACK_END.has(k))) {
    const out = o.outputs ?? o.output;
    const message = out && typeof out === 'object' && 'lc' in out ? (out as { kwargs?: { content?: unknown } }).kwargs?.content : undefined;
    return asValue(typeof message === 'string' ? message : out ?? '');
  }
  return undefined;
}

/**
 * A run's input or output as LangSmith exports it for a tool (`gen_ai.prompt` = the arguments as JSON,
 * `gen_ai.completion` = `{"output": …}`): the value under `key` when it is the object's only field, else the text.
 */
export function runValue(v: AttrValue | undefined, key: 'input' | 'output'): AttrValue | undefined {
  if (typeof v !== 'string' || v === '') return undefined;
  const parsed = v.trimStart()[0] === '{' ? parseJsonText(v) : undefined;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const keys = Object.keys(parsed);
    if (keys.length === 1 && keys[0] === key) {
      const inner = (parsed as Record<string, unknown>)[key];
      return typeof inner === 'string' ? inner : JSON.stringify(inner);
    }
  }
  return v;
}

export function retrievedDocuments(a: Attributes): string | undefined {
  const head = OPENINFERENCE.retrievalDocuments + '.';
  const parts: string[] = [];
  for (const key in a) {
    if (key.startsWith(head) && key.endsWith('.' + OPENINFERENCE.documentContent)) {
      const s = str(a[key]);
      if (s) parts.push(s);
    }
  }
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}
