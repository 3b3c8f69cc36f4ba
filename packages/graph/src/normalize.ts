// RawSpan → AgentSpan: reads OpenInference, OTel GenAI, or neither (plain spans).
import type { AgentSpan, AgentSpanKind, ChatMessage, SpanStatus } from './agent-span.ts';
import { num, str, stringify } from './attr-values.ts';
import { OI_FIELDS, OPENLLMETRY_FIELDS, eventMessages, genAiMessages, indexedMessages, jsonMessages, lastText } from './chat-messages.ts';
import type { AttrValue, Attributes, RawSpan } from './raw-span.ts';
import { GENAI, GENAI_EVENTS, GENAI_OPERATION, GOOGLE_ADK, LANGFUSE, OPENINFERENCE, OPENLLMETRY, OTEL, PYDANTIC_AI, RESOURCE, SENTINEL, VERCEL_AI } from './semconv.ts';
import { aiSdkMessages, aiSdkOutput, aiSdkPrompt, geminiRequest, geminiResponse } from './vendor-messages.ts';

export interface NormalizeOptions {
  /** Cap for every content field, in UTF-16 chars. */
  maxContentChars?: number;
}

/** 32K chars keeps a long web page or email (the usual injection carrier) whole while bounding memory per span; past it, its start and its end are kept. */
export const DEFAULT_MAX_CONTENT_CHARS = 32_768;

const OI_KIND: Record<string, AgentSpanKind> = {
  AGENT: 'agent',
  TOOL: 'tool',
  LLM: 'llm',
  CHAIN: 'chain',
  RETRIEVER: 'retriever',
  RERANKER: 'retriever',
  EMBEDDING: 'embedding',
  GUARDRAIL: 'guardrail',
  EVALUATOR: 'other',
  PROMPT: 'chain',
};

const GENAI_KIND: Record<string, AgentSpanKind> = {
  [GENAI_OPERATION.invokeAgent]: 'agent',
  [GENAI_OPERATION.createAgent]: 'agent',
  [GENAI_OPERATION.executeTool]: 'tool',
  [GENAI_OPERATION.chat]: 'llm',
  [GENAI_OPERATION.textCompletion]: 'llm',
  [GENAI_OPERATION.generateContent]: 'llm',
  [GENAI_OPERATION.embeddings]: 'embedding',
};

/** Langfuse observation types (a plain `span` or `event` says nothing of what it is). */
const LANGFUSE_KIND: Record<string, AgentSpanKind> = {
  agent: 'agent',
  tool: 'tool',
  generation: 'llm',
  chain: 'chain',
  retriever: 'retriever',
  embedding: 'embedding',
  guardrail: 'guardrail',
  evaluator: 'other',
};

/** OpenLLMetry entity kinds: a workflow or task is a step of the app, not an agent. */
const TRACELOOP_KIND: Record<string, AgentSpanKind> = { workflow: 'chain', task: 'chain', agent: 'agent', tool: 'tool' };

const STATUS: SpanStatus[] = ['unset', 'ok', 'error'];

/**
 * Normalizes one decoded span.
 * Session id: `session.id` → `gen_ai.conversation.id` → trace id. App: `service.name`.
 */
export function normalizeSpan(raw: RawSpan, opts: NormalizeOptions = {}): AgentSpan {
  const a = raw.attributes;
  const cut: Cut = { cap: opts.maxContentChars ?? DEFAULT_MAX_CONTENT_CHARS, truncated: {} };

  const handoffTo = handoffTarget(raw);
  // A handoff passes the conversation to another agent: an explicit message between agents, not a tool call.
  const kind = handoffTo ? 'chain' : spanKind(raw);
  const out: AgentSpan = {
    spanId: raw.spanId,
    traceId: raw.traceId,
    sessionId: sessionIdOf(a) ?? raw.traceId,
    app: str(raw.resource[RESOURCE.serviceName]) ?? 'unknown_service',
    name: raw.name,
    kind,
    start: raw.startTimeUnixNano,
    end: raw.endTimeUnixNano,
    status: STATUS[raw.statusCode] ?? 'unset',
  };
  if (raw.parentSpanId) out.parentSpanId = raw.parentSpanId;
  const statusMessage = raw.statusMessage || errorMessage(raw);
  if (statusMessage) out.statusMessage = statusMessage;

  const graphNodeId = str(a[OPENINFERENCE.graphNodeId]);
  const graphNodeName = str(a[OPENINFERENCE.graphNodeName]);
  if (graphNodeId) out.graphNodeId = graphNodeId;
  const graphParentId = str(a[OPENINFERENCE.graphNodeParentId]);
  if (graphParentId) out.graphParentId = graphParentId;

  // An OpenLLMetry entity's name is the agent's or tool's own (its span is named `<name>.agent`).
  const entityName = str(a[OPENLLMETRY.entityName]);
  const agentName =
    str(a[OPENINFERENCE.agentName]) ?? str(a[GENAI.agentName]) ?? graphNodeName ?? graphNodeId ?? (kind === 'agent' ? entityName ?? str(a[PYDANTIC_AI.agentName]) ?? str(a[VERCEL_AI.functionId]) : undefined);
  if (agentName) out.agentName = agentName;
  else if (kind === 'agent') out.agentName = stripPrefix(raw.name, GENAI_OPERATION.invokeAgent);

  const toolName = str(a[OPENINFERENCE.toolName]) ?? str(a[GENAI.toolName]) ?? str(a[VERCEL_AI.toolCallName]) ?? (kind === 'tool' ? entityName : undefined);
  if (toolName) out.toolName = toolName;
  else if (kind === 'tool' || kind === 'retriever') out.toolName = stripPrefix(raw.name, GENAI_OPERATION.executeTool);
  const toolCallId = str(a[OPENINFERENCE.toolCallId]) ?? str(a[GENAI.toolCallId]) ?? str(a[VERCEL_AI.toolCallId]);
  if (toolCallId) out.toolCallId = toolCallId;
  const toolDescription = str(a[OPENINFERENCE.toolDescription]) ?? str(a[GENAI.toolDescription]);
  if (toolDescription) out.toolDescription = text(cut, 'toolDescription', toolDescription);

  const model = str(a[OPENINFERENCE.llmModelName]) ?? str(a[GENAI.responseModel]) ?? str(a[GENAI.requestModel]) ?? str(a[VERCEL_AI.modelId]) ?? str(a[LANGFUSE.model]);
  if (model) out.model = model;
  const provider = str(a[OPENINFERENCE.llmProvider]) ?? str(a[GENAI.providerName]) ?? str(a[OPENINFERENCE.llmSystem]) ?? str(a[GENAI.system]) ?? str(a[VERCEL_AI.modelProvider]);
  if (provider) out.provider = provider;

  const inputMessages =
    indexedMessages(a, OPENINFERENCE.llmInputMessages, OI_FIELDS) ??
    genAiMessages(a[GENAI.inputMessages]) ??
    indexedMessages(a, OPENLLMETRY.prompt, OPENLLMETRY_FIELDS) ??
    aiSdkMessages(a[VERCEL_AI.promptMessages]) ??
    geminiRequest(a[GOOGLE_ADK.llmRequest]) ??
    (kind === 'llm' ? jsonMessages(a[LANGFUSE.input], 'user') : undefined) ??
    eventMessages(raw, false);
  const outputMessages =
    indexedMessages(a, OPENINFERENCE.llmOutputMessages, OI_FIELDS) ??
    genAiMessages(a[GENAI.outputMessages]) ??
    indexedMessages(a, OPENLLMETRY.completion, OPENLLMETRY_FIELDS) ??
    (kind === 'llm' ? aiSdkOutput(a[VERCEL_AI.responseText], a[VERCEL_AI.responseToolCalls]) : undefined) ??
    geminiResponse(a[GOOGLE_ADK.llmResponse]) ??
    (kind === 'llm' ? jsonMessages(a[LANGFUSE.output], 'assistant') : undefined) ??
    eventMessages(raw, true);
  if (inputMessages) out.inputMessages = capMessages(inputMessages, 'inputMessages', cut);
  if (outputMessages) out.outputMessages = capMessages(outputMessages, 'outputMessages', cut);

  const entityInput = entityValue(a[OPENLLMETRY.entityInput]);
  const entityOutput = entityValue(a[OPENLLMETRY.entityOutput]);
  const input = text(cut, 'input', a[OPENINFERENCE.inputValue] ?? lastText(inputMessages, 'user') ?? entityInput ?? aiSdkPrompt(a[VERCEL_AI.prompt]) ?? a[LANGFUSE.input]);
  const output = text(cut, 'output', a[OPENINFERENCE.outputValue] ?? lastText(outputMessages, 'assistant') ?? entityOutput ?? a[VERCEL_AI.responseText] ?? a[LANGFUSE.output]);
  if (input !== undefined) out.input = input;
  if (output !== undefined) out.output = output;
  if (kind === 'tool' || kind === 'retriever') {
    const args = text(
      cut,
      'toolArguments',
      a[GENAI.toolCallArguments] ??
        a[OPENINFERENCE.inputValue] ??
        entityInput ??
        a[PYDANTIC_AI.toolArguments] ??
        a[VERCEL_AI.toolCallArgs] ??
        a[GOOGLE_ADK.toolCallArgs] ??
        a[LANGFUSE.input] ??
        toolEventArgs(raw, inputMessages),
    );
    const result = text(
      cut,
      'toolResult',
      a[GENAI.toolCallResult] ??
        a[OPENINFERENCE.outputValue] ??
        retrievedDocuments(a) ??
        entityOutput ??
        a[PYDANTIC_AI.toolResponse] ??
        a[VERCEL_AI.toolCallResult] ??
        adkResponse(a[GOOGLE_ADK.toolResponse]) ??
        a[LANGFUSE.output] ??
        lastContent(outputMessages),
    );
    if (args !== undefined) out.toolArguments = args;
    if (result !== undefined) out.toolResult = result;
  }

  const prompt = num(a[OPENINFERENCE.llmTokenPrompt]) ?? num(a[GENAI.usageInputTokens]) ?? num(a[OPENLLMETRY.usagePromptTokens]) ?? num(a[VERCEL_AI.usageInputTokens]) ?? num(a[VERCEL_AI.usagePromptTokens]);
  const completion =
    num(a[OPENINFERENCE.llmTokenCompletion]) ?? num(a[GENAI.usageOutputTokens]) ?? num(a[OPENLLMETRY.usageCompletionTokens]) ?? num(a[VERCEL_AI.usageOutputTokens]) ?? num(a[VERCEL_AI.usageCompletionTokens]);
  const total = num(a[OPENINFERENCE.llmTokenTotal]) ?? num(a[OPENLLMETRY.usageTotalTokens]) ?? (prompt !== undefined && completion !== undefined ? prompt + completion : undefined);
  if (prompt !== undefined || completion !== undefined || total !== undefined) out.tokens = { prompt, completion, total };

  const userId = str(a[OPENINFERENCE.userId]) ?? str(a[VERCEL_AI.userId]) ?? str(a[LANGFUSE.userId]);
  if (userId) out.userId = userId;
  const messageTo = str(a[SENTINEL.messageTo]) ?? handoffTo;
  if (messageTo) {
    out.messageTo = messageTo;
    const messageFrom = str(a[SENTINEL.messageFrom]);
    if (messageFrom) out.messageFrom = messageFrom;
  }
  if (Object.keys(cut.truncated).length > 0) out.truncated = cut.truncated;
  return out;
}

/**
 * The agent a handoff span hands over to. OpenInference records the OpenAI Agents SDK's handoffs as
 * TOOL spans named "handoff to <agent>" with no tool name: read as tools, every handoff was a tool
 * node, and an undeclared tool under a deny-by-default policy.
 */
function handoffTarget(raw: RawSpan): string | undefined {
  const a = raw.attributes;
  if (str(a[OPENINFERENCE.spanKind])?.toUpperCase() !== 'TOOL' || a[OPENINFERENCE.toolName] !== undefined) return undefined;
  const m = HANDOFF_NAME.exec(raw.name);
  return m ? m[1].trim() || undefined : undefined;
}
const HANDOFF_NAME = /^handoff to (.{1,200})$/i;

function spanKind(raw: RawSpan): AgentSpanKind {
  const a = raw.attributes;
  const oi = str(a[OPENINFERENCE.spanKind]);
  if (oi) return OI_KIND[oi.toUpperCase()] ?? 'other';
  const op = str(a[GENAI.operationName]);
  if (op && GENAI_KIND[op]) return GENAI_KIND[op];
  const tl = str(a[OPENLLMETRY.spanKind]);
  if (tl && TRACELOOP_KIND[tl]) return TRACELOOP_KIND[tl];
  const aiOp = str(a[VERCEL_AI.operationId]);
  if (aiOp) {
    const k = aiSdkKind(aiOp);
    if (k) return k;
  }
  const lf = str(a[LANGFUSE.observationType]);
  if (lf && LANGFUSE_KIND[lf]) return LANGFUSE_KIND[lf];
  // Plain spans: guess from whichever identity attribute is present.
  if (a[OPENINFERENCE.toolName] !== undefined || a[GENAI.toolName] !== undefined) return 'tool';
  if (a[OPENINFERENCE.agentName] !== undefined || a[GENAI.agentName] !== undefined || a[PYDANTIC_AI.agentName] !== undefined) return 'agent';
  if (a[OPENINFERENCE.llmModelName] !== undefined || a[GENAI.requestModel] !== undefined) return 'llm';
  return 'other';
}

/**
 * AI SDK operations: a `generateText`/`streamText`/`generateObject`/`streamObject` call is the agent loop
 * (it calls the model and the tools until done), its `.doGenerate`/`.doStream` step one model call.
 */
function aiSdkKind(op: string): AgentSpanKind | undefined {
  if (op === 'ai.toolCall') return 'tool';
  if (op.endsWith('.doGenerate') || op.endsWith('.doStream')) return 'llm';
  if (op === 'ai.embed' || op === 'ai.embedMany' || op.startsWith('ai.embed.')) return 'embedding';
  if (/^ai\.(?:generate|stream)(?:Text|Object)$/.test(op)) return 'agent';
  return undefined;
}

/** The session: OpenInference, GenAI, then the frameworks' and platforms' own keys. */
function sessionIdOf(a: Attributes): string | undefined {
  return (
    str(a[OPENINFERENCE.sessionId]) ??
    str(a[GENAI.conversationId]) ??
    str(a[OPENLLMETRY.sessionId]) ??
    str(a[OPENLLMETRY.conversationId]) ??
    str(a[GOOGLE_ADK.sessionId]) ??
    str(a[VERCEL_AI.sessionId]) ??
    str(a[LANGFUSE.sessionId])
  );
}

/**
 * A tool span's arguments recorded as its own events or messages: Strands puts the input in a `gen_ai.tool.message`
 * event's `content`; with `gen_ai.input.messages` they are the arguments of the tool call part.
 */
function toolEventArgs(raw: RawSpan, messages: ChatMessage[] | undefined): AttrValue | undefined {
  for (const e of raw.events) if (e.name === GENAI_EVENTS.toolMessage) return e.attributes[GENAI.eventContent] ?? e.attributes[GENAI_EVENTS.plainContent];
  const call = messages?.find((m) => m.toolCalls)?.toolCalls?.[0];
  return call?.arguments;
}

function lastContent(messages: ChatMessage[] | undefined): string | undefined {
  if (!messages) return undefined;
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].content) return messages[i].content;
  return undefined;
}

/** ADK records a tool's return value wrapped: `{"result": …}` when the function returned a non-dict. */
function adkResponse(v: AttrValue | undefined): AttrValue | undefined {
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

function stripPrefix(name: string, op: string): string {
  return name.startsWith(op + ' ') ? name.slice(op.length + 1) : name;
}

function errorMessage(raw: RawSpan): string | undefined {
  for (const e of raw.events) {
    if (e.name === 'exception') return str(e.attributes[OTEL.exceptionMessage]);
  }
  return undefined;
}

/**
 * An OpenLLMetry entity input or output as the function saw it: the Python SDK records a call as
 * `{"args": [...], "kwargs": {...}}` and a returned string JSON-encoded. Unwrapped, a tool's arguments
 * are named as the tool names them (`to`, `amount`), as in the other conventions.
 */
function entityValue(v: AttrValue | undefined): AttrValue | undefined {
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
  if (keys.length === 0 || keys.some((k) => k !== 'args' && k !== 'kwargs')) return v;
  const { args, kwargs } = parsed as { args?: unknown; kwargs?: unknown };
  const hasArgs = Array.isArray(args) && args.length > 0;
  const hasKwargs = !!kwargs && typeof kwargs === 'object' && Object.keys(kwargs).length > 0;
  if (hasKwargs && !hasArgs) return JSON.stringify(kwargs);
  if (hasArgs && !hasKwargs) return args.length === 1 && typeof args[0] === 'string' ? args[0] : JSON.stringify(args.length === 1 ? args[0] : args);
  return v;
}

function retrievedDocuments(a: Attributes): string | undefined {
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

function capMessages(messages: ChatMessage[], field: string, cut: Cut): ChatMessage[] {
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (m.content !== undefined) m.content = text(cut, `${field}.${i}`, m.content);
    if (m.toolCalls) for (const c of m.toolCalls) if (c.arguments !== undefined) c.arguments = text(cut, `${field}.${i}.arguments`, c.arguments);
  }
  return messages;
}

/** The content size cap, and what it cut (field → original length). */
interface Cut {
  cap: number;
  truncated: Record<string, number>;
}

/** Content as text, cut to the cap (a plain function: the TypeScript loader names every closure created per span). */
function text(cut: Cut, field: string, v: AttrValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v : stringify(v);
  if (s.length <= cut.cap) return s;
  cut.truncated[field] = s.length;
  return headAndTail(s, cut.cap);
}

/** Marks where an over-long text was cut. */
const CUT_MARK = '\n[…]\n';

/**
 * The start and the end of an over-long text, `cap` characters in all: instructions hidden in a long page
 * or file are as often appended after its content as placed before it, and a head-only cut let padding
 * push them out of what the rules read.
 */
function headAndTail(s: string, cap: number): string {
  if (cap < 64) return s.slice(0, cap);
  let tail = s.length - (cap >> 2);
  let head = cap - (cap >> 2) - CUT_MARK.length;
  // Never between the halves of a surrogate pair.
  if (isHighSurrogate(s.charCodeAt(head - 1))) head--;
  if (isHighSurrogate(s.charCodeAt(tail - 1))) tail++;
  return s.slice(0, head) + CUT_MARK + s.slice(tail);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
