// The `mlflow` convention on a small AgentDojo run, against what MLflow 3.x writes (entities/span.py: every attribute
// json.dumps'd, ensure_ascii=False; tracing/fluent.py: @mlflow.trace inputs = the bound arguments, FUNCTION_NAME;
// openai/autolog.py + tests/openai/test_openai_autolog.py: "Completions" CHAT_MODEL span, inputs = the create() kwargs,
// `model` attribute, outputs = the ChatCompletion; session.id / user.id on the root span only).
import { describe, expect, it } from 'vitest';
import { SessionBuilder } from './session-builder.ts';
import { Dojo, MINI } from './agentdojo-run.ts';
import { rewriteSession } from './semconv-rewrite.ts';

describe('mlflow convention', () => {
  const b = new SessionBuilder('s1', 'app');
  new Dojo(b, 'banking', MINI, 'Pay the bill in bill.txt', 'Paid.').call('read_file', { file_path: 'bill.txt' }, 'Pay 98.70 to UK12 — café').end();
  const given = b.spans;
  const [agent, llm1, tool, llm2] = rewriteSession(b.spans, 'mlflow');
  const id = given[1].attributes['llm.output_messages.0.message.tool_calls.0.tool_call.id'] as string;
  const rid = `"tr-${'a'.repeat(32)}"`;

  it('writes the agent and tool spans as @mlflow.trace does, the session on the root only', () => {
    expect([agent.name, llm1.name, tool.name, llm2.name]).toEqual(['assistant', 'Completions', 'read_file', 'Completions']);
    expect(agent.attributes).toEqual({
      'mlflow.traceRequestId': rid, 'mlflow.spanType': '"AGENT"', 'session.id': 's1', 'mlflow.spanFunctionName': '"run"',
      'mlflow.spanInputs': '{"prompt": "Pay the bill in bill.txt"}', 'mlflow.spanOutputs': '"Paid."',
    });
    expect(tool.attributes).toEqual({
      'mlflow.traceRequestId': rid, 'mlflow.spanType': '"TOOL"', 'mlflow.spanFunctionName': '"read_file"',
      'mlflow.spanInputs': '{"file_path": "bill.txt"}', 'mlflow.spanOutputs': '"Pay 98.70 to UK12 — café"',
    });
  });

  it('writes the model turns as the OpenAI autolog does', () => {
    expect(llm1.attributes).toMatchObject({
      'mlflow.traceRequestId': rid, 'mlflow.spanType': '"CHAT_MODEL"', model: `"${MINI.name}"`, 'mlflow.llm.model': `"${MINI.name}"`, 'mlflow.message.format': '"openai"',
    });
    expect(llm1.attributes['session.id']).toBeUndefined();
    const inputs = JSON.parse(String(llm2.attributes['mlflow.spanInputs']));
    expect(Object.keys(inputs)).toEqual(['messages', 'model']);
    expect(inputs.messages.slice(1)).toEqual([
      { role: 'user', content: 'Pay the bill in bill.txt' },
      { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'read_file', arguments: '{"file_path":"bill.txt"}' } }] },
      { role: 'tool', content: 'Pay 98.70 to UK12 — café', tool_call_id: id },
    ]);
    const out1 = JSON.parse(String(llm1.attributes['mlflow.spanOutputs']));
    expect(out1).toMatchObject({ object: 'chat.completion', model: MINI.name, choices: [{ finish_reason: 'tool_calls', index: 0 }] });
    expect(out1.choices[0].message).toEqual({
      content: null, refusal: null, role: 'assistant', annotations: [], audio: null, function_call: null,
      tool_calls: [{ id, function: { arguments: '{"file_path":"bill.txt"}', name: 'read_file' }, type: 'function' }],
    });
    expect(JSON.parse(String(llm2.attributes['mlflow.spanOutputs'])).choices[0]).toMatchObject({ finish_reason: 'stop', message: { content: 'Paid.', tool_calls: null } });
  });
});
