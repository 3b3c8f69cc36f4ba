// The genai-events convention on one small AgentDojo run (agent → a turn with a call → the tool → the answer), span by span,
// against what Strands Agents' tracer.py writes (≤1.36 mode, cited in semconv-genai-events.ts).
import { describe, expect, it } from 'vitest';
import { Dojo, MINI, SYSTEM_PROMPT } from './agentdojo-run.ts';
import { SessionBuilder } from './session-builder.ts';
import { rewriteSession } from './semconv-rewrite.ts';

function run() {
  const b = new SessionBuilder('s1', 'a');
  new Dojo(b, 'banking', MINI, 'Pay the bill', 'Done.').call('read_file', { file_path: 'bill.txt' }, 'Bill: 98.70').end();
  return b.spans;
}

describe('genai-events (OTel GenAI ≤1.36 span events, Strands Agents)', () => {
  const [agent, turn, tool, answer] = rewriteSession(run(), 'genai-events');
  const callId = tool.attributes['gen_ai.tool.call.id'] as string;
  const events = (s: typeof agent) => s.events.map((e) => [e.name, e.attributes]);

  it('invoke_agent: the system prompt as an attribute, the prompt and the answer as events', () => {
    expect(agent.name).toBe('invoke_agent assistant');
    expect(agent.attributes).toMatchObject({ 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.system': 'strands-agents', 'gen_ai.agent.name': 'assistant', 'gen_ai.request.model': 'gpt-4o-mini-2024-07-18', 'gen_ai.agent.system_prompt': SYSTEM_PROMPT, 'session.id': 's1' });
    expect(agent.attributes['gen_ai.event.start_time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
    expect(events(agent)).toEqual([
      ['gen_ai.user.message', { content: '[{"text": "Pay the bill"}]' }],
      ['gen_ai.choice', { message: 'Done.', finish_reason: 'end_turn' }],
    ]);
  });

  it('chat: one event per message (tool results as gen_ai.tool.message), the turn as gen_ai.choice', () => {
    expect(turn.name).toBe('chat');
    expect(Object.keys(turn.attributes).sort()).toEqual(['gen_ai.event.end_time', 'gen_ai.event.start_time', 'gen_ai.operation.name', 'gen_ai.request.model', 'gen_ai.system', 'session.id']);
    expect(events(turn)).toEqual([
      ['gen_ai.user.message', { content: '[{"text": "Pay the bill"}]' }],
      ['gen_ai.choice', { finish_reason: 'tool_use', message: `[{"toolUse": {"toolUseId": "${callId}", "name": "read_file", "input": {"file_path": "bill.txt"}}}]` }],
    ]);
    expect(events(answer).slice(1)).toEqual([
      ['gen_ai.assistant.message', { content: `[{"toolUse": {"toolUseId": "${callId}", "name": "read_file", "input": {"file_path": "bill.txt"}}}]` }],
      ['gen_ai.tool.message', { content: `[{"toolResult": {"toolUseId": "${callId}", "status": "success", "content": [{"text": "Bill: 98.70"}]}}]` }],
      ['gen_ai.choice', { finish_reason: 'end_turn', message: '[{"text": "Done."}]' }],
    ]);
  });

  it('execute_tool: name, call id, status; the arguments and the result as events', () => {
    expect(tool.name).toBe('execute_tool read_file');
    expect(tool.attributes).toMatchObject({ 'gen_ai.operation.name': 'execute_tool', 'gen_ai.system': 'strands-agents', 'gen_ai.tool.name': 'read_file', 'gen_ai.tool.call.id': callId, 'gen_ai.tool.status': 'success' });
    expect(events(tool)).toEqual([
      ['gen_ai.tool.message', { role: 'tool', content: '{"file_path": "bill.txt"}', id: callId }],
      ['gen_ai.choice', { message: '[{"text": "Bill: 98.70"}]', id: callId }],
    ]);
  });
});
