// The judge client end to end: the real `openai` package against a real local chat-completions server with scripted replies.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JudgeClient, MAX_BACKOFF_MS, REPAIR_MESSAGE, VERDICT_JSON_SCHEMA, buildCaseFile, resolveJudgeConfig, type JudgeConfig } from '@sentinel/judge';
import { bankingCase } from '../packages/judge/src/testing/case-builder.ts';
import { errorReply, startFakeOpenAI, verdictReply, type FakeOpenAI } from './support/fake-openai.ts';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.rejectFormats.clear();
  fake.fallback = () => verdictReply();
});

const caseFile = buildCaseFile(bankingCase(), { maxTokens: 2_300 });

function client(over: Partial<JudgeConfig> = {}, waits: number[] = []): JudgeClient {
  const setup = resolveJudgeConfig({ baseUrl: fake.baseUrl, apiKey: 'sk-test', model: 'judge-model', timeoutMs: 2_000, maxRetries: 2, ...over });
  if (!setup.enabled) throw new Error(setup.reason);
  // Backoff waits are recorded and shortened so the retry tests stay fast; their bounds are asserted.
  return new JudgeClient(setup.config, { sleep: async (ms) => void waits.push(ms) });
}

describe('JudgeClient against an OpenAI-compatible server', () => {
  it('asks for a structured verdict and returns it with model, latency and tokens', async () => {
    fake.script({ ...verdictReply({ implicatedAgents: ['assistant'], implicatedSpans: ['0000000000000003'] }), usage: { prompt_tokens: 900, completion_tokens: 80, total_tokens: 980 } });
    const r = await client().judge(caseFile);
    expect(r).toMatchObject({ ok: true, model: 'judge-model', tokens: { prompt: 900, completion: 80, total: 980 }, attempts: 1 });
    expect(r.ok && r.verdict).toMatchObject({ verdict: 'malicious', implicatedAgents: ['assistant'], implicatedSpans: ['0000000000000003'] });
    const req = fake.requests[0];
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.body).toMatchObject({ model: 'judge-model', temperature: 0.1, max_tokens: 600 });
    expect(req.body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'sentinel_verdict', strict: true, schema: VERDICT_JSON_SCHEMA } });
  });

  it('retries a malformed reply once with a generic reminder, then accepts a good one', async () => {
    fake.script({ content: '{"verdict": "malicious", "confid' });
    const r = await client().judge(caseFile);
    expect(r).toMatchObject({ ok: true, attempts: 2 });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].body.messages.slice(0, 2)).toEqual(fake.requests[0].body.messages);
    expect(fake.requests[1].body.messages[2]).toEqual({ role: 'user', content: REPAIR_MESSAGE });
  });

  it('records a schema violation that persists as an error after one retry', async () => {
    fake.script(verdictReply({ confidence: 85 }), verdictReply({ verdict: 'fine' }));
    const r = await client().judge(caseFile);
    expect(r).toMatchObject({ ok: false, attempts: 2, error: expect.stringMatching(/^invalid_reply: schema: verdict/) });
    expect(r.tokens.total).toBe(2_200);
    expect(fake.requests).toHaveLength(2);
  });

  it('waits out a 429 (Retry-After honoured but capped) and then succeeds', async () => {
    const waits: number[] = [];
    fake.script(errorReply(429, 'slow down', { 'retry-after': '3600' }), errorReply(429, 'slow down', { 'retry-after-ms': '25' }));
    const r = await client({}, waits).judge(caseFile);
    expect(r.ok).toBe(true);
    expect(waits).toEqual([MAX_BACKOFF_MS, 25]);
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up on repeated 500s after the configured retries, with bounded backoff', async () => {
    const waits: number[] = [];
    fake.fallback = () => errorReply(500, 'upstream exploded');
    const r = await client({ maxRetries: 2 }, waits).judge(caseFile);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^http_500: 500 upstream exploded/) });
    expect(fake.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
    for (const w of waits) expect(w).toBeLessThanOrEqual(MAX_BACKOFF_MS);
  });

  it('does not retry an authentication failure', async () => {
    fake.script(errorReply(401, 'bad key'));
    const r = await client().judge(caseFile);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^http_401/) });
    expect(fake.requests).toHaveLength(1);
  });

  it('times out a slow reply and reports it', async () => {
    fake.script({ ...verdictReply(), delayMs: 1_500 });
    const t0 = Date.now();
    const r = await client({ timeoutMs: 200, maxRetries: 0 }).judge(caseFile);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^timeout/) });
    expect(Date.now() - t0).toBeLessThan(1_400);
  });

  it('falls back to JSON mode, then to plain JSON, where structured outputs are not supported, and remembers', async () => {
    fake.rejectFormats.add('json_schema');
    const c = client();
    expect((await c.judge(caseFile)).ok).toBe(true);
    expect(fake.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object']);
    expect(c.responseFormat).toBe('json_object');
    fake.rejectFormats.add('json_object');
    fake.script({ content: '```json\n' + verdictReply().content + '\n```' });
    expect((await c.judge(caseFile)).ok).toBe(true);
    expect(fake.requests.slice(2).map((r) => r.body.response_format?.type)).toEqual(['json_object', undefined]);
    expect(c.responseFormat).toBe('none');
  });

  it('switches to max_completion_tokens for models that reject max_tokens', async () => {
    fake.script(errorReply(400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."));
    const r = await client().judge(caseFile);
    expect(r.ok).toBe(true);
    expect(fake.requests[1].body).toMatchObject({ max_completion_tokens: 600, response_format: { type: 'json_schema' } });
    expect(fake.requests[1].body.max_tokens).toBeUndefined();
  });

  it('reports a refusal as an error', async () => {
    fake.script({ content: null, refusal: 'I cannot help with that.' });
    expect(await client().judge(caseFile)).toMatchObject({ ok: false, error: expect.stringMatching(/^refusal/) });
  });

  it('drops implicated agents and spans that are not in the case', async () => {
    fake.script(verdictReply({ implicatedAgents: ['agent:assistant', 'attacker'], implicatedSpans: ['0000000000000002', 'deadbeefdeadbeef'] }));
    const r = await client().judge(caseFile);
    expect(r.ok && [r.verdict.implicatedAgents, r.verdict.implicatedSpans]).toEqual([['assistant'], ['0000000000000002']]);
  });

  it('stops at once when cancelled (shutdown), even while backing off', async () => {
    fake.fallback = () => errorReply(503, 'busy', { 'retry-after': '5' });
    const setup = resolveJudgeConfig({ baseUrl: fake.baseUrl, model: 'm', maxRetries: 3 });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const t0 = Date.now();
    const r = await new JudgeClient((setup as { config: JudgeConfig }).config).judge(caseFile, { signal: abort.signal });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^aborted/) });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it.each([
    ['an HTML page (a proxy login page, a web UI at the base URL)', { raw: { contentType: 'text/html', pieces: ['<html><body>Sign in</body></html>'] } }, /^invalid_reply: the endpoint's answer is not a chat completion/],
    ['a body cut short', { raw: { contentType: 'application/json', pieces: ['{"choices": [ {"mess'] } }, /^invalid_reply: the endpoint's answer is not valid JSON/],
    ['no choices', { body: { id: 'x', object: 'chat.completion', model: 'm', choices: [] } }, /^invalid_reply: the endpoint answered with no choices/],
    ['a tool call instead of text', { content: null, toolCalls: [{ id: 'c1', name: 'submit_verdict', arguments: {} }] }, /^invalid_reply: the model answered with a tool call/],
    ['MBs of body', { raw: { contentType: 'application/json', pieces: Array.from({ length: 24 }, () => ' '.repeat(64 * 1024)) } }, /^invalid_reply: the endpoint's answer is over 1048576 bytes/],
  ])('says what was wrong with a 200 that is no verdict, without asking again: %s', async (_name, reply, error) => {
    fake.script(reply as never);
    const r = await client().judge(caseFile);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(fake.requests).toHaveLength(1);
  });

  it('times out a body that trickles in past the deadline (a timeout, not a connection error)', async () => {
    fake.script({ raw: { contentType: 'application/json', pieces: ['{"id": "x",', ' "object": "chat.completion",', ' "choices": []}'], gapMs: 400 } });
    const r = await client({ timeoutMs: 500, maxRetries: 0 }).judge(caseFile);
    expect(r).toMatchObject({ ok: false, error: 'timeout: the judge endpoint did not answer in time' });
  });

  it('keeps the API key out of the error an endpoint echoes it in', async () => {
    fake.script(errorReply(401, 'Incorrect API key provided: sk-test-0123456789'));
    const r = await client({ apiKey: 'sk-test-0123456789' }).judge(caseFile);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^http_401: .*Incorrect API key provided: \[the API key\]/) });
    expect(JSON.stringify(r)).not.toContain('sk-test-0123456789');
  });

  it('reports an unreachable endpoint as a connection error', async () => {
    const setup = resolveJudgeConfig({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', maxRetries: 0, timeoutMs: 2_000 });
    const r = await new JudgeClient((setup as { config: JudgeConfig }).config).judge(caseFile);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^connection/) });
  });
});
