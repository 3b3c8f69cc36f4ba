// A real OpenAI-compatible model as the examples' brain, when OPENAI_BASE_URL / OPENAI_API_KEY are set.
import OpenAI from 'openai';
import type { LLMMessage, LLMReply } from '@sentinel/instrument';
import type { AgentTurn, Brain } from './brain.ts';

/** Small and cheap by default: the examples need tool calling, not depth. */
const DEFAULT_MODEL = 'gpt-4o-mini';

/** The model brain when the environment names an endpoint or a key, else undefined (use the scripted policy). */
export function openAiBrainFromEnv(env: NodeJS.ProcessEnv = process.env, traced = false): Brain | undefined {
  if (!env.OPENAI_BASE_URL?.trim() && !env.OPENAI_API_KEY?.trim()) return undefined;
  return openAiBrain({ baseURL: env.OPENAI_BASE_URL?.trim() || undefined, apiKey: env.OPENAI_API_KEY?.trim() || 'unused', model: env.OPENAI_MODEL?.trim() || DEFAULT_MODEL, traced });
}

/**
 * `traced`: the app enabled `@arizeai/openinference-instrumentation-openai` (register() lists it in
 * `instrumentations`), so the client's calls already make LLM spans and the runtime adds none.
 */
export function openAiBrain(opts: { baseURL?: string; apiKey: string; model: string; traced?: boolean }): Brain {
  const client = new OpenAI({ baseURL: opts.baseURL, apiKey: opts.apiKey });
  return {
    model: opts.model,
    provider: 'openai',
    traced: opts.traced ?? false,
    async next(turn: AgentTurn): Promise<LLMReply> {
      const res = await client.chat.completions.create({
        model: opts.model,
        temperature: 0,
        messages: turn.messages.map(toOpenAi),
        tools: turn.tools.length > 0 ? turn.tools.map((t) => ({ type: 'function' as const, function: t })) : undefined,
      });
      const msg = res.choices[0]?.message;
      const reply: LLMReply = { role: 'assistant', content: msg?.content ?? undefined };
      const calls = (msg?.tool_calls ?? []).flatMap((c) => (c.type === 'function' ? [{ id: c.id, name: c.function.name, arguments: c.function.arguments }] : []));
      if (calls.length > 0) reply.toolCalls = calls;
      if (res.usage) reply.usage = { prompt: res.usage.prompt_tokens, completion: res.usage.completion_tokens };
      return reply;
    },
  };
}

function toOpenAi(m: LLMMessage): OpenAI.Chat.Completions.ChatCompletionMessageParam {
  if (m.role === 'tool') return { role: 'tool', tool_call_id: m.toolCallId ?? '', content: m.content ?? '' };
  if (m.role === 'assistant') {
    return {
      role: 'assistant',
      content: m.content ?? null,
      tool_calls: m.toolCalls?.map((c) => ({ id: c.id ?? '', type: 'function' as const, function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments ?? {}) } })),
    };
  }
  if (m.role === 'system') return { role: 'system', content: m.content ?? '' };
  return { role: 'user', content: m.content ?? '' };
}
