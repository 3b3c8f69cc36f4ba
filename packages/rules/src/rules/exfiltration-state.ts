// The exfiltration rule's per-session state and what its checks share.
import type { CallRecord } from '../session-state.ts';

/**
 * How a call carries data out: a tool that sends (email, post, upload), a URL it requests (a secret in
 * the query reaches that host on a plain GET), or code it runs that names a network address.
 */
export type Channel = 'tool' | 'url' | 'code';

export interface ExfilState {
  /** Secret value → the span it was seen in; `said` when only an agent's own output has shown it so far. */
  secrets: Map<string, { spanId: string; node: string; said: boolean; hosts: ReadonlySet<string> }>;
  outward: { call: CallRecord; via: Channel }[];
}

/** Evidence shows enough to recognize a secret, never the whole of it. */
export function mask(s: string): string {
  return s.length <= 6 ? `${s[0]}***` : `${s.slice(0, 3)}…${s.slice(-2)} (${s.length} chars)`;
}

/** The call's values that name where data goes: addresses, links and hosts. */
export function destinationValues(call: CallRecord): string[] {
  return [...call.values].filter((v) => v.startsWith('email:') || v.startsWith('url:') || v.startsWith('domain:'));
}
