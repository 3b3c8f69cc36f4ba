import { describe, expect, it } from 'vitest';
import type { AgentSpan } from './agent-span.ts';
import { TraceSessions } from './trace-sessions.ts';

const span = (id: string, traceId: string, sessionId = traceId): AgentSpan => ({ spanId: id, traceId, sessionId, app: 'a', name: id, kind: 'tool', start: 0n, end: 1n, status: 'ok' });

describe('TraceSessions', () => {
  it('puts a span that names no session in the session its trace names, in the same batch or a later one', () => {
    const ts = new TraceSessions();
    const tool = span('tool', 't1');
    ts.assign([tool, span('chat', 't1', 'conv-1')]);
    expect(tool.sessionId).toBe('conv-1');
    const later = span('tool2', 't1');
    ts.assign([later]);
    expect(later.sessionId).toBe('conv-1');
  });

  it('leaves spans of traces no span has named a session for, and spans that name their own, as they are', () => {
    const ts = new TraceSessions();
    ts.assign([span('chat', 't1', 'conv-1')]);
    const other = span('x', 't2');
    const own = span('y', 't1', 'conv-2');
    ts.assign([other, own]);
    expect(other.sessionId).toBe('t2');
    expect(own.sessionId).toBe('conv-2');
  });

  it('returns the traces a batch named a session for first, once', () => {
    const ts = new TraceSessions();
    expect(ts.assign([span('tool', 't1')])).toBeUndefined();
    expect(ts.assign([span('tool2', 't1'), span('agent', 't1', 'conv-1'), span('x', 't2', 'conv-2')])).toEqual(new Map([['t1', 'conv-1'], ['t2', 'conv-2']]));
    expect(ts.assign([span('chat', 't1', 'conv-1')])).toBeUndefined();
  });

  it('forgets the oldest traces past its bound', () => {
    const ts = new TraceSessions(2);
    ts.assign([span('a', 't1', 's1'), span('b', 't2', 's2'), span('c', 't3', 's3')]);
    const [x, y] = [span('x', 't1'), span('y', 't3')];
    ts.assign([x, y]);
    expect([x.sessionId, y.sessionId]).toEqual(['t1', 's3']);
  });
});
