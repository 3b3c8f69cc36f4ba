// The helpers' spans: OpenInference-conformant, session id on every span, parent/child structure, and the graph Sentinel builds from them.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { SENTINEL, SessionGraph, normalizeSpan } from '@sentinel/graph';
import { callLLM, callTool, register, runAgent, sendMessage, withSession } from './index.ts';
import { toRawSpan } from './testing/to-raw-span.ts';

const exporter = new InMemorySpanExporter();
const otel = register({ serviceName: 'helper-test-app', exporter, instrumentations: false });
afterAll(() => otel.shutdown());
beforeEach(() => exporter.reset());

async function spans(): Promise<ReadableSpan[]> {
  await otel.forceFlush();
  return exporter.getFinishedSpans();
}

/** A small two-agent session using every helper. */
async function session(id: string): Promise<string> {
  return withSession(id, () =>
    runAgent('orchestrator', { input: 'Summarize my inbox' }, async () => {
      await callLLM('scripted-policy', [{ role: 'system', content: 'You orchestrate.' }, { role: 'user', content: 'Summarize my inbox' }], async () => ({
        role: 'assistant',
        toolCalls: [{ id: 'call_1', name: 'delegate', arguments: { agent: 'reader' } }],
      }));
      const text = await runAgent('reader', { input: { task: 'read' } }, async () => {
        const inbox = await callTool('read_inbox', { unread: true }, async () => [{ from: 'ann@example.com', subject: 'Hi' }], { toolCallId: 'call_2' });
        sendMessage('reader', 'orchestrator', { count: inbox.length });
        return `1 email from ${inbox[0].from}`;
      });
      return text;
    }),
  );
}

describe('helpers', () => {
  it('puts the session id on every span, including ones started deep inside nested agents', async () => {
    await session('sess-1');
    const all = await spans();
    expect(all).toHaveLength(5);
    for (const s of all) expect(s.attributes[OI.SESSION_ID]).toBe('sess-1');
  });

  it('keeps two concurrent sessions apart (context, not a global, carries the id)', async () => {
    await Promise.all([session('a'), session('b')]);
    const all = await spans();
    const byTrace = new Map<string, Set<unknown>>();
    for (const s of all) {
      const set = byTrace.get(s.spanContext().traceId) ?? new Set();
      set.add(s.attributes[OI.SESSION_ID]);
      byTrace.set(s.spanContext().traceId, set);
    }
    expect(byTrace.size).toBe(2);
    for (const ids of byTrace.values()) expect(ids.size).toBe(1);
  });

  it('writes OpenInference attributes for agents, tools, models and messages', async () => {
    await session('sess-attrs');
    const byName = new Map((await spans()).map((s) => [s.name, s.attributes]));
    expect(byName.get('orchestrator')).toMatchObject({ [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: 'orchestrator', [OI.GRAPH_NODE_ID]: 'orchestrator', [OI.INPUT_VALUE]: 'Summarize my inbox', [OI.OUTPUT_VALUE]: '1 email from ann@example.com' });
    expect(byName.get('orchestrator')![OI.GRAPH_NODE_PARENT_ID]).toBeUndefined();
    expect(byName.get('reader')).toMatchObject({ [OI.GRAPH_NODE_PARENT_ID]: 'orchestrator', [OI.INPUT_VALUE]: '{"task":"read"}', [OI.INPUT_MIME_TYPE]: 'application/json' });
    expect(byName.get('read_inbox')).toMatchObject({ [OI.OPENINFERENCE_SPAN_KIND]: 'TOOL', [OI.TOOL_NAME]: 'read_inbox', [OI.INPUT_VALUE]: '{"unread":true}', [OI.OUTPUT_VALUE]: '[{"from":"ann@example.com","subject":"Hi"}]', [OI.TOOL_CALL_ID]: 'call_2' });
    const llm = byName.get('llm scripted-policy')!;
    expect(llm).toMatchObject({
      [OI.OPENINFERENCE_SPAN_KIND]: 'LLM',
      [OI.LLM_MODEL_NAME]: 'scripted-policy',
      [`${OI.LLM_INPUT_MESSAGES}.1.${OI.MESSAGE_ROLE}`]: 'user',
      [`${OI.LLM_INPUT_MESSAGES}.1.${OI.MESSAGE_CONTENT}`]: 'Summarize my inbox',
      [`${OI.LLM_OUTPUT_MESSAGES}.0.${OI.MESSAGE_ROLE}`]: 'assistant',
      [`${OI.LLM_OUTPUT_MESSAGES}.0.${OI.MESSAGE_TOOL_CALLS}.0.${OI.TOOL_CALL_FUNCTION_NAME}`]: 'delegate',
      [`${OI.LLM_OUTPUT_MESSAGES}.0.${OI.MESSAGE_TOOL_CALLS}.0.${OI.TOOL_CALL_FUNCTION_ARGUMENTS_JSON}`]: '{"agent":"reader"}',
    });
    expect(byName.get('message reader -> orchestrator')).toMatchObject({ [OI.OPENINFERENCE_SPAN_KIND]: 'CHAIN', [SENTINEL.messageFrom]: 'reader', [SENTINEL.messageTo]: 'orchestrator' });
  });

  it('nests tool and message spans under the agent that ran them, sub-agents under their parent', async () => {
    await session('sess-tree');
    const all = await spans();
    const id = new Map(all.map((s) => [s.name, s.spanContext().spanId]));
    const parent = (name: string) => all.find((s) => s.name === name)!.parentSpanContext?.spanId;
    expect(parent('orchestrator')).toBeUndefined();
    expect(parent('reader')).toBe(id.get('orchestrator'));
    expect(parent('llm scripted-policy')).toBe(id.get('orchestrator'));
    expect(parent('read_inbox')).toBe(id.get('reader'));
    expect(parent('message reader -> orchestrator')).toBe(id.get('reader'));
  });

  it('records a thrown error on the span, ends it, and rethrows', async () => {
    await expect(withSession('sess-err', () => callTool('flaky', {}, () => Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    const [s] = await spans();
    expect(s.status).toMatchObject({ code: 2, message: 'boom' });
    expect(s.events.map((e) => e.name)).toContain('exception');
  });

  it('yields the graph Sentinel expects after normalizeSpan and SessionGraph', async () => {
    await session('sess-graph');
    const g = new SessionGraph('sess-graph', 'helper-test-app');
    // Children are exported before parents: feed them in that order, as the server sees them.
    for (const s of await spans()) g.add(normalizeSpan(toRawSpan(s)));
    expect(g.graph.nodes().sort()).toEqual(['agent:orchestrator', 'agent:reader', 'model:scripted-policy', 'tool:read_inbox', 'user']);
    expect(g.graph.edges().sort()).toEqual([
      'call:agent:orchestrator->model:scripted-policy',
      'delegate:agent:orchestrator->agent:reader',
      'invoke:agent:reader->tool:read_inbox',
      'message:agent:reader->agent:orchestrator',
      'request:user->agent:orchestrator',
      'result:tool:read_inbox->agent:reader',
      'return:agent:reader->agent:orchestrator',
    ]);
    const normalized = (await spans()).map((s) => normalizeSpan(toRawSpan(s)));
    expect(new Set(normalized.map((s) => s.sessionId))).toEqual(new Set(['sess-graph']));
    expect(normalized.find((s) => s.kind === 'llm')!.outputMessages![0].toolCalls![0]).toEqual({ id: 'call_1', name: 'delegate', arguments: '{"agent":"reader"}' });
    expect(normalized.find((s) => s.kind === 'tool')!.toolArguments).toBe('{"unread":true}');
  });
});
