// The same agent run written the way other instrumentations write it: OpenLLMetry, GenAI with span events
// (before `gen_ai.input.messages`; tool spans without arguments or results), the Vercel AI SDK, Google ADK,
// Strands Agents (Bedrock content blocks in events), Langfuse's own attributes. Each writer turns one
// normalized span back into the attributes and events that library would emit, from what its documentation
// and source show; the test then normalizes them again and expects the rules to find what they find in the
// original.
import type { AgentSpan, Attributes, ChatMessage, RawSpan, RawSpanEvent } from '@sentinel/graph';

export type Writer = (span: AgentSpan, raw: RawSpan) => RawSpan | undefined;

function rewrite(raw: RawSpan, name: string, attributes: Attributes, events: RawSpanEvent[] = []): RawSpan {
  return { ...raw, name, attributes, events, wire: undefined };
}

function event(raw: RawSpan, name: string, attributes: Attributes): RawSpanEvent {
  return { name, timeUnixNano: raw.startTimeUnixNano, attributes };
}

/** A GenAI `invoke_agent` span, as GenAI, ADK and Strands write an agent run, with the writer's own attributes. */
function genaiAgent(s: AgentSpan, raw: RawSpan, a: Attributes, events: RawSpanEvent[] = []): RawSpan {
  return rewrite(raw, `invoke_agent ${s.agentName}`, { ...a, 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': s.agentName ?? s.name }, events);
}

const json = (v: unknown) => JSON.stringify(v);
function parsed(s: string | undefined): unknown {
  if (s === undefined) return {};
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

/** OpenLLMetry (Traceloop SDK): entity spans and indexed `gen_ai.prompt` / `gen_ai.completion` attributes. */
export const openllmetry: Writer = (s, raw) => {
  const a: Attributes = { 'traceloop.association.properties.session_id': s.sessionId };
  if (s.kind === 'agent') {
    Object.assign(a, { 'traceloop.span.kind': 'agent', 'traceloop.entity.name': s.agentName ?? s.name });
    if (s.input !== undefined) a['traceloop.entity.input'] = json({ args: [s.input], kwargs: {} });
    if (s.output !== undefined) a['traceloop.entity.output'] = json(s.output);
    return rewrite(raw, `${s.agentName}.agent`, a);
  }
  if (s.kind === 'tool') {
    Object.assign(a, { 'traceloop.span.kind': 'tool', 'traceloop.entity.name': s.toolName ?? s.name });
    a['traceloop.entity.input'] = json({ args: [], kwargs: parsed(s.toolArguments) });
    if (s.toolResult !== undefined) a['traceloop.entity.output'] = json(s.toolResult);
    return rewrite(raw, `${s.toolName}.tool`, a);
  }
  if (s.kind === 'llm') {
    Object.assign(a, { 'gen_ai.system': 'openai', 'llm.request.type': 'chat', 'gen_ai.request.model': s.model ?? 'model' });
    indexed(a, 'gen_ai.prompt', s.inputMessages ?? []);
    indexed(a, 'gen_ai.completion', s.outputMessages ?? []);
    return rewrite(raw, 'openai.chat', a);
  }
  return rewrite(raw, s.name, a);
};

function indexed(a: Attributes, prefix: string, messages: ChatMessage[]): void {
  messages.forEach((m, i) => {
    a[`${prefix}.${i}.role`] = m.role;
    if (m.content !== undefined) a[`${prefix}.${i}.content`] = m.content;
    if (m.toolCallId) a[`${prefix}.${i}.tool_call_id`] = m.toolCallId;
    (m.toolCalls ?? []).forEach((c, j) => {
      a[`${prefix}.${i}.tool_calls.${j}.name`] = c.name;
      if (c.id) a[`${prefix}.${i}.tool_calls.${j}.id`] = c.id;
      if (c.arguments !== undefined) a[`${prefix}.${i}.tool_calls.${j}.arguments`] = c.arguments;
    });
  });
}

/**
 * OTel GenAI 1.28–1.36 as `opentelemetry-instrumentation-openai-v2` records it with span events: each message an
 * event whose body is in `gen_ai.event.content`; an `execute_tool` span names the tool and its call id only, its
 * arguments and result are in the model's messages.
 */
export const genaiEvents: Writer = (s, raw) => {
  // The conventions list no conversation id on execute_tool spans: a tool span joins its trace's session.
  const a: Attributes = s.kind === 'tool' ? {} : { 'gen_ai.conversation.id': s.sessionId };
  if (s.kind === 'agent') {
    return genaiAgent(s, raw, a);
  }
  if (s.kind === 'tool') {
    Object.assign(a, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': s.toolName ?? s.name });
    if (s.toolCallId) a['gen_ai.tool.call.id'] = s.toolCallId;
    return rewrite(raw, `execute_tool ${s.toolName}`, a);
  }
  if (s.kind === 'llm') {
    Object.assign(a, { 'gen_ai.operation.name': 'chat', 'gen_ai.system': 'openai', 'gen_ai.request.model': s.model ?? 'model' });
    const events: RawSpanEvent[] = [];
    for (const m of s.inputMessages ?? []) {
      const body: Record<string, unknown> = { content: m.content ?? null };
      if (m.toolCallId) body.id = m.toolCallId;
      if (m.toolCalls) body.tool_calls = m.toolCalls.map(openAiCall);
      events.push(event(raw, `gen_ai.${m.role === 'developer' ? 'system' : m.role}.message`, { 'gen_ai.event.content': json(body) }));
    }
    (s.outputMessages ?? []).forEach((m, index) => {
      const message: Record<string, unknown> = { role: 'assistant', content: m.content ?? null };
      if (m.toolCalls) message.tool_calls = m.toolCalls.map(openAiCall);
      events.push(event(raw, 'gen_ai.choice', { 'gen_ai.event.content': json({ index, finish_reason: m.toolCalls ? 'tool_calls' : 'stop', message }) }));
    });
    return rewrite(raw, `chat ${s.model}`, a, events);
  }
  return rewrite(raw, s.name, a);
};

const openAiCall = (c: { id?: string; name: string; arguments?: string }) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments ?? '{}' } });

/** Vercel AI SDK (`experimental_telemetry`): `ai.generateText` runs, `.doGenerate` model calls, `ai.toolCall` spans. */
export const vercelAi: Writer = (s, raw) => {
  const a: Attributes = { 'ai.telemetry.metadata.sessionId': s.sessionId };
  if (s.kind === 'agent') {
    Object.assign(a, { 'ai.operationId': 'ai.generateText', 'operation.name': `ai.generateText ${s.agentName}`, 'ai.telemetry.functionId': s.agentName ?? s.name });
    if (s.input !== undefined) a['ai.prompt'] = json({ prompt: s.input });
    if (s.output !== undefined) a['ai.response.text'] = s.output;
    return rewrite(raw, 'ai.generateText', a);
  }
  if (s.kind === 'tool') {
    Object.assign(a, { 'ai.operationId': 'ai.toolCall', 'operation.name': 'ai.toolCall', 'ai.toolCall.name': s.toolName ?? s.name, 'ai.toolCall.args': s.toolArguments ?? '{}' });
    if (s.toolCallId) a['ai.toolCall.id'] = s.toolCallId;
    if (s.toolResult !== undefined) a['ai.toolCall.result'] = s.toolResult;
    return rewrite(raw, 'ai.toolCall', a);
  }
  if (s.kind === 'llm') {
    Object.assign(a, {
      'ai.operationId': 'ai.generateText.doGenerate',
      'operation.name': 'ai.generateText.doGenerate',
      'ai.model.id': s.model ?? 'model',
      'ai.model.provider': 'openai.chat',
      'gen_ai.system': 'openai.chat',
      'gen_ai.request.model': s.model ?? 'model',
      'ai.prompt.messages': json((s.inputMessages ?? []).map(aiSdkMessage)),
    });
    const out = s.outputMessages?.[0];
    if (out?.content) a['ai.response.text'] = out.content;
    if (out?.toolCalls) a['ai.response.toolCalls'] = json(out.toolCalls.map((c) => ({ toolCallType: 'function', toolCallId: c.id, toolName: c.name, args: c.arguments ?? '{}' })));
    return rewrite(raw, 'ai.generateText.doGenerate', a);
  }
  return rewrite(raw, s.name, a);
};

function aiSdkMessage(m: ChatMessage): unknown {
  if (m.role === 'tool') return { role: 'tool', content: [{ type: 'tool-result', toolCallId: m.toolCallId, toolName: m.name ?? '', output: { type: 'text', value: m.content ?? '' } }] };
  if (m.role === 'assistant' && m.toolCalls) {
    const parts: unknown[] = m.content ? [{ type: 'text', text: m.content }] : [];
    for (const c of m.toolCalls) parts.push({ type: 'tool-call', toolCallId: c.id, toolName: c.name, input: parsed(c.arguments) });
    return { role: 'assistant', content: parts };
  }
  return { role: m.role, content: m.role === 'system' ? m.content ?? '' : [{ type: 'text', text: m.content ?? '' }] };
}

/** Google ADK: `invoke_agent`, `call_llm` with the Gemini request and response as JSON, `execute_tool` with its args and response. */
export const googleAdk: Writer = (s, raw) => {
  const a: Attributes = { 'gcp.vertex.agent.session_id': s.sessionId };
  if (s.kind === 'agent') {
    return genaiAgent(s, raw, a);
  }
  if (s.kind === 'tool') {
    Object.assign(a, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': s.toolName ?? s.name, 'gcp.vertex.agent.tool_call_args': s.toolArguments ?? '{}' });
    if (s.toolCallId) a['gen_ai.tool.call.id'] = s.toolCallId;
    if (s.toolResult !== undefined) a['gcp.vertex.agent.tool_response'] = json({ result: s.toolResult });
    return rewrite(raw, `execute_tool ${s.toolName}`, a);
  }
  if (s.kind === 'llm') {
    const system = (s.inputMessages ?? []).filter((m) => m.role === 'system').map((m) => m.content ?? '').join('\n');
    const contents = (s.inputMessages ?? []).filter((m) => m.role !== 'system').map(geminiContent);
    Object.assign(a, {
      'gen_ai.system': 'gcp.vertex.agent',
      'gen_ai.request.model': s.model ?? 'model',
      'gcp.vertex.agent.llm_request': json({ model: s.model, config: { system_instruction: system }, contents }),
      'gcp.vertex.agent.llm_response': json({ content: geminiContent(s.outputMessages?.[0] ?? { role: 'assistant', content: '' }) }),
    });
    return rewrite(raw, 'call_llm', a);
  }
  return rewrite(raw, s.name, a);
};

function geminiContent(m: ChatMessage): unknown {
  if (m.role === 'tool') return { role: 'user', parts: [{ function_response: { id: m.toolCallId, name: m.name ?? '', response: { result: m.content ?? '' } } }] };
  const parts: unknown[] = m.content ? [{ text: m.content }] : [];
  for (const c of m.toolCalls ?? []) parts.push({ function_call: { id: c.id, name: c.name, args: parsed(c.arguments) } });
  return { role: m.role === 'assistant' ? 'model' : 'user', parts };
}

/** Strands Agents: GenAI span names, messages as events holding Bedrock content blocks; a tool span's input and result as its events. */
export const strands: Writer = (s, raw) => {
  const a: Attributes = { 'gen_ai.conversation.id': s.sessionId, 'gen_ai.system': 'strands-agents' };
  if (s.kind === 'agent') {
    return genaiAgent(s, raw, a, [
      event(raw, 'gen_ai.user.message', { content: json([{ text: s.input ?? '' }]) }),
      event(raw, 'gen_ai.choice', { message: s.output ?? '', finish_reason: 'end_turn' }),
    ]);
  }
  if (s.kind === 'tool') {
    Object.assign(a, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': s.toolName ?? s.name, 'gen_ai.tool.call.id': s.toolCallId ?? '' });
    const events = [
      event(raw, 'gen_ai.tool.message', { role: 'tool', content: s.toolArguments ?? '{}', id: s.toolCallId ?? '' }),
      event(raw, 'gen_ai.choice', { message: json([{ text: s.toolResult ?? '' }]), id: s.toolCallId ?? '' }),
    ];
    return rewrite(raw, `execute_tool ${s.toolName}`, a, events);
  }
  if (s.kind === 'llm') {
    Object.assign(a, { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': s.model ?? 'model' });
    const events = (s.inputMessages ?? []).map((m) => event(raw, `gen_ai.${m.role}.message`, { content: json(bedrockBlocks(m)) }));
    const out = s.outputMessages?.[0];
    if (out) events.push(event(raw, 'gen_ai.choice', { message: json(bedrockBlocks(out)), finish_reason: out.toolCalls ? 'tool_use' : 'end_turn' }));
    return rewrite(raw, 'chat', a, events);
  }
  return rewrite(raw, s.name, a);
};

function bedrockBlocks(m: ChatMessage): unknown[] {
  if (m.role === 'tool') return [{ toolResult: { toolUseId: m.toolCallId, status: 'success', content: [{ text: m.content ?? '' }] } }];
  const blocks: unknown[] = m.content ? [{ text: m.content }] : [];
  for (const c of m.toolCalls ?? []) blocks.push({ toolUse: { toolUseId: c.id, name: c.name, input: parsed(c.arguments) } });
  return blocks;
}

/** Langfuse's own attributes (its v3 SDKs): observation types, inputs and outputs, a generation's messages in the OpenAI shape. */
export const langfuse: Writer = (s, raw) => {
  const a: Attributes = { 'langfuse.session.id': s.sessionId };
  if (s.kind === 'agent') {
    Object.assign(a, { 'langfuse.observation.type': 'agent' });
    if (s.input !== undefined) a['langfuse.observation.input'] = s.input;
    if (s.output !== undefined) a['langfuse.observation.output'] = s.output;
    return rewrite(raw, s.agentName ?? s.name, a);
  }
  if (s.kind === 'tool') {
    Object.assign(a, { 'langfuse.observation.type': 'tool', 'langfuse.observation.input': s.toolArguments ?? '{}' });
    if (s.toolResult !== undefined) a['langfuse.observation.output'] = s.toolResult;
    return rewrite(raw, s.toolName ?? s.name, a);
  }
  if (s.kind === 'llm') {
    const openAi = (m: ChatMessage) => ({ role: m.role, content: m.content ?? null, ...(m.toolCalls ? { tool_calls: m.toolCalls.map(openAiCall) } : {}), ...(m.toolCallId ? { tool_call_id: m.toolCallId } : {}) });
    Object.assign(a, {
      'langfuse.observation.type': 'generation',
      'langfuse.observation.model.name': s.model ?? 'model',
      'langfuse.observation.input': json((s.inputMessages ?? []).map(openAi)),
      'langfuse.observation.output': json(openAi(s.outputMessages?.[0] ?? { role: 'assistant' })),
    });
    return rewrite(raw, 'generation', a);
  }
  return rewrite(raw, s.name, a);
};

/** An app instrumented at the model client only (its model calls as GenAI records them): no agent or tool spans. */
export const llmOnly: Writer = (s, raw) => (s.kind === 'llm' ? { ...genaiEvents(s, raw)!, parentSpanId: undefined } : undefined);
