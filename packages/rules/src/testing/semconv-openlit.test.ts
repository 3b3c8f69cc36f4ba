// The `openlit` convention on a small AgentDojo run (agent → model turn with a tool call → tool → final answer), against
// what OpenLIT 1.3x writes: the OpenAI chat wrapper's `chat {model}` span with the prompt and completion as
// gen_ai.content.prompt / gen_ai.content.completion events and gen_ai.response.tool_calls as a Python repr
// (instrumentation/openai/openai.py), `@openlit.trace` spans with function.args / function.kwargs / gen_ai.completion
// (__init__.py trace).
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';
import { pyRepr } from './semconv-openlit.ts';

describe('openlit convention', () => {
  const b = new SessionBuilder('s1', 'app');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'Pay 98.70 to UK12 — café').end();
  const given = b.spans;
  const [agent, llm1, tool, llm2] = rewriteSession(b.spans, 'openlit');
  const id = given[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'] as string;
  const meta = { 'service.name': 'agentdojo-banking', 'deployment.environment': 'default' };

  it('writes Python reprs', () => {
    expect(pyRepr({ a: "it's", b: [1, true, null], c: 'x\ny' })).toBe(`{'a': "it's", 'b': [1, True, None], 'c': 'x\\ny'}`);
  });

  it('writes the agent and tool functions as @openlit.trace does', () => {
    expect([agent.name, llm1.name, tool.name, llm2.name]).toEqual(['assistant', `chat ${MINI.name}`, 'read_file', `chat ${MINI.name}`]);
    expect([agent, llm1, tool, llm2].map((s) => s.kind)).toEqual([3, 3, 3, 3]);
    expect(agent.attributes).toEqual({ ...meta, 'gen_ai.completion': 'Paid.', 'function.args': "('Pay the bill in bill.txt',)", 'function.kwargs': '{}' });
    expect(tool.attributes).toEqual({ ...meta, 'gen_ai.completion': 'Pay 98.70 to UK12 — café', 'function.args': '()', 'function.kwargs': "{'file_path': 'bill.txt'}" });
  });

  it('writes the model turns as the OpenAI instrumentation does', () => {
    expect(llm1.attributes).toMatchObject({
      'telemetry.sdk.name': 'openlit', 'gen_ai.operation.name': 'chat', 'gen_ai.system': 'openai', 'gen_ai.request.model': MINI.name,
      'gen_ai.response.model': MINI.name, 'gen_ai.response.finish_reasons': ['tool_calls'], ...meta,
      'gen_ai.response.tool_calls': `[{'id': '${id}', 'function': {'arguments': '{"file_path":"bill.txt"}', 'name': 'read_file'}, 'type': 'function'}]`,
    });
    expect(llm1.attributes['gen_ai.output.type']).toBeUndefined();
    expect(Object.keys(llm1.attributes).filter((k) => k.startsWith('llm.') || k === 'session.id' || k === 'gen_ai.prompt')).toEqual([]);
    expect(llm1.events.map((e) => [e.name, e.attributes])).toEqual([
      ['gen_ai.content.prompt', { 'gen_ai.prompt': `system: ${SYSTEM_PROMPT}\nuser: Pay the bill in bill.txt` }],
      ['gen_ai.content.completion', { 'gen_ai.completion': 'None' }],
    ]);
    expect(llm2.events.map((e) => e.attributes)).toEqual([
      { 'gen_ai.prompt': `system: ${SYSTEM_PROMPT}\nuser: Pay the bill in bill.txt\nassistant: None\ntool: Pay 98.70 to UK12 — café` },
      { 'gen_ai.completion': 'Paid.' },
    ]);
    expect(llm2.attributes).toMatchObject({ 'gen_ai.response.finish_reasons': ['stop'], 'gen_ai.response.tool_calls': 'None', 'gen_ai.output.type': 'text' });
  });
});
