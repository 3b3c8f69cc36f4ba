// Rule exfiltration: secrets from the session's context, or credential-shaped strings, in the arguments of a tool that sends data outside.
import { nodeName } from '@sentinel/graph';
import { asksFor } from '../action-families.ts';
import type { Rule, RuleContext } from '../rule-types.ts';
import { findSecrets } from '../secrets.ts';
import type { CallRecord } from '../session-state.ts';

/** Secrets remembered per session: enough for any real context, bounded for hostile ones. */
const MAX_SECRETS = 256;

interface ExfilState {
  /** Secret value → the span it was seen in. */
  secrets: Map<string, { spanId: string; node: string }>;
  external: CallRecord[];
}

export const exfiltration: Rule = {
  id: 'exfiltration',
  description: 'Secrets (API keys, tokens, private keys, passwords, codes) or values from private context appear in the arguments of a tool that sends data outside.',
  onSpan(p, facts, ctx) {
    const st = ctx.state.rule<ExfilState>('exfiltration', () => ({ secrets: new Map(), external: [] }));
    // Secrets in any content the agents saw: tool results, messages, the user's own context.
    const texts = [p.span.toolResult, p.span.kind === 'llm' ? undefined : p.span.input, p.span.kind === 'agent' ? p.span.output : undefined];
    const fresh: string[] = [];
    for (const t of texts) {
      if (!t) continue;
      for (const s of findSecrets(t)) {
        if (!st.secrets.has(s) && st.secrets.size < MAX_SECRETS) {
          st.secrets.set(s, { spanId: p.span.spanId, node: p.node ?? p.actor });
          fresh.push(s);
        }
      }
    }
    const call = facts.call;
    if (call && call.tool.external) {
      st.external.push(call);
      check(call, [...st.secrets.keys()], st, ctx);
    }
    if (fresh.length > 0) for (const c of st.external) if (c !== call) check(c, fresh, st, ctx);
  },
};

function check(call: CallRecord, secrets: string[], st: ExfilState, ctx: RuleContext): void {
  const args = call.leaves.map((l) => l.value).join('\n');
  if (!args) return;
  const hits = new Set<string>();
  const from = new Set<string>();
  for (const s of secrets) {
    const seen = st.secrets.get(s)!;
    if (seen.spanId !== call.spanId && args.includes(s)) {
      hits.add(s);
      from.add(seen.spanId);
    }
  }
  for (const s of findSecrets(args)) if (!hits.has(s) && /[A-Za-z]/.test(s) && s.length >= 16) hits.add(s);
  if (hits.size === 0) return;
  const destinationTrusted = [...call.values].every((v) => !/^(email|url|domain):/.test(v) || ctx.state.isTrusted(v));
  const asked = asksFor(call.shape, ctx.state.userWords) && destinationTrusted;
  const severity = asked ? 'medium' : from.size > 0 ? 'critical' : 'high';
  const masked = [...hits].sort().map(mask);
  ctx.emit({
    category: 'exfiltration',
    severity,
    score: asked ? 0.5 : 0.9,
    title: `Secret sent out through ${call.tool.name}`,
    explanation:
      `Agent "${nodeName(call.actor)}" called "${call.tool.name}", which sends data outside, with ${hits.size === 1 ? 'a secret' : `${hits.size} secrets`} in its arguments (${masked.join(', ')})` +
      (from.size > 0 ? ', copied from content the agents read earlier in the session' : '') +
      (asked ? '. The user asked for this kind of action and the destination is in their request, so this may be intended.' : '. The destination does not come from the user\'s request.') +
      (call.tool.inferred ? ` "${call.tool.name}" is guessed to send data outside from its name (inferred).` : ''),
    evidence: { path: [call.actor, call.node], edgeIds: call.edgeIds, spanIds: [...from, call.spanId], values: masked },
    keyParts: [call.spanId],
    inferred: call.tool.inferred,
  });
}

/** Evidence shows enough to recognize a secret, never the whole of it. */
function mask(s: string): string {
  return s.length <= 6 ? `${s[0]}***` : `${s.slice(0, 3)}…${s.slice(-2)} (${s.length} chars)`;
}
