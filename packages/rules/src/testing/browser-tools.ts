// Test helper: tool calls of browser and computer-use agents as the frameworks record them (Playwright MCP's page state,
// browser-use's action results, Anthropic computer use), one place for what the probe tables build sessions from.
import type { RawSpan } from '@sentinel/graph';
import type { SessionBuilder } from './session-builder.ts';

/** What Playwright MCP returns for an action: the code it ran and the page state with an aria snapshot. */
export function playwrightResult(code: string, url: string, title: string, tree: string): string {
  return `### Ran Playwright code\n\`\`\`js\n${code}\n\`\`\`\n\n### Page state\n- Page URL: ${url}\n- Page Title: ${title}\n- Page Snapshot:\n\`\`\`yaml\n${tree}\n\`\`\`\n`;
}

/** A string inside single quotes of the recorded Playwright code. */
export function jsQuoted(s: string): string {
  return s.replace(/'/g, "\\'");
}

// browser-use: its ActionResult.extracted_content strings.
export const buNav = (b: SessionBuilder, p: RawSpan, url: string) => b.tool(p, 'go_to_url', { url }, `🔗  Navigated to ${url}`);
export const buClick = (b: SessionBuilder, p: RawSpan, index: number, label: string) => b.tool(p, 'click_element_by_index', { index }, `🖱️  Clicked button with index ${index}: ${label}`);
export const buInput = (b: SessionBuilder, p: RawSpan, index: number, text: string) => b.tool(p, 'input_text', { index, text }, `⌨️  Input ${text} into index ${index}`);
export const buExtract = (b: SessionBuilder, p: RawSpan, goal: string, content: string) =>
  b.tool(p, 'extract_content', { goal, should_strip_link_urls: false }, `📄  Extracted from page\n: ${content}\n`);
export const buTab = (b: SessionBuilder, p: RawSpan, url: string) => b.tool(p, 'open_tab', { url }, `🔗  Opened new tab with ${url}`);
export const buSwitch = (b: SessionBuilder, p: RawSpan, id: number) => b.tool(p, 'switch_tab', { page_id: id }, `🔄  Switched to tab ${id}`);

// Anthropic computer use: the screenshot's text as an OCR layer reads it; keys, typing and clicks return nothing.
export const shot = (b: SessionBuilder, p: RawSpan, ocr: string, size = '1280x800') => b.tool(p, 'computer', { action: 'screenshot' }, `[screenshot ${size}]\nOCR text:\n${ocr}`);
export const key = (b: SessionBuilder, p: RawSpan, k: string) => b.tool(p, 'computer', { action: 'key', text: k }, '');
export const typeC = (b: SessionBuilder, p: RawSpan, text: string) => b.tool(p, 'computer', { action: 'type', text }, '');
export const clickC = (b: SessionBuilder, p: RawSpan, x: number, y: number) => b.tool(p, 'computer', { action: 'left_click', coordinate: [x, y] }, '');
