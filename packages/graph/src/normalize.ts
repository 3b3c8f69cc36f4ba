// RawSpan → AgentSpan: reads OpenInference, OTel GenAI, or neither (plain spans).
import type { AgentSpan, SpanStatus } from './agent-span.ts';
import { num, str } from './attr-values.ts';
import { OI_FIELDS, OPENLLMETRY_FIELDS, eventMessages, genAiMessages, indexedMessages, jsonMessages, lastText, systemInstructionMessages } from './chat-messages.ts';
import type { AttrValue, Attributes, RawSpan } from './raw-span.ts';
import { CREWAI, GENAI, GENAI_OPERATION, GOOGLE_ADK, HAYSTACK, LANGFUSE, LANGSMITH, LOGFIRE, MLFLOW, OPENINFERENCE, OPENLLMETRY, OTEL, PYDANTIC_AI, RESOURCE, SENTINEL, VERCEL_AI } from './semconv.ts';
import { aiSdkMessages, aiSdkOutput, aiSdkPrompt, boundArgsText, completionMessages, crewRequest, geminiRequest, geminiResponse, geminiToolDeclarations, haystackMessages, pydanticUserText } from './vendor-messages.ts';
import { capMessages, text, type Cut } from './content-cap.ts';
import { parseJsonText } from './json-text.ts';
import { handoffTarget, isEntryContainer, logfireValue, spanKind, transferTarget } from './span-kind.ts';
import { adkResponse, entityValue, runValue, retrievedDocuments, toolEventArgs } from './tool-content.ts';

export interface NormalizeOptions {
  /** Cap for every content field, in UTF-16 chars. */
  maxContentChars?: number;
}

/** 32K chars keeps a long web page or email (the usual injection carrier) whole while bounding memory per span; past it, its start and its end are kept. */
export const DEFAULT_MAX_CONTENT_CHARS = 32_768;

const STATUS: SpanStatus[] = ['unset', 'ok', 'error'];

/** A call id that names no call. */
const PLACEHOLDER_ID = /^(?:unknown|none|null|undefined|n\/a)$/i;

/** A prebuilt ReAct agent's two nodes: its model turn and its `tools` node running the calls the model asked for. */
const REACT_AGENT_NODES: ReadonlySet<string> = new Set(['agent', 'tools']);
/** Their spans where a tracer makes them chains: OpenInference's `tools`, LangSmith's chain runs, OpenLLMetry's tasks. */
const REACT_NODE_SPANS: ReadonlySet<string> = new Set(['agent', 'tools', 'agent.task', 'tools.task']);

/**
 * The agent a LangGraph node runs for. OpenInference's LangChain tracer makes every run whose name holds
 * "agent" an AGENT span, and a prebuilt ReAct agent's model node is named `agent` whatever the agent:
 * in a team (a supervisor and its experts, each a subgraph) they all were one agent, "agent". The node's
 * checkpoint namespace (`research_expert:<task>|agent:<task>`) names the subgraph it runs in: that is the
 * agent. Its `tools` node (`research_expert:<task>|tools:<task>`, a CHAIN beside the model node) runs that agent's
 * calls: read as that agent too, or the calls would be nobody's. A top-level node, or a node with a name of its own
 * (`writer_agent`), keeps its name.
 */
function langGraphAgent(span: RawSpan): string | undefined {
  // OpenLLMetry's LangChain instrumentation names a node's span `<node>.task` and copies the run's metadata onto it
  // as association properties.
  if (!REACT_NODE_SPANS.has(span.name) && !REACT_AGENT_NODES.has(span.name.toLowerCase())) return undefined;
  const a = span.attributes;
  const raw = a[OPENINFERENCE.metadata];
  let ns: unknown = a[`${OPENINFERENCE.metadata}.langgraph_checkpoint_ns`] ?? a[`${OPENLLMETRY.associationPrefix}langgraph_checkpoint_ns`] ?? a[`${LANGSMITH.metadataPrefix}langgraph_checkpoint_ns`];
  if (ns === undefined && typeof raw === 'string' && raw.includes('langgraph_checkpoint_ns')) {
    const meta = parseJsonText(raw);
    if (meta && typeof meta === 'object') ns = (meta as Record<string, unknown>).langgraph_checkpoint_ns;
  }
  if (typeof ns !== 'string') return undefined;
  const parts = ns.split('|');
  if (parts.length < 2) return undefined;
  const enclosing = parts[parts.length - 2];
  const name = enclosing.slice(0, enclosing.includes(':') ? enclosing.indexOf(':') : undefined).trim();
  return name || undefined;
}

/**
 * Normalizes one decoded span.
 * Session id: `session.id` → `gen_ai.conversation.id` → trace id. App: `service.name`.
 */
export function normalizeSpan(raw: RawSpan, opts: NormalizeOptions = {}): AgentSpan {
  const a = raw.attributes;
  const cut: Cut = { cap: opts.maxContentChars ?? DEFAULT_MAX_CONTENT_CHARS, truncated: {} };

  const handoffTo = handoffTarget(raw);
  // A handoff passes the conversation to another agent: an explicit message between agents, not a tool call.
  let kind = handoffTo ? 'chain' : spanKind(raw);
  // A ReAct subgraph's `tools` node runs for the subgraph's agent (langGraphAgent).
  // (Under OpenLLMetry both of a ReAct subgraph's nodes are tasks: `agent.task` is its model turn, the agent itself.)
  if (kind === 'chain' && REACT_NODE_SPANS.has(raw.name) && langGraphAgent(raw) !== undefined) kind = 'agent';
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
  else if (raw.links) out.linkedSpanIds = raw.links.map((l) => l.spanId);
  const statusMessage = raw.statusMessage || errorMessage(raw);
  if (statusMessage) out.statusMessage = statusMessage;

  const graphNodeId = str(a[OPENINFERENCE.graphNodeId]);
  const graphNodeName = str(a[OPENINFERENCE.graphNodeName]);
  if (graphNodeId) out.graphNodeId = graphNodeId;
  const graphParentId = str(a[OPENINFERENCE.graphNodeParentId]);
  if (graphParentId) out.graphParentId = graphParentId;

  // An OpenLLMetry entity's name is the agent's or tool's own (its span is named `<name>.agent`); so is the `name` of
  // the OpenAI Agents SDK's span data as Logfire writes it.
  // (Conventions' keys other than OpenInference's are looked up only on spans that are not OpenInference's: each
  // absent key costs a lookup on every span, and most spans are these.)
  const vendor = a[OPENINFERENCE.spanKind] === undefined;
  const logfire = vendor && LOGFIRE_SPAN_DATA.has(str(a[LOGFIRE.msgTemplate]) ?? '');
  const entityName = str(a[OPENLLMETRY.entityName]) ?? (logfire ? logfireValue(a.name) : undefined);
  const agentName =
    str(a[OPENINFERENCE.agentName]) ?? str(a[GENAI.agentName]) ?? graphNodeName ?? graphNodeId ?? (kind === 'agent' ? langGraphAgent(raw) ?? entityName ?? str(a[PYDANTIC_AI.agentName]) ?? str(a[VERCEL_AI.functionId]) : undefined);
  if (kind === 'agent' && !raw.parentSpanId && str(a[OPENINFERENCE.agentName]) === undefined && str(a[GENAI.agentName]) === undefined && isEntryContainer(raw)) out.entryPoint = true;
  if (agentName) out.agentName = agentName;
  else if (kind === 'agent')
    out.agentName =
      str(a[HAYSTACK.componentName]) ??
      (raw.name === HAYSTACK.pipelineRun ? 'pipeline' : a[CREWAI.tasks] !== undefined ? raw.name.replace(/\.kickoff$/, '') : stripPrefix(raw.name, GENAI_OPERATION.invokeAgent));

  const toolName = str(a[OPENINFERENCE.toolName]) ?? str(a[GENAI.toolName]) ?? str(a[VERCEL_AI.toolCallName]) ?? (kind === 'tool' ? entityName : undefined);
  if (toolName) out.toolName = toolName;
  else if (kind === 'tool' || kind === 'retriever') out.toolName = stripPrefix(raw.name, GENAI_OPERATION.executeTool);
  const toolCallId = str(a[OPENINFERENCE.toolCallId]) ?? str(a[GENAI.toolCallId]) ?? str(a[VERCEL_AI.toolCallId]);
  // Microsoft Agent Framework writes "unknown" for a tool run outside a model call: no id, or every such call is one.
  if (toolCallId && !PLACEHOLDER_ID.test(toolCallId)) out.toolCallId = toolCallId;
  const toolDescription = str(a[OPENINFERENCE.toolDescription]) ?? str(a[GENAI.toolDescription]);
  if (toolDescription) out.toolDescription = text(cut, 'toolDescription', toolDescription);

  const model = str(a[OPENINFERENCE.llmModelName]) ?? str(a[GENAI.responseModel]) ?? str(a[GENAI.requestModel]) ?? str(a[VERCEL_AI.modelId]) ?? str(a[LANGFUSE.model]) ?? str(jsonString(a[MLFLOW.llmModel]));
  if (model) out.model = model;
  const provider = str(a[OPENINFERENCE.llmProvider]) ?? str(a[GENAI.providerName]) ?? str(a[OPENINFERENCE.llmSystem]) ?? str(a[GENAI.system]) ?? str(a[VERCEL_AI.modelProvider]);
  if (provider) out.provider = provider;

  let inputMessages =
    indexedMessages(a, OPENINFERENCE.llmInputMessages, OI_FIELDS) ??
    genAiMessages(a[GENAI.inputMessages]) ??
    indexedMessages(a, OPENLLMETRY.prompt, OPENLLMETRY_FIELDS) ??
    // GenAI before 1.28, and LangSmith's export: the whole prompt as one JSON value.
    (kind === 'llm' ? jsonMessages(a[OPENLLMETRY.prompt], 'user') : undefined) ??
    aiSdkMessages(a[VERCEL_AI.promptMessages]) ??
    geminiRequest(a[GOOGLE_ADK.llmRequest]) ??
    (kind === 'llm' ? jsonMessages(a[LANGFUSE.input] ?? a[MLFLOW.inputs], 'user') : undefined) ??
    haystackMessages(a[HAYSTACK.componentInput] ?? a[HAYSTACK.pipelineInput]) ??
    eventMessages(raw, false);
  const outputMessages =
    indexedMessages(a, OPENINFERENCE.llmOutputMessages, OI_FIELDS) ??
    genAiMessages(a[GENAI.outputMessages]) ??
    indexedMessages(a, OPENLLMETRY.completion, OPENLLMETRY_FIELDS) ??
    // (LangSmith writes a model call's whole ChatCompletion there.)
    (kind === 'llm' ? completionMessages(a[OPENLLMETRY.completion]) ?? jsonMessages(a[OPENLLMETRY.completion], 'assistant') : undefined) ??
    (kind === 'llm' ? aiSdkOutput(a[VERCEL_AI.responseText], a[VERCEL_AI.responseToolCalls]) : undefined) ??
    geminiResponse(a[GOOGLE_ADK.llmResponse]) ??
    (kind === 'llm' ? jsonMessages(a[LANGFUSE.output], 'assistant') ?? completionMessages(a[MLFLOW.outputs]) : undefined) ??
    haystackMessages(a[HAYSTACK.componentOutput] ?? a[HAYSTACK.pipelineOutput]) ??
    eventMessages(raw, true);
  // A system prompt kept apart from the messages (GenAI 1.37+, Strands): their first message, as the others write it.
  const system = !vendor || inputMessages?.[0]?.role === 'system' ? undefined : systemInstructionMessages(a[GENAI.systemInstructions] ?? a[GENAI.agentSystemPrompt]);
  if (system) inputMessages = inputMessages ? [...system, ...inputMessages] : system;
  if (inputMessages) out.inputMessages = capMessages(inputMessages, 'inputMessages', cut);
  if (kind === 'llm') {
    const defs = toolDefinitions(a, cut, vendor);
    if (defs) out.toolDefinitions = defs;
  }
  if (outputMessages) out.outputMessages = capMessages(outputMessages, 'outputMessages', cut);

  const entityInput = entityValue(a[OPENLLMETRY.entityInput]);
  const entityOutput = entityValue(a[OPENLLMETRY.entityOutput]);
  const input = text(
    cut,
    'input',
    (a[CREWAI.tasks] !== undefined ? crewRequest(a[OPENINFERENCE.inputValue], a[CREWAI.tasks]) : a[OPENINFERENCE.inputValue]) ??
      lastText(inputMessages, 'user') ??
      entityInput ??
      aiSdkPrompt(a[VERCEL_AI.prompt]) ??
      entityValue(a[LANGFUSE.input]) ??
      (kind === 'agent' ? pydanticUserText(a[PYDANTIC_AI.allMessages] ?? a[PYDANTIC_AI.allMessagesEvents]) ?? boundArgsText(a[MLFLOW.inputs] ?? a[OPENLLMETRY.prompt]) : undefined),
  );
  const output = text(
    cut,
    'output',
    a[OPENINFERENCE.outputValue] ?? lastText(outputMessages, 'assistant') ?? entityOutput ?? a[VERCEL_AI.responseText] ?? entityValue(a[LANGFUSE.output]) ?? (kind === 'agent' ? a[PYDANTIC_AI.finalResult] ?? jsonString(a[MLFLOW.outputs]) ?? runValue(a[OPENLLMETRY.completion], 'output') : undefined),
  );
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
        entityValue(a[LANGFUSE.input]) ??
        a[MLFLOW.inputs] ??
        (logfire ? logfireValue(a.input) : undefined) ??
        runValue(a[OPENLLMETRY.prompt], 'input') ??
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
        jsonString(a[VERCEL_AI.toolCallResult]) ??
        adkResponse(a[GOOGLE_ADK.toolResponse]) ??
        entityValue(a[LANGFUSE.output]) ??
        jsonString(a[MLFLOW.outputs]) ??
        (logfire ? logfireValue(a.output) : undefined) ??
        runValue(a[OPENLLMETRY.completion], 'output') ??
        lastText(outputMessages),
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
  // A handoff tool the model called (`transfer_to_<agent>`): a message from its agent to that agent, as above.
  const transferTo = kind === 'tool' ? transferTarget(out.toolName, out.toolArguments) : undefined;
  if (transferTo) {
    out.kind = 'chain';
    delete out.toolName;
    delete out.toolArguments;
    delete out.toolResult;
  }
  const messageTo = str(a[SENTINEL.messageTo]) ?? handoffTo ?? transferTo;
  if (messageTo) {
    out.messageTo = messageTo;
    const messageFrom = str(a[SENTINEL.messageFrom]);
    if (messageFrom) out.messageFrom = messageFrom;
  }
  if (Object.keys(cut.truncated).length > 0) out.truncated = cut.truncated;
  return out;
}

/** The session: OpenInference, GenAI, then the frameworks' and platforms' own keys. */
/** Tools a model call offers, at most this many: a hostile span must not cost more. */
const MAX_TOOL_DEFINITIONS = 256;

/**
 * The tool definitions a model call offers, each a JSON definition (capped): OpenInference's
 * `llm.tools.<i>.tool.json_schema` and OpenLLMetry's `llm.request.functions.<i>.*` (looked up by index from 0, not by a
 * walk over every attribute: most spans have none), GenAI's `gen_ai.tool.definitions`, the AI SDK's `ai.prompt.tools`.
 */
function toolDefinitions(a: Attributes, cut: Cut, vendor: boolean): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < MAX_TOOL_DEFINITIONS; i++) {
    const def = str(a[`${OPENINFERENCE.llmTools}.${i}.${OPENINFERENCE.toolJsonSchema}`]);
    if (def === undefined) break;
    out.push(def);
  }
  if (vendor) {
    for (let i = 0; i < MAX_TOOL_DEFINITIONS; i++) {
      const p = `${OPENLLMETRY.requestFunctions}.${i}.`;
      const name = str(a[`${p}name`]);
      if (name === undefined) break;
      const params = str(a[`${p}parameters`]);
      out.push(JSON.stringify({ name, description: str(a[`${p}description`]), parameters: params === undefined ? undefined : parseJsonText(params) }));
    }
    const genAi = str(a[GENAI.toolDefinitions]);
    if (genAi) out.push(genAi);
    out.push(...(geminiToolDeclarations(a[GOOGLE_ADK.llmRequest]) ?? []));
    // A model call's input as Langfuse, MLflow and LangSmith record it: its keyword arguments, `{"messages", "tools"}`.
    out.push(...(requestTools(a[LANGFUSE.input] ?? a[MLFLOW.inputs] ?? a[OPENLLMETRY.prompt]) ?? []));
    const aiSdk = a[VERCEL_AI.promptTools];
    if (Array.isArray(aiSdk)) for (const def of aiSdk) if (typeof def === 'string') out.push(def);
  }
  if (out.length === 0) return undefined;
  const kept = out.length > MAX_TOOL_DEFINITIONS ? out.slice(0, MAX_TOOL_DEFINITIONS) : out;
  for (let i = 0; i < kept.length; i++) kept[i] = text(cut, 'toolDefinitions', kept[i]) ?? kept[i];
  return kept;
}

/** The `tools` of a model request recorded as a JSON object of its arguments (`{"messages": [...], "tools": [...]}`), each as JSON. */
function requestTools(v: AttrValue | undefined): string[] | undefined {
  if (typeof v !== 'string' || !v.includes('"tools"')) return undefined;
  const parsed = parseJsonText(v);
  const tools = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { tools?: unknown }).tools : undefined;
  return Array.isArray(tools) ? tools.filter((t) => t && typeof t === 'object').map((t) => JSON.stringify(t)) : undefined;
}

/** The AI SDK records a tool's result as `JSON.stringify` of what it returned: a returned string is a JSON string literal. */
function jsonString(v: AttrValue | undefined): AttrValue | undefined {
  if (typeof v !== 'string' || v[0] !== '"') return v;
  try {
    const parsed: unknown = JSON.parse(v);
    return typeof parsed === 'string' ? parsed : v;
  } catch {
    return v;
  }
}

/** The OpenAI Agents SDK's spans as Logfire writes them, whose span data names the agent or tool. */
const LOGFIRE_SPAN_DATA: ReadonlySet<string> = new Set([LOGFIRE.agentsTrace, LOGFIRE.agentRun, LOGFIRE.functionCall]);

function sessionIdOf(a: Attributes): string | undefined {
  return (

    str(a[OPENINFERENCE.sessionId]) ??
    str(a[GENAI.conversationId]) ??
    str(a[OPENLLMETRY.sessionId]) ??
    str(a[OPENLLMETRY.conversationId]) ??
    str(a[GOOGLE_ADK.sessionId]) ??
    str(a[VERCEL_AI.sessionId]) ??
    str(a[LANGFUSE.sessionId]) ??
    str(a[LANGSMITH.threadId]) ??
    str(a[LANGSMITH.sessionId]) ??
    str(a[LANGSMITH.conversationId]) ??
    // The Agents SDK links a conversation's traces by RunConfig's group_id, on its trace span (Logfire writes it there).
    (str(a[LOGFIRE.msgTemplate]) === LOGFIRE.agentsTrace ? logfireValue(a.group_id) : undefined)
  );
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

