// The real-model path, offline: an example app driven through the `openai` client by a local fake OpenAI-compatible endpoint.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { register } from '@sentinel/instrument';
import { emailAssistant } from '../email-assistant/app.ts';
import { openAiBrain, openAiBrainFromEnv } from './openai-brain.ts';
import { runScenario } from './scenario.ts';

interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string | null; tool_call_id?: string; tool_calls?: Array<{ id: string }> }>;
  tools?: Array<{ type: string; function: { name: string } }>;
}

const requests: ChatRequest[] = [];
let server: Server;
let baseURL: string;

/** A model that delegates triage once, reads the inbox once, then answers. */
function reply(req: ChatRequest): Record<string, unknown> {
  const tools = new Set(req.tools?.map((t) => t.function.name));
  const answered = req.messages.some((m) => m.role === 'tool');
  const call = (name: string, args: unknown) => ({ role: 'assistant', content: null, tool_calls: [{ id: `call_${requests.length}`, type: 'function', function: { name, arguments: JSON.stringify(args) } }] });
  const message = !answered && tools.has('delegate') ? call('delegate', { agent: 'classifier', task: 'Triage my unread email.' }) : !answered && tools.has('read_inbox') ? call('read_inbox', { limit: 3 }) : { role: 'assistant', content: 'All caught up.' };
  return { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: req.model, choices: [{ index: 0, message, finish_reason: 'stop' }], usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const parsed = JSON.parse(body) as ChatRequest;
      requests.push(parsed);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply(parsed)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('openAiBrain', () => {
  it('runs the agents on an OpenAI-compatible endpoint: tools offered, tool calls executed, LLM spans recorded', async () => {
    const exporter = new InMemorySpanExporter();
    const otel = register({ serviceName: 'email-assistant', exporter, global: false, instrumentations: false });
    const scenario = emailAssistant.scenarios.find((s) => s.id === 'morning-brief')!;
    const answer = await runScenario(emailAssistant, scenario, { seed: 1, sessionId: 'real-model', tracer: otel.tracer, brain: openAiBrain({ baseURL, apiKey: 'test', model: 'fake-model' }) });
    await otel.forceFlush();
    expect(answer).toBe('All caught up.');
    // The orchestrator is offered `delegate`; the classifier its tool and a note to the summarizer; results go back with their call ids.
    expect(requests[0].tools?.map((t) => t.function.name)).toEqual(['delegate']);
    expect(requests[1].tools?.map((t) => t.function.name)).toEqual(['read_inbox', 'send_message']);
    const toolMsg = requests[2].messages.find((m) => m.role === 'tool')!;
    expect(toolMsg.tool_call_id).toBe(requests[2].messages.find((m) => m.tool_calls)!.tool_calls![0].id);
    const spans = exporter.getFinishedSpans();
    expect(spans.find((s) => s.name === 'read_inbox')!.attributes[OI.INPUT_VALUE]).toBe('{"limit":3}');
    const llm = spans.filter((s) => s.attributes[OI.OPENINFERENCE_SPAN_KIND] === 'LLM');
    expect(llm.length).toBe(requests.length);
    expect(llm[0].attributes).toMatchObject({ [OI.LLM_MODEL_NAME]: 'fake-model', [OI.LLM_PROVIDER]: 'openai', [OI.LLM_TOKEN_COUNT_TOTAL]: 18 });
    await otel.shutdown();
  });

  it('is chosen only when OPENAI_BASE_URL or OPENAI_API_KEY is set', () => {
    expect(openAiBrainFromEnv({})).toBeUndefined();
    expect(openAiBrainFromEnv({ OPENAI_BASE_URL: ' ' })).toBeUndefined();
    expect(openAiBrainFromEnv({ OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'm' })?.model).toBe('m');
  });
});
