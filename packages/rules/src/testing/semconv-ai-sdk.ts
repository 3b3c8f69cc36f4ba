// Vercel AI SDK `experimental_telemetry: { isEnabled: true, functionId, metadata: { sessionId, userId } }` (recordInputs
// and recordOutputs on, the default), ai@5 / ai@6 (github.com/vercel/ai, packages/ai/src/generate-text/generate-text.ts:
// the `ai.generateText` and `ai.generateText.doGenerate` recordSpan calls, asToolCalls, executeTools/executeToolCall's
// `ai.toolCall` span; src/telemetry/assemble-operation-name.ts, get-base-telemetry-attributes.ts; docs ai-sdk.dev
// "Telemetry" › Collected Data; the message shapes of the LanguageModelV2 prompt and of the step snapshots in
// src/generate-text/__snapshots__/generate-text.test.ts.snap):
// - run `ai.generateText`: `operation.name` = "ai.generateText <functionId>", `resource.name` / `ai.telemetry.functionId`
//   = functionId, `ai.operationId`, `ai.model.provider|id`, `ai.settings.maxRetries`, `ai.telemetry.metadata.<key>`,
//   `ai.prompt` = JSON.stringify({system, prompt, messages}), `ai.response.text|finishReason` (the last step's).
// - model call `ai.generateText.doGenerate` (child of the run): the same base attributes, `ai.prompt.messages` = the
//   provider prompt as JSON (system `{role, content: string}`; user `{role, content: [{type:"text", text}]}`; assistant
//   `[{type:"text"}, {type:"tool-call", toolCallId, toolName, input: <object>}]`; one tool message per step with
//   `{type:"tool-result", toolCallId, toolName, output: {type:"text"|"json"|"error-text", value}}`), `ai.prompt.tools`
//   (string[] of `{type:"function", name, description, inputSchema}`), `ai.prompt.toolChoice`,
//   `ai.response.text|toolCalls|finishReason|model` (toolCalls: `[{toolCallId, toolName, input: <JSON text>}]`),
//   `gen_ai.system|request.model|response.model|response.finish_reasons`.
// - tool execution `ai.toolCall` (child of the run, not of the model call): `operation.name`, `ai.operationId`,
//   `ai.telemetry.functionId`, `ai.toolCall.name|id`, `ai.toolCall.args` = JSON.stringify(input), `ai.toolCall.result`
//   = JSON.stringify(output) on success only (a thrown error: error status + exception event). No metadata on it (the
//   SDK does not put the base telemetry attributes on tool spans), so no session id there.
// Choices and what is lost: the AI SDK has no agent spans: an AGENT span becomes the generateText run named by its
// functionId (= the agent's name), a sub-agent a nested run; its model (ai.model.*) is that of its first model call.
// A tool span without a call id (sessions with no model spans) gets one made from its span id, as the SDK always has
// one. A result that is JSON text is taken as the object the tool returned. CHAIN / RETRIEVER / other kinds stay as
// they are (the SDK traces nothing of the kind). No tool description on the tool span (the SDK records none there).
import type { AttrValue, Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message, type OiSpan, parseJson, returned } from './semconv-read.ts';


/** The AI SDK provider id of a model call (`model.provider`), from the provider's name. */
const PROVIDERS: Record<string, string> = { openai: 'openai.chat', anthropic: 'anthropic.messages', google: 'google.generative-ai', together: 'togetherai.chat', cohere: 'cohere.chat', mistral: 'mistral.chat' };
const providerId = (p: string | undefined): string | undefined => (p === undefined ? undefined : PROVIDERS[p.toLowerCase()] ?? `${p.toLowerCase()}.chat`);

function agentOf(s: OiSpan, session: readonly OiSpan[]): OiSpan | undefined {
  const byId = new Map(session.map((x) => [x.raw.spanId, x]));
  for (let cur: OiSpan | undefined = s, n = 0; cur && n < 100; cur = cur.raw.parentSpanId ? byId.get(cur.raw.parentSpanId) : undefined, n++) {
    if (cur.kind === 'AGENT') return cur;
  }
  return undefined;
}

/** The model calls directly run by an agent (nearest agent ancestor = it), in time order. */
const callsOf = (agent: OiSpan, session: readonly OiSpan[]): OiSpan[] => session.filter((x) => x.kind === 'LLM' && agentOf(x, session) === agent);

/** OpenInference messages → the LanguageModelV2 prompt the SDK hands the provider (and records). */
function providerPrompt(msgs: Message[], session: readonly OiSpan[]): unknown[] {
  const names = new Map<string, string>();
  for (const m of msgs) for (const c of m.toolCalls ?? []) if (c.id) names.set(c.id, c.name);
  const failed = new Set(session.filter((x) => x.kind === 'TOOL' && x.callId && x.raw.statusCode === 2).map((x) => x.callId!));
  const out: { role: string; content: unknown }[] = [];
  for (const m of msgs) {
    if (m.role === 'system') out.push({ role: 'system', content: m.content ?? '' });
    else if (m.role === 'assistant') {
      const parts: unknown[] = [];
      if (m.content) parts.push({ type: 'text', text: m.content });
      for (const c of m.toolCalls ?? []) parts.push({ type: 'tool-call', toolCallId: c.id ?? '', toolName: c.name, input: parseJson(c.arguments) ?? c.arguments });
      out.push({ role: 'assistant', content: parts });
    } else if (m.role === 'tool') {
      const id = m.toolCallId ?? '';
      const text = m.content ?? '';
      const v = returned(text);
      const output = failed.has(id) ? { type: 'error-text', value: text } : typeof v === 'string' ? { type: 'text', value: v } : { type: 'json', value: v };
      const part = { type: 'tool-result', toolCallId: id, toolName: names.get(id) ?? m.name ?? '', output };
      const last = out[out.length - 1];
      // One tool message per step: the results of parallel calls together.
      if (last?.role === 'tool') (last.content as unknown[]).push(part);
      else out.push({ role: 'tool', content: [part] });
    } else out.push({ role: m.role, content: [{ type: 'text', text: m.content ?? '' }] });
  }
  return out;
}

/** `llm.tools.<i>.tool.json_schema` (an OpenAI tool) → `ai.prompt.tools` entries; what does not parse stays in `rest`. */
function tools(rest: Attributes): { defs: string[]; kept: Attributes } {
  const defs: [number, string][] = [];
  const kept: Attributes = {};
  for (const [k, v] of Object.entries(rest)) {
    const m = /^llm\.tools\.(\d+)\.tool\.json_schema$/.exec(k);
    const def = m ? (parseJson(String(v)) as Record<string, unknown> | undefined) : undefined;
    const f = def ? ((def.function as Record<string, unknown> | undefined) ?? def) : undefined;
    if (!m || !f || typeof f.name !== 'string') {
      kept[k] = v;
      continue;
    }
    defs.push([Number(m[1]), JSON.stringify({ type: 'function', name: f.name, ...(typeof f.description === 'string' ? { description: f.description } : {}), inputSchema: f.parameters ?? { type: 'object', properties: {} } })]);
  }
  return { defs: defs.sort((x, y) => x[0] - y[0]).map((d) => d[1]), kept };
}

export const aiSdk: Convention = (s, session) => {
  const { 'session.id': _sid, 'user.id': _uid, ...rest } = s.rest;
  const agent = agentOf(s, session);
  const functionId = agent ? (agent.agent ?? agent.raw.name) : undefined;
  const a: Attributes = {};
  const put = (k: string, v: AttrValue | undefined) => v !== undefined && (a[k] = v);
  const operation = (id: string) => {
    a['operation.name'] = functionId !== undefined ? `${id} ${functionId}` : id;
    put('resource.name', functionId);
    a['ai.operationId'] = id;
    put('ai.telemetry.functionId', functionId);
  };
  const base = (model: OiSpan | undefined) => {
    put('ai.model.provider', providerId(model?.provider));
    put('ai.model.id', model?.model);
    a['ai.settings.maxRetries'] = 2;
    put('ai.telemetry.metadata.sessionId', s.sessionId);
    put('ai.telemetry.metadata.userId', s.userId);
  };

  switch (s.kind) {
    case 'AGENT': {
      const calls = callsOf(s, session);
      operation('ai.generateText');
      base(calls[0]);
      const system = calls[0]?.inputMessages.find((m) => m.role === 'system')?.content;
      if (s.input !== undefined || system !== undefined) a['ai.prompt'] = JSON.stringify({ system, prompt: s.input });
      if (s.output !== undefined) {
        a['ai.response.finishReason'] = 'stop';
        a['ai.response.text'] = s.output;
      }
      return respan(s, 'ai.generateText', { ...a, ...rest });
    }
    case 'LLM': {
      operation('ai.generateText.doGenerate');
      base(s);
      a['ai.prompt.messages'] = JSON.stringify(providerPrompt(s.inputMessages, session));
      const { defs, kept } = tools(rest);
      if (defs.length) {
        a['ai.prompt.tools'] = defs;
        a['ai.prompt.toolChoice'] = JSON.stringify({ type: 'auto' });
      }
      put('gen_ai.system', providerId(s.provider));
      put('gen_ai.request.model', s.model);
      const out = s.outputMessages.find((m) => m.role === 'assistant') ?? s.outputMessages[0];
      if (out) {
        const calls = out.toolCalls ?? [];
        const finish = calls.length ? 'tool-calls' : 'stop';
        a['ai.response.finishReason'] = finish;
        if (out.content) a['ai.response.text'] = out.content;
        if (calls.length) a['ai.response.toolCalls'] = JSON.stringify(calls.map((c) => ({ toolCallId: c.id ?? '', toolName: c.name, input: c.arguments })));
        put('ai.response.model', s.model);
        a['gen_ai.response.finish_reasons'] = [finish];
        put('gen_ai.response.model', s.model);
      }
      return { ...respan(s, 'ai.generateText.doGenerate', { ...a, ...kept }), kind: 1 };
    }
    case 'TOOL': {
      operation('ai.toolCall');
      // An OpenAI Agents handoff (TOOL "handoff to <agent>", no tool name): in an AI SDK app, a tool the model calls.
      const to = s.tool === undefined ? /^handoff to (.+)$/i.exec(s.raw.name)?.[1] : undefined;
      a['ai.toolCall.name'] = s.tool ?? (to ? `transfer_to_${to.trim().toLowerCase().replace(/\W+/g, '_')}` : s.raw.name);
      a['ai.toolCall.id'] = s.callId ?? `call_${s.raw.spanId}`;
      if (s.input !== undefined) a['ai.toolCall.args'] = JSON.stringify(parseJson(s.input) ?? s.input);
      if (s.output !== undefined && s.raw.statusCode !== 2) a['ai.toolCall.result'] = JSON.stringify(returned(s.output));
      return respan(s, 'ai.toolCall', { ...a, ...rest });
    }
    default:
      return s.raw;
  }
};
