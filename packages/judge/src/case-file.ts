// The case file: a compact, deterministic account of a flagged session for the judge, cut to a token budget with the evidence kept.
import { createHash } from 'node:crypto';
import { SEVERITY_RANK, nodeName, type AgentSpan, type Evidence, type SessionGraph, type Severity } from '@sentinel/graph';
import { clip } from './clip.ts';
import { cap, findRequest, keepStrings, rawStep, type RawStep } from './case-steps.ts';
import { dataJson } from './data-json.ts';
import { CUT_LEVELS, type CutLevel } from './cut-levels.ts';
import { estimateTokens } from './tokens.ts';

/** What a detector flagged (a Finding or the Alert made from it). */
export interface CaseFinding {
  /** The alert id when the finding is stored as an alert: the verdict is attached to it. */
  id?: string;
  ruleId: string;
  category: string;
  severity: Severity;
  score: number;
  title: string;
  explanation: string;
  evidence: Evidence;
}

export interface CaseInput {
  sessionId: string;
  app: string;
  graph: SessionGraph;
  /** The session's spans, any order. */
  spans: readonly AgentSpan[];
  findings: readonly CaseFinding[];
  /** The session's graph anomaly score, when scored. */
  score?: number;
}

/** One step of the session: an agent run, a tool call, a message, or a model call that is evidence. */
export interface CaseStep {
  span: string;
  /** Milliseconds since the session's first span. */
  t: number;
  actor: string;
  kind: string;
  name: string;
  to?: string;
  input?: string;
  output?: string;
  args?: string;
  result?: string;
  error?: string;
  /** The findings (`F1`, …) whose evidence names this span. */
  evidence?: string[];
}

export interface CaseDocFinding {
  ref: string;
  alert?: string;
  rule: string;
  category: string;
  severity: Severity;
  score: number;
  title: string;
  explanation: string;
  path: string[];
  spans: string[];
  values?: string[];
}

export interface CaseDoc {
  session: { id: string; app: string; agents: string[]; spans: number; score?: number };
  request?: string;
  findings: CaseDocFinding[];
  steps: CaseStep[];
  /** What the budget removed: whole steps, findings, evidence steps. */
  omitted?: { steps?: number; findings?: number; evidenceSteps?: number };
}

export interface CaseFile {
  doc: CaseDoc;
  /** `doc` serialized for the prompt's data section (see dataJson). */
  json: string;
  /** Estimated tokens of `json`. */
  tokens: number;
  /** sha256 of `json`: the same case gets the same verdict (cache key). */
  hash: string;
  /** Content was cut to fit the budget. */
  truncated: boolean;
  /** Span ids and agent names in the case: a verdict may implicate only these. */
  spanIds: string[];
  agents: string[];
  /** The alert ids the case covers (the verdict is attached to them). */
  findingIds: string[];
}

const MAX_AGENTS = 20;


/**
 * Builds the case file for a flagged session, at most `maxTokens` (estimated) unless even the
 * smallest form (one finding, no steps) is larger. Steps and findings come in time / severity
 * order, so the same session and findings always give the same bytes and hash.
 *
 * @example
 * const c = buildCaseFile({ sessionId, app, graph, spans, findings: alerts }, { maxTokens: 2_500 });
 * c.json; // goes between the prompt's boundary markers
 */
export function buildCaseFile(input: CaseInput, opts: { maxTokens: number }): CaseFile {
  const spans = [...input.spans].sort(byTime);
  const findings = [...input.findings].sort(byRank);
  const refs = new Map<string, string[]>();
  findings.forEach((f, i) => {
    for (const id of f.evidence.spanIds) refs.set(id, [...(refs.get(id) ?? []), `F${i + 1}`]);
  });
  const keep = keepStrings(findings);
  const t0 = spans[0]?.start ?? 0n;
  const request = findRequest(spans);
  const steps: RawStep[] = [];
  for (const s of spans) {
    const step = rawStep(s, input.graph, refs.get(s.spanId), t0, keep);
    if (!step) continue;
    if (step.fields.input !== undefined && step.fields.input === request && steps.every((x) => x.base.kind !== 'agent')) delete step.fields.input;
    steps.push(step);
  }
  const agents = input.graph.graph
    .filterNodes((_, a) => a.kind === 'agent')
    .map((n) => cap(nodeName(n)))
    .sort()
    .slice(0, MAX_AGENTS);
  const session: CaseDoc['session'] = { id: cap(input.sessionId), app: cap(input.app), agents, spans: spans.length };
  if (input.score !== undefined) session.score = round(input.score);

  let doc: CaseDoc | undefined;
  let json = '';
  let truncated = false;
  for (const level of CUT_LEVELS) {
    doc = render(session, request, findings, steps, level);
    json = dataJson(doc);
    if (estimateTokens(json) <= opts.maxTokens) break;
    truncated = true;
  }
  // Last resort (very long sessions): evidence steps from the middle, then the least severe findings.
  const d = doc!;
  while (estimateTokens(json) > opts.maxTokens && (d.steps.length > 2 || d.findings.length > 1)) {
    const omitted = (d.omitted ??= {});
    if (d.steps.length > 2) {
      d.steps.splice(Math.floor(d.steps.length / 2), 1);
      omitted.evidenceSteps = (omitted.evidenceSteps ?? 0) + 1;
    } else {
      d.findings.pop();
      omitted.findings = (omitted.findings ?? 0) + 1;
    }
    json = dataJson(d);
  }
  return {
    doc: d,
    json,
    tokens: estimateTokens(json),
    hash: createHash('sha256').update(json).digest('hex'),
    truncated,
    spanIds: [...new Set([...d.steps.map((s) => s.span), ...d.findings.flatMap((f) => f.spans)])].sort(),
    agents,
    findingIds: findings.flatMap((f) => (f.id ? [f.id] : [])),
  };
}

function render(session: CaseDoc['session'], request: string | undefined, findings: CaseFinding[], steps: RawStep[], level: CutLevel): CaseDoc {
  const doc: CaseDoc = request === undefined ? { session, findings: [], steps: [] } : { session, request: clip(request, level.request), findings: [], steps: [] };
  const shown = findings.slice(0, level.maxFindings);
  doc.findings = shown.map((f, i) => {
    const out: CaseDocFinding = {
      ref: `F${i + 1}`,
      rule: cap(f.ruleId),
      category: cap(f.category),
      severity: f.severity,
      score: round(f.score),
      title: clip(f.title, 200),
      explanation: clip(f.explanation, level.explanation),
      path: f.evidence.path.slice(0, 12).map(cap),
      spans: f.evidence.spanIds.slice(0, 20).map(cap),
    };
    if (f.id) out.alert = f.id;
    if (f.evidence.values?.length) out.values = f.evidence.values.slice(0, 8).map((v) => clip(v, 120));
    return out;
  });
  let dropped = 0;
  let evidenceDropped = 0;
  let evidenceShown = 0;
  for (const s of steps) {
    if (s.evidence && evidenceShown >= level.maxEvidenceSteps) {
      evidenceDropped++;
      continue;
    }
    const contentCap = s.evidence ? level.evidence : level.other;
    if (contentCap < 0) {
      dropped++;
      continue;
    }
    const step: CaseStep = { ...s.base };
    for (const [k, v] of Object.entries(s.fields) as [keyof RawStep['fields'], string][]) {
      // Arguments are short and say what a call did: they get twice the room of results.
      const max = k === 'args' ? contentCap * 2 : contentCap;
      if (max > 0) step[k] = clip(v, max, s.keep);
    }
    if (s.evidence) evidenceShown++;
    doc.steps.push(step);
  }
  const omitted: NonNullable<CaseDoc['omitted']> = {};
  if (dropped > 0) omitted.steps = dropped;
  if (findings.length > shown.length) omitted.findings = findings.length - shown.length;
  if (evidenceDropped > 0) omitted.evidenceSteps = evidenceDropped;
  if (Object.keys(omitted).length > 0) doc.omitted = omitted;
  return doc;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function byTime(a: AgentSpan, b: AgentSpan): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0;
}

function byRank(a: CaseFinding, b: CaseFinding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.score - a.score || cmp(a.ruleId, b.ruleId) || cmp(a.id ?? '', b.id ?? '') || cmp(a.title, b.title);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
