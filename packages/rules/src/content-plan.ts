// Which texts of a batch of spans the engine will analyze, as a plain-data batch for `analyzeContent`,
// and where the results go back. Mirrors what `engine.analyze` and the exfiltration rule read.
import type { AgentSpan } from '@sentinel/graph';
import type { ContentBatch, ContentItem, ContentMode, TextFacts } from './content-facts.ts';

export type ContentField = 'toolResult' | 'input' | 'output';

/** A span's facts computed ahead, per field, with the mode they were scanned in and the scan context's key. */
export interface AheadFacts {
  toolsKey: string;
  fields: Partial<Record<ContentField, { mode?: ContentMode; facts: TextFacts }>>;
}

export interface ContentPlan {
  batch: ContentBatch;
  /** Hands back `analyzeContent(batch)` (same order). */
  apply(results: readonly TextFacts[]): void;
}

/** What the engine reads of each field of a span: the scan mode (instructions + values) and whether secrets. */
function fieldsOf(s: AgentSpan): [ContentField, string, ContentMode | undefined, boolean][] {
  const out: [ContentField, string, ContentMode | undefined, boolean][] = [];
  const tool = (s.kind === 'tool' || s.kind === 'retriever') && !!s.toolName;
  const message = s.kind === 'agent' || !!s.messageTo;
  if (s.toolResult) out.push(['toolResult', s.toolResult, tool ? 'data' : undefined, true]);
  if (s.input) out.push(['input', s.input, message ? 'message' : undefined, s.kind !== 'llm']);
  if (s.output) out.push(['output', s.output, s.kind === 'agent' || (message && !s.input) ? 'message' : undefined, s.kind === 'agent']);
  return out.filter(([, , mode, secrets]) => mode !== undefined || secrets);
}

/** A scan context: the declared tools it is built from and their key (`toolsKey`). */
export interface ScanToolsRef {
  declaredTools: string[];
  toolsKey: string;
}

export function planContentItems(spans: readonly AgentSpan[], toolsOf: (span: AgentSpan) => ScanToolsRef, ahead: WeakMap<AgentSpan, AheadFacts>): ContentPlan | undefined {
  const tools: string[][] = [];
  const toolsIndex = new Map<string, number>();
  const items: ContentItem[] = [];
  const owners: [AgentSpan, ContentField, ContentMode | undefined, string][] = [];
  for (const span of spans) {
    const fields = fieldsOf(span);
    if (fields.length === 0) continue;
    const ref = toolsOf(span);
    const key = ref.toolsKey;
    let t = toolsIndex.get(key);
    if (t === undefined) {
      t = tools.push(ref.declaredTools) - 1;
      toolsIndex.set(key, t);
    }
    for (const [field, text, mode, secrets] of fields) {
      items.push(mode ? { text, tools: t, mode, secrets } : { text, tools: t, secrets });
      owners.push([span, field, mode, key]);
    }
  }
  if (items.length === 0) return undefined;
  return {
    batch: { tools, items },
    apply(results) {
      for (let i = 0; i < owners.length && i < results.length; i++) {
        const [span, field, mode, key] = owners[i];
        let entry = ahead.get(span);
        if (!entry || entry.toolsKey !== key) ahead.set(span, (entry = { toolsKey: key, fields: {} }));
        entry.fields[field] = { mode, facts: results[i] };
      }
    },
  };
}
