// The normalized span: one shape out of OpenInference, OTel GenAI and plain spans.

export type AgentSpanKind = 'agent' | 'tool' | 'llm' | 'chain' | 'retriever' | 'embedding' | 'guardrail' | 'other';

export type SpanStatus = 'unset' | 'ok' | 'error';

export interface ToolCallRequest {
  id?: string;
  name: string;
  arguments?: string;
}

export interface ChatMessage {
  role: string;
  content?: string;
  name?: string;
  toolCallId?: string;
  toolCalls?: ToolCallRequest[];
}

/**
 * What the rest of Sentinel knows about a span. Content fields are text, capped
 * at the normalizer's `maxContentChars`; a capped field is listed in `truncated`
 * with its original length.
 */
export interface AgentSpan {
  spanId: string;
  traceId: string;
  parentSpanId?: string;
  sessionId: string;
  /** `service.name` of the resource, `unknown_service` when absent (as the OTel SDK does). */
  app: string;
  name: string;
  kind: AgentSpanKind;
  start: bigint; // unix nanos
  end: bigint;
  status: SpanStatus;
  statusMessage?: string;
  /** For agent spans: the agent this span runs. For other spans: set when the span names its agent. */
  agentName?: string;
  /**
   * An agent span that is the app's entry point, not an agent of its own design: the container a trace starts with
   * (an OpenLLMetry workflow, a Haystack pipeline, a CrewAI kickoff), read as the agent the user spoke to. A policy's
   * agent list names the app's agents, not the framework's wrapper ("Agent workflow").
   */
  entryPoint?: boolean;
  /** OpenInference `graph.node.id` / `graph.node.parent_id`: explicit agent-graph links. */
  graphNodeId?: string;
  graphParentId?: string;
  /**
   * Span ids this span links to (OTLP span links), for a span that starts its trace: an agent woken by a queued message
   * or a scheduled run names the span that sent it. Its caller is that span's agent, not the user.
   */
  linkedSpanIds?: string[];
  toolName?: string;
  toolCallId?: string;
  toolDescription?: string;
  /**
   * For model calls: the tools offered to the model, as the instrumentation wrote them (each an OpenInference JSON
   * schema, or GenAI's array of definitions). Their descriptions are text the model reads: a third-party tool's
   * description can carry instructions (tool poisoning).
   */
  toolDefinitions?: string[];
  model?: string;
  provider?: string;
  input?: string;
  output?: string;
  /** For tool spans: the arguments (usually JSON text) and the result. */
  toolArguments?: string;
  toolResult?: string;
  inputMessages?: ChatMessage[];
  outputMessages?: ChatMessage[];
  tokens?: { prompt?: number; completion?: number; total?: number };
  userId?: string;
  /** An explicit message between agents (not a call): sender and receiver agent names. */
  messageFrom?: string;
  messageTo?: string;
  /** Fields cut to the content cap: field name → original length in chars. */
  truncated?: Record<string, number>;
}
