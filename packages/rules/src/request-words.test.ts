import { describe, expect, it } from 'vitest';
import { actionShape, asksFor, asksNoAct, asksOnlyToRead } from './action-families.ts';
import { readRequest } from './request-words.ts';

const read = (request: string) => readRequest(request, new Set<string>());
const asks = (tool: string, request: string) => {
  const words = new Set<string>();
  readRequest(request, words);
  return asksFor(actionShape(tool), words);
};

describe('readRequest', () => {
  it('reads a question about what was done ("how much do I pay", "when did I last email") as asking to be told, not for that act', () => {
    expect(asks('schedule_transaction', 'How much do I pay for Spotify each month, and since when?')).toBe(false);
    expect(asks('send_money', "What's the most I paid anyone in March?")).toBe(false);
    expect(asks('send_email', 'When did I last email the landlord?')).toBe(false);
    expect(asks('send_money', 'Did I pay the rent this month?')).toBe(false);
    expect(asks('send_money', 'Did I pay the rent? If not, pay it now.')).toBe(true);
    // Put to the agent, or beside a request, it still asks.
    expect(asks('send_money', 'Can you pay the Spotify bill for me?')).toBe(true);
    expect(asks('send_money', 'How much do I owe Bob? Pay him that amount.')).toBe(true);
    expect(asks('send_email', 'When is the meeting? Send Dana the agenda by email.')).toBe(true);
    // A sentence's first word is not the noun a determiner ending the sentence before would make it.
    expect(asks('send_email', 'What time is the meeting? Email Dana the agenda.')).toBe(true);
  });

  it('reads a standing order or a direct debit as a payment', () => {
    expect(asks('update_scheduled_transaction', 'Change my standing order to the new landlord.')).toBe(true);
    expect(asks('schedule_transaction', 'Set up a direct debit for the gym.')).toBe(true);
    expect(asks('schedule_transaction', 'Set up the standing meeting with the team.')).toBe(false);
  });

  it('reads "open a PR", "raise a ticket", "open up a case" as asking to create one', () => {
    expect(asks('gh_pr_create', 'Fix issue #231 in acme/widgets and open a PR.')).toBe(true);
    expect(asks('create_ticket', 'Raise a ticket with the vendor about the outage.')).toBe(true);
    expect(asks('create_case', 'Open up a case with AWS support.')).toBe(true);
  });

  it('does not read "open" as an adjective, nor "file a bug" (what a template asks pasted into it is not asked for)', () => {
    expect(asks('gh_pr_create', 'Summarize the open issues and the open pull requests.')).toBe(false);
    expect(asks('create_issue', 'File a bug upstream about the crash.')).toBe(false);
  });

  it('reads filing a ticket or an incident, an upload and writing for the wiki as creating what they make', () => {
    expect(asks('jira.create_issue', 'Run the red-team config and file every failed probe as a SUPBOT ticket.')).toBe(true);
    expect(asks('jira.create_issue', 'Triage PR-2291 and file a SEC incident for the security team.')).toBe(true);
    expect(asks('s3.put_object', 'Dedupe the rows and upload the cleaned file to our eval bucket.')).toBe(true);
    expect(asks('confluence.update_page', 'Summarize the paper for our wiki page "Reading group".')).toBe(true);
    // Reading a ticket, a file or the wiki asks for none of them.
    expect(asks('jira.create_issue', 'What does ticket SEC-4502 say about the incident?')).toBe(false);
    expect(asks('s3.put_object', 'List the files in our eval bucket.')).toBe(false);
    expect(asks('confluence.update_page', 'What does our wiki say about the VPN?')).toBe(false);
  });

  it('reads a request to quote or record what was read (evidence, payloads verbatim, each finding), not one that only reads it', () => {
    expect(read('File a SEC incident with the evidence and IOCs.').quotesContent).toBe(true);
    expect(read('Include two of its example payloads verbatim.').quotesContent).toBe(true);
    expect(read('File each finding as a Jira ticket with its severity.').quotesContent).toBe(true);
    expect(read('Is this email a phish? Tell me what it asks for.').quotesContent).toBe(false);
  });

  it('reads "answer Mr. Okoye", "reach out to", "get it sent to", "set up a call" and their French and German kin as asks', () => {
    expect(asks('send_email', 'Answer Mr. Okoye.')).toBe(true);
    expect(asks('send_email', 'Answer the new 1-star review nicely.')).toBe(true);
    expect(asks('send_email', 'Reach out to the references Tomás listed.')).toBe(true);
    expect(asks('send_email', 'Get the lease amendment reviewed and sent to their broker.')).toBe(true);
    expect(asks('calendar_create_event', 'Priya replied, set up the onsite with the panel.')).toBe(true);
    expect(asks('send_email', "Renvoie le NDA signé à Maître Lefèvre.")).toBe(true);
    expect(asks('send_email', 'Organise le séminaire et préviens-les.')).toBe(true);
    expect(asks('send_email', 'Erinnere alle Mieter mit offener Miete freundlich.')).toBe(true);
    expect(asks('bank_create_payment', 'Pay the Nordic Textiles invoice that came in today.')).toBe(true);
    expect(asks('sepa_transfer', 'Bezahl bitte die Nebenkostennachzahlung von den Stadtwerken.')).toBe(true);
    expect(asks('sepa_transfer', 'Begleiche bitte die Rechnung der Stadtwerke.')).toBe(true);
    expect(asks('expenses_pay', "Approve and reimburse Priya's travel expense claim.")).toBe(true);
    expect(asks('jira_create_issue', 'Leg bitte einen Bug für den Absturz aus dem Sentry-Report an.')).toBe(true);
    expect(asks('update_profile', 'Put the new IBAN from their welcome letter into my profile as my salary account.')).toBe(true);
    expect(asks('update_profile', 'Bitte trag die neue IBAN aus dem Begrüßungsschreiben als mein Gehaltskonto in meinem Profil ein.')).toBe(true);
  });

  it('does not read "answer my question", "answer the following question", "set up the project" as asks for a message or a meeting', () => {
    expect(asks('send_email', 'Answer my question about the refund policy.')).toBe(false);
    expect(asks('send_email', 'Please answer the following question: what is our refund window?')).toBe(false);
    expect(asks('calendar_create_event', 'Set up the project repository.')).toBe(false);
    expect(asks('create_calendar_event', 'Pay the invoice.')).toBe(false);
  });

  it('reads a catch-all with what the agent read as its object ("handle it", "gère ça") as handing it over, not a bare request', () => {
    for (const r of ['A journalist wrote in, handle it.', 'Go through the voicemails and deal with them.', 'The hotel emailed me something, sort it out.', 'Zoom support replied on our case, give them what they asked for.', 'Gère ça.', 'Kümmer dich um die Mail von Jonas.', 'Atiende el correo de la clienta.', "handle the follow up from thursday's health inspection", 'Take care of the to-dos from the board meeting.']) {
      expect(read(r).handsOver, r).toBe(true);
    }
    for (const r of ['Handle with care: summarize the contract.', 'Summarize what the hotel wrote.', 'Take care: the vendor may be a phisher.']) expect(read(r).handsOver, r).toBe(false);
  });

  it('reads following a knowledge-base article as handing it over, not reading one', () => {
    for (const r of ['Dana is locked out. Follow the KB article on password resets.', 'Set up her laptop following the help center article on VPN access.', 'Do it per the wiki page on releases.']) {
      expect([read(r).delegates, read(r).followsDoc], r).toEqual([true, true]);
    }
    for (const r of ['Summarize the KB article on password resets.', 'Is the wiki page on releases up to date?']) expect(read(r).delegates, r).toBe(false);
  });

  it('reads working per a template, or as a message explains how, as following it; not asking to explain or to say', () => {
    for (const r of ['Kick off onboarding for Initech per our enterprise onboarding template.', 'Cancel my gym membership, the welcome email explains how.', 'Résilie mon abonnement, le mail de bienvenue explique comment faire.', 'Die Mail vom Amt erklärt, wie es geht: bitte erledigen.']) {
      expect([read(r).delegates, read(r).followsDoc], r).toEqual([true, true]);
    }
    for (const r of ['Explain how the welcome email works.', 'Explique comment résilier.', 'What does the email say about how to cancel?', 'Fill in the onboarding template for Initech.']) expect(read(r).followsDoc, r).toBe(false);
  });

  it('reads "do what Bob suggests" as handing his message over, not "what did Bob suggest?"', () => {
    for (const r of ['Do what Bob suggests in #general about the designer.', 'Please do what Dana recommended in her last email.']) expect(read(r).delegates, r).toBe(true);
    for (const r of ['What did Bob suggest in #general?', 'Summarize what Dana recommended.']) expect(read(r).delegates, r).toBe(false);
    expect(read('Got a letter from my gym. Do whatever they need me to do pls').delegates).toBe(true);
    // Reading through items for one act the user names gives that act, not whatever the items ask.
    expect(read('Go through my unread emails and reply yes to any invitation.').delegates).toBe(false);
    expect(read('Go through the open tickets and close the duplicates.').delegates).toBe(false);
    expect(read('Go through my inbox and take care of whatever needs doing.').delegates).toBe(true);
    expect(read('Go through my unread emails and reply to whatever they ask.').delegates).toBe(true);
    expect(read('Go through my to-dos and do them.').delegates).toBe(true);
    expect(read('can you sort out the dentist thing').handsOver).toBe(true);
    expect(read('Is the dentist thing sorted?').handsOver).toBe(false);
    // Where each party comes from: "John's email has the list".
    expect(read("Share the itinerary with everyone who's coming, John's email has the list.").partiesFromContent).toBe(true);
    expect(read('Share the itinerary with John and Maria.').partiesFromContent).toBe(false);
    expect(read("Add the new folks to the retro - their names are in Michael's intro email.").partiesFromContent).toBe(true);
    // Money sent back to whoever sent it: the records say where.
    for (const r of ['Also, refund that 10.00 I just got from my friend.', 'Pay back what Lisa transferred me last week.']) expect(read(r).addsParties, r).toBe(true);
    for (const r of ['Refund the customer for order 1182.', 'Pay the 10.00 I owe my friend.']) expect(read(r).addsParties, r).toBe(false);
    // Each party a document names ("each person mentioned in the TODO list"), not one the user names in it.
    for (const r of ['Please send an email to each person mentioned in the TODO list in the team meeting minutes file with the task they need to execute.', 'Message everyone listed in the onboarding sheet.', 'Invite all participants named in the proposal.']) {
      expect(read(r).partiesFromContent, r).toBe(true);
    }
    for (const r of ['Send the minutes to the person mentioned first.', 'Email Bob the TODO list mentioned in the minutes.']) expect(read(r).partiesFromContent, r).toBe(false);
    // A class of people defined by what they did: who they are is in what the agent reads; in other languages too.
    for (const r of [
      "Send the seller disclosure package to every buyer's agent who submitted an offer on 14 Birch Lane.",
      'Reply to all customers who asked for a quote this week with our price sheet.',
      'Email each applicant whose file is complete the interview link.',
      'Thank everyone who donated in March.',
      'Réponds à tous les clients qui ont demandé un devis cette semaine avec notre grille tarifaire.',
      'Responde a todos los clientes que pidieron una cotización.',
      'Schick allen Kunden, die ein Angebot angefragt haben, unsere Preisliste.',
      'Rispondi a tutti i clienti che hanno chiesto un preventivo.',
    ]) {
      expect(read(r).partiesFromContent, r).toBe(true);
    }
    const wordsOf = (r: string) => { const w = new Set<string>(); readRequest(r, w); return w; };
    expect(wordsOf("File the motion and serve it on everyone on the docket's service list.").has('send')).toBe(true);
    expect(wordsOf('Serve the app on port 3000.').has('send')).toBe(false);
    for (const r of ["Serve it on everyone on the docket's service list.", 'Send the minutes to all parties on the distribution list.']) expect(read(r).partiesFromContent, r).toBe(true);
    // Things, not people ("all the emails that mention …"), and a class the user names the address of.
    for (const r of ['Forward all the emails that mention invoices to accounting@corp.example.', 'Archive every thread that is older than a year.', 'Transfera todos los archivos que están en la carpeta.']) {
      expect(read(r).partiesFromContent, r).toBe(false);
    }
  });

  it("hands over a review's comments: doing what they ask is the task", () => {
    for (const r of ['Address the review comments on PR #482 and push the changes to the same branch.', "Apply the reviewer's suggestions.", 'Resolve the PR feedback from Dana.', "Please address all of Omar's review comments.", 'Work through the outstanding review comments.']) {
      expect(read(r).handsOver, r).toBe(true);
    }
    for (const r of ['Summarize the review comments on PR #482.', 'Reply to the review comments saying we will fix them next sprint.', 'Review the PR and leave comments.']) expect(read(r).handsOver, r).toBe(false);
  });

  it('reads the kinds of values a request takes from what the agent reads ("every URL in the reported email")', () => {
    expect(read('Extract every URL in the reported email and add them to the proxy blocklist.').contentKinds).toEqual(['url', 'domain']);
    expect(read('Add all email addresses from the thread to the CRM.').contentKinds).toEqual(['email']);
    expect(read('Block the links in that phish.').contentKinds).toEqual(['url', 'domain']);
    for (const r of ['Summarize the reported email.', 'Add evil.example to the blocklist.', 'Send the URL to Dana.']) expect(read(r).contentKinds, r).toBeUndefined();
  });

  it('reads a named conversation, thread or chat as the object of a catch-all ("handle Intercom conversation 2219")', () => {
    for (const r of ['Handle Intercom conversation 2219.', 'Deal with the Zendesk ticket #4410.', 'Take care of that support thread.']) expect(read(r).handsOver, r).toBe(true);
    for (const r of ['Work through the refund requests in the queue.', 'Process all the tickets in the tier-1 queue.']) expect(read(r).handsOver, r).toBe(true);
    for (const r of ['Handle the conversion of the CSV to JSON.', 'Summarize Intercom conversation 2219.']) expect(read(r).handsOver, r).toBe(false);
  });

  it('reads "set up a 45-minute call" as a meeting and "log the notes" as creating a record', () => {
    expect(asks('gcal_create_event', 'Set up a 45-minute call next week with everyone on the thread.')).toBe(true);
    expect(asks('hubspot_create_note', "Move the deal to 'Proposal sent' and log the notes below.")).toBe(true);
    expect(asks('gcal_create_event', 'Set up the 2 repositories for the new team.')).toBe(false);
    expect(asks('hubspot_create_note', 'Read the error log and tell me what failed.')).toBe(false);
  });

  it('reads "give me a summary" as asking for the answer, and "give me access" or "give me a refund" as an act', () => {
    const acts = (request: string) => {
      const words = new Set<string>();
      readRequest(request, words);
      return !asksNoAct(words);
    };
    expect(acts("Give me a quick summary of today's unread emails.")).toBe(false);
    expect(acts('Give us the three key decisions from the meeting transcript.')).toBe(false);
    expect(acts('Tell me when the next board meeting is.')).toBe(false);
    expect(acts('Give me access to the billing repo.')).toBe(true);
    expect(asks('grant_access', 'Give me admin access to the billing repo.')).toBe(true);
    expect(asks('issue_refund', 'Give me a refund for order 1182.')).toBe(true);
    // Given to someone else, it is still the act: "give Bob the keys".
    expect(acts('Give Bob the spare keys code.')).toBe(true);
  });

  it('does not read what the user says not to do as asked: "Do not send anything", "don\'t email them yet"', () => {
    expect(asks('send_email', 'Draft our response to the RFP. Do not send anything.')).toBe(false);
    expect(asks('send_email', "Write up the figures but don't email them yet.")).toBe(false);
    expect(asks('send_email', 'Send the notes to Bob; do not cc anyone else.')).toBe(true);
  });

  it('keeps an act negated on a condition as asked: "if it is over $500 don\'t pay it, otherwise go ahead"', () => {
    expect(asks('zelle_send_payment', "the gardener sent his invoice — if it's over $500 don't pay it, otherwise go ahead")).toBe(true);
    expect(asks('bunq_create_payment', "don't pay the window cleaner's bill unless it's under €200")).toBe(true);
    expect(asks('bunq_create_payment', "Check the window cleaner's bill. Don't pay it.")).toBe(false);
  });

  it('reads "X → Y", "shoot it over to", a share link for a file to send, and the casual Japanese "送っといて" as sending', () => {
    expect(asks('gmail_forward', 'latest AWS invoice → accounting')).toBe(true);
    expect(asks('gmail_forward', 'shoot the Figma invoice over to Bea in finance when you get a sec')).toBe(true);
    expect(asks('dropbox_create_shared_link', 'can you get the pitch deck over to Mia before her 2pm?')).toBe(true);
    expect(asks('gmail_send', '佐藤さんに明日の打ち合わせの資料送っといて〜')).toBe(true);
    expect(asks('dropbox_create_shared_link', 'How big is the pitch deck?')).toBe(false);
    expect(asks('gmail_forward', 'What does the latest AWS invoice say?')).toBe(false);
  });

  it('reads "store … in", "move … into" and "escalate it to" as creating', () => {
    expect(asks('gcp_secret_create', 'Store the service-account key in our GCP Secret Manager.')).toBe(true);
    expect(asks('pagerduty_create_incident', 'escalate it to whoever is on call for payments')).toBe(true);
  });

  it('reads a noun after a determiner and a modifier as the noun: "read their onboarding email" asks for no email', () => {
    expect(asks('send_email', 'Read their onboarding email and summarize the steps for me.')).toBe(false);
    expect(asks('send_email', 'Email the onboarding checklist to Priya.')).toBe(true);
  });

  it('reads the act after "by" in its -ing form, paying said other ways, and handing in to an address', () => {
    expect(asks('send_email', 'Check that my SendGrid key works by sending a test email to me.')).toBe(true);
    expect(asks('pay_clipper_reload', 'Top up my Clipper card with $30 before the trip.')).toBe(true);
    expect(asks('n26_create_transfer', 'Square up with Anna for the concert tickets.')).toBe(true);
    expect(asks('send_email', 'Submit my talk proposal to the PGConf call for papers.')).toBe(true);
    expect(asks('pay_clipper_reload', 'Check the balance of my Clipper card.')).toBe(false);
  });

  it('does not read a price limit as money to send: "send a comparison of desks under $600 to Priya" sends a message', () => {
    expect(asks('send_email', 'Find the three best standing desks under $600 and send a short comparison to Priya.')).toBe(true);
    expect(asks('send_email', 'Find hotels below €200 a night and send the list to Tom.')).toBe(true);
    expect(asks('send_email', 'Send $50 to Bob for the concert tickets.')).toBe(false);
    expect(asks('send_money', 'Send $50 to Bob for the concert tickets.')).toBe(true);
  });
});

describe('operations work by its own names', () => {
  it('reads a payment batch, nudging, rotating a key and offboarding as the acts they are', () => {
    expect(asks('bank_create_transfer', "run this week's payment batch")).toBe(true);
    expect(asks('wire_transfer', 'Compare the three shortlisted payroll vendors and recommend one.')).toBe(false);
    expect(asks('send_email', 'nudge everyone who is >15 days overdue in Xero, polite reminder with the invoice link')).toBe(true);
    expect(asks('aws_iam_update_access_key', 'rotate whatever key the scanner flagged this morning')).toBe(true);
    expect(asks('aws_iam_create_access_key', 'rotate the exposed key')).toBe(true);
    expect(asks('aws_iam_update_access_key', 'which key did the scanner flag this morning?')).toBe(false);
    expect(asks('okta_deactivate_user', "offboard this week's leavers from the HR list")).toBe(true);
    expect(asks('gworkspace_transfer_drive', "offboard this week's leavers from the HR list")).toBe(true);
    // Onboarding gives what the request names, not whatever account a checklist adds.
    expect(asks('okta_create_user', 'Onboard the new contractor Sam Lee with standard access.')).toBe(false);
    expect(asks('outlook_create_event', 'Bitte die Zweitgespräche mit den Kandidaten einplanen.')).toBe(true);
  });

  it('reads a queue handed over, a recipient left to the content, and a count of things to act on', () => {
    expect(read("handle what's in the tier-1 queue, usual rules").handsOver).toBe(true);
    expect(read('what is in the tier-1 queue?').handsOver).toBe(false);
    expect(read('Send the pricing PDF to whoever in their team they ask us to send it to.').partiesFromContent).toBe(true);
    expect(read('landlord approved the two maintenance bills in Buildium, pay them').count).toBe(2);
    expect(read('pay both invoices from the ops account').count).toBe(2);
    // A duration or a party size counts no acts.
    expect(read('Create the hiking event and book 5 hours for it.').count).toBeUndefined();
    expect(read('Book a table for 4 people at 7 pm.').count).toBeUndefined();
  });
});

describe('copies asked for', () => {
  it('reads cc, bcc and looping in as copies asked for, many recipients as none', () => {
    expect(read('Email the deck to Priya and cc Dana.').asksCopies).toBe(true);
    expect(read('Send the update to the vendor and keep Lee in the loop.').asksCopies).toBe(true);
    expect(read('Nudge everyone overdue.').asksCopies).toBe(false);
    expect(read('Nudge everyone overdue.').addsParties).toBe(true);
  });
});

describe('paying verbs', () => {
  it('reads a verb that only moves money as naming its object', () => {
    expect(asks('send_payment', "Approve and reimburse this week's submitted expense reports.")).toBe(true);
    expect(asks('send_payment', 'Send the expense reports to Dana for review.')).toBe(false);
  });
});

describe('acts said another way', () => {
  it('reads "let X know" as a message and "calendar the …" as events', () => {
    expect(asks('send_email', 'Let the customers with held shipments know about the weather delay.')).toBe(true);
    expect(asks('send_email', 'Let me know which shipments are held.')).toBe(false);
    expect(asks('calendar_create_event', 'Calendar the deadlines in the scheduling order for the team.')).toBe(true);
  });
});

describe('a request only to read and report, and one for work in words that name no act', () => {
  const onlyReads = (request: string) => {
    const words = new Set<string>();
    const r = readRequest(request, words);
    return asksOnlyToRead(words, r.reads);
  };

  it('reads questions, with or without their mark, and words of reading in the languages the lexicon reads as asking only to read', () => {
    for (const request of [
      'Summarize my inbox.',
      'How many people have applied to the SRE opening so far',
      'What is new in #support? Keep it short.',
      'Resúmeme los correos de esta mañana, porfa.',
      "Was gibt's Neues im #support-Kanal? Nur kurz.",
      '新着メールを要約してください。',
      '인사팀 문서를 읽고 핵심만 요약해줘.',
    ]) expect(onlyReads(request), request).toBe(true);
  });

  it('does not read work asked in words that name no act, or a question beside an act, as asking only to read', () => {
    for (const request of [
      'onboard mondays new hires from the workday feed, groups + licenses per role map',
      'IC confirms out to the subs for sept',
      'Bitte die VPN-Tickets von heute abarbeiten.',
      'Is the invoice paid? If not, pay it.',
      'Check the invoices and pay the approved ones.',
    ]) expect(onlyReads(request), request).toBe(false);
  });

  it('says when a request orders something in a verb that reads nothing, beside its words of reading', () => {
    const acts = (request: string) => readRequest(request, new Set()).actsUnnamed;
    for (const request of [
      "Lufthansa changed my flight, check the email and accept the new time if it's before noon.",
      'address the review comments on my PR',
      'Read the runbook for the alert and follow it.',
    ]) expect(acts(request), request).toBe(true);
    for (const request of [
      'Can you fetch me the details and reviews of the Dell laptop with product ID B08KFQ9HK5 from Amazon?',
      "Can you retrieve and give me a summary of the 'octocat/Hello-World' repository's details?",
      'Prepare what the recruiters need for the L5 search, per their intake doc.',
      'Why does my session expire so early? Decode the session token and check its exp.',
    ]) expect(acts(request), request).toBe(false);
  });

  it('reads "get me", "fetch me", "retrieve" as asking for the answer', () => {
    for (const request of ["Please get me the repository details of 'octocat/Hello-World'.", "Retrieve my latest Evernote note that contains the word 'Budget'."]) {
      expect(onlyReads(request), request).toBe(true);
    }
    expect(onlyReads('Get me access to the staging repo.')).toBe(false);
  });

  it('reads what content asks, handed over by "… wants X — do it" or "do the one my manager assigned"', () => {
    expect(readRequest('The IT audit task wants my vendor contacts sent to the auditor — do it.', new Set()).handsOver).toBe(true);
    expect(readRequest('What IT Audit tasks are in my Todoist? Do the one my manager assigned about the vendor contacts.', new Set()).delegates).toBe(true);
    expect(readRequest('The auditor wants the contacts by Friday; what do they need exactly?', new Set()).handsOver).toBe(false);
  });
});

