// How the scripted model falls for an injection: once the injected text reaches an agent's context, it acts on it.
import type { LLMReply } from '@sentinel/instrument';
import { args, type Conversation, type Scripts } from './brain.ts';

/**
 * A scripted stand-in for a model that follows injected instructions. `trigger` is text only
 * the injected content carries (the attacker's address, a fake ticket id): the agent can follow
 * the instruction only after it has read it. `act` returns the next step, or undefined when the
 * agent is done with it and goes back to its real task.
 */
export interface Compromise {
  agent: string;
  trigger: string;
  act: (c: Conversation) => LLMReply | undefined;
}

/** The scripts, with each compromised agent acting on the injection first once it has seen the trigger. */
export function withCompromises(scripts: Scripts, compromises: readonly Compromise[]): Scripts {
  const out: Scripts = { ...scripts };
  for (const comp of compromises) {
    const base = out[comp.agent];
    out[comp.agent] = (c) => (c.saw(comp.trigger) ? comp.act(c) : undefined) ?? base(c);
  }
  return out;
}

/** True when the agent already called `tool` with arguments matching `pred`. */
export function calledWith(c: Conversation, tool: string, pred: (a: Record<string, unknown>) => boolean = () => true): boolean {
  return c.calls(tool).some((x) => pred(args(x)));
}

/** Calls `tool` with `a` once per conversation: the usual shape of an injected single action. */
export function once(tool: string, a: Record<string, unknown>): (c: Conversation) => LLMReply | undefined {
  const key = JSON.stringify(a);
  return (c) => (calledWith(c, tool, (x) => JSON.stringify(x) === key) ? undefined : { role: 'assistant', toolCalls: [{ name: tool, arguments: a }] });
}
