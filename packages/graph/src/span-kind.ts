// What a span is (agent, tool, model call, …) in each convention, and the handoffs read as messages.
import type { AgentSpanKind } from './agent-span.ts';
import { str } from './attr-values.ts';
import { parseJsonText } from './json-text.ts';
import type { AttrValue, RawSpan } from './raw-span.ts';
import { CREWAI, GENAI, GENAI_OPERATION, HAYSTACK, LANGFUSE, LANGSMITH, LOGFIRE, MLFLOW, OPENINFERENCE, OPENLLMETRY, PYDANTIC_AI, VERCEL_AI } from './semconv.ts';

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

/** LangSmith run types (a chain is a step; the graph's root chain is read like any other). */
const LANGSMITH_KIND: Record<string, AgentSpanKind> = { llm: 'llm', tool: 'tool', chain: 'chain', retriever: 'retriever', embedding: 'embedding', prompt: 'chain', parser: 'chain' };

/** MLflow span types (`mlflow.spanType`, its JSON quotes removed). */
const MLFLOW_KIND: Record<string, AgentSpanKind> = {
  AGENT: 'agent',
  TOOL: 'tool',
  CHAT_MODEL: 'llm',
  LLM: 'llm',
  CHAIN: 'chain',
  PARSER: 'chain',
  RETRIEVER: 'retriever',
  RERANKER: 'retriever',
  EMBEDDING: 'embedding',
};

/** OpenLLMetry entity kinds: a workflow or task is a step of the app, not an agent. */
const TRACELOOP_KIND: Record<string, AgentSpanKind> = { workflow: 'chain', task: 'chain', agent: 'agent', tool: 'tool' };


/**
 * The agent a handoff span hands over to. OpenInference records the OpenAI Agents SDK's handoffs as
 * TOOL spans named "handoff to <agent>" with no tool name: read as tools, every handoff was a tool
 * node, and an undeclared tool under a deny-by-default policy.
 */
export function handoffTarget(raw: RawSpan): string | undefined {
  const a = raw.attributes;
  const oi = str(a[OPENINFERENCE.spanKind]);
  // (An OpenInference span is read as one: a key that is absent costs a lookup on every span, most spans are these.)
  if (oi !== undefined) {
    if (oi.toUpperCase() !== 'TOOL' || a[OPENINFERENCE.toolName] !== undefined) return undefined;
    const m = HANDOFF_NAME.exec(raw.name);
    return m ? m[1].trim() || undefined : undefined;
  }
  if (str(a[LOGFIRE.msgTemplate]) === LOGFIRE.handoff) return logfireValue(a.to_agent);
  // The same handoff as OpenLLMetry's and the contrib openai-agents instrumentation write it: a span of its own
  // (`<from> → <to>.handoff`, `agent_handoff`) with `gen_ai.handoff.from_agent` / `gen_ai.handoff.to_agent`.
  return str(a[GENAI.handoffTo])?.trim() || undefined;
}
const HANDOFF_NAME = /^handoff to (.{1,200})$/i;

/**
 * The agent a tool call hands the conversation to, for frameworks whose handoffs are tools the model calls:
 * LangGraph's supervisor and swarm (`transfer_to_<agent>`, called with no arguments of the model's), Google ADK
 * (`transfer_to_agent` with `agent_name`), Strands' swarm (`handoff_to_agent` with `agent_name`), Microsoft Agent
 * Framework (`handoff_to_<agent>`). Read as tools, each handoff was an inferred sink ("transfer") and the
 * agents it linked stood apart in the graph. A tool so named that takes arguments (`transfer_to_savings` with an
 * amount) is a tool.
 */
export function transferTarget(toolName: string | undefined, args: string | undefined): string | undefined {
  if (!toolName) return undefined;
  const parsed = args === undefined ? undefined : parseJsonText(args);
  if (NAMED_TRANSFER.has(toolName)) {
    const name = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>).agent_name : undefined;
    return typeof name === 'string' && name.trim() ? name.trim() : undefined;
  }
  const m = TRANSFER_TOOL.exec(toolName);
  if (!m) return undefined;
  const noArgs = args === undefined || args.trim() === '' || (parsed !== undefined && typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.keys(parsed).every((k) => INJECTED_ARGS.has(k)));
  return noArgs ? m[1] : undefined;
}
const TRANSFER_TOOL = /^(?:transfer|handoff)_to_([A-Za-z][\w-]{0,99})$/;
/** Handoff tools that name the agent in an argument (`agent_name`): ADK's and Strands'. */
const NAMED_TRANSFER: ReadonlySet<string> = new Set(['transfer_to_agent', 'handoff_to_agent']);

/** A call in a model's output or history that hands the conversation to another agent (see transferTarget). */
export function isHandoffCall(name: string, args = '{}'): boolean {
  return NAMED_TRANSFER.has(name) || transferTarget(name, args) !== undefined;
}
/** What LangGraph passes a handoff tool besides the model's arguments (the graph's state, the call's id). */
const INJECTED_ARGS = new Set(['state', 'tool_call_id', 'messages', 'config', 'runtime']);

/** A value Logfire wrote for a span's data: `null` is the text "null". */
export function logfireValue(v: AttrValue | undefined): string | undefined {
  const s = str(v);
  return s === undefined || s === 'null' || s.trim() === '' ? undefined : s;
}

/** A framework's container that, starting a trace, is read as the agent the user spoke to (see spanKind). */
export function isEntryContainer(raw: RawSpan): boolean {
  const a = raw.attributes;
  return str(a[OPENLLMETRY.spanKind]) === 'workflow' || str(a[LANGSMITH.spanKind]) === 'chain' || str(a[LOGFIRE.msgTemplate]) === LOGFIRE.agentsTrace || raw.name === HAYSTACK.pipelineRun || (str(a[OPENINFERENCE.spanKind]) === 'CHAIN' && a[CREWAI.tasks] !== undefined);
}

export function spanKind(raw: RawSpan): AgentSpanKind {
  const a = raw.attributes;
  const oi = str(a[OPENINFERENCE.spanKind]);
  // A CrewAI kickoff a trace starts with (a CHAIN with the crew's tasks) is the crew the user asked: the agent whose
  // request its role agents carry out, as a Traceloop workflow or a Haystack pipeline is.
  if (oi === 'CHAIN' && a[CREWAI.tasks] !== undefined && !raw.parentSpanId) return 'agent';
  if (oi) return kindIn(OI_KIND, oi.toUpperCase()) ?? 'other';
  const op = str(a[GENAI.operationName]);
  const genai = op && kindIn(GENAI_KIND, op);
  if (genai) return genai;
  const tl = str(a[OPENLLMETRY.spanKind]);
  // The workflow a trace starts with is the app's entry point: the agent the user spoke to, whose request the agents
  // under it carry out (read as a step, a sub-agent's task read as the user's own words).
  if (tl === 'workflow' && !raw.parentSpanId) return 'agent';
  const traceloop = tl && kindIn(TRACELOOP_KIND, tl);
  if (traceloop) return traceloop;
  const ls = str(a[LANGSMITH.spanKind]);
  // The run a LangSmith trace starts with (a `@traceable` agent function, a LangGraph graph: chain runs, as LangSmith
  // has no agent run type) is the agent the user spoke to, as OpenLLMetry's workflow is.
  if (ls === 'chain' && !raw.parentSpanId) return 'agent';
  const langsmith = ls && kindIn(LANGSMITH_KIND, ls);
  if (langsmith) return langsmith;
  const aiOp = str(a[VERCEL_AI.operationId]);
  if (aiOp) {
    const k = aiSdkKind(aiOp);
    if (k) return k;
  }
  const haystack = haystackKind(raw);
  if (haystack) return haystack;
  const lf = str(a[LANGFUSE.observationType]);
  const langfuse = lf && kindIn(LANGFUSE_KIND, lf);
  if (langfuse) return langfuse;
  const lft = str(a[LOGFIRE.msgTemplate]);
  if (lft === LOGFIRE.agentRun || (lft === LOGFIRE.agentsTrace && !raw.parentSpanId)) return 'agent';
  if (lft === LOGFIRE.functionCall) return 'tool';
  const ml = str(a[MLFLOW.spanType]);
  const mlflow = ml && kindIn(MLFLOW_KIND, ml.replace(/^"|"$/g, ''));
  if (mlflow) return mlflow;
  // Plain spans: guess from whichever identity attribute is present.
  if (a[OPENINFERENCE.toolName] !== undefined || a[GENAI.toolName] !== undefined) return 'tool';
  if (a[OPENINFERENCE.agentName] !== undefined || a[GENAI.agentName] !== undefined || a[PYDANTIC_AI.agentName] !== undefined) return 'agent';
  if (a[OPENINFERENCE.llmModelName] !== undefined || a[GENAI.requestModel] !== undefined) return 'llm';
  return 'other';
}

/**
 * Haystack: the pipeline a trace starts with is the app's entry point (the request is its input); a chat generator
 * component is a model call, an Agent component an agent, a retriever a retriever. A ToolInvoker runs the calls a
 * model asked for: they are read from the model calls' messages, as for apps without tool spans.
 */
function haystackKind(raw: RawSpan): AgentSpanKind | undefined {
  if (raw.name === HAYSTACK.pipelineRun) return raw.parentSpanId ? 'chain' : 'agent';
  if (raw.name !== HAYSTACK.componentRun) return undefined;
  const type = str(raw.attributes[HAYSTACK.componentType]) ?? '';
  if (type === 'Agent') return 'agent';
  if (type.endsWith('Generator')) return 'llm';
  if (type.endsWith('Retriever')) return 'retriever';
  return 'chain';
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

/** The table's own entry only: an attribute value such as `constructor` must not read the object's prototype. */
function kindIn(table: Record<string, AgentSpanKind>, key: string): AgentSpanKind | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
