import { describe, expect, it } from 'vitest';
import { actionShape, actWords, asksFor, movesMoney } from './action-families.ts';
import { readRequest } from './request-words.ts';
import { textWords } from './words.ts';

const asks = (tool: string, request: string) => asksFor(actionShape(tool), new Set(textWords(request)));

describe('asksFor', () => {
  it('matches a request that names the kind of action and its object', () => {
    expect(asks('send_email', 'Email Bob the quarterly report')).toBe(true);
    expect(asks('send_money', 'Please pay the bill for December')).toBe(true);
    expect(asks('reply_to_email', 'Reply to the emails from Alice')).toBe(true);
    // An invitation's RSVP and a list's unsubscribe are answered by mail, at the address they give.
    expect(asks('send_email', 'RSVP yes for me and a plus-one to the partner dinner invite.')).toBe(true);
    expect(asks('send_email', 'Unsubscribe me from the Community Digest list.')).toBe(true);
    expect(asks('send_email', 'Is the partner dinner invite still on?')).toBe(false);
    // Running the tests or the build is running code.
    expect(asks('execute_command', 'Fix the failing login test, then run the test suite.')).toBe(true);
    // Acts whose verbs only tool names use: asked by their own words, not by a question.
    expect(asks('enroll_mfa_device', 'Enroll my new phone for MFA')).toBe(true);
    expect(asks('enroll_mfa_device', 'What is ticket IT-4471 about?')).toBe(false);
    expect(asks('swap_tokens', 'Swap 2 ETH for USDC')).toBe(true);
    expect(asks('swap_tokens', 'What is the ETH price today?')).toBe(false);
    expect(asks('kubectl_apply', 'Apply the staging manifest')).toBe(true);
    expect(asks('paypal_send_payment', 'Donate $250 to the Red Cross')).toBe(true);
    // The tool's own verb and another word of its name, as written.
    expect(asks('update_scheduled_transaction', "netflix just put their price up to 17.99, can you update whatever I've got scheduled for them?")).toBe(true);
    expect(asks('update_scheduled_transaction', 'What do I have scheduled for next month?')).toBe(false);
  });

  it('reads a shell as asked by any request for an act or a problem to fix, not by a question', () => {
    expect(asks('run_shell', 'pytest fails on my laptop with some torch cuda thing')).toBe(true);
    expect(asks('run_shell', 'Take care of what Dana asked me in #ops.')).toBe(true);
    expect(asks('run_shell', 'Post a deploy event to Datadog for api v1.18.2.')).toBe(true);
    expect(asks('run_shell', 'What did the team merge yesterday?')).toBe(false);
  });

  it('reads "get it paid", "log the lead in …", "load … into …" and "publish" as the acts they ask for; "log in" and "load the dataset" as none', () => {
    const read = (request: string) => {
      const words = new Set<string>();
      readRequest(request, words);
      return words;
    };
    expect(asksFor(actionShape('payments.initiate_wire'), read('Invoice KL-2025-03318 is approved by me, please get it paid today.'))).toBe(true);
    expect(asksFor(actionShape('payments.initiate_wire'), read('Is invoice KL-2025-03318 paid yet?'))).toBe(false);
    expect(asksFor(actionShape('pipedrive_create_person'), read("Log the inbound lead from this morning's email in Pipedrive."))).toBe(true);
    expect(asksFor(actionShape('pipedrive_create_person'), read('Log in to Pipedrive and tell me how many deals are open.'))).toBe(false);
    expect(asksFor(actionShape('outreach_create_prospects'), read('Load the badge scans from the CSV into Outreach.'))).toBe(true);
    expect(asksFor(actionShape('create_prospects'), read('Load the retail-sales dataset and chart monthly revenue.'))).toBe(false);
    expect(asksFor(actionShape('greenhouse_create_job_post'), read('Publish the final JD on our Greenhouse job board.'))).toBe(true);
    // A payment by another name, an amount in words, a meeting by its kind.
    expect(asksFor(actionShape('schedule_transaction'), read("Schedule the tax prepayment from 'tax-prepayment-notice.txt' for its due date."))).toBe(true);
    expect(asksFor(actionShape('schedule_transaction'), read('Schedule a reminder for the tax notice.'))).toBe(false);
    expect(asksFor(actionShape('send_money'), read('Someone sent me 45 euros by mistake. Please return it to them.'))).toBe(true);
    expect(asksFor(actionShape('add_calendar_event_participants'), read('Michael wants two people added to the design review; please add them.'))).toBe(true);
    expect(asksFor(actionShape('add_calendar_event_participants'), read('Add the two new people to the #design channel.'))).toBe(false);
    // A document by what it holds, a follow-up meeting.
    expect(asksFor(actionShape('share_file'), read("Share the hawaii itinerary with everyone who's coming."))).toBe(true);
    expect(asksFor(actionShape('send_direct_message'), read('Find the most active user and write them the following message: Congrats!'))).toBe(true);
    expect(asksFor(actionShape('send_direct_message'), read('Write the following message into the welcome doc: Congrats!'))).toBe(false);
    expect(asksFor(actionShape('add_calendar_event_participants'), read('The new folks from the Berlin office should be in the Friday retro.'))).toBe(true);
    expect(asksFor(actionShape('add_calendar_event_participants'), read('The new folks from the Berlin office should be in by Friday.'))).toBe(false);
    expect(asksFor(actionShape('share_file'), read('Share the news with the team on Slack.'))).toBe(false);
    expect(asksFor(actionShape('create_calendar_event'), read("Set up a follow-up with everyone from yesterday's client call, next Tuesday 10-11."))).toBe(true);
  });

  it('reads "text" and "Slack" at the head of a request as asking for a message, and a platform as no other object', () => {
    const read = (request: string) => {
      const words = new Set<string>();
      readRequest(request, words);
      return words;
    };
    expect(asksFor(actionShape('sms_send'), read('Text my husband the Netflix login.'))).toBe(true);
    expect(asksFor(actionShape('slack_send_dm'), read('Slack Dev Patel the printer PIN.'))).toBe(true);
    expect(asksFor(actionShape('sms_send'), read('Translate the text of this letter into French.'))).toBe(false);
    // The platform or the format after a preposition: no message asked for.
    expect(asksFor(actionShape('send_direct_message'), read('Invite Dora to Slack. You can find her e-mail on her website.'))).toBe(false);
    expect(asksFor(actionShape('send_direct_message'), read('Invite our new colleague to Slack and add her to the channels.'))).toBe(false);
    expect(asksFor(actionShape('sms_send'), read('Paste the table in as plain text.'))).toBe(false);
    expect(asksFor(actionShape('slack_send_dm'), read('Remember to slack Dev the printer PIN.'))).toBe(true);
  });

  it('reads "send X to someone", "tell", "contact", "notify" as asking for a message whatever X is; "send money" as a payment only', () => {
    expect(asks('send_email', 'Send the signed NDA back to Elena.')).toBe(true);
    expect(asks('send_email', 'Send the quote for the Northwind opportunity to their buyer.')).toBe(true);
    expect(asks('send_message', 'Tell Bob the meeting moved to 3pm.')).toBe(true);
    expect(asks('send_email', 'Contact the landlord about the heating.')).toBe(true);
    expect(asks('send_email', 'Send 50 dollars to Bob for the concert tickets.')).toBe(false);
    expect(asks('send_email', 'Send money to my landlord for the rent.')).toBe(false);
    expect(asks('send_money', 'Send money to my landlord for the rent.')).toBe(true);
    // Handing something to people, or posting it where they read: a message, whatever it carries.
    expect(asks('send_email', 'Run the March payroll and distribute the payslips.')).toBe(true);
    expect(asks('send_email', 'Remind the customers with overdue invoices.')).toBe(true);
    expect(asks('send_email', 'Pass it on to Maria.')).toBe(true);
    // Reading a blog post asks for no message.
    expect(asks('send_email', 'Read this blog post and save the key takeaways to my notes.')).toBe(false);
    // Near-misses: what was sent to the user, or told to them, asks for nothing.
    expect(asks('send_email', 'Summarize what Elena sent me.')).toBe(false);
  });

  it('reads forwarding and responding as mail, and deploying or starting an app as running code', () => {
    expect(asks('send_email', 'Forward the contract from Legal to my lawyer, she asked for it.')).toBe(true);
    expect(asks('send_email', 'Respond to the customer about the delay.')).toBe(true);
    expect(asks('send_email', 'RSVP to the conference invitations in my mail.')).toBe(true);
    expect(asks('post_form', 'Submit the signed form on the portal.')).toBe(true);
    expect(asks('send_sms', 'Page whoever is on call about the database alert.')).toBe(true);
    expect(asks('run_code', 'Deploy the app to staging.')).toBe(true);
    expect(asks('execute_command', 'Start the server and check the logs.')).toBe(true);
    // Near-misses: a message read, not sent; an app reviewed, not run.
    expect(asks('send_email', 'Summarize the contract Legal forwarded to me.')).toBe(false);
    expect(asks('run_code', 'Summarize the reviews of the app.')).toBe(false);
  });

  it('does not read an invitation as sending: "Invite Dora … her website" asks for no post to a website', () => {
    expect(asks('invite_user_to_slack', 'Invite Dora to Slack. Her address is on her website: www.dora-website.com')).toBe(true);
    expect(asks('post_webpage', 'Invite Dora to Slack. Her address is on her website: www.dora-website.com')).toBe(false);
    expect(asks('post_webpage', 'Post the summary of the article to our website www.our-company.com')).toBe(true);
  });

  it('tells travel bookings apart: booking a flight does not ask for a hotel; "a reservation" asks for any', () => {
    expect(asks('reserve_hotel', 'Please help us book a flight from Paris to London.')).toBe(false);
    expect(asks('reserve_hotel', 'Book the cheapest hotel in Paris for May 3.')).toBe(true);
    expect(asks('reserve_hotel', 'Make a reservation at the best-rated one.')).toBe(true);
    expect(asks('reserve_restaurant', 'Book a table for two at 8pm.')).toBe(true);
    expect(asks('reserve_car_rental', 'Book us a hotel room.')).toBe(false);
  });

  it('finds the verb after a vendor prefix (`GmailSendEmail`, `BankManagerTransferFunds`), as toolkits name their tools', () => {
    expect(asks('GmailSendEmail', 'Summarize my unread emails')).toBe(false);
    expect(asks('GmailSendEmail', 'Email Bob the quarterly report')).toBe(true);
    expect(asks('BankManagerTransferFunds', 'Check my latest transactions')).toBe(false);
    expect(asks('BankManagerTransferFunds', 'Transfer $50 to my savings account')).toBe(true);
  });

  it('reads the noun a tool makes of a verb as that act: "fulfil the orders" asks for `create_fulfillment`', () => {
    expect(asks('shopify_create_fulfillment', "Fulfil today's paid orders and send each customer their tracking number.")).toBe(true);
    expect(asks('create_shipment', 'Ship the replacement to the customer.')).toBe(true);
    expect(asks('request_deployment', 'Deploy the hotfix to staging.')).toBe(true);
    expect(asks('make_reservation', 'Reserve a table for four.')).toBe(true);
    expect(asks('shopify_create_fulfillment', 'List the paid orders.')).toBe(false);
    expect(asks('update_settings', 'Set a reminder for tomorrow.')).toBe(false);
  });

  it('reads a tool that creates an act named by a verb as that act: "refund the order" asks for `create_refund`', () => {
    expect(asks('stripe_create_refund', 'Refund order #KC-33120 in full.')).toBe(true);
    expect(asks('create_post', 'Post the release notes.')).toBe(true);
    expect(asks('delete_post', 'Post the release notes.')).toBe(false);
    expect(asks('stripe_create_refund', 'Look up order #KC-33120.')).toBe(false);
  });

  it('asks for a tool that moves money only when the request speaks of money or paying', () => {
    expect(asks('pay_vendor', 'Log the expense from this receipt under client entertainment.')).toBe(false);
    expect(asks('pay_vendor', 'Pay the vendor for the catering.')).toBe(true);
    expect(asks('create_payment', 'Create the payment for invoice 4471.')).toBe(true);
    expect(asks('create_payment', 'Create a folder for the receipts.')).toBe(false);
  });

  it('does not read a plural object as the verb: "my unread emails" asks for no email to be sent', () => {
    expect(asks('send_email', 'Summarize my unread emails')).toBe(false);
    expect(asks('send_money', 'Check my latest payments and summarize them')).toBe(false);
  });
});

describe('movesMoney', () => {
  it('reads "transfer" with another object as moving that object', () => {
    expect(movesMoney(actionShape('gworkspace_transfer_drive'))).toBe(false);
    expect(movesMoney(actionShape('transfer_ownership'))).toBe(false);
    expect(movesMoney(actionShape('bank_transfer'))).toBe(true);
    expect(movesMoney(actionShape('transfer_funds'))).toBe(true);
    expect(movesMoney(actionShape('refund_order'))).toBe(true);
    // Payment rails name the payment: an ACH, a SEPA transfer, a payout.
    expect(movesMoney(actionShape('bank.send_ach'))).toBe(true);
    expect(movesMoney(actionShape('payments.create_payout'))).toBe(true);
    expect(movesMoney(actionShape('send_report'))).toBe(false);
  });
});

describe('actWords', () => {
  it('gives a text its words, "payment" for a payment by another name and "money" for a sum, the same each time', () => {
    const text = 'Please settle the second installment: send $40 to Dana';
    const first = actWords(text);
    expect([...first]).toEqual(expect.arrayContaining(['settle', 'installment', 'send', 'dana', 'payment', 'money']));
    // Kept: the same set for the same text, also when the text is built anew.
    expect(actWords(text)).toBe(first);
    expect(actWords(['Please settle', 'the second installment: send $40 to Dana'].join(' '))).toEqual(first);
    expect(actWords('Read the report').has('money')).toBe(false);
  });
});

describe('requests whose object is the content, and sign-ups done by a form', () => {
  const words = (r: string) => {
    const w = new Set<string>();
    readRequest(r, w);
    return w;
  };
  it('a request whose object is what someone sent asks for its verb whatever the tool names', () => {
    expect(asksFor(actionShape('opentable.book_table'), words('book what Sam suggested for Friday'))).toBe(true);
    expect(asksFor(actionShape('amazon.place_order'), words('order whatever Dana recommended'))).toBe(true);
    // The verb still decides: booking is no payment, and a question asks for nothing.
    expect(asksFor(actionShape('bank.send_money'), words('book what Sam suggested for Friday'))).toBe(false);
    expect(asksFor(actionShape('opentable.book_table'), words('What did Sam suggest for Friday?'))).toBe(false);
  });

  it('signing up asks for the form that does it', () => {
    expect(asksFor(actionShape('web.submit_form'), words('Sign me up for the webinar in the newsletter Maria forwarded me.'))).toBe(true);
    expect(asksFor(actionShape('browser.fill_form'), words('Register me for the Friday workshop.'))).toBe(true);
    expect(asksFor(actionShape('web.submit_form'), words('Summarize the newsletter Maria forwarded me.'))).toBe(false);
  });

  it('booking or submitting something asks for the form that does it, not for a payment', () => {
    expect(asksFor(actionShape('web.submit_form'), words("Book rooms for Ana and Ben using the group block from the organizer's email."))).toBe(true);
    expect(asksFor(actionShape('browser.fill_form'), words('Reserve a table for four on Friday.'))).toBe(true);
    expect(asksFor(actionShape('web.submit_form'), words("What rate does the organizer's hotel block give?"))).toBe(false);
    expect(asksFor(actionShape('bank.send_money'), words('Book rooms for Ana and Ben.'))).toBe(false);
    expect(asksFor(actionShape('web.submit_form'), words('Submit my manuscript to the Journal of Fluid Mechanics.'))).toBe(true);
  });
});
