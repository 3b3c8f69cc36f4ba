import { describe, expect, it } from 'vitest';
import { actsOnWorld, toolRole, type ToolRole } from './tool-role.ts';

describe('toolRole', () => {
  const cases: [string, ToolRole][] = [
    ['tool:send_money', 'act'],
    ['tool:updatePassword', 'act'],
    ['tool:invite-user-to-slack', 'act'],
    ['tool:get_sent_emails', 'read'], // a read verb leads: "sent" is not the action
    ['tool:read_channel_messages', 'read'],
    ['tool:search_files_by_filename', 'read'],
    ['tool:draft_doc', 'unknown'], // no verb we know: not discounted as a read
    ['tool:issue_refund', 'unknown'],
    ['agent:send_money', 'unknown'], // only tools have a role
  ];
  it.each(cases)('classifies %s as %s', (node, role) => {
    expect(toolRole(node)).toBe(role);
    expect(actsOnWorld(node)).toBe(role === 'act');
  });
});
