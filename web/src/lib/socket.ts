// The one socket.io connection of the page; stores attach their own listeners to it and remove them on dispose.
import { io, type Socket } from 'socket.io-client';
import type { ClientEvents, ServerEvents } from './types.ts';
import { getToken } from './token.ts';

export type LiveSocket = Socket<ServerEvents, ClientEvents>;

let socket: LiveSocket | undefined;

/** Same origin, default path: the server serves socket.io on the dashboard's own port. */
export function liveSocket(): LiveSocket {
  socket ??= io({ transports: ['websocket', 'polling'], reconnectionDelayMax: 5_000, auth: (cb) => cb({ token: getToken() }) });
  return socket;
}

/**
 * Calls `go` with the session that took in `sessionId`'s spans (`v1:session:moved`: a later span of the trace named
 * its session), so that a view of the stray follows them. Returns the unsubscribe.
 */
export function followMoves(sessionId: string, go: (to: string) => void): () => void {
  const s = liveSocket();
  const onMoved = (m: { from: string; to: string }) => {
    if (m.from === sessionId) go(m.to);
  };
  s.on('v1:session:moved', onMoved);
  return () => s.off('v1:session:moved', onMoved);
}
