// ConnectionStore: the live socket's state as the person should see it (connecting, live, reconnecting, refused).
import { liveSocket, type LiveSocket } from '../socket.ts';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

/** A first connection slower than this is worth telling the person about (a blip is not). */
export const SLOW_CONNECT_MS = 2_000;
/** After the server dropped the socket, wait this long before connecting again (socket.io's own back-off does not apply). */
const RESTART_RETRY_MS = 1_000;

/**
 * One per page (the shell owns it). `status` drives the header dot and the "live updates are
 * off" banner: lists on screen stay, but the person is told they may be stale until the
 * socket is back (stores reload on reconnect).
 */
export class ConnectionStore {
  status = $state<ConnectionStatus>('connecting');
  /** Reconnection attempts since the connection was lost. */
  attempts = $state(0);
  /** The last connection error (what socket.io said), for the banner. */
  lastError = $state<string | undefined>();
  /** True once the first connection took longer than SLOW_CONNECT_MS or was lost. */
  noticeable = $state(false);
  /** When the connection was lost (ms since epoch), undefined while live. */
  lostAt = $state<number | undefined>();

  private readonly slowTimer: ReturnType<typeof setTimeout>;
  private readonly onConnect = () => {
    this.status = 'live';
    this.attempts = 0;
    this.lastError = undefined;
    this.lostAt = undefined;
  };
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onDisconnect = (reason: string) => {
    this.status = 'reconnecting';
    this.noticeable = true;
    this.lostAt ??= Date.now();
    this.lastError = reason;
    // socket.io does not reconnect by itself after the server dropped the socket (a restart, a
    // deploy): the dashboard should come back on its own, so try again after a pause.
    if (reason === 'io server disconnect') this.retryTimer = setTimeout(() => this.socket.connect(), RESTART_RETRY_MS);
  };
  private readonly onConnectError = (err: Error) => {
    // The server's auth middleware answers 'unauthorized': retrying will not help until a token is given.
    this.status = err.message === 'unauthorized' ? 'refused' : this.status === 'live' ? 'reconnecting' : this.status;
    this.lastError = err.message;
    if (this.status !== 'connecting') this.noticeable = true;
  };
  private readonly onAttempt = (n: number) => {
    this.attempts = n;
    if (this.status !== 'refused') this.status = 'reconnecting';
  };

  constructor(private readonly socket: LiveSocket = liveSocket()) {
    if (socket.connected) this.status = 'live';
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    socket.on('connect_error', this.onConnectError);
    socket.io.on('reconnect_attempt', this.onAttempt);
    this.slowTimer = setTimeout(() => {
      if (this.status !== 'live') {
        this.noticeable = true;
        this.lostAt ??= Date.now();
      }
    }, SLOW_CONNECT_MS);
  }

  get connected(): boolean {
    return this.status === 'live';
  }

  /** "Reconnect now" instead of waiting for the back-off. */
  retry(): void {
    this.socket.disconnect();
    this.socket.connect();
  }

  dispose(): void {
    clearTimeout(this.slowTimer);
    clearTimeout(this.retryTimer);
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('connect_error', this.onConnectError);
    this.socket.io.off('reconnect_attempt', this.onAttempt);
  }
}
