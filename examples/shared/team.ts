// A small multi-agent runtime: each agent loops model turn → tool calls, delegates to others, posts messages; all traced with @sentinel/instrument.
import { callLLM, callTool, runAgent, sendMessage, type LLMMessage, type LLMReply } from '@sentinel/instrument';
import { DELEGATE, SEND_MESSAGE, args, type Brain, type ToolSpec } from './brain.ts';

export interface AgentDef {
  system: string;
  /** The tools this agent is meant to use (what a real model is offered). */
  tools: readonly ToolSpec[];
  /** Agents it may hand tasks to (offered as the `delegate` tool). */
  delegates?: readonly string[];
  /** Agents it may post messages to (offered as `send_message`). */
  messages?: readonly string[];
}

export type ToolImpl = (args: Record<string, unknown>) => unknown;

export interface TeamOptions {
  agents: Record<string, AgentDef>;
  /** The team's one tool registry. Like many real apps, it does not check which agent calls what: that is the policy's job. */
  tools: Record<string, ToolImpl>;
  brain: Brain;
  /** Awaited before every model turn: the demo's human pace. */
  pace?: () => Promise<void>;
}

/** A runaway agent stops here; the scripted policies finish in under ten turns. */
const MAX_TURNS = 16;
/** The app's own guard against delegation recursion (a delegation loop ends here, after Sentinel has seen it). */
export const MAX_DELEGATION_DEPTH = 8;

/**
 * One session of a team of agents. `run` starts the entry agent; delegations nest agent spans
 * (Sentinel draws delegate/return edges), messages become message spans and reach the
 * recipient's next turn.
 *
 * @example
 * const answer = await new Team({ agents, tools, brain }).run('orchestrator', 'Triage my inbox');
 */
export class Team {
  private readonly pending = new Map<string, LLMMessage[]>();
  private nextCallId = 1;

  constructor(private readonly o: TeamOptions) {}

  run(agent: string, task: string, depth = 0): Promise<string> {
    return runAgent(agent, { input: task }, () => this.loop(agent, task, depth));
  }

  private async loop(name: string, task: string, depth: number): Promise<string> {
    const def = this.o.agents[name];
    if (!def) throw new Error(`Team: no agent named "${name}"`);
    const messages: LLMMessage[] = [
      { role: 'system', content: def.system },
      { role: 'user', content: task },
    ];
    const tools = offeredTools(def);
    for (let turn = 0; turn < MAX_TURNS; turn++) {
      messages.push(...this.drain(name));
      await this.o.pace?.();
      const reply = await this.think(name, messages, tools);
      const toolCalls = reply.toolCalls?.map((c) => ({ ...c, id: c.id ?? `call_${this.nextCallId++}` }));
      messages.push({ role: 'assistant', content: reply.content, toolCalls });
      if (!toolCalls?.length) return reply.content ?? '';
      for (const c of toolCalls) {
        messages.push({ role: 'tool', toolCallId: c.id, name: c.name, content: await this.execute(name, c.name, args(c), c.id, depth) });
      }
    }
    return `(stopped after ${MAX_TURNS} turns)`;
  }

  private think(agent: string, messages: LLMMessage[], tools: ToolSpec[]): Promise<LLMReply> {
    const { brain } = this.o;
    const snapshot = messages.slice();
    const next = async () => brain.next({ agent, messages: snapshot, tools });
    return brain.traced ? next() : callLLM(brain.model, snapshot, next, { provider: brain.provider });
  }

  private async execute(agent: string, tool: string, a: Record<string, unknown>, callId: string, depth: number): Promise<string> {
    if (tool === DELEGATE) {
      const to = String(a.agent ?? '');
      if (!this.o.agents[to]) return `error: there is no agent named "${to}"`;
      if (depth + 1 > MAX_DELEGATION_DEPTH) return `error: delegation depth limit (${MAX_DELEGATION_DEPTH}) reached, not delegating`;
      return this.run(to, String(a.task ?? ''), depth + 1);
    }
    if (tool === SEND_MESSAGE) {
      const to = String(a.to ?? '');
      const content = String(a.content ?? '');
      if (!this.o.agents[to]) return `error: there is no agent named "${to}"`;
      sendMessage(agent, to, content);
      const queue = this.pending.get(to) ?? [];
      queue.push({ role: 'user', name: agent, content: `Message from ${agent}: ${content}` });
      this.pending.set(to, queue);
      return `delivered to ${to}`;
    }
    const impl = this.o.tools[tool];
    if (!impl) return `error: unknown tool "${tool}"`;
    try {
      const result = await callTool(tool, a, () => impl(a), { toolCallId: callId });
      return typeof result === 'string' ? result : JSON.stringify(result);
    } catch (err) {
      return `error: ${(err as Error).message}`; // the span records the exception; the agent sees the error, as with a real tool
    }
  }

  /** Messages posted to `agent` since its last turn. */
  private drain(agent: string): LLMMessage[] {
    const queue = this.pending.get(agent) ?? [];
    this.pending.delete(agent);
    return queue;
  }
}

function offeredTools(def: AgentDef): ToolSpec[] {
  const out = [...def.tools];
  if (def.delegates?.length) {
    out.push({
      name: DELEGATE,
      description: 'Hand a task to another agent of the team and wait for its answer.',
      parameters: {
        type: 'object',
        properties: { agent: { type: 'string', enum: [...def.delegates] }, task: { type: 'string', description: 'What the agent should do, with everything it needs.' } },
        required: ['agent', 'task'],
      },
    });
  }
  if (def.messages?.length) {
    out.push({
      name: SEND_MESSAGE,
      description: 'Post a note to another agent; it reads it on its next turn.',
      parameters: { type: 'object', properties: { to: { type: 'string', enum: [...def.messages] }, content: { type: 'string' } }, required: ['to', 'content'] },
    });
  }
  return out;
}
