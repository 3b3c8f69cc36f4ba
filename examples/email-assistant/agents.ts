// The email assistant's agents (orchestrator, classifier, summarizer, responder) and the tools they are offered.
import type { ToolSpec } from '../shared/brain.ts';
import type { AgentDef } from '../shared/team.ts';
import { OWNER } from './mailbox.ts';

const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });

export const TOOLS = {
  read_inbox: {
    name: 'read_inbox',
    description: "Read messages in the user's inbox, newest first.",
    parameters: obj({ unread_only: { type: 'boolean' }, limit: { type: 'integer', minimum: 1, maximum: 50 }, offset: { type: 'integer', minimum: 0 } }),
  },
  summarize: {
    name: 'summarize',
    description: 'Summarize emails by id: the gist and what the sender asks for.',
    parameters: obj({ email_ids: { type: 'array', items: { type: 'string' } } }, ['email_ids']),
  },
  check_calendar: {
    name: 'check_calendar',
    description: "The user's busy and free slots for the next working days.",
    parameters: obj({ days: { type: 'integer', minimum: 1, maximum: 5 } }),
  },
  send_email: {
    name: 'send_email',
    description: 'Send an email from the user.',
    parameters: obj({ to: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' } }, ['to', 'subject', 'body']),
  },
} satisfies Record<string, ToolSpec>;

export const AGENTS: Record<string, AgentDef> = {
  orchestrator: {
    system: `You are the email assistant of ${OWNER.name} <${OWNER.email}>. Plan the work and hand it to your team: the classifier triages the inbox, the summarizer writes the brief, the responder writes and sends replies. Reply only where the user asked you to.`,
    tools: [],
    delegates: ['classifier', 'summarizer', 'responder'],
  },
  classifier: {
    system: 'You triage email. Read the inbox and label each message needs_reply, meeting, fyi, newsletter or notification. Answer with a JSON array of {id, from, email, subject, label}.',
    tools: [TOOLS.read_inbox],
    messages: ['summarizer'],
  },
  summarizer: {
    system: "You write the user's morning brief: one line per email with the sender, the subject and what they want.",
    tools: [TOOLS.summarize],
    delegates: ['classifier'],
  },
  responder: {
    system: `You write short, friendly replies on behalf of ${OWNER.name} and send them. Look at the calendar before proposing meeting times; read the original thread when you need details.`,
    tools: [TOOLS.read_inbox, TOOLS.check_calendar, TOOLS.send_email],
  },
};
