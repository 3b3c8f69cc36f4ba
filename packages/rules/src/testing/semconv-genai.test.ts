// The genai convention on one small AgentDojo run (agent → a turn with a call → the tool → the answer), span by span,
// against what Microsoft Agent Framework writes (its observability.py and tests/core/test_observability.py, cited in semconv-genai.ts).
import { describe, expect, it } from 'vitest';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { SessionBuilder } from './session-builder.ts';
import { rewriteSession } from './semconv-rewrite.ts';

function run() {
  const b = new SessionBuilder('s1', 'a');
  new Dojo(b, 'banking', MINI, 'Pay the bill', 'Done.').call('read_file', { file_path: 'bill.txt' }, 'Bill: 98.70').end();
  return b.spans;
}

const SYS = JSON.stringify(SYSTEM_PROMPT);

describe('genai (OTel GenAI 1.37+, Microsoft Agent Framework)', () => {
  const [agent, turn, tool, answer] = rewriteSession(run(), 'genai');
  const callId = tool.attributes['gen_ai.tool.call.id'] as string;

  it('invoke_agent carries the prompt and the answer as messages', () => {
    expect(agent.name).toBe('invoke_agent assistant');
    expect(agent.attributes).toEqual({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.provider.name': 'microsoft.agent_framework',
      'gen_ai.agent.name': 'assistant',
      'gen_ai.conversation.id': 's1',
      'gen_ai.input.messages': '[{"role": "user", "parts": [{"type": "text", "content": "Pay the bill"}]}]',
      'gen_ai.output.messages': '[{"role": "assistant", "parts": [{"type": "text", "content": "Done."}]}]',
    });
  });

  it('chat spans: instructions apart, the history as role/parts, the turn with finish_reason', () => {
    expect(turn.name).toBe('chat gpt-4o-mini-2024-07-18');
    expect(turn.attributes).toEqual({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o-mini-2024-07-18',
      'gen_ai.conversation.id': 's1',
      'gen_ai.input.messages': '[{"role": "user", "parts": [{"type": "text", "content": "Pay the bill"}]}]',
      'gen_ai.system_instructions': `[{"type": "text", "content": ${SYS}}]`,
      'gen_ai.response.finish_reasons': '["tool_calls"]',
      'gen_ai.output.messages': `[{"role": "assistant", "parts": [{"type": "tool_call", "id": "${callId}", "name": "read_file", "arguments": {"file_path": "bill.txt"}}], "finish_reason": "tool_call"}]`,
    });
    expect(JSON.parse(answer.attributes['gen_ai.input.messages'] as string)[2]).toEqual({ role: 'tool', parts: [{ type: 'tool_call_response', id: callId, response: 'Bill: 98.70' }] });
    expect(answer.attributes['gen_ai.output.messages']).toBe('[{"role": "assistant", "parts": [{"type": "text", "content": "Done."}], "finish_reason": "stop"}]');
  });

  it('execute_tool: name, call id, type, arguments and result (AF test_observability: \'{"x": 1, "y": 2}\', "3")', () => {
    expect(tool.name).toBe('execute_tool read_file');
    expect(tool.attributes).toEqual({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'read_file',
      'gen_ai.tool.call.id': callId,
      'gen_ai.tool.type': 'function',
      'gen_ai.tool.call.arguments': '{"file_path": "bill.txt"}',
      'gen_ai.tool.call.result': 'Bill: 98.70',
    });
  });
});

