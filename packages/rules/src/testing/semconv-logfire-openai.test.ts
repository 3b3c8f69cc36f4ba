// The logfire-openai convention on a small AgentDojo run (agent → model turn with a tool call → tool → final answer),
// against what Logfire writes: tests/otel_integrations/test_openai.py (test_sync_chat_completions: span and template
// 'Chat Completion with {request_data[model]!r}', request_data = the create() kwargs, response_data {message, usage},
// logfire.msg "Chat Completion with 'gpt-4'", logfire.tags ['LLM']), llm_providers/openai.py (gen_ai.input.messages /
// gen_ai.system_instructions / gen_ai.output.messages), instrument.py (@logfire.instrument: the arguments and `return`).
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

const parse = (v: unknown) => JSON.parse(String(v));

describe('semconv logfire-openai', () => {
  const b = new SessionBuilder('sess-1');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'IBAN: X').end();
  const id = b.spans[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'] as string;
  const [agent, chat1, tool, chat2] = rewriteSession(b.spans, 'logfire-openai');

  it('writes the agent loop and the tool as @logfire.instrument(record_return=True) spans', () => {
    expect(agent.name).toBe('Running agent {agent}');
    expect(agent.attributes).toEqual({
      'code.filepath': 'app.py', 'code.function': 'run_agent', 'code.lineno': 12, 'logfire.msg_template': 'Running agent {agent}', 'logfire.msg': 'Running agent assistant',
      'logfire.span_type': 'span', agent: 'assistant', prompt: 'Pay the bill in bill.txt', return: 'Paid.',
      'logfire.json_schema': '{"type":"object","properties":{"agent":{},"prompt":{},"return":{}}}', 'session.id': 'sess-1',
    });
    expect(tool.name).toBe('Calling tools.read_file');
    expect(tool.attributes).toEqual({
      'code.filepath': 'tools.py', 'code.function': 'read_file', 'code.lineno': 12, 'logfire.msg_template': 'Calling tools.read_file', 'logfire.msg': 'Calling tools.read_file',
      'logfire.span_type': 'span', file_path: 'bill.txt', return: 'IBAN: X', 'logfire.json_schema': '{"type":"object","properties":{"file_path":{},"return":{}}}', 'session.id': 'sess-1',
    });
  });

  it('writes the model calls as instrument_openai does', () => {
    expect(chat1.name).toBe('Chat Completion with {request_data[model]!r}');
    expect(chat1.attributes).toMatchObject({
      'logfire.msg_template': 'Chat Completion with {request_data[model]!r}', 'logfire.msg': `Chat Completion with '${MINI.name}'`, 'logfire.span_type': 'span', 'logfire.tags': ['LLM'],
      'gen_ai.provider.name': 'openai', 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': MINI.name, 'gen_ai.response.model': MINI.name, async: false, 'gen_ai.response.finish_reasons': '["tool_calls"]',
    });
    expect(parse(chat1.attributes.request_data)).toEqual({ messages: [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user', content: 'Pay the bill in bill.txt' }], model: MINI.name });
    expect(parse(chat1.attributes['gen_ai.system_instructions'])).toEqual([{ type: 'text', content: SYSTEM_PROMPT }]);
    expect(parse(chat1.attributes['gen_ai.input.messages'])).toEqual([{ role: 'user', parts: [{ type: 'text', content: 'Pay the bill in bill.txt' }] }]);
    const call = { type: 'tool_call', id, name: 'read_file', arguments: { file_path: 'bill.txt' } };
    expect(parse(chat1.attributes['gen_ai.output.messages'])).toEqual([{ role: 'assistant', parts: [call], finish_reason: 'tool_calls' }]);
    expect(parse(chat1.attributes.response_data).message).toEqual({
      content: null, refusal: null, role: 'assistant', annotations: [], audio: null, function_call: null,
      tool_calls: [{ id, function: { arguments: '{"file_path":"bill.txt"}', name: 'read_file' }, type: 'function' }],
    });
    expect(parse(chat2.attributes['gen_ai.input.messages']).slice(1)).toEqual([
      { role: 'assistant', parts: [call] },
      { role: 'tool', parts: [{ type: 'tool_call_response', id, response: 'IBAN: X' }] },
    ]);
    expect(parse(chat2.attributes['gen_ai.output.messages'])).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'Paid.' }], finish_reason: 'stop' }]);
    expect(Object.keys(chat2.attributes).filter((k) => /^(openinference|llm|input|output)\./.test(k))).toEqual([]);
  });
});
