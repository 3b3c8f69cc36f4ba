// The `langsmith` convention on a small AgentDojo run (agent → model turn with a tool call → tool → final answer),
// against what langsmith-sdk's OTELExporter (_internal/otel/_otel_exporter.py) writes for @traceable runs
// (run_helpers.py: inputs by parameter name, a str return as {"output": …}, metadata passed down) and wrap_openai's
// "ChatOpenAI" run (wrappers/_openai.py: the create() kwargs as inputs, the ChatCompletion dump as outputs).
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

describe('langsmith convention', () => {
  const b = new SessionBuilder('s1', 'app');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'Pay 98.70 to UK12 — café').end();
  b.spans[1].attributes['llm.tools.0.tool.json_schema'] = JSON.stringify({ type: 'function', function: { name: 'read_file', description: 'Reads a file.', parameters: { type: 'object', properties: { file_path: { type: 'string' } } } } });
  const given = b.spans;
  const [agent, llm1, tool, llm2] = rewriteSession(b.spans, 'langsmith');
  const id = given[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'] as string;
  const runIds = [agent, llm1, tool, llm2].map((s) => s.attributes['langsmith.span.id'] as string);
  const common = { 'langsmith.trace.id': runIds[0], 'langsmith.trace.session_name': 'default', 'langsmith.metadata.session_id': 's1', 'langsmith.metadata.ls_method': 'traceable' };

  it('writes the agent and tool runs as @traceable does', () => {
    expect([agent.name, llm1.name, tool.name, llm2.name]).toEqual(['assistant', 'ChatOpenAI', 'read_file', 'ChatOpenAI']);
    expect(runIds.every((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/.test(r))).toBe(true);
    expect(agent.attributes).toEqual({
      ...common, 'langsmith.span.id': runIds[0], 'langsmith.span.dotted_order': expect.stringMatching(new RegExp(`^\\d{8}T\\d{12}Z${runIds[0]}$`)),
      'langsmith.span.kind': 'chain', 'langsmith.trace.name': 'assistant', 'gen_ai.operation.name': 'chain', 'gen_ai.system': 'langchain',
      'gen_ai.prompt': '{"user_input":"Pay the bill in bill.txt"}', 'gen_ai.completion': '{"output":"Paid."}',
    });
    expect(tool.attributes).toEqual({
      ...common, 'langsmith.span.id': runIds[2], 'langsmith.span.parent_id': runIds[0],
      'langsmith.span.dotted_order': expect.stringMatching(new RegExp(`Z${runIds[0]}\\.\\d{8}T\\d{12}Z${runIds[2]}$`)),
      'langsmith.span.kind': 'tool', 'langsmith.trace.name': 'read_file', 'gen_ai.operation.name': 'execute_tool', 'gen_ai.system': 'langchain',
      'gen_ai.prompt': '{"file_path":"bill.txt"}', 'gen_ai.completion': '{"output":"Pay 98.70 to UK12 — café"}',
    });
  });

  it('writes the model turns as wrap_openai does', () => {
    expect(llm1.attributes).toMatchObject({
      ...common, 'langsmith.span.parent_id': runIds[0], 'langsmith.span.kind': 'llm', 'langsmith.trace.name': 'ChatOpenAI',
      'gen_ai.operation.name': 'chat', 'gen_ai.system': 'openai', 'gen_ai.request.model': MINI.name,
      'langsmith.metadata.ls_provider': 'openai', 'langsmith.metadata.ls_model_type': 'chat', 'langsmith.metadata.ls_model_name': MINI.name,
      'gen_ai.response.finish_reasons': 'tool_calls', 'gen_ai.response.id': expect.stringMatching(/^chatcmpl-/),
    });
    expect(JSON.parse(String(llm1.attributes['gen_ai.prompt']))).toEqual({
      messages: [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user', content: 'Pay the bill in bill.txt' }],
      model: MINI.name,
      tools: [{ type: 'function', function: { name: 'read_file', description: 'Reads a file.', parameters: { type: 'object', properties: { file_path: { type: 'string' } } } } }],
    });
    expect(JSON.parse(String(llm1.attributes['gen_ai.completion'])).choices).toEqual([{
      finish_reason: 'tool_calls', index: 0, logprobs: null,
      message: { content: null, refusal: null, role: 'assistant', annotations: [], audio: null, function_call: null, tool_calls: [{ id, function: { arguments: '{"file_path":"bill.txt"}', name: 'read_file' }, type: 'function' }] },
    }]);
    expect(JSON.parse(String(llm2.attributes['gen_ai.prompt'])).messages.slice(2)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'read_file', arguments: '{"file_path":"bill.txt"}' } }] },
      { role: 'tool', content: 'Pay 98.70 to UK12 — café', tool_call_id: id },
    ]);
    expect(JSON.parse(String(llm2.attributes['gen_ai.completion'])).choices[0].message.content).toBe('Paid.');
    expect(Object.keys(llm1.attributes).filter((k) => k.startsWith('llm.') || k === 'session.id')).toEqual([]);
  });
});
