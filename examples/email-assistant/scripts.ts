// The email assistant's scripted policies: what each agent's "model" does, read off its conversation, with the plan's optional steps.
import { SEND_MESSAGE, call, delegate, message, say, type Conversation, type Scripts } from '../shared/brain.ts';
import { calledWith } from '../shared/compromise.ts';
import { OWNER } from './mailbox.ts';

/** Choices a user's request and the model's style leave open: they vary the session's structure. */
export interface EmailPlan {
  /** The user asked for replies to be sent. */
  reply: boolean;
  limit: number;
  /** The classifier reads the inbox in pages of this size. */
  pageSize: number;
  /** The summarizer summarizes in one or two batches. */
  summaryBatches: 1 | 2;
  /** The classifier posts its triage to the summarizer as a note. */
  triageNote: boolean;
  includeNewsletters: boolean;
  /** One responder task for all replies, or one per email. */
  batchReplies: boolean;
  maxReplies: number;
  /** The responder rereads the thread before answering. */
  readThread: boolean;
}

export interface Triage {
  id: string;
  from: string;
  email: string;
  subject: string;
  label: 'needs_reply' | 'meeting' | 'fyi' | 'newsletter' | 'notification';
}

interface InboxItem {
  id: string;
  from: string;
  subject: string;
  body: string;
}

interface Summary {
  id: string;
  from: string;
  subject: string;
  summary: string;
}

interface ReplyAsk {
  name: string;
  email: string;
  subject: string;
  meeting: boolean;
  gist: string;
}

export function emailScripts(plan: EmailPlan): Scripts {
  return {
    orchestrator: (c) => {
      if (c.delegations('classifier').length === 0) return delegate('classifier', `Read my unread email (up to ${plan.limit} messages) and triage it.`);
      const triage = parse<Triage[]>(c.answerFrom('classifier')) ?? [];
      const brief = triage.filter((t) => plan.includeNewsletters || (t.label !== 'newsletter' && t.label !== 'notification'));
      if (c.delegations('summarizer').length === 0) return delegate('summarizer', `Write my brief for these emails: ${brief.map((t) => t.id).join(', ')}.`);
      const summary = c.answerFrom('summarizer') ?? '';
      const todo = plan.reply ? triage.filter((t) => t.label === 'needs_reply' || t.label === 'meeting').slice(0, plan.maxReplies) : [];
      const asks = todo.map((t) => askFor(t, lineOf(summary, t.id)));
      const sent = c.delegations('responder').length;
      if (plan.batchReplies ? asks.length > 0 && sent === 0 : sent < asks.length) return delegate('responder', plan.batchReplies ? asks.join('\n') : asks[sent]);
      return say(`Your brief:\n${summary}${asks.length > 0 ? `\n\nI replied to ${todo.map((t) => t.from).join(', ')}.` : ''}`);
    },
    classifier: (c) => {
      const pages = c.calls('read_inbox').length;
      const last = parse<InboxItem[]>(c.result('read_inbox'));
      if (!last || (last.length === plan.pageSize && pages * plan.pageSize < plan.limit)) {
        return call(['read_inbox', { unread_only: true, limit: plan.pageSize, offset: pages * plan.pageSize }]);
      }
      const mails = Array.from({ length: pages }, (_, i) => parse<InboxItem[]>(c.resultWhere('read_inbox', (a) => a.offset === i * plan.pageSize)) ?? []).flat();
      const triage = mails.map(classify);
      const reply = triage.filter((t) => t.label === 'needs_reply' || t.label === 'meeting');
      if (plan.triageNote && !c.called(SEND_MESSAGE)) {
        return message('summarizer', `Triage done: ${reply.length} of ${triage.length} need an answer (${reply.map((t) => t.id).join(', ') || 'none'}); newsletters and notifications can be skipped.`);
      }
      return say(JSON.stringify(triage));
    },
    summarizer: (c) => {
      const ids = c.task.match(/\bm\d{3}\b/g) ?? [];
      const size = Math.ceil(ids.length / plan.summaryBatches) || 1;
      const done = c.calls('summarize').length;
      if (done * size < ids.length || done === 0) return call(['summarize', { email_ids: ids.slice(done * size, (done + 1) * size) }]);
      const items = Array.from({ length: done }, (_, i) => parse<Summary[]>(c.resultWhere('summarize', (a) => JSON.stringify(a.email_ids) === JSON.stringify(ids.slice(i * size, (i + 1) * size)))) ?? []).flat();
      return say(items.map((i) => `- [${i.id}] ${i.from}, "${i.subject}": ${i.summary}`).join('\n') || 'Nothing to report.');
    },
    responder: (c) => {
      const asks = parseAsks(c.task);
      for (const ask of asks) {
        if (plan.readThread && !c.called('read_inbox')) return call(['read_inbox', { unread_only: false, limit: 20 }]);
        if (ask.meeting && !c.called('check_calendar')) return call(['check_calendar', { days: 5 }]);
        if (!calledWith(c, 'send_email', (a) => a.to === ask.email)) return call(['send_email', { to: ask.email, subject: `Re: ${ask.subject}`, body: replyBody(ask, c) }]);
      }
      return say(asks.length === 0 ? 'Nothing to reply to.' : `Sent ${asks.length} ${asks.length === 1 ? 'reply' : 'replies'}.`);
    },
  };
}

/** The classifier model's judgement, written as the heuristics a small model would effectively apply. */
export function classify(m: InboxItem): Triage {
  const [, name = m.from, email = ''] = /^(.*?) <([^>]+)>$/.exec(m.from) ?? [];
  let label: Triage['label'] = 'fyi';
  if (/newsletter|unsubscribe/i.test(m.from + m.body)) label = 'newsletter';
  else if (/no-?reply|alerts@|not monitored/i.test(m.from + m.body)) label = 'notification';
  else if (/\b(?:free for|meet|call|30 minutes|catch-up)\b/i.test(m.subject + ' ' + m.body) && m.body.includes('?')) label = 'meeting';
  else if (/\?|\b(?:could you|can you|please confirm|reply)\b/i.test(m.body)) label = 'needs_reply';
  return { id: m.id, from: name, email, subject: m.subject, label };
}

function askFor(t: Triage, gist: string): string {
  return `Reply to ${t.from} <${t.email}> about "${t.subject}"${t.label === 'meeting' ? ' and propose two free slots from my calendar' : ''}. Their message, summarized: ${gist || 'see the thread'}`;
}

function parseAsks(task: string): ReplyAsk[] {
  return [...task.matchAll(/Reply to (.+?) <([^>]+)> about "([^"]+)"([^\n]*)/g)].map(([, name, email, subject, rest]) => ({
    name,
    email,
    subject,
    meeting: rest.includes('free slots'),
    gist: rest.replace(/^.*summarized: /, ''),
  }));
}

function replyBody(ask: ReplyAsk, c: Conversation): string {
  const hi = `Hi ${ask.name.split(' ')[0]},\n\n`;
  const bye = `\n\nBest,\n${OWNER.name.split(' ')[0]}`;
  if (ask.meeting) {
    const days = parse<Array<{ day: string; free: string[] }>>(c.result('check_calendar')) ?? [];
    const slots = days.flatMap((d) => d.free.map((t) => `${d.day} at ${t}`)).slice(0, 2);
    return `${hi}Happy to. I could do ${slots.join(' or ') || 'early next week'}; send an invite for whichever suits you.${bye}`;
  }
  if (/invoice|INV-/i.test(ask.subject + ask.gist)) return `${hi}Thanks for flagging this. I'm checking the freight line with our billing team and will get back to you today.${bye}`;
  if (/send me|latest version/i.test(ask.gist)) return `${hi}Sure, I'll send it over by end of day tomorrow.${bye}`;
  return `${hi}Thanks for your message, noted. I'll follow up shortly.${bye}`;
}

function lineOf(summary: string, id: string): string {
  return summary.split('\n').find((l) => l.includes(`[${id}]`))?.replace(/^- \[\w+\] /, '') ?? '';
}

function parse<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
