// An agent written with the Vercel AI SDK (its own telemetry: `ai.generateText`, `.doGenerate`, `ai.toolCall`
// spans, no OpenInference or GenAI kinds), driven by a scripted model on a real OpenAI-compatible server,
// exporting through the real OTLP/proto exporter to a real Sentinel: the session graph has the agent and its
// tools, and an injection in the inbox that reaches send_email is found as with the other conventions.
import { randomUUID } from 'node:crypto';
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, stepCountIs, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FakeReply } from './support/fake-openai.ts';
import { exporterFor, testTracer } from './support/otel-session.ts';
import { BENIGN_EMAIL, FORWARD_STEPS, INJECTED_EMAIL, SUMMARY_STEPS, alertsOf, scriptedAgentRig, type AlertRow } from './support/scripted-agent.ts';
import { waitFor } from './support/server.ts';

const rig = scriptedAgentRig();

/** One run of the agent: the model's replies scripted, the inbox holding `email`. */
async function runAgent(sessionId: string, email: string, replies: FakeReply[]): Promise<void> {
  const { tracer, provider } = testTracer(exporterFor('proto', rig.server.httpUrl), 'mail-assistant');
  rig.model.script(...replies);
  const openai = createOpenAI({ baseURL: rig.model.baseUrl, apiKey: 'test-key' });
  await generateText({
    model: openai.chat('gpt-4o'),
    system: 'You are the email assistant of Emma (emma@corp.example).',
    prompt: 'Summarize my latest email.',
    tools: {
      read_inbox: tool({ description: 'Read the latest emails', inputSchema: z.object({ n: z.number() }), execute: async () => email }),
      send_email: tool({
        description: 'Send an email',
        inputSchema: z.object({ to: z.string(), body: z.string() }),
        execute: async ({ to }) => `sent to ${to}`,
      }),
    },
    stopWhen: stepCountIs(5),
    experimental_telemetry: { isEnabled: true, functionId: 'mail-assistant', metadata: { sessionId }, tracer },
  });
  await provider.forceFlush();
  await provider.shutdown();
}

describe('an agent instrumented by the Vercel AI SDK', () => {
  it('is one session: the agent named by its functionId, its model and tools; the injection reaching send_email is propagation', async () => {
    const sessionId = `aisdk-${randomUUID()}`;
    await runAgent(sessionId, INJECTED_EMAIL, FORWARD_STEPS);
    const graph = await waitFor(async () => {
      const g = await rig.server.get<{ nodes: { key: string }[] }>(`/api/sessions/${sessionId}/graph`);
      return g.nodes.length >= 5 ? g : undefined;
    }, 10_000, 'the session graph');
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(['agent:mail-assistant', 'model:gpt-4o', 'tool:read_inbox', 'tool:send_email', 'user']);
    const alerts = await alertsOf(rig.server, sessionId, (a) => a.some((x) => x.category === 'injection_propagation'));
    expect(alerts.some((a) => a.category === 'injection_content')).toBe(true);
    const prop = alerts.find((a) => a.category === 'injection_propagation' && a.severity === 'critical');
    expect(prop?.evidence.path).toEqual(['tool:read_inbox', 'agent:mail-assistant', 'tool:send_email']);
    expect(prop?.evidence.values).toContain('email:archive@evil.example.com');
  });

  it('raises nothing at high or above for the same agent summarizing an ordinary email', async () => {
    const sessionId = `aisdk-${randomUUID()}`;
    await runAgent(sessionId, BENIGN_EMAIL, SUMMARY_STEPS);
    await waitFor(async () => {
      const g = await rig.server.get<{ nodes: { key: string }[] }>(`/api/sessions/${sessionId}/graph`);
      return g.nodes.some((n) => n.key === 'tool:read_inbox') || undefined;
    }, 10_000, 'the session graph');
    const alerts = await rig.server.get<AlertRow[]>(`/api/sessions/${sessionId}/alerts`);
    expect(alerts.filter((a) => a.severity === 'high' || a.severity === 'critical')).toEqual([]);
  });
});
