import { describe, expect, it } from 'vitest';
import { inferToolClass } from './infer-tools.ts';

describe('inferToolClass (no policy)', () => {
  it.each([
    // A sink verb in the name; read verbs lead ("get_sent_emails" reads).
    ['send_money', true, true],
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
  ])('%s is a sink (external: %s)', (name, sink, external) => {
    expect(inferToolClass(name)).toMatchObject({ sink, external });
  });

  it.each(['get_sent_emails', 'read_file', 'search_web', 'fetch_page', 'get_payment_history', 'list_shell_sessions', 'store_locator', 'payment_status', 'shell_history', 'python_docs'])('%s is not a sink', (name) => {
    expect(inferToolClass(name).sink).toBe(false);
  });

  it('reads a description only when the name has no verb', () => {
    expect(inferToolClass('acme_tool', 'Sends the given text to a Slack channel.').sink).toBe(true);
    expect(inferToolClass('acme_tool', 'Looks up the weather for a city.').sink).toBe(false);
  });
});
