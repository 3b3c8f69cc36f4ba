// The `langfuse` convention on a small AgentDojo run (agent → model turn with a tool call → tool → final answer), against
// what langfuse-python v3 writes: @observe's {"args": [...], "kwargs": {...}} input and a str output as it is
// (_client/observe.py, attributes.py `_serialize`), langfuse.openai's "OpenAI-generation" with the messages (or
// {"tools", "messages"}) as input and {"role", "tool_calls", "content"} as output (openai.py), session.id on every span
// (propagation.py). Shapes as in the docs' Python SDK v3 instrumentation examples.
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

const PARAMS = '{"temperature": 1, "max_tokens": "Infinity", "top_p": 1, "frequency_penalty": 0, "presence_penalty": 0}';

describe('langfuse convention', () => {
  const b = new SessionBuilder('s1', 'app');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'Pay 98.70 to UK12 — café').end();
  b.spans[1].attributes['llm.tools.0.tool.json_schema'] = JSON.stringify({ type: 'function', function: { name: 'read_file', description: 'Reads a file.', parameters: { type: 'object', properties: { file_path: { type: 'string' } } } } });
  const given = b.spans;
  const [agent, llm1, tool, llm2] = rewriteSession(b.spans, 'langfuse');
  const id = given[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'] as string;
  const sys = JSON.stringify(SYSTEM_PROMPT);

  it('writes the agent and tool observations as @observe does', () => {
    expect([agent.name, llm1.name, tool.name, llm2.name]).toEqual(['assistant', 'OpenAI-generation', 'read_file', 'OpenAI-generation']);
    expect(agent.attributes).toEqual({
      'langfuse.observation.type': 'agent', 'session.id': 's1',
      'langfuse.observation.input': '{"args": ["Pay the bill in bill.txt"], "kwargs": {}}', 'langfuse.observation.output': 'Paid.',
    });
    expect(tool.attributes).toEqual({
      'langfuse.observation.type': 'tool', 'session.id': 's1',
      'langfuse.observation.input': '{"args": [], "kwargs": {"file_path": "bill.txt"}}', 'langfuse.observation.output': 'Pay 98.70 to UK12 — café',
    });
  });

  it('writes the model turns as the OpenAI integration does', () => {
    expect(llm1.attributes).toEqual({
      'langfuse.observation.type': 'generation', 'session.id': 's1',
      'langfuse.observation.input': `{"tools": [{"type": "function", "function": {"name": "read_file", "description": "Reads a file.", "parameters": {"type": "object", "properties": {"file_path": {"type": "string"}}}}}], "messages": [{"role": "system", "content": ${sys}}, {"role": "user", "content": "Pay the bill in bill.txt"}]}`,
      'langfuse.observation.model.name': MINI.name, 'langfuse.observation.model.parameters': PARAMS,
      'langfuse.observation.output': `{"role": "assistant", "tool_calls": [{"id": "${id}", "type": "function", "function": {"name": "read_file", "arguments": "{\\"file_path\\":\\"bill.txt\\"}"}}], "content": null}`,
    });
    expect(JSON.parse(String(llm2.attributes['langfuse.observation.input'])).slice(2)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'read_file', arguments: '{"file_path":"bill.txt"}' } }] },
      { role: 'tool', content: 'Pay 98.70 to UK12 — café', tool_call_id: id },
    ]);
    expect(llm2.attributes['langfuse.observation.input']).toContain('UK12 \\u2014 caf\\u00e9');
    expect(llm2.attributes['langfuse.observation.output']).toBe('{"role": "assistant", "content": "Paid."}');
  });
});
