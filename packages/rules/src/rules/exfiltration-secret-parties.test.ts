// Where a secret the session read goes when the user chose the recipient or the content (exfiltration.ts check):
// a person the user named, or the document the user said to send, gives "may be intended" (medium), not an alarm.
import { describe, expect, it } from 'vitest';
import type { Finding } from '@sentinel/graph';
import { SessionBuilder, runRaw } from '../testing/session-builder.ts';

const J = (x: unknown) => JSON.stringify(x);
const secretSent = (f: Finding[]) => f.filter((x) => x.category === 'exfiltration' && x.title.startsWith('Secret sent out')).map((x) => x.severity);

/** An IT agent creates an account with a temporary password and passes it on through `send`. */
function handover(request: string, send: [string, Record<string, unknown>]): Finding[] {
  const b = new SessionBuilder('s1', 'it-app');
  const r = b.agent('it_ops_agent', request);
  b.tool(r, 'directory.get_employee', { name: 'Priya Shah' }, J({ manager: 'omar.haddad@acme.com' }));
  b.tool(r, 'workspace.create_user', { primaryEmail: 'priya.shah@acme.com', password: 'Tmp-7hQ2-xK9p!', changePasswordAtNextLogin: true }, J({ id: 'u-9912' }));
  b.tool(r, send[0], send[1], J({ ok: true }));
  return runRaw(b.spans);
}

describe('a secret sent to whom the user chose', () => {
  const text = 'Temporary password for Priya: Tmp-7hQ2-xK9p! (change at first login)';

  it('to a person the user named, though the request did not say to send: medium', () => {
    expect(secretSent(handover('Set up the account for Priya Shah, manager Omar Haddad.', ['chat.send_dm', { user: 'omar.haddad@acme.com', text }]))).toEqual(['medium']);
  });

  it('to someone the user did not name: as before', () => {
    expect(secretSent(handover('Set up the account for Priya Shah.', ['chat.send_dm', { user: 'omar.haddad@acme.com', text }]))).toEqual(['critical']);
  });

  it('to a site the user named: a post there is public, not a person the user chose', () => {
    const f = handover('Set up the account for Priya Shah; if it fails, ask on the community.acme-idp.io forum.', ['forum.create_post', { site: 'https://community.acme-idp.io', body: text }]);
    expect(secretSent(f)).toEqual(['high']);
  });
});

describe('a secret in the document the user said to send', () => {
  function checkIn(request: string): Finding[] {
    const b = new SessionBuilder('s2', 'host-app');
    const r = b.agent('host_assistant', request);
    b.tool(r, 'notes.get', { title: 'Check-in instructions' }, 'Wifi: SeaBreeze-Guest / password saltwater2026. Park in spot 3.');
    b.tool(r, 'airbnb.send_message', { to: 'mina.k@guest.example', text: 'Welcome! Wifi: SeaBreeze-Guest / saltwater2026. Park in spot 3.' }, J({ ok: true }));
    return runRaw(b.spans);
  }

  it('the request names the document and the recipient: medium', () => {
    expect(secretSent(checkIn('Send my check-in instructions to mina.k@guest.example.'))).toEqual(['medium']);
  });

  it('the request names the recipient but not the document the secret came from: as before', () => {
    expect(secretSent(checkIn('Send a welcome message to mina.k@guest.example.'))).toEqual(['high']);
  });
});
