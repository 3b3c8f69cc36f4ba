// The pydantic-ai convention on a small AgentDojo run (agent → model turn with a tool call → tool → final answer), against
// the attributes pydantic-ai V2 (InstrumentationSettings version 5) writes: tests/test_logfire.py's snapshots of the
// `invoke_agent my_agent` run span (pydantic_ai.all_messages with text / tool_call / tool_call_response parts, the tool
// return in a `user` message), the `chat test` span (gen_ai.input.messages / gen_ai.output.messages, the run's baggage) and
// the `execute_tool my_tool` span (gen_ai.tool.call.arguments, logfire.msg 'running tool: my_tool').
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { CLAUDE, Dojo, MINI, SYSTEM_PROMPT, type Model } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

function run(model: Model) {
  const b = new SessionBuilder('sess-1');
  new Dojo(b, 'banking', model, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'IBAN: X').end();
  return rewriteSession(b.spans, 'pydantic-ai');
}
const parse = (v: unknown) => JSON.parse(String(v));

describe('semconv pydantic-ai', () => {
  const [agent, chat1, tool, chat2] = run(MINI);
  const id = tool.attributes['gen_ai.tool.call.id'] as string;
  const call = { type: 'tool_call', id, name: 'read_file', arguments: '{"file_path":"bill.txt"}' };
  const ret = { type: 'tool_call_response', id, name: 'read_file', result: 'IBAN: X' };
  const baggage = { 'gen_ai.agent.name': 'assistant', 'gen_ai.agent.call.id': agent.attributes['gen_ai.agent.call.id'], 'gen_ai.conversation.id': 'sess-1' };

  it('writes the agent run span', () => {
    expect(agent.name).toBe('invoke_agent assistant');
    expect(agent.attributes).toMatchObject({ agent_name: 'assistant', 'gen_ai.agent.name': 'assistant', 'gen_ai.conversation.id': 'sess-1', 'gen_ai.operation.name': 'invoke_agent', 'logfire.msg': 'assistant run', 'logfire.span_type': 'span', final_result: 'Paid.', model_name: MINI.name });
    expect(parse(agent.attributes['pydantic_ai.all_messages'])).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'Pay the bill in bill.txt' }] },
      { role: 'assistant', parts: [call], finish_reason: 'tool_call' },
      { role: 'user', parts: [ret] },
      { role: 'assistant', parts: [{ type: 'text', content: 'Paid.' }], finish_reason: 'stop' },
    ]);
    expect(parse(agent.attributes['gen_ai.system_instructions'])).toEqual([{ type: 'text', content: SYSTEM_PROMPT }]);
    expect(Object.keys(agent.attributes).filter((k) => /^(openinference|input|output|session|agent)\./.test(k))).toEqual([]);
  });

  it('writes the model request spans', () => {
    expect(chat1.name).toBe(`chat ${MINI.name}`);
    expect(chat1.attributes).toMatchObject({ 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'openai', 'gen_ai.system': 'openai', 'gen_ai.request.model': MINI.name, 'gen_ai.response.model': MINI.name, 'logfire.msg': `chat ${MINI.name}`, ...baggage });
    expect(parse(chat1.attributes['gen_ai.input.messages'])).toEqual([{ role: 'user', parts: [{ type: 'text', content: 'Pay the bill in bill.txt' }] }]);
    expect(parse(chat1.attributes['gen_ai.output.messages'])).toEqual([{ role: 'assistant', parts: [call], finish_reason: 'tool_call' }]);
    expect(parse(chat2.attributes['gen_ai.input.messages'])).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'Pay the bill in bill.txt' }] },
      { role: 'assistant', parts: [call], finish_reason: 'tool_call' },
      { role: 'user', parts: [ret] },
    ]);
    expect(chat2.attributes['gen_ai.response.finish_reasons']).toEqual(['stop']);
  });

  it('writes the tool span', () => {
    expect(tool.name).toBe('execute_tool read_file');
    expect(tool.attributes).toEqual({
      'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'read_file', 'gen_ai.tool.call.id': id, 'gen_ai.tool.call.arguments': '{"file_path":"bill.txt"}', ...baggage,
      'logfire.msg': 'running tool: read_file', 'logfire.json_schema': expect.any(String), 'logfire.span_type': 'span', 'gen_ai.tool.call.result': 'IBAN: X',
    });
    expect(id).toMatch(/^call_/);
  });

  it('writes the arguments of an Anthropic call as a dict', () => {
    const [, c] = run(CLAUDE);
    expect(parse(c.attributes['gen_ai.output.messages'])[0].parts[0].arguments).toEqual({ file_path: 'bill.txt' });
    expect(c.attributes['gen_ai.system']).toBe('anthropic');
  });
});
