// An agent loop written over the `openai` client, instrumented only by OpenInference's OpenAI instrumentation:
// its traces have one LLM span per model call and no agent or tool spans; the tools' calls and results are in
// the model calls' messages. Sent through the real OTLP/proto exporter to a real Sentinel, an injection in the
// inbox that the agent forwards is found from those messages.
import { randomUUID } from 'node:crypto';
import { context } from '@opentelemetry/api';
import { setSession } from '@arizeai/openinference-core';
import { OpenAIInstrumentation } from '@arizeai/openinference-instrumentation-openai';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import type { FakeReply } from './support/fake-openai.ts';
import { exporterFor, testTracer } from './support/otel-session.ts';
import { BENIGN_EMAIL, FORWARD_STEPS, INJECTED_EMAIL, SUMMARY_STEPS, alertsOf, scriptedAgentRig, type AlertRow } from './support/scripted-agent.ts';
import { waitFor } from './support/server.ts';

const TOOLS: ChatCompletionTool[] = [
  { type: 'function', function: { name: 'read_inbox', description: 'Read the latest emails', parameters: { type: 'object', properties: { n: { type: 'number' } } } } },
  { type: 'function', function: { name: 'send_email', description: 'Send an email', parameters: { type: 'object', properties: { to: { type: 'string' }, body: { type: 'string' } } } } },
];

const rig = scriptedAgentRig();

/** The app's own loop: call the model, run the tools it asks for, until it answers. */
async function runLoop(sessionId: string, email: string, replies: FakeReply[], modelCalls = 5): Promise<void> {
  const { provider } = testTracer(exporterFor('proto', rig.server.httpUrl), 'mail-loop');
  const instrumentation = new OpenAIInstrumentation({ tracerProvider: provider });
  instrumentation.manuallyInstrument(OpenAI);
  rig.model.script(...replies);
  const client = new OpenAI({ baseURL: rig.model.baseUrl, apiKey: 'test-key' });
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: 'You are the email assistant of Emma (emma@corp.example).' },
    { role: 'user', content: 'Summarize my latest email.' },
  ];
  await context.with(setSession(context.active(), { sessionId }), async () => {
    for (let step = 0; step < modelCalls; step++) {
      const res = await client.chat.completions.create({ model: 'gpt-4o', messages, tools: TOOLS });
      const msg = res.choices[0].message;
      messages.push(msg);
      if (!msg.tool_calls?.length) return;
      for (const call of msg.tool_calls) {
        if (call.type !== 'function') continue;
        const out = call.function.name === 'read_inbox' ? email : `sent to ${JSON.parse(call.function.arguments).to}`;
        messages.push({ role: 'tool', tool_call_id: call.id, content: out });
      }
    }
  });
  instrumentation.disable();
  await provider.forceFlush();
  await provider.shutdown();
}

describe('an agent traced at the model client only (OpenInference OpenAI instrumentation)', () => {
  it('finds the injection in a tool result and its values in the send_email the model called, from the messages', async () => {
    const sessionId = `client-only-${randomUUID()}`;
    await runLoop(sessionId, INJECTED_EMAIL, FORWARD_STEPS);
    const alerts = await alertsOf(rig.server, sessionId, (a) => a.some((x) => x.category === 'injection_propagation'));
    // Each call is named as a span of its own, then the model calls whose messages show it: spans the session has.
    const [call, ...shownIn] = alerts.find((a) => a.category === 'injection_content')!.evidence.spanIds;
    expect(call).toBe('call:call_1/read_inbox');
    const llmSpans = (await rig.server.get<{ spanId: string; kind: string }[]>(`/api/sessions/${sessionId}/spans`)).filter((s) => s.kind === 'llm');
    expect(shownIn.length).toBeGreaterThan(0);
    expect(llmSpans.map((s) => s.spanId)).toEqual(expect.arrayContaining(shownIn));
    const prop = alerts.find((a) => a.category === 'injection_propagation');
    expect(prop?.severity).toBe('critical');
    expect(prop?.evidence.path).toEqual(['tool:read_inbox', 'user', 'tool:send_email']);
    expect(prop?.evidence.values).toContain('email:archive@evil.example.com');
    // The graph shows the tools the model asked for, so the path the alert names is there to highlight.
    const graph = await rig.server.get<{ nodes: { key: string }[]; edges: { key: string }[] }>(`/api/sessions/${sessionId}/graph`);
    const nodes = graph.nodes.map((n) => n.key);
    expect(nodes).toEqual(expect.arrayContaining(prop!.evidence.path));
    expect(graph.edges.map((e) => e.key)).toEqual(expect.arrayContaining(['asks:model:gpt-4o->tool:read_inbox', 'asks:model:gpt-4o->tool:send_email']));
  });

  it('finds it when the app runs the send the model asked for and returns without calling the model again', async () => {
    const sessionId = `client-only-${randomUUID()}`;
    // The model's first two steps only: the loop runs the send and returns.
    await runLoop(sessionId, INJECTED_EMAIL, FORWARD_STEPS.slice(0, 2), 2);
    const alerts = await alertsOf(rig.server, sessionId, (a) => a.some((x) => x.category === 'injection_propagation'));
    const prop = alerts.find((a) => a.category === 'injection_propagation')!;
    expect(prop.severity).toBe('critical');
    expect(prop.evidence.spanIds.filter((id) => id.startsWith('call:'))).toEqual(['call:call_1/read_inbox', 'call:call_2/send_email']);
  });

  it('raises nothing at high or above when the loop reads an ordinary email and answers', async () => {
    const sessionId = `client-only-${randomUUID()}`;
    await runLoop(sessionId, BENIGN_EMAIL, SUMMARY_STEPS);
    await waitFor(async () => (await rig.server.get<{ spanCount?: number; spans?: number }>(`/api/sessions/${sessionId}`)) || undefined, 10_000, 'the session');
    const alerts = await rig.server.get<AlertRow[]>(`/api/sessions/${sessionId}/alerts`);
    expect(alerts.filter((a) => a.severity === 'high' || a.severity === 'critical')).toEqual([]);
  });
});
