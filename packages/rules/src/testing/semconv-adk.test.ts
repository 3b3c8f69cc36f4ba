// The adk convention on a small AgentDojo run, against what google-adk's telemetry/tracing.py writes (trace_agent_invocation,
// trace_call_llm, trace_tool_call; span layout as in tests/unittests/telemetry/functional_goldens): `call_llm` with
// gcp.vertex.agent.llm_request (json.dumps of {model, config, contents}) and llm_response (model_dump_json),
// `execute_tool <tool>` with gcp.vertex.agent.tool_call_args and a string result wrapped as {"result": ...}.
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, GEMINI } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

describe('semconv adk', () => {
  const b = new SessionBuilder('sess-1');
  new Dojo(b, 'banking', GEMINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'IBAN: X').end();
  const [agent, llm1, tool, llm2] = rewriteSession(b.spans, 'adk');
  const id = tool.attributes['gen_ai.tool.call.id'] as string;
  const call = { function_call: { id, args: { file_path: 'bill.txt' }, name: 'read_file' } };

  it('writes invoke_agent without the prompt or the answer', () => {
    expect(agent.name).toBe('invoke_agent assistant');
    expect(agent.attributes).toEqual({ 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.description': '', 'gen_ai.agent.name': 'assistant', 'gen_ai.conversation.id': 'sess-1' });
  });

  it('writes call_llm with the request and the response', () => {
    expect(llm1.name).toBe('call_llm');
    expect(llm1.attributes).toMatchObject({ 'gen_ai.system': 'gcp.vertex.agent', 'gen_ai.request.model': GEMINI.name, 'gcp.vertex.agent.session_id': 'sess-1', 'gen_ai.response.finish_reasons': ['stop'] });
    expect(llm1.attributes['gcp.vertex.agent.invocation_id']).toMatch(/^e-[0-9a-f-]{36}$/);
    expect(llm1.attributes['gcp.vertex.agent.invocation_id']).toBe(llm2.attributes['gcp.vertex.agent.invocation_id']);
    const req = String(llm2.attributes['gcp.vertex.agent.llm_request']);
    expect(req).toContain('{"model": "gemini-1.5-pro-001", "config": {"system_instruction": ');
    expect(JSON.parse(req).config.system_instruction).toMatch(/^You are an AI language model[\s\S]*\n\nYou are an agent\. Your internal name is "assistant"\.$/);
    expect(JSON.parse(req).contents).toEqual([
      { parts: [{ text: 'Pay the bill in bill.txt' }], role: 'user' },
      { parts: [call], role: 'model' },
      { parts: [{ function_response: { id, name: 'read_file', response: { result: 'IBAN: X' } } }], role: 'user' },
    ]);
    expect(JSON.parse(String(llm1.attributes['gcp.vertex.agent.llm_response']))).toEqual({ content: { parts: [call], role: 'model' }, finish_reason: 'STOP' });
    expect(llm2.attributes['gcp.vertex.agent.llm_response']).toBe('{"content":{"parts":[{"text":"Paid."}],"role":"model"},"finish_reason":"STOP"}');
  });

  it('writes execute_tool', () => {
    expect(tool.name).toBe('execute_tool read_file');
    expect(tool.attributes).toEqual({
      'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.description': '', 'gen_ai.tool.name': 'read_file', 'gen_ai.tool.type': 'FunctionTool',
      'gcp.vertex.agent.llm_request': '{}', 'gcp.vertex.agent.llm_response': '{}', 'gcp.vertex.agent.tool_call_args': '{"file_path": "bill.txt"}',
      'gen_ai.tool.call.id': id, 'gcp.vertex.agent.event_id': expect.stringMatching(/^[0-9a-f-]{36}$/), 'gcp.vertex.agent.tool_response': '{"result": "IBAN: X"}',
    });
    expect(id).toMatch(/^call_/);
  });
});
