// The `openllmetry` convention on a small AgentDojo run (agent → model turn with a tool call → tool → final answer).
// Expected attributes as traceloop-sdk's decorators/base.py and opentelemetry-instrumentation-openai's
// shared/chat_wrappers.py (_set_prompts, _set_completions) and shared/__init__.py write them.
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';
import { pyJson } from './semconv-openllmetry.ts';

function run() {
  const b = new SessionBuilder('s1', 'app');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'Pay 98.70 to UK12 — café').end();
  b.spans[1].attributes['llm.tools.0.tool.json_schema'] = JSON.stringify({ type: 'function', function: { name: 'read_file', description: 'Reads a file.', parameters: { type: 'object', properties: { file_path: { type: 'string' } } } } });
  return { given: b.spans, spans: rewriteSession(b.spans, 'openllmetry') };
}

describe('openllmetry convention', () => {
  it('writes Python json.dumps text', () => {
    expect(pyJson({ args: [], kwargs: { a: 'é', n: [1, 2.5, true, null] } })).toBe('{"args": [], "kwargs": {"a": "\\u00e9", "n": [1, 2.5, true, null]}}');
  });

  it('rewrites the agent, model and tool spans as the SDK decorators and the OpenAI instrumentation record them', () => {
    const { given, spans } = run();
    expect(spans.map((s) => s.name)).toEqual(['assistant.agent', 'openai.chat', 'read_file.tool', 'openai.chat']);
    expect(spans.map((s) => [s.spanId, s.parentSpanId, s.startTimeUnixNano])).toEqual(given.map((s) => [s.spanId, s.parentSpanId, s.startTimeUnixNano]));
    const common = { 'traceloop.workflow.name': 'assistant', 'traceloop.association.properties.session_id': 's1' };
    expect(spans[0].attributes).toEqual({
      ...common, 'traceloop.span.kind': 'agent', 'traceloop.entity.name': 'assistant',
      'traceloop.entity.input': '{"args": ["Pay the bill in bill.txt"], "kwargs": {}}', 'traceloop.entity.output': '"Paid."',
    });
    const callId = given[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'];
    expect(spans[1].attributes).toEqual({
      ...common, 'llm.request.type': 'chat', 'gen_ai.system': 'openai', 'gen_ai.request.model': MINI.name, 'gen_ai.response.model': MINI.name,
      'llm.headers': 'None', 'llm.is_streaming': false,
      'gen_ai.prompt.0.role': 'system', 'gen_ai.prompt.0.content': SYSTEM_PROMPT,
      'gen_ai.prompt.1.role': 'user', 'gen_ai.prompt.1.content': 'Pay the bill in bill.txt',
      'llm.request.functions.0.name': 'read_file', 'llm.request.functions.0.description': 'Reads a file.',
      'llm.request.functions.0.parameters': '{"type": "object", "properties": {"file_path": {"type": "string"}}}',
      'gen_ai.completion.0.finish_reason': 'tool_calls', 'gen_ai.completion.0.role': 'assistant',
      'gen_ai.completion.0.tool_calls.0.id': callId, 'gen_ai.completion.0.tool_calls.0.name': 'read_file',
      'gen_ai.completion.0.tool_calls.0.arguments': '{"file_path":"bill.txt"}',
    });
    expect(spans[1].kind).toBe(3);
    expect(spans[2].attributes).toEqual({
      ...common, 'traceloop.span.kind': 'tool', 'traceloop.entity.name': 'read_file',
      'traceloop.entity.input': '{"args": [], "kwargs": {"file_path": "bill.txt"}}', 'traceloop.entity.output': '"Pay 98.70 to UK12 \\u2014 caf\\u00e9"',
    });
    expect(spans[3].attributes).toMatchObject({
      'gen_ai.prompt.2.role': 'assistant', 'gen_ai.prompt.2.tool_calls.0.id': callId, 'gen_ai.prompt.2.tool_calls.0.name': 'read_file',
      'gen_ai.prompt.2.tool_calls.0.arguments': '{"file_path":"bill.txt"}',
      'gen_ai.prompt.3.role': 'tool', 'gen_ai.prompt.3.content': 'Pay 98.70 to UK12 — café', 'gen_ai.prompt.3.tool_call_id': callId,
      'gen_ai.completion.0.finish_reason': 'stop', 'gen_ai.completion.0.role': 'assistant', 'gen_ai.completion.0.content': 'Paid.',
    });
    expect(spans[3].attributes['gen_ai.prompt.2.content']).toBeUndefined();
  });
});
