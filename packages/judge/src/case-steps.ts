// The steps of a case file: which spans are shown, what of each, and the user's request; identifiers capped.
import { nodeName, type AgentSpan, type SessionGraph } from '@sentinel/graph';
import type { CaseFinding, CaseStep } from './case-file.ts';
import { clip } from './clip.ts';

/** Identifiers (agent, tool, node names) come from the trace too: capped so one cannot fill the budget. */
const MAX_ID = 80;

/** A step before cutting: its fixed fields, its full content, and the strings a cut must keep. */
export interface RawStep {
  base: CaseStep;
  fields: Partial<Record<'input' | 'output' | 'args' | 'result', string>>;
  keep: string[];
  evidence: boolean;
}

export function cap(id: string): string {
  return id.length <= MAX_ID ? id : id.slice(0, MAX_ID) + '…';
}

export function rawStep(s: AgentSpan, graph: SessionGraph, refs: string[] | undefined, t0: bigint, keep: string[]): RawStep | undefined {
  const evidence = refs !== undefined;
  const isTool = (s.kind === 'tool' || s.kind === 'retriever') && s.toolName;
  const isAgent = s.kind === 'agent' && s.agentName;
  // Model calls repeat the whole conversation: only the ones the evidence names are worth the tokens.
  if (!evidence && !isTool && !isAgent && !s.messageTo) return undefined;
  const actorId = isAgent ? graph.actorOf(s.parentSpanId ?? '') ?? 'user' : graph.actorOf(s.spanId) ?? 'user';
  const base: CaseStep = {
    span: cap(s.spanId),
    t: Number((s.start - t0) / 1_000_000n),
    actor: cap(nodeName(actorId)),
    kind: s.kind,
    name: cap(isAgent ? s.agentName! : isTool ? s.toolName! : s.kind === 'llm' ? (s.model ?? s.name) : s.name),
  };
  if (s.messageTo) base.to = cap(s.messageTo);
  if (s.status === 'error') base.error = clip(s.statusMessage ?? 'error', 200);
  if (refs) base.evidence = refs;
  const fields: RawStep['fields'] = {};
  if (isTool) {
    put(fields, 'args', s.toolArguments ?? s.input);
    put(fields, 'result', s.toolResult ?? s.output);
  } else if (s.kind === 'llm') {
    put(fields, 'output', s.output ?? modelOutput(s));
  } else {
    put(fields, 'input', s.input);
    put(fields, 'output', s.output);
  }
  return { base, fields, keep, evidence };
}

function put(fields: RawStep['fields'], k: keyof RawStep['fields'], v: string | undefined): void {
  if (v !== undefined && v !== '') fields[k] = v;
}

function modelOutput(s: AgentSpan): string | undefined {
  const parts = (s.outputMessages ?? []).flatMap((m) => [m.content ?? '', ...(m.toolCalls ?? []).map((c) => `${c.name}(${c.arguments ?? ''})`)]);
  const text = parts.filter(Boolean).join('\n');
  return text || undefined;
}

/** The user's request: the first agent run's input, else the first user turn a model saw, else the first input. */
export function findRequest(spans: AgentSpan[]): string | undefined {
  const ids = new Set(spans.map((s) => s.spanId));
  const root = spans.find((s) => s.kind === 'agent' && s.input && (!s.parentSpanId || !ids.has(s.parentSpanId)));
  if (root) return root.input;
  for (const s of spans) {
    const user = s.inputMessages?.find((m) => m.role === 'user' && m.content);
    if (user) return user.content;
  }
  return spans.find((s) => s.input)?.input;
}

/** Strings a cut must keep visible: the evidence values (without their `kind:` prefix) and what the findings quote. */
export function keepStrings(findings: CaseFinding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    for (const v of f.evidence.values ?? []) {
      out.add(v);
      const m = /^[a-z_]+:(.+)$/.exec(v);
      if (m) out.add(m[1]);
    }
    for (const q of f.explanation.matchAll(/"([^"]{12,})"/g)) out.add(q[1].slice(0, 40));
  }
  return [...out].sort();
}
