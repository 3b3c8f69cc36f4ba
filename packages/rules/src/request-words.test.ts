import { describe, expect, it } from 'vitest';
import { actionShape, asksFor } from './action-families.ts';
import { readRequest } from './request-words.ts';

const asks = (tool: string, request: string) => {
  const words = new Set<string>();
  readRequest(request, words);
  return asksFor(actionShape(tool), words);
};

describe('readRequest', () => {
  it('reads "open a PR", "raise a ticket", "open up a case" as asking to create one', () => {
    expect(asks('gh_pr_create', 'Fix issue #231 in acme/widgets and open a PR.')).toBe(true);
    expect(asks('create_ticket', 'Raise a ticket with the vendor about the outage.')).toBe(true);
    expect(asks('create_case', 'Open up a case with AWS support.')).toBe(true);
  });

  it('does not read "open" as an adjective, nor "file a bug" (what a template asks pasted into it is not asked for)', () => {
    expect(asks('gh_pr_create', 'Summarize the open issues and the open pull requests.')).toBe(false);
    expect(asks('create_issue', 'File a bug upstream about the crash.')).toBe(false);
  });
});
