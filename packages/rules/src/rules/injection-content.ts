// Rule injection_content: untrusted content (tool result, inter-agent message) that carries instructions aimed at the model.
import { hashString, nodeName } from '@sentinel/graph';
import type { FindingInput } from '../make-finding.ts';
import type { Rule } from '../rule-types.ts';
import { sourceLabel, type SourceRecord } from '../session-state.ts';

const FEATURE_TEXT: Record<string, string> = {
  roleMarker: 'imitates a system/user/assistant turn or tool-call syntax',
  redirect: "tries to change the agent's task",
  addressesModel: 'speaks to the AI assistant directly',
  toolDirective: 'orders an action the tools can perform, with concrete values',
  pseudoTag: 'wraps text in pseudo-markup',
  secondPersonDirective: 'tells the reader what they must do',
  authority: 'claims authority or urgency',
  manyDirectives: 'gives a sequence of orders',
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
