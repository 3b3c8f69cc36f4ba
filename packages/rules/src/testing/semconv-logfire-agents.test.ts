// The logfire-agents convention on a small AgentDojo run and an Agents SDK handoff, against what
// logfire.instrument_openai_agents() writes: tests/otel_integrations/test_openai_agents.py (test_responses: 'Agent run:
// {name!r}' with name / handoffs / tools / output_type, 'Function: {name}' with name / input / output / mcp_data 'null',
// 'Handoff: {from_agent} → {to_agent}', the Responses span's raw_input / events / response, 'OpenAI Agents trace:
// {name}' with agent_trace_id / group_id / metadata) and openai_agents.py (the `chat {model}` span name, json.dumps'd
// gen_ai.input.messages / gen_ai.system_instructions / gen_ai.output.messages).
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

const parse = (v: unknown) => JSON.parse(String(v));

describe('semconv logfire-agents', () => {
  const b = new SessionBuilder('sess-1');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'IBAN: X').end();
  const id = b.spans[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'] as string;
  const [agent, resp1, fn, resp2] = rewriteSession(b.spans, 'logfire-agents');
  const provider = { 'gen_ai.system': 'openai', 'gen_ai.provider.name': 'openai' };

  it('writes the agent run and the function span, with no input, call id or session', () => {
    expect(agent.name).toBe('Agent run: {name!r}');
    expect(agent.attributes).toEqual({
      'logfire.msg_template': 'Agent run: {name!r}', 'logfire.span_type': 'span', name: 'assistant', handoffs: '[]', tools: '["read_file"]', output_type: 'str', ...provider,
      'logfire.msg': "Agent run: 'assistant'", 'logfire.json_schema': expect.any(String),
    });
    expect(fn.name).toBe('Function: {name}');
    expect(fn.attributes).toEqual({
      'logfire.msg_template': 'Function: {name}', 'logfire.span_type': 'span', name: 'read_file', input: '{"file_path":"bill.txt"}', output: 'IBAN: X', mcp_data: 'null', ...provider,
      'logfire.msg': 'Function: read_file', 'logfire.json_schema': '{"type":"object","properties":{"name":{},"input":{},"output":{},"mcp_data":{"type":"null"}}}',
    });
  });

  it('writes the model turns as Responses API spans', () => {
    expect([resp1.name, resp1.kind]).toEqual([`chat ${MINI.name}`, 3]);
    expect(resp1.attributes).toMatchObject({
      'logfire.msg_template': 'Responses API with {gen_ai.request.model!r}', 'logfire.msg': `Responses API with '${MINI.name}'`, 'gen_ai.request.model': MINI.name,
      'gen_ai.response.model': MINI.name, 'gen_ai.operation.name': 'chat', ...provider, 'gen_ai.response.finish_reasons': '["stop"]',
    });
    expect(parse(resp1.attributes.raw_input)).toEqual([{ content: 'Pay the bill in bill.txt', role: 'user' }]);
    expect(parse(resp1.attributes['gen_ai.system_instructions'])).toEqual([{ type: 'text', content: SYSTEM_PROMPT }]);
    expect(parse(resp1.attributes.response).instructions).toBe(SYSTEM_PROMPT);
    const call = { type: 'tool_call', id, name: 'read_file', arguments: '{"file_path":"bill.txt"}' };
    expect(parse(resp1.attributes['gen_ai.output.messages'])).toEqual([{ role: 'assistant', parts: [call] }]);
    expect(parse(resp2.attributes['gen_ai.input.messages'])).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'Pay the bill in bill.txt' }] },
      { role: 'assistant', parts: [call] },
      { role: 'tool', parts: [{ type: 'tool_call_response', id, response: 'IBAN: X' }] },
    ]);
    expect(parse(resp2.attributes.events).slice(1)).toEqual([
      { 'event.name': 'gen_ai.user.message', content: 'Pay the bill in bill.txt', role: 'user' },
      { 'event.name': 'gen_ai.assistant.message', role: 'assistant', tool_calls: [{ id, type: 'function', function: { name: 'read_file', arguments: '{"file_path":"bill.txt"}' } }] },
      { 'event.name': 'gen_ai.tool.message', role: 'tool', id, content: 'IBAN: X', name: 'read_file' },
      { 'event.name': 'gen_ai.assistant.message', content: 'Paid.', role: 'assistant' },
    ]);
  });

  it('writes the SDK wrapper as the trace span and a handoff as the handoff span', () => {
    const h = new SessionBuilder('sess-2');
    const wf = h.custom('Agent workflow', undefined, { 'openinference.span.kind': 'CHAIN', 'input.value': 'Refund me' }, true);
    h.handoff(h.agent('triage', 'Refund me', wf), 'billing');
    const [trace, triage, handoff] = rewriteSession(h.spans, 'logfire-agents');
    expect(trace.name).toBe('OpenAI Agents trace: {name}');
    expect(trace.attributes).toMatchObject({ name: 'Agent workflow', group_id: 'sess-2', metadata: 'null', 'logfire.msg': 'OpenAI Agents trace: Agent workflow' });
    expect(triage.attributes).toMatchObject({ name: 'triage', handoffs: '["billing"]' });
    expect(handoff.name).toBe('Handoff: {from_agent} → {to_agent}');
    expect(handoff.attributes).toMatchObject({ from_agent: 'triage', to_agent: 'billing', 'logfire.msg': 'Handoff: triage → billing', ...provider });
  });
});
