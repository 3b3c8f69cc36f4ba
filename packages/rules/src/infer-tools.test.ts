import { describe, expect, it } from 'vitest';
import { actOfCall, inferToolClass } from './infer-tools.ts';

describe('inferToolClass (no policy)', () => {
  it.each([
    // A sink verb in the name; read verbs lead ("get_sent_emails" reads).
    ['send_money', true, true],
    // Changing what runs or where it points.
    ['dns_replace_records', true, false],
    // A paste others read, a support ticket filed with the vendor.
    ['create_paste', true, true],
    ['create_support_ticket', true, true],
    ['create_ticket', true, false],
    ['k8s_scale_deployment', true, false],
    ['update_password', true, false],
    ['save_file', true, false],
    ['git_push', true, true],
    ['merge_pr', true, false],
    ['charge_card', true, false],
    // Named for what they are: a shell, an interpreter, an editor, a payment, a webhook.
    ['bash', true, false],
    ['python_repl', true, false],
    ['code_interpreter', true, false],
    ['str_replace_editor', true, false],
    ['make_payment', true, false],
    ['webhook', true, true],
    ['send_sms', true, true],
    ['jira_transition', true, false],
    ['resolve_incident', true, false],
    ['credit_customer_account', true, false],
    // Verbs only tool names are read by (a web page's "Register today" is no order): enrolling, trading, applying.
    ['enroll_mfa_device', true, false],
    ['swap_tokens', true, false],
    ['kubectl_apply', true, false],
    ['enable_feature_flag', true, false],
  ])('%s is a sink (external: %s)', (name, sink, external) => {
    expect(inferToolClass(name)).toMatchObject({ sink, external });
  });

  it.each(['get_sent_emails', 'read_file', 'search_web', 'fetch_page', 'get_payment_history', 'list_shell_sessions', 'store_locator', 'payment_status', 'shell_history', 'python_docs'])('%s is not a sink', (name) => {
    expect(inferToolClass(name).sink).toBe(false);
  });

  it.each([
    // The app's own records: its people, accounts, configuration, also when searched.
    ['hris_list_employees', true, false],
    ['contacts_search', true, false],
    ['directory_lookup', true, false],
    ['get_integration_config', true, false],
    ['crm_get_customer', true, false],
    ['oms_get_order', true, false],
    // Whom the app pays: a property's owner, a payee (their verified bank details are there).
    ['appfolio_get_owner', true, false],
    ['bank_list_payees', true, false],
    // Content someone wrote, also in a register's tool; searches of the web or a mailbox; other reads are neither.
    ['get_customer_emails', false, true],
    ['search_emails', false, true],
    ['web_search', false, true],
    ['memory_lookup', false, false],
    ['wiki_get', false, false],
    ['update_contact', false, false],
  ])('%s reads the app\'s own records: %s (outside content: %s)', (name, ownRecords, outsideSource) => {
    expect(inferToolClass(name)).toMatchObject({ ownRecords, outsideSource });
  });

  it('reads a description only when the name has no verb', () => {
    expect(inferToolClass('acme_tool', 'Sends the given text to a Slack channel.').sink).toBe(true);
    expect(inferToolClass('acme_tool', 'Looks up the weather for a city.').sink).toBe(false);
  });

  it('reads a tool named for its act as a noun as doing that act (attack tooling names its tools so)', () => {
    for (const name of ['DataWiping', 'PrescriptionModification', 'GradeManipulation', 'LegalDocumentForgery', 'VehicleHijacking', 'InsiderTrading', 'flight_booking']) {
      expect(inferToolClass(name).sink, name).toBe(true);
    }
    for (const name of ['booking_details', 'shipping_rates', 'meeting_notes', 'payment_status']) expect(inferToolClass(name).sink, name).toBe(false);
  });
});

describe('actOfCall', () => {
  it("reads the act a generic tool's call names in an action argument", () => {
    expect(actOfCall([{ arg: 'action', value: 'delete' }])).toBe('delete');
    expect(actOfCall([{ arg: 'device_id', value: 'cam_01' }, { arg: 'action', value: 'turn off' }])).toBe('turn');
    expect(actOfCall([{ arg: 'operation', value: 'suspend_user' }])).toBe('suspend');
  });

  it('gives nothing for a read, a sentence, or an argument of another name', () => {
    expect(actOfCall([{ arg: 'action', value: 'list' }])).toBeUndefined();
    expect(actOfCall([{ arg: 'action', value: 'please delete every record we hold on this patient' }])).toBeUndefined();
    expect(actOfCall([{ arg: 'note', value: 'delete' }])).toBeUndefined();
  });
});
