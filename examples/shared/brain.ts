// The pluggable "LLM" of every example agent: a scripted policy (offline, deterministic) or a real model.
import type { LLMMessage, LLMReply, LLMToolCall } from '@sentinel/instrument';

/** A tool as the model sees it (OpenAI function-calling shape). */
export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
}

export interface AgentTurn {
  agent: string;
  /** The conversation so far: system prompt, task, assistant turns, tool results. */
  messages: readonly LLMMessage[];
  tools: readonly ToolSpec[];
}

/** Decides an agent's next message: a final answer, or tool calls. */
export interface Brain {
  /** Recorded as `llm.model_name`. */
  readonly model: string;
  readonly provider?: string;
  /** True when an auto-instrumentation already traces the model call (the runtime then adds no LLM span of its own). */
  readonly traced?: boolean;
  next(turn: AgentTurn): Promise<LLMReply> | LLMReply;
}

/** A scripted agent: reads its conversation, returns the next reply. */
export type AgentScript = (conv: Conversation) => LLMReply;

/** Scripts by agent name. */
export type Scripts = Record<string, AgentScript>;

/** Read helpers over an agent's conversation, for scripts. */
export class Conversation {
  constructor(readonly messages: readonly LLMMessage[]) {}

  /** The task the agent was given (its first user message). */
  get task(): string {
    return this.messages.find((m) => m.role === 'user')?.content ?? '';
  }

  /** Assistant turns so far. */
  get turns(): number {
    return this.messages.filter((m) => m.role === 'assistant').length;
  }

  /** True when the agent already asked for tool `name`. */
  called(name: string): boolean {
    return this.calls(name).length > 0;
  }

  calls(name: string): LLMToolCall[] {
    return this.messages.flatMap((m) => m.toolCalls ?? []).filter((c) => c.name === name);
  }

  /** Delegations to `agent` so far. */
  delegations(agent: string): LLMToolCall[] {
    return this.calls(DELEGATE).filter((c) => args(c).agent === agent);
  }

  /** The result of the latest call of `name` (the tool message answering it). */
  result(name: string): string | undefined {
    return this.answerTo(this.calls(name));
  }

  /** What `agent` answered to the latest delegation. */
  answerFrom(agent: string): string | undefined {
    return this.answerTo(this.delegations(agent));
  }

  /** Every answer `agent` gave to a delegation, oldest first. */
  answersFrom(agent: string): string[] {
    return this.delegations(agent).flatMap((d) => this.answerTo([d]) ?? []);
  }

  /** The result of the latest call of `name` whose arguments match `pred`. */
  resultWhere(name: string, pred: (a: Record<string, unknown>) => boolean): string | undefined {
    return this.answerTo(this.calls(name).filter((c) => pred(args(c))));
  }

  /** The latest result of `name` parsed as JSON (tool results are JSON text). */
  json<T>(name: string): T | undefined {
    const r = this.result(name);
    if (r === undefined) return undefined;
    try {
      return JSON.parse(r) as T;
    } catch {
      return undefined;
    }
  }

  /** Everything the agent has read: task, messages and tool results. What a model "knows". */
  get context(): string {
    return this.messages
      .filter((m) => m.role === 'user' || m.role === 'tool')
      .map((m) => m.content ?? '')
      .join('\n');
  }

  /** True when `text` reached this agent's context: an injected instruction can only be followed once it is read. */
  saw(text: string | undefined): boolean {
    return !!text && this.context.toLowerCase().includes(text.toLowerCase());
  }

  private answerTo(calls: LLMToolCall[]): string | undefined {
    const ids = new Set(calls.map((c) => c.id));
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const m = this.messages[i];
      if (m.role === 'tool' && m.toolCallId && ids.has(m.toolCallId)) return m.content;
    }
    return undefined;
  }
}

/** The pseudo-tool an agent uses to hand a task to another agent and wait for its answer. */
export const DELEGATE = 'delegate';
/** The pseudo-tool an agent uses to post a message to another agent without waiting. */
export const SEND_MESSAGE = 'send_message';

/** A tool call's arguments as an object (models send JSON text, scripts send objects). */
export function args(c: LLMToolCall): Record<string, unknown> {
  if (typeof c.arguments === 'string') {
    try {
      const v: unknown = JSON.parse(c.arguments);
      return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return (c.arguments as Record<string, unknown> | undefined) ?? {};
}

/** An assistant turn that calls tools. */
export function call(...calls: Array<[name: string, args: Record<string, unknown>]>): LLMReply {
  return { role: 'assistant', toolCalls: calls.map(([name, a]) => ({ name, arguments: a })) };
}

/** An assistant turn that delegates `task` to `agent`. */
export function delegate(agent: string, task: string): LLMReply {
  return call([DELEGATE, { agent, task }]);
}

/** An assistant turn that posts a message to `to`. */
export function message(to: string, content: string): LLMReply {
  return call([SEND_MESSAGE, { to, content }]);
}

/** An assistant turn with a final answer. */
export function say(content: string): LLMReply {
  return { role: 'assistant', content };
}

/** A brain that runs one script per agent; `model` is what LLM spans show. */
export function scriptedBrain(scripts: Scripts, model = 'scripted-policy'): Brain {
  return {
    model,
    provider: 'sentinel-examples',
    next(turn) {
      const script = scripts[turn.agent];
      if (!script) throw new Error(`scriptedBrain: no script for agent "${turn.agent}"`);
      return script(new Conversation(turn.messages));
    },
  };
}
