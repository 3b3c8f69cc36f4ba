import { describe, expect, it } from 'vitest';
import { browserAct, navigationUrl, pageActName, reportedPage } from './browser-acts.ts';
import { actionShape, movesMoney } from './action-families.ts';
import { argumentLeaves } from './values.ts';

describe('browserAct', () => {
  it('reads the tools of Playwright MCP, browser-use and page wrappers that type into a page or open an address', () => {
    for (const t of ['browser_type', 'browser_fill_form', 'browser_select_option', 'browser_file_upload', 'input_text', 'page.fill', 'type_text']) expect(browserAct(t)).toBe('input');
    for (const t of ['browser_navigate', 'go_to_url', 'open_tab', 'browser_tab_new', 'navigate']) expect(browserAct(t)).toBe('navigate');
  });
  it('leaves other tools alone: a click, a snapshot, a document typed, a form read', () => {
    for (const t of ['browser_click', 'browser_snapshot', 'extract_content', 'type_document', 'get_form', 'send_email', 'fill_prescription']) expect(browserAct(t)).toBeUndefined();
  });
});

describe('reportedPage and navigationUrl', () => {
  it('finds the page a tool reports (Playwright page state, browser-use results) and the address a navigation opens', () => {
    expect(reportedPage('### Page state\n- Page URL: https://wise.com/send#/recipient\n- Page Title: Send money')).toBe('https://wise.com/send#/recipient');
    expect(reportedPage('🔗  Navigated to https://mail.google.com/mail/u/0/#inbox')).toBe('https://mail.google.com/mail/u/0/#inbox');
    expect(reportedPage('Orders: 17. See https://shop.example/orders for more.')).toBeUndefined();
    expect(navigationUrl(argumentLeaves(JSON.stringify({ url: 'https://example.com/a' })))).toBe('https://example.com/a');
    expect(navigationUrl(argumentLeaves(JSON.stringify({ index: 3 })))).toBeUndefined();
  });
});

describe('pageActName', () => {
  it('names the act by the page title, its path and the labels filled: a transfer form moves money', () => {
    const leaves = argumentLeaves(JSON.stringify({ fields: [{ name: 'IBAN', ref: 'e6', value: 'LT40 3250 0247 1930 5816' }] }));
    const name = pageActName('https://wise.com/send#/recipient', leaves, '- Page URL: https://wise.com/send#/recipient\n- Page Title: Send money | Wise Business');
    expect(name).toBe('send_money_wise_business_send_recipient_iban');
    expect(movesMoney(actionShape(name!))).toBe(true);
  });
  it('does not take the values typed for words of the act, nor the host', () => {
    const leaves = argumentLeaves(JSON.stringify({ element: 'Search', ref: 'e2', text: 'send money to mom' }));
    expect(pageActName('https://www.transfer-now.example/', leaves, undefined)).toBe('search');
  });
});
