import { describe, expect, it } from 'vitest';
import { JUDGE_DEFAULTS, OPENAI_BASE_URL, describeEndpoint, resolveJudgeConfig } from './config.ts';

describe('resolveJudgeConfig', () => {
  it('is off without a model, even with an API key in the environment', () => {
    expect(resolveJudgeConfig({ apiKey: 'sk-x' })).toEqual({ enabled: false, reason: expect.stringMatching(/SENTINEL_JUDGE_MODEL/) });
  });
  it('is off without an endpoint', () => {
    expect(resolveJudgeConfig({ model: 'm' })).toEqual({ enabled: false, reason: expect.stringMatching(/SENTINEL_JUDGE_BASE_URL/) });
  });
  it('uses OpenAI itself when only a key is given', () => {
    const r = resolveJudgeConfig({ model: 'gpt-4o-mini', apiKey: 'sk-x' });
    expect(r).toEqual({ enabled: true, config: { ...JUDGE_DEFAULTS, model: 'gpt-4o-mini', apiKey: 'sk-x', baseUrl: OPENAI_BASE_URL } });
  });
  it('takes a local endpoint without a key, keeping defaults for unset values', () => {
    const r = resolveJudgeConfig({ model: 'llama3.1', baseUrl: 'http://localhost:11434/v1', timeoutMs: undefined, maxConcurrency: 4 });
    expect(r.enabled && r.config).toMatchObject({ baseUrl: 'http://localhost:11434/v1', timeoutMs: JUDGE_DEFAULTS.timeoutMs, maxConcurrency: 4 });
  });
  it.each([['ftp://x'], ['not a url']])('rejects base URL %s', (baseUrl) => {
    expect(() => resolveJudgeConfig({ model: 'm', baseUrl })).toThrow(/base URL/);
  });
  it('rejects a prompt budget too small for the system prompt and one finding', () => {
    expect(() => resolveJudgeConfig({ model: 'm', baseUrl: 'http://x/v1', maxPromptTokens: 500 })).toThrow(/maxPromptTokens/);
  });
  it('never shows credentials in the endpoint description', () => {
    expect(describeEndpoint('https://user:secret@host:8000/v1?key=1')).toBe('https://host:8000/v1');
  });
});
