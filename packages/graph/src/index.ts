// @sentinel/graph: normalize spans, build session execution graphs, score them.
export type { AttrValue, Attributes, RawSpan, RawSpanEvent } from './raw-span.ts';
export type { AgentSpan, AgentSpanKind, ChatMessage, SpanStatus, ToolCallRequest } from './agent-span.ts';
export type { EdgeAttributes, EdgeKind, GraphDelta, NodeAttributes, NodeKind, TimelineEntry } from './graph-types.ts';
export type { Evidence, Finding, FindingCategory, Severity } from './finding.ts';
export { SentinelError, ValidationError, NotFoundError } from './errors.ts';
export { SEVERITY_RANK } from './finding.ts';
export { normalizeSpan, DEFAULT_MAX_CONTENT_CHARS } from './normalize.ts';
export type { NormalizeOptions } from './normalize.ts';
export { SessionGraph, MAX_EDGE_SPAN_IDS } from './session-graph.ts';
export type { AddResult, PlacedSpan, SessionGraphData } from './session-graph.ts';
export { USER_NODE, edgeId, nodeId, nodeName } from './node-ids.ts';
export { GENAI, GENAI_OPERATION, OPENINFERENCE, OpenInferenceSpanKind, RESOURCE, SENTINEL } from './semconv.ts';
