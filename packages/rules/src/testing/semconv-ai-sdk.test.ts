// The `ai-sdk` convention on a small AgentDojo run (agent → model turn with a tool call → tool → final answer).
// Expected attributes as the AI SDK's generate-text.ts (ai.generateText / .doGenerate / ai.toolCall recordSpan calls,
// asToolCalls) and telemetry/assemble-operation-name.ts write them; message parts as in the SDK's step snapshots
// (generate-text.test.ts.snap: tool-call `input` an object, tool-result `output: {type: "text", value}`).
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

function run() {
  const b = new SessionBuilder('s1', 'app');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'Pay 98.70 to UK12').end();
  b.spans[1].attributes['llm.tools.0.tool.json_schema'] = JSON.stringify({ type: 'function', function: { name: 'read_file', description: 'Reads a file.', parameters: { type: 'object', properties: { file_path: { type: 'string' } } } } });
  return { given: b.spans, spans: rewriteSession(b.spans, 'ai-sdk') };
}

const op = (id: string) => ({ 'operation.name': `${id} assistant`, 'resource.name': 'assistant', 'ai.operationId': id, 'ai.telemetry.functionId': 'assistant' });
const base = { 'ai.model.provider': 'openai.chat', 'ai.model.id': MINI.name, 'ai.settings.maxRetries': 2, 'ai.telemetry.metadata.sessionId': 's1' };

describe('ai-sdk convention', () => {
  it('rewrites the run, its model calls and its tool call as experimental_telemetry records them', () => {
    const { given, spans } = run();
    expect(spans.map((s) => s.name)).toEqual(['ai.generateText', 'ai.generateText.doGenerate', 'ai.toolCall', 'ai.generateText.doGenerate']);
    expect(spans.map((s) => [s.spanId, s.parentSpanId])).toEqual(given.map((s) => [s.spanId, s.parentSpanId]));
    const id = given[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'] as string;
    expect(spans[0].attributes).toEqual({
      ...op('ai.generateText'), ...base,
      'ai.prompt': JSON.stringify({ system: SYSTEM_PROMPT, prompt: 'Pay the bill in bill.txt' }),
      'ai.response.finishReason': 'stop', 'ai.response.text': 'Paid.',
    });
    const sys = { role: 'system', content: SYSTEM_PROMPT };
    const user = { role: 'user', content: [{ type: 'text', text: 'Pay the bill in bill.txt' }] };
    expect(spans[1].attributes).toEqual({
      ...op('ai.generateText.doGenerate'), ...base,
      'ai.prompt.messages': JSON.stringify([sys, user]),
      'ai.prompt.tools': ['{"type":"function","name":"read_file","description":"Reads a file.","inputSchema":{"type":"object","properties":{"file_path":{"type":"string"}}}}'],
      'ai.prompt.toolChoice': '{"type":"auto"}',
      'gen_ai.system': 'openai.chat', 'gen_ai.request.model': MINI.name,
      'ai.response.finishReason': 'tool-calls', 'ai.response.toolCalls': JSON.stringify([{ toolCallId: id, toolName: 'read_file', input: '{"file_path":"bill.txt"}' }]),
      'ai.response.model': MINI.name, 'gen_ai.response.finish_reasons': ['tool-calls'], 'gen_ai.response.model': MINI.name,
    });
    expect(spans[2].attributes).toEqual({
      ...op('ai.toolCall'), 'ai.toolCall.name': 'read_file', 'ai.toolCall.id': id,
      'ai.toolCall.args': '{"file_path":"bill.txt"}', 'ai.toolCall.result': '"Pay 98.70 to UK12"',
    });
    expect(JSON.parse(spans[3].attributes['ai.prompt.messages'] as string)).toEqual([
      sys, user,
      { role: 'assistant', content: [{ type: 'tool-call', toolCallId: id, toolName: 'read_file', input: { file_path: 'bill.txt' } }] },
      { role: 'tool', content: [{ type: 'tool-result', toolCallId: id, toolName: 'read_file', output: { type: 'text', value: 'Pay 98.70 to UK12' } }] },
    ]);
    expect(spans[3].attributes).toMatchObject({ 'ai.response.finishReason': 'stop', 'ai.response.text': 'Paid.' });
    expect(spans[3].attributes['ai.response.toolCalls']).toBeUndefined();
  });
});
