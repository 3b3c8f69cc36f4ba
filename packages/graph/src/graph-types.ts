// Node, edge and delta shapes of a session execution graph: the contract read by the
// store, the detectors, the REST API and the dashboard.

export type NodeKind = 'user' | 'agent' | 'tool' | 'model';

/**
 * Edge kinds. request: user → root agent. delegate: agent → sub-agent (the parent hands
 * work down). return: sub-agent → agent (its output flows back). message: agent → agent
 * without a call (explicit handoff). invoke: agent → tool. result: tool → agent (data
 * flow of the tool's output). call: agent → model. asks: model → tool, a tool call the output of a model
 * call made outside any agent asks for (apps traced at their model client have no agent or tool spans).
 */
export type EdgeKind = 'request' | 'delegate' | 'return' | 'message' | 'invoke' | 'result' | 'call' | 'asks';

export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** Earliest start (unix nanos, decimal string: JSON-safe) of a span that touched this node. */
  firstSeen: string;
  lastSeen: string;
  /** Spans that ran as / on this node. */
  spanCount: number;
  errorCount: number;
  /** Anomaly score in [0,1] once the scorer has run. */
  score?: number;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  /** How many interactions this edge stands for (repeats share one stable edge id). */
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** Span ids of the interactions, by their spans' start (capped at MAX_EDGE_SPAN_IDS, the latest-started kept). */
  spanIds: string[];
  /**
   * Rank of the first interaction in the session timeline (0-based). Final in snapshots and exports; a live delta
   * carries the rank at the edge's first interaction, which later arrivals of earlier spans shift (ranks are global,
   * and re-sending every shifted edge would cost more than the ordering is worth live: order live views by firstSeen).
   */
  order: number;
  score?: number;
}

/** One interaction, in session order: the timeline the detectors walk. */
export interface TimelineEntry {
  /** Rank in the session timeline, by (start time, span id): independent of arrival order. */
  order: number;
  spanId: string;
  edgeId: string;
  kind: EdgeKind;
  source: string;
  target: string;
  time: string; // unix nanos, decimal string
}

export type GraphDelta =
  | { type: 'node:add'; sessionId: string; node: string; attributes: NodeAttributes }
  | { type: 'edge:add'; sessionId: string; edge: string; source: string; target: string; attributes: EdgeAttributes }
  | { type: 'attr:update'; sessionId: string; target: 'node'; key: string; attributes: Partial<NodeAttributes> }
  | { type: 'attr:update'; sessionId: string; target: 'edge'; key: string; attributes: Partial<EdgeAttributes> };
