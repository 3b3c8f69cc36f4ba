// @sentinel/instrument: send OpenInference spans from a TypeScript agent app to Sentinel.
export { register } from './register.ts';
export type { RegisterOptions, Registration } from './register.ts';
export { resolveEndpoint, resolveProtocol, DEFAULT_GRPC_ENDPOINT, DEFAULT_HTTP_ENDPOINT } from './endpoint.ts';
export type { OtlpProtocol } from './endpoint.ts';
export { withSession } from './session.ts';
export type { SessionOptions } from './session.ts';
export { currentAgent, currentSessionId, TRACER_NAME } from './context-keys.ts';
export { runAgent } from './agent.ts';
export type { AgentOptions } from './agent.ts';
export { callTool } from './tool.ts';
export type { ToolOptions } from './tool.ts';
export { callLLM, flattenMessages } from './llm.ts';
export type { LLMMessage, LLMOptions, LLMReply, LLMToolCall } from './llm.ts';
export { sendMessage } from './message.ts';
export { SessionSpanProcessor } from './session-span-processor.ts';
export { KNOWN_INSTRUMENTATIONS, loadInstrumentations } from './instrumentations.ts';
export type { Instrumentation, KnownInstrumentation } from './instrumentations.ts';
