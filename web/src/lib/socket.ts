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
