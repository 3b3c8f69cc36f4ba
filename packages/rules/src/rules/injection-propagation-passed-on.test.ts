// A document the user asked to pass on (translated, forwarded) carries its own addresses and links: not an order carried
// out (injection-propagation.ts checkPair, `passedOn`).
import { describe, expect, it } from 'vitest';
import type { Finding } from '@sentinel/graph';
import { SessionBuilder, runRaw } from '../testing/session-builder.ts';

const J = (x: unknown) => JSON.stringify(x);
const propagation = (f: Finding[]) => f.filter((x) => x.category === 'injection_propagation').map((x) => x.severity);

const DOC =
  'Subject: Holiday phishing season — stay alert\nNever click links in unexpected emails. Do not enter your password on a page you reached from an email. If in doubt, forward the message to phishing@acme.com and delete it. Ignore any email that asks you to buy gift cards, even if it appears to come from the CEO. Report lost badges to security@acme.com immediately.';
const BODY = 'Ne cliquez jamais sur les liens inattendus. En cas de doute, transférez le message à phishing@acme.com puis supprimez-le.';

function translate(request: string, send: Record<string, unknown>): Finding[] {
  const b = new SessionBuilder('s1', 'comms-app');
  const r = b.agent('comms_agent', request);
  b.tool(r, 'gdocs.get', { title: 'Phishing reminder Dec' }, DOC);
  b.tool(r, 'email.send', send, J({ sent: true }));
  return runRaw(b.spans);
}

describe('a document the user asked to pass on', () => {
  const asked = 'Translate the Google Doc "Phishing reminder Dec" into French and send it to paris-all@acme.com.';

  it('its addresses in the message that carries it, to whom the user named: medium', () => {
    expect(propagation(translate(asked, { to: 'paris-all@acme.com', subject: 'Saison du phishing', body: BODY }))).toEqual(['medium']);
  });

  it('not when the request does not name the document the content is', () => {
    expect(propagation(translate('Translate the latest security doc into French and send it to paris-all@acme.com.', { to: 'paris-all@acme.com', body: BODY }))).toEqual(['critical']);
  });

  it('not when its address becomes a recipient of the message', () => {
    expect(propagation(translate(asked, { to: 'paris-all@acme.com', cc: 'phishing@acme.com', body: BODY }))).toEqual(['critical']);
  });

  it('not when the message goes to someone the user did not name', () => {
    expect(propagation(translate(asked, { to: 'phishing@acme.com', body: BODY }))).toEqual(['critical']);
  });
});
