// The live contract: socket.io event names (versioned) and their payloads. Every emit goes through publish().
import type { SerializedGraph } from 'graphology-types';
import type { Alert, EdgeAttributes, GraphDelta, NodeAttributes, SessionSummary } from './api-types.ts';

export const GLOBAL_ROOM = 'global';
export const SESSION_ROOM_PREFIX = 'session:';
export const sessionRoom = (sessionId: string): string => `${SESSION_ROOM_PREFIX}${sessionId}`;

/** Server → client events. */
export interface ServerEvents {
  /** Global room: a session was created or changed (summary only; details over REST). */
  'v1:session': (summary: SessionSummary) => void;
  /** Global room: an alert was raised or changed (status, judge verdict). */
  'v1:alert': (alert: Alert) => void;
  /**
   * Global room: a session known by its trace id was named by a later span of the trace; its spans are now in `to`,
   * and `from` is gone (a view of it moves to `to`).
   */
  'v1:session:moved': (move: { from: string; to: string }) => void;
  /**
   * Session room: graph deltas batched per session. `seq` increases by one per batch; a
   * client applies a batch only when `seq` is its last applied + 1, else it re-subscribes.
   */
  'v1:graph:deltas': (batch: GraphDeltaBatch) => void;
}

/** Client → server events (with acknowledgement callbacks). */
export interface ClientEvents {
  /** Join a session's room; the ack carries a snapshot at `seq`, after which deltas follow with seq + 1. */
  'v1:session:subscribe': (req: { sessionId: string }, ack: (res: GraphSnapshot | { error: string }) => void) => void;
  'v1:session:unsubscribe': (req: { sessionId: string }) => void;
}

export interface GraphSnapshot {
  sessionId: string;
  seq: number;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
}

export interface GraphDeltaBatch {
  sessionId: string;
  seq: number;
  deltas: GraphDelta[];
}
