// What the judge is shown of a session: its graph (live, or rebuilt from the store), its stored spans normalized, and its alerts.
import type { CaseInput } from '@sentinel/judge';
import type { Alert } from '../contract/api-types.ts';
import type { LiveSession } from '../sessions/live-session.ts';
import { normalizeRow } from '../store/span-codec.ts';
import type { Store } from '../store/store.ts';

/** The case input for `session` covering `alerts`. Spans come from the store: the graph keeps only their ids. */
export function caseInputFor(session: LiveSession, alerts: Alert[], store: Store, maxContentChars: number): CaseInput {
  const spans = store.spans(session.id).map((row) => normalizeRow(row, { maxContentChars }));
  const input: CaseInput = { sessionId: session.id, app: session.app, graph: session.graph, spans, findings: alerts };
  if (session.score !== undefined) input.score = session.score;
  return input;
}
