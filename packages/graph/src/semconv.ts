// Every attribute key Sentinel reads, in one place: OpenInference keys come from the
// package's own constants, OTel GenAI keys are spelled once here (the GenAI conventions are
// still "development" status and not exported by a stable package).
import { SemanticConventions as OI, OpenInferenceSpanKind } from '@arizeai/openinference-semantic-conventions';

export { OpenInferenceSpanKind };

export const OPENINFERENCE = {
  spanKind: OI.OPENINFERENCE_SPAN_KIND,
  sessionId: OI.SESSION_ID,
  userId: OI.USER_ID,
  agentName: OI.AGENT_NAME,
  graphNodeId: OI.GRAPH_NODE_ID,
  graphNodeName: OI.GRAPH_NODE_NAME,
  graphNodeParentId: OI.GRAPH_NODE_PARENT_ID,
  /** The run's metadata as JSON (LangChain/LangGraph: `langgraph_node`, `langgraph_checkpoint_ns`). */
  metadata: OI.METADATA,
  inputValue: OI.INPUT_VALUE,
  outputValue: OI.OUTPUT_VALUE,
  toolName: OI.TOOL_NAME,
  toolDescription: OI.TOOL_DESCRIPTION,
  toolParameters: OI.TOOL_PARAMETERS,
  toolCallId: OI.TOOL_CALL_ID,
  llmModelName: OI.LLM_MODEL_NAME,
  llmProvider: OI.LLM_PROVIDER,
  llmSystem: OI.LLM_SYSTEM,
  llmInputMessages: OI.LLM_INPUT_MESSAGES,
  /** The tools a model call offers: `llm.tools.<i>.tool.json_schema`, each a JSON function definition. */
  llmTools: OI.LLM_TOOLS,
  toolJsonSchema: OI.TOOL_JSON_SCHEMA,
  llmOutputMessages: OI.LLM_OUTPUT_MESSAGES,
  llmTokenPrompt: OI.LLM_TOKEN_COUNT_PROMPT,
  llmTokenCompletion: OI.LLM_TOKEN_COUNT_COMPLETION,
  llmTokenTotal: OI.LLM_TOKEN_COUNT_TOTAL,
  /** Suffixes under `llm.{input,output}_messages.<i>.` */
  messageRole: OI.MESSAGE_ROLE,
  messageContent: OI.MESSAGE_CONTENT,
  /** A message's content as parts: `message.contents.<k>.message_content.text`. */
  messageContents: OI.MESSAGE_CONTENTS,
  messageContentText: OI.MESSAGE_CONTENT_TEXT,
  messageName: OI.MESSAGE_NAME,
  messageToolCallId: OI.MESSAGE_TOOL_CALL_ID,
  messageToolCalls: OI.MESSAGE_TOOL_CALLS,
  toolCallFunctionName: OI.TOOL_CALL_FUNCTION_NAME,
  toolCallFunctionArguments: OI.TOOL_CALL_FUNCTION_ARGUMENTS_JSON,
  retrievalDocuments: OI.RETRIEVAL_DOCUMENTS,
  documentContent: OI.DOCUMENT_CONTENT,
} as const;

/** OTel GenAI semantic conventions (gen-ai spans, agent spans). */
export const GENAI = {
  operationName: 'gen_ai.operation.name',
  agentName: 'gen_ai.agent.name',
  agentId: 'gen_ai.agent.id',
  agentDescription: 'gen_ai.agent.description',
  /** A handoff between agents (the OpenAI Agents SDK's, as OpenLLMetry and the contrib instrumentation write it). */
  handoffTo: 'gen_ai.handoff.to_agent',
  conversationId: 'gen_ai.conversation.id',
  toolName: 'gen_ai.tool.name',
  toolDescription: 'gen_ai.tool.description',
  /** The tools a model call offers (semconv 1.37+): a JSON array of definitions. */
  toolDefinitions: 'gen_ai.tool.definitions',
  toolCallId: 'gen_ai.tool.call.id',
  toolCallArguments: 'gen_ai.tool.call.arguments',
  toolCallResult: 'gen_ai.tool.call.result',
  requestModel: 'gen_ai.request.model',
  responseModel: 'gen_ai.response.model',
  providerName: 'gen_ai.provider.name',
  system: 'gen_ai.system',
  inputMessages: 'gen_ai.input.messages',
  outputMessages: 'gen_ai.output.messages',
  systemInstructions: 'gen_ai.system_instructions',
  /** Strands Agents: the agent's system prompt on its `invoke_agent` span (not on its model calls). */
  agentSystemPrompt: 'gen_ai.agent.system_prompt',
  usageInputTokens: 'gen_ai.usage.input_tokens',
  usageOutputTokens: 'gen_ai.usage.output_tokens',
  /** Older event-based content capture: span events named `gen_ai.<role>.message` / `gen_ai.choice`, the message as this attribute. */
  eventContent: 'gen_ai.event.content',
  /** Older still (OpenLIT and others): `gen_ai.content.prompt` / `gen_ai.content.completion` events with these attributes. */
  eventPrompt: 'gen_ai.prompt',
  eventCompletion: 'gen_ai.completion',
} as const;

/**
 * OpenLLMetry (Traceloop SDK and its instrumentations): entity spans (`traceloop.span.kind`
 * workflow/task/agent/tool with the entity's name, input and output as JSON) and the indexed GenAI
 * prompt/completion attributes GenAI had before `gen_ai.input.messages`
 * (`gen_ai.prompt.<i>.role|content|tool_call_id`, `gen_ai.completion.<i>.tool_calls.<j>.name|arguments|id`).
 */
export const OPENLLMETRY = {
  spanKind: 'traceloop.span.kind',
  entityName: 'traceloop.entity.name',
  entityInput: 'traceloop.entity.input',
  entityOutput: 'traceloop.entity.output',
  /** Association properties an app sets for its session (`Traceloop.set_association_properties`). */
  /** Every association property an app or the LangChain instrumentation (a run's metadata) sets, under this prefix. */
  associationPrefix: 'traceloop.association.properties.',
  sessionId: 'traceloop.association.properties.session_id',
  conversationId: 'traceloop.association.properties.conversation_id',
  prompt: 'gen_ai.prompt',
  completion: 'gen_ai.completion',
  usagePromptTokens: 'gen_ai.usage.prompt_tokens',
  usageCompletionTokens: 'gen_ai.usage.completion_tokens',
  usageTotalTokens: 'llm.usage.total_tokens',
  /** The tools a model call offers: `llm.request.functions.<i>.name|description|parameters` (parameters as JSON text). */
  requestFunctions: 'llm.request.functions',
} as const;

/** Span events that carry one message each (GenAI before `gen_ai.input.messages`, and older still). */
export const GENAI_EVENTS = {
  systemMessage: 'gen_ai.system.message',
  userMessage: 'gen_ai.user.message',
  assistantMessage: 'gen_ai.assistant.message',
  toolMessage: 'gen_ai.tool.message',
  choice: 'gen_ai.choice',
  contentPrompt: 'gen_ai.content.prompt',
  contentCompletion: 'gen_ai.content.completion',
  /** Some emitters put the body in a plain `content` attribute (Strands Agents), a choice's in `message`. */
  plainContent: 'content',
  plainMessage: 'message',
} as const;

/** Pydantic AI (its own instrumentation, through Logfire or plain OTel): agent runs and tool runs. */
export const PYDANTIC_AI = {
  agentName: 'agent_name',
  /** The run's conversation on its agent span (GenAI messages), and older versions' list of message events. */
  allMessages: 'pydantic_ai.all_messages',
  allMessagesEvents: 'all_messages_events',
  finalResult: 'final_result',
  toolArguments: 'tool_arguments',
  toolResponse: 'tool_response',
} as const;

/**
 * Vercel AI SDK (`experimental_telemetry`): `ai.generateText` / `ai.streamText` runs (named by their
 * `functionId`), `.doGenerate` / `.doStream` model calls, `ai.toolCall` tool executions.
 */
export const VERCEL_AI = {
  operationId: 'ai.operationId',
  functionId: 'ai.telemetry.functionId',
  /** Where apps put their session and user ids (`experimental_telemetry.metadata`), as Langfuse's guide has it. */
  sessionId: 'ai.telemetry.metadata.sessionId',
  userId: 'ai.telemetry.metadata.userId',
  prompt: 'ai.prompt',
  promptMessages: 'ai.prompt.messages',
  /** The tools a model call offers: an array of strings, each a JSON definition (`name`, `description`, `inputSchema`). */
  promptTools: 'ai.prompt.tools',
  responseText: 'ai.response.text',
  responseToolCalls: 'ai.response.toolCalls',
  modelId: 'ai.model.id',
  modelProvider: 'ai.model.provider',
  toolCallName: 'ai.toolCall.name',
  toolCallId: 'ai.toolCall.id',
  toolCallArgs: 'ai.toolCall.args',
  toolCallResult: 'ai.toolCall.result',
  usagePromptTokens: 'ai.usage.promptTokens',
  usageCompletionTokens: 'ai.usage.completionTokens',
  usageInputTokens: 'ai.usage.inputTokens',
  usageOutputTokens: 'ai.usage.outputTokens',
} as const;

/** Google ADK's own keys beside the GenAI ones: the session, the Gemini request and response, a tool's args and response. */
export const GOOGLE_ADK = {
  sessionId: 'gcp.vertex.agent.session_id',
  llmRequest: 'gcp.vertex.agent.llm_request',
  llmResponse: 'gcp.vertex.agent.llm_response',
  toolCallArgs: 'gcp.vertex.agent.tool_call_args',
  toolResponse: 'gcp.vertex.agent.tool_response',
} as const;

/**
 * Langfuse's OTel attributes (its v3 SDKs, and apps that write for it): an observation's type (`agent`, `tool`,
 * `generation`, `chain`, `retriever`, …), input and output (a generation's as OpenAI-style messages), model,
 * the session and user.
 */
export const LANGFUSE = {
  observationType: 'langfuse.observation.type',
  input: 'langfuse.observation.input',
  output: 'langfuse.observation.output',
  model: 'langfuse.observation.model.name',
  sessionId: 'langfuse.session.id',
  userId: 'langfuse.user.id',
} as const;

/**
 * Pydantic Logfire's OpenAI Agents SDK integration (`logfire.instrument_openai_agents()`): the SDK's spans told apart
 * by their message template, their span data as plain attributes (`name`, `input`, `output`, `from_agent`, `to_agent`,
 * the trace's `group_id`); `null` written as the text "null".
 */
export const LOGFIRE = {
  msgTemplate: 'logfire.msg_template',
  agentsTrace: 'OpenAI Agents trace: {name}',
  agentRun: 'Agent run: {name!r}',
  functionCall: 'Function: {name}',
  handoff: 'Handoff: {from_agent} → {to_agent}',
} as const;

/**
 * MLflow Tracing's own schema (its default OTLP export): every value `json.dumps`'d, so a string is a JSON string
 * literal (`mlflow.spanType` = `"AGENT"` with its quotes); a function's bound arguments and its return value as JSON.
 */
export const MLFLOW = {
  spanType: 'mlflow.spanType',
  inputs: 'mlflow.spanInputs',
  outputs: 'mlflow.spanOutputs',
  llmModel: 'mlflow.llm.model',
  chatTools: 'mlflow.chat.tools',
} as const;

/**
 * LangSmith's OTel export: the run type, and the thread a run belongs to (its inputs and outputs are JSON in
 * `gen_ai.prompt` / `gen_ai.completion`, OPENLLMETRY.prompt/completion, not indexed).
 */
export const LANGSMITH = {
  spanKind: 'langsmith.span.kind',
  /** A run's metadata, one attribute per key (LangGraph's `langgraph_checkpoint_ns` among them). */
  metadataPrefix: 'langsmith.metadata.',
  threadId: 'langsmith.metadata.thread_id',
  sessionId: 'langsmith.metadata.session_id',
  conversationId: 'langsmith.metadata.conversation_id',
} as const;

/** Haystack's span tags (`haystack.pipeline.run`, `haystack.component.run`, `haystack.agent.run` spans). */
export const HAYSTACK = {
  pipelineRun: 'haystack.pipeline.run',
  componentRun: 'haystack.component.run',
  componentName: 'haystack.component.name',
  componentType: 'haystack.component.type',
  componentInput: 'haystack.component.input',
  componentOutput: 'haystack.component.output',
  pipelineInput: 'haystack.pipeline.input_data',
  pipelineOutput: 'haystack.pipeline.output_data',
} as const;

/** CrewAI (OpenInference's crewai instrumentation): the kickoff span's tasks, as the crew was defined. */
export const CREWAI = {
  /** JSON list of the crew's tasks (`description`, `expected_output`, `agent_role`…), templated from the inputs. */
  tasks: 'crew_tasks',
} as const;

/** Values of `gen_ai.operation.name`. */
export const GENAI_OPERATION = {
  chat: 'chat',
  textCompletion: 'text_completion',
  generateContent: 'generate_content',
  embeddings: 'embeddings',
  executeTool: 'execute_tool',
  invokeAgent: 'invoke_agent',
  createAgent: 'create_agent',
} as const;

/** OTel resource and general keys. */
export const RESOURCE = {
  serviceName: 'service.name',
} as const;

export const OTEL = {
  exceptionMessage: 'exception.message',
} as const;

/**
 * Sentinel's own keys, for what neither convention names: an explicit message between
 * two agents (sender → receiver) that is not a call.
 */
export const SENTINEL = {
  messageFrom: 'sentinel.message.from',
  messageTo: 'sentinel.message.to',
} as const;
