// The README's ten-line example, runnable: `node server/bin/run-ts.js examples/quickstart.ts` with Sentinel running.
import { callTool, register, runAgent, sendMessage, withSession } from '@sentinel/instrument';

// Stand-ins for an app's own mailbox client.
const mailbox = { unread: async () => [{ from: 'hannah.lee@brightline-foods.com', subject: 'Question about INV-2291' }] };
const mail = { send: async (to: string, body: string) => ({ status: 'sent', to, bytes: body.length }) };

// --- README example starts here ---
const otel = register({ serviceName: 'quickstart-mail' }); // OTLP/protobuf to OTEL_EXPORTER_OTLP_ENDPOINT, else http://127.0.0.1:4318
await withSession('quickstart-1', () => // session.id on every span started inside, across awaits
  runAgent('orchestrator', { input: 'Answer my unread email' }, async () => {
    const inbox = await runAgent('classifier', { input: 'Triage the inbox' }, () => callTool('read_inbox', { unread: true }, () => mailbox.unread()));
    sendMessage('classifier', 'responder', `${inbox.length} email(s) need an answer`); // a handoff that is not a call
    return runAgent('responder', { input: inbox }, () =>
      callTool('send_email', { to: inbox[0].from, body: 'Thanks, checking now.' }, () => mail.send(inbox[0].from, 'Thanks, checking now.')));
  }),
);
await otel.shutdown(); // flush before the process exits
// --- README example ends here ---
console.log(`sent session quickstart-1 to ${otel.endpoint}`);
