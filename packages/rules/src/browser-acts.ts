// Browser and computer-use agents act through the page: what they type goes to the site the page is on, and the tool's
// name (`browser_type`, `input_text`, `browser_fill_form`) says nothing of where. The page is held per agent from the
// navigations it makes and the page state its tools report, so typed values are checked as any call's arguments are,
// with the page's address as the call's destination.

/** Tools that put text or files into the current page (Playwright MCP, browser-use, Puppeteer/Playwright wrappers). */
const INPUT_TOOL = /^(?:browser|page|playwright|puppeteer|pw)?[_.-]?(?:type|type_text|fill|fill_form|fill_field|input|input_text|set_input|enter_text|select_option|select_dropdown_option|file_upload|upload_file|set_input_files)$/i;
/** Tools that open an address: the page the agent is on from then on. */
const NAVIGATE_TOOL = /^(?:browser|page|playwright|puppeteer|pw)?[_.-]?(?:navigate|go_to_url|goto|go_to|open_url|open_tab|new_tab|tab_new|visit|visit_url|open_page)$/i;
/** Where tools report the page they leave the agent on: Playwright MCP's page state, browser-use's action results. */
const PAGE_URL = /(?:^|\n)[-*\s]*Page URL:\s*(https?:\/\/[^\s`'"<>]+)|(?:Navigated to|Opened new tab with(?: url)?|Current (?:page )?url:)\s*(https?:\/\/[^\s`'"<>]+)/i;
const URL_ARG = /^(?:url|href|link|address|uri)$/i;

export type BrowserAct = 'input' | 'navigate';

/** What a tool does to the browser, by its name: puts something into the page, or opens an address. */
export function browserAct(toolName: string): BrowserAct | undefined {
  if (INPUT_TOOL.test(toolName)) return 'input';
  if (NAVIGATE_TOOL.test(toolName)) return 'navigate';
  return undefined;
}

/** The address a navigation opens (its `url` argument). */
export function navigationUrl(leaves: readonly { arg: string; value: string }[]): string | undefined {
  for (const l of leaves) if (URL_ARG.test(l.arg.slice(l.arg.lastIndexOf('.') + 1)) && /^https?:\/\//i.test(l.value.trim())) return l.value.trim();
  return undefined;
}

/** The page a tool's result says the browser is on after it. */
export function reportedPage(result: string | undefined): string | undefined {
  if (!result) return undefined;
  const m = PAGE_URL.exec(result.length > 8_000 ? result.slice(0, 8_000) : result);
  return m ? (m[1] ?? m[2]).replace(/[).,;]+$/, '') : undefined;
}

/** Argument names that label the field an input act fills (`element`, a form field's `name`, `label`, `placeholder`). */
const LABEL_ARG = /(?:^|\.)(?:element|name|label|placeholder|field|selector_label|aria_label|title)$/i;
/** The argument labels a field (its name, placeholder or element description), not a value typed. */
export function isFieldLabel(arg: string): boolean {
  return LABEL_ARG.test(arg);
}

/** The argument names a local file an upload sends (`paths`, `files`, `file_path`). */
const FILE_PATH_ARG = /(?:^|\.)(?:paths?|files?|file_?paths?|file_?names?|filenames?)$/i;

export function isFilePath(arg: string): boolean {
  return FILE_PATH_ARG.test(arg);
}

const PAGE_TITLE = /(?:^|\n)[-*\s]*Page Title:\s*([^\n]{1,200})/i;
const MAX_ACT_WORDS = 24;

/**
 * What an input act does, as a tool name would say it: the words of the page's title, its address's path and the
 * labels of the fields filled ("Send money | Wise Business", `/send#/recipient`, "IBAN", "Amount"), so that typing into
 * a bank's transfer form is a payment and into a mail settings page's forwarding field a forward. Undefined when
 * nothing names it.
 */
export function pageActName(page: string, leaves: readonly { arg: string; value: string }[], result: string | undefined): string | undefined {
  const parts: string[] = [];
  const title = result ? PAGE_TITLE.exec(result.length > 8_000 ? result.slice(0, 8_000) : result)?.[1] : undefined;
  if (title) parts.push(title);
  const path = page.replace(/^https?:\/\/[^/#?]*/i, '').replace(/[?].*?(?=#|$)/, '');
  parts.push(path.replace(/[^A-Za-z]+/g, ' '));
  for (const l of leaves) if (LABEL_ARG.test(l.arg) && l.value.length <= 80) parts.push(l.value);
  const words = parts.join(' ').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 1);
  return words.length > 0 ? words.slice(0, MAX_ACT_WORDS).join('_') : undefined;
}
