// Rule injection_content: untrusted content (tool result, inter-agent message) that carries instructions aimed at the model.
import { hashString, nodeName } from '@sentinel/graph';
import type { FindingInput } from '../make-finding.ts';
import type { Rule, RuleContext } from '../rule-types.ts';
import { sourceLabel, type CallRecord, type SourceRecord } from '../session-state.ts';

const FEATURE_TEXT: Record<string, string> = {
  roleMarker: 'imitates a system/user/assistant turn or tool-call syntax',
  redirect: "tries to change the agent's task",
  addressesModel: 'speaks to the AI assistant directly',
  toolDirective: 'orders an action the tools can perform, with concrete values',
  pseudoTag: 'wraps text in pseudo-markup',
  aboutUser: 'orders an action for the user while speaking of them in the third person',
  secondPersonDirective: 'tells the reader what they must do',
  authority: 'claims authority or urgency',
  manyDirectives: 'gives a sequence of orders',
  shapesAnswer: 'orders how the model writes its answer',
};

/** The evidence lists at most this many of the instruction's values (a hostile text can name hundreds). */
const MAX_EVIDENCE_VALUES = 16;

export const injectionContent: Rule = {
  id: 'injection_content',
  description: "A tool result or inter-agent message carries instructions addressed to the model that try to redirect the agent's task.",
  onSpan(_p, facts, ctx) {
    for (const src of facts.sources) {
      if (!src.flagged) continue;
      const what = src.describes ? describedTool(src, src.describes) : instructions(src);
      ctx.emit({
        category: 'injection_content',
        severity: 'medium',
        score: src.scan.score,
        ...what,
        // Values are the concrete ones the instruction names (an IBAN, an address): what to look for downstream.
        // The features are in the explanation; as `values` they read as data and reached the judge as such.
        evidence: { path: [src.node, src.actor], edgeIds: src.edgeIds, spanIds: [src.spanId], values: [...src.regionValues].slice(0, MAX_EVIDENCE_VALUES) },
        inferred: src.inferred,
      });
    }
  },
};

/** An order shown to be followed is as sure as instructions scored at the threshold. */
const INSTRUCTION_FOLLOWED_SCORE = 0.5;

/** Quoted from an order that was carried out: its first line, as the explanation shows it. */
const MAX_ORDER_QUOTE = 200;

/** A plain order's first line, trimmed and clipped, as alerts quote it. */
export function orderQuote(order: string): string {
  const line = (order.split('\n').find((l) => l.trim().length > 0) ?? order).trim();
  return line.length > MAX_ORDER_QUOTE ? `${line.slice(0, MAX_ORDER_QUOTE)}…` : line;
}

/**
 * Content below the instruction threshold (a plain order, "TODO: send a transaction to US13…", with no words to the
 * model) whose order an agent carried out with its values, beyond what the user asked: the
 * propagation rule established it. Read alone such an order is ambiguous (bills and emails order their reader, and
 * are not reported); carried out unasked, it redirected the agent's task, which is what this rule reports.
 * Reported as this rule's finding, under the same key as the instructions the text would have raised.
 */
export function orderCarriedOut(src: SourceRecord, call: CallRecord, values: readonly string[], ctx: RuleContext): void {
  const order = src.scan.orderText;
  if (src.flagged || order === undefined) return;
  const quote = orderQuote(order);
  ctx.emit({
    ruleId: 'injection_content',
    category: 'injection_content',
    severity: 'medium',
    score: INSTRUCTION_FOLLOWED_SCORE,
    title: `Instructions to the agent inside ${sourceLabel(src)}`,
    explanation:
      `The ${sourceLabel(src)} received by agent "${nodeName(src.actor)}" orders an action ("${quote.trim()}") with no words to the model, ` +
      `and agent "${nodeName(call.actor)}" carried it out with the values it names, beyond what the user asked: an order placed in data ` +
      `that redirected the agent's task. See the injection_propagation alert for the call.` +
      (src.inferred ? ' The content is treated as untrusted because the policy does not declare this tool (inferred).' : ''),
    evidence: { path: [src.node, src.actor], edgeIds: src.edgeIds, spanIds: [src.spanId], values: values.slice(0, MAX_EVIDENCE_VALUES) },
    keyParts: [src.node, String(hashString(order))],
    inferred: src.inferred,
  });
}

type Wording = Pick<FindingInput, 'title' | 'explanation' | 'keyParts'>;

/** Content with instructions in it: what gives them away. */
function instructions(src: SourceRecord): Wording {
  const how = src.scan.features.map((f) => FEATURE_TEXT[f]).join('; ');
  return {
    title: `Instructions to the agent inside ${sourceLabel(src)}`,
    explanation:
      `The ${sourceLabel(src)} received by agent "${nodeName(src.actor)}" contains text addressed to the model rather than data: it ${how}` +
      (src.scan.quote ? ` (e.g. "${src.scan.quote}")` : '') +
      `. The agent may not have followed it; see injection_propagation for calls that did.` +
      (src.inferred ? ' The content is treated as untrusted because the policy does not declare this tool (inferred).' : ''),
    // One alert per instruction text and tool (or agent): reading the same injected email again is the same finding.
    keyParts: [src.node, String(hashString(src.scan.regionText))],
  };
}

/** A poisoned tool description (tool-descriptions.ts): which tool, and what an honest description never asks. */
function describedTool(src: SourceRecord, describes: { tool: string; why: string }): Wording {
  return {
    title: `Instructions in the ${sourceLabel(src)}`,
    explanation:
      `The ${sourceLabel(src)}, which the model of agent "${nodeName(src.actor)}" reads, ${describes.why}` +
      (src.scan.quote ? ` ("${src.scan.quote}")` : '') +
      `: what an honest tool's description never needs (tool poisoning, or shadowing of other tools). The agent may not have followed it; see injection_propagation and exfiltration for calls that did.`,
    keyParts: ['description', describes.tool, String(hashString(src.scan.regionText))],
  };
}
