// End to end: spans carrying script/HTML/bidi payloads go through a real OTel exporter to a real server; every dashboard view shows them as inert text.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { context as otelContext, trace, SpanStatusCode } from '@opentelemetry/api';
import type { Finding, PlacedSpan, SessionGraph } from '@sentinel/graph';
import type { Alert, SessionSummary } from '../server/src/contract/api-types.ts';
import type { Detector } from '../server/src/ingest/detector.ts';
import { exporterFor, testTracer } from './support/otel-session.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

const CHROMIUM = process.env.SENTINEL_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '..', 'test-output', 'hostile');
const DIST = join(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const PROBE = join(import.meta.dirname, 'support', 'page-probe.js');

/** Every payload tries to call `__hook(...)` (installed by the probe) or set `__pwned`: neither may happen. */
const P = {
  img: '<img src=x onerror="__hook(\'img\');globalThis.__pwned=1">',
  script: '<script>__hook("script");globalThis.__pwned=1</script>',
  svg: '<svg onload="__hook(\'svg\')"><animate onbegin="__hook(\'animate\')"/></svg>',
  iframe: '<iframe srcdoc="<script>parent.__hook(\'iframe\')</script>"></iframe>',
  anchor: '<a href="javascript:__hook(\'anchor\')">open me</a>',
  jsUrl: 'javascript:__hook("url")//',
  svelte: "{@html '<img src=x onerror=__hook(\"svelte\")>'}",
  template: '${__hook("template")}{{constructor.constructor("__hook(\'ng\')")()}}',
  control: 'bell\u0007 nul\u0000 esc\u001b[31mred\u001b[0m back\u0008 del\u007f',
  rtl: 'invoice_\u202Egpj.exe',
  isolate: 'left\u2067right-to-left\u2069\u200F',
  zeroWidth: 'pay\u200Bpal\uFEFF',
};
const LONG = 'L'.repeat(40_000);
const IBAN = 'DE89370400440532013000';
const SESSION = `hostile-<b>x</b>${P.rtl}`;
const APP = `<img src=x onerror=__hook('app')>app`;
const AGENT = `planner${P.script}${P.rtl}`;
const TOOL_IMG = `fetch${P.img}`;
const TOOL_LONG = `tool_${'W'.repeat(3_000)}`;

/** A rule that quotes trace content in its alert, as real rules do (tool names, offending values). */
const quotingRule: Detector = {
  id: 'e2e_quoting_rule',
  evaluate(session: SessionGraph, placed: PlacedSpan[]): Finding[] {
    const tool = placed.find((p) => p.node === `tool:${TOOL_IMG}`);
    if (!tool) return [];
    return [
      {
        ruleId: `e2e_quoting_rule${P.svg}`,
        category: 'injection_content',
        severity: 'critical',
        score: 0.95,
        title: `Tool ${TOOL_IMG} returned ${P.script} ${P.rtl} ${LONG.slice(0, 400)}`,
        explanation: `Content: ${P.iframe} ${P.anchor} ${P.svelte} ${P.template} ${P.control} ${P.isolate} ${LONG.slice(0, 5_000)}`,
        evidence: {
          nodeIds: [`agent:${AGENT}`, `tool:${TOOL_IMG}`],
          edgeIds: [],
          spanIds: [tool.span.spanId],
          path: [`agent:${AGENT}`, `tool:${TOOL_IMG}`],
          values: [P.jsUrl, P.img, P.rtl, IBAN],
        },
        dedupKey: 'quoting',
      },
    ];
  },
  forget: () => undefined,
};

interface Probe {
  __probe: {
    hookCalls: string[];
    injected: string[];
    violations: string[];
    frames?: number;
    bidiLeaks(): string[];
    overflow(): { scrollWidth: number; clientWidth: number; wide: string[] };
    scriptLinks(): string[];
    nodes(keys: string[]): Array<{ key: string; x: number; y: number; label: string; inside: boolean }>;
    edgeMidpoints(): Array<{ key: string; x: number; y: number }>;
  };
  __pwned?: unknown;
}
/** The probe's report, read in the page (DOM-free here: the root tsconfig has no DOM lib). */
const report = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as Probe;
    const p = g.__probe;
    return { pwned: g.__pwned, hookCalls: p.hookCalls, injected: p.injected, links: p.scriptLinks(), bidi: p.bidiLeaks(), overflow: p.overflow() };
  });

let server: TestServer;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let alertId: string;
const dialogs: string[] = [];

/** The assertions every view must pass: nothing ran, nothing was injected, nothing sticks out, bidi is isolated. */
async function assertInert(view: string): Promise<void> {
  const r = await report(page);
  expect(dialogs, `${view}: a dialog opened`).toEqual([]);
  expect(r.pwned, `${view}: a payload ran`).toBeUndefined();
  expect(r.hookCalls, `${view}: a payload called the hook`).toEqual([]);
  expect(r.injected, `${view}: markup from trace content reached the DOM`).toEqual([]);
  expect(r.links, `${view}: clickable script links`).toEqual([]);
  expect(r.bidi, `${view}: bidi controls outside an isolating element`).toEqual([]);
  expect(r.overflow.wide, `${view}: elements sticking out of the viewport`).toEqual([]);
  expect(r.overflow.scrollWidth, `${view}: the page scrolls sideways`).toBeLessThanOrEqual(r.overflow.clientWidth);
  expect(await page.locator('img, script:not([type="module"]), iframe, object, embed').count(), `${view}: injected elements`).toBe(0);
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

async function sendHostileSession(httpUrl: string): Promise<void> {
  const { tracer, provider } = testTracer(exporterFor('proto', httpUrl), APP);
  const attrs = (kind: string, extra: Record<string, string>) => ({ 'openinference.span.kind': kind, 'session.id': SESSION, ...extra });
  const root = tracer.startSpan(`orchestrate ${P.img}`, { attributes: attrs('AGENT', { 'agent.name': `boss${P.svg}`, 'input.value': `${P.template} ${P.control}` }) });
  const inRoot = trace.setSpan(otelContext.active(), root);
  const agent = tracer.startSpan(P.iframe, { attributes: attrs('AGENT', { 'agent.name': AGENT, 'input.value': P.svelte, 'output.value': P.anchor }) }, inRoot);
  const inAgent = trace.setSpan(otelContext.active(), agent);
  const fetchSpan = tracer.startSpan(`call ${P.script}`, {
    attributes: attrs('TOOL', {
      'tool.name': TOOL_IMG,
      'input.value': JSON.stringify({ url: P.jsUrl, note: P.rtl, html: P.img }),
      'output.value': `pay to ${IBAN} ${P.script}\n${P.svelte}\n${P.control}\n${P.isolate}\n${P.zeroWidth}\n${LONG}`,
      [`attr ${P.img}`]: P.anchor,
      'hostile.url': P.jsUrl,
      'hostile.rtl': P.rtl,
    }),
  }, inAgent);
  fetchSpan.setStatus({ code: SpanStatusCode.ERROR, message: `failed: ${P.img} ${P.rtl}` });
  fetchSpan.end();
  tracer.startSpan(P.svg, { attributes: attrs('TOOL', { 'tool.name': TOOL_LONG, 'input.value': LONG, 'output.value': P.isolate }) }, inAgent).end();
  tracer.startSpan(`llm ${P.anchor}`, { attributes: attrs('LLM', { 'llm.model_name': `gpt${P.rtl}${P.zeroWidth}`, 'output.value': P.template }) }, inAgent).end();
  agent.end();
  root.end();
  await provider.forceFlush();
  await provider.shutdown();
}

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(DIST))('hostile trace content in a real browser', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    server.pipeline.setDetectors([...server.detectors.list(), quotingRule]);
    await sendHostileSession(server.httpUrl);
    const alerts = await waitFor(async () => {
      const list = await server.get<Alert[]>(`/api/sessions/${encodeURIComponent(SESSION)}/alerts`);
      return list.find((a) => a.ruleId.startsWith('e2e_quoting_rule'));
    }, 10_000, 'the quoting alert');
    alertId = alerts.id;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
    // CSP off in this context: the escaping itself is under test, not the CSP that would otherwise hide a slip.
    ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await ctx.addInitScript({ path: PROBE });
    page = await ctx.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (err) => console.error('page error:', err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves the dashboard with a CSP that forbids inline script, and the app needs none', async () => {
    const res = await fetch(server.httpUrl + '/');
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v] as const));
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc.some((s) => s === '*' || s.startsWith('data:') || s.startsWith('http'))).toBe(false);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');

    // With the CSP enforced, the dashboard runs every view without a single violation.
    const strict = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await strict.addInitScript({ path: PROBE });
    const p = await strict.newPage();
    const response = await p.goto(server.httpUrl + '/');
    expect(response?.headers()['content-security-policy']).toBe(csp);
    await p.locator(`[data-testid="session-row"]`).first().waitFor();
    await p.goto(`${server.httpUrl}/#/alerts/${encodeURIComponent(alertId)}`);
    await p.getByTestId('investigation').waitFor();
    await p.locator('[data-testid="session-graph"][data-status="ready"]').waitFor();
    const r = await p.evaluate(() => {
      const g = globalThis as unknown as Probe;
      return { violations: g.__probe.violations, hooks: g.__probe.hookCalls };
    });
    expect(r).toEqual({ violations: [], hooks: [] });
    await strict.close();
  });

  it('overview: hostile session id and app name are text', async () => {
    await page.goto(server.httpUrl + '/');
    const row = page.locator('[data-testid="session-row"]').first();
    await row.waitFor();
    expect(await row.getAttribute('data-session-id')).toBe(SESSION);
    const text = await row.innerText();
    expect(text).toContain('hostile-<b>x</b>invoice_\\u202Egpj.exe');
    expect(text).toContain("<img src=x onerror=__hook('app')>app");
    await shot('1-overview');
    await assertInert('overview');
  });

  it('session graph: canvas labels neutralized, tooltips and selection show text', async () => {
    await page.goto(server.httpUrl + '/');
    await page.locator('[data-testid="session-row"]').first().click();
    const graph = page.locator('[data-testid="session-graph"][data-status="ready"]');
    await graph.waitFor();
    expect(page.url()).toContain(`#/sessions/${encodeURIComponent(SESSION)}`);
    await waitFor(() => page.evaluate(() => ((globalThis as unknown as Probe).__probe.frames ?? 0) > 0), 10_000, 'a drawn frame');
    await page.waitForTimeout(300);

    const keys = [`agent:${AGENT}`, `tool:${TOOL_IMG}`, `tool:${TOOL_LONG}`, `agent:boss${P.svg}`];
    const nodes = await page.evaluate((k) => (globalThis as unknown as Probe).__probe.nodes(k), keys);
    expect(nodes.map((n) => n.key).sort()).toEqual([...keys].sort());
    for (const n of nodes) {
      expect(n.label, `canvas label of ${n.key}`).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/);
      expect(n.label.length, `canvas label of ${n.key} is clipped`).toBeLessThan(60);
    }
    expect(nodes.find((n) => n.key === `agent:${AGENT}`)!.label).toContain('<script>');

    // Hover each node: the tooltip renders the name as escaped text.
    for (const n of nodes.filter((x) => x.inside)) {
      await page.mouse.move(n.x, n.y);
      const tip = page.getByTestId('graph-tooltip');
      await tip.waitFor({ timeout: 5_000 });
      const t = await tip.innerText();
      if (n.key === `tool:${TOOL_IMG}`) expect(t).toContain(TOOL_IMG);
      if (n.key === `agent:${AGENT}`) expect(t).toContain('planner<script>__hook("script");globalThis.__pwned=1</script>invoice_\\u202Egpj.exe');
      await shot(`2-tooltip-${keys.indexOf(n.key)}`);
      await assertInert(`tooltip ${n.key}`);
      await page.mouse.move(5, 5);
    }
    // Hover edges too (their ids embed both hostile node names).
    const mids = await page.evaluate(() => (globalThis as unknown as Probe).__probe.edgeMidpoints());
    let edgeTips = 0;
    for (const m of mids.slice(0, 8)) {
      await page.mouse.move(m.x, m.y);
      // sigma picks on its next frame: give the tooltip that frame instead of reading the DOM at once.
      const shown = await page.getByTestId('graph-tooltip').waitFor({ timeout: 500 }).then(() => true, () => false);
      if (shown) edgeTips++;
      await assertInert(`edge tooltip ${m.key}`);
    }
    expect(edgeTips).toBeGreaterThan(0);
    await page.mouse.move(5, 5);

    // Click a node: the selection panel shows its full id as text.
    const target = nodes.find((n) => n.key === `tool:${TOOL_IMG}` && n.inside)!;
    await page.mouse.click(target.x, target.y);
    const sel = page.getByTestId('graph-selection');
    await sel.waitFor();
    expect(await sel.innerText()).toContain(`tool:${TOOL_IMG}`);
    await shot('3-selection');
    await assertInert('graph selection');

    // The long tool name: selected, it must not widen the page.
    const long = nodes.find((n) => n.key === `tool:${TOOL_LONG}`)!;
    if (long.inside) {
      await page.mouse.click(long.x, long.y);
      await page.waitForTimeout(100);
      await assertInert('long node selected');
    }
  });

  it('investigation: timeline with raw attributes, alert detail and evidence are escaped text', async () => {
    await page.goto(`${server.httpUrl}/#/sessions/${encodeURIComponent(SESSION)}/investigate`);
    await page.getByTestId('investigation').waitFor();
    const timeline = page.getByTestId('span-timeline');
    await page.locator('[data-testid="span-row"]').first().waitFor();
    const rows = page.locator('[data-testid="span-row"]');
    expect(await rows.count()).toBe(5);

    const text = await timeline.innerText();
    expect(text).toContain(P.script);
    expect(text).toContain(P.svelte);
    expect(text).toContain('bell\\u0007 nul\\u0000 esc\\u001B[31mred\\u001B[0m back\\u0008 del\\u007F');
    expect(text).toContain('left\\u2067right-to-left\\u2069\\u200F');
    expect(text).toContain('pay\\u200Bpal\\uFEFF');
    expect(text).toContain(`error: failed: ${P.img.slice(0, 50)}`);
    await assertInert('timeline');

    // Raw attributes of every span: keys and values are hostile too.
    const toggles = page.getByTestId('raw-toggle');
    for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
    await page.locator('[data-testid="raw-attributes"]').first().waitFor();
    await waitFor(async () => !(await page.getByTestId('raw-attributes').first().innerText()).includes('loading'), 5_000, 'raw attributes');
    const rawMore = page.locator('[data-testid="raw-attributes"] .more');
    for (let i = (await rawMore.count()) - 1; i >= 0; i--) await rawMore.nth(i).click();
    const raw = (await page.getByTestId('raw-attributes').allInnerTexts()).join('\n');
    expect(raw).toContain('attr <img src=x onerror=\\"__hook(\'img\');globalThis.__pwned=1\\">');
    expect(raw).toContain('"hostile.url": "javascript:__hook(\\"url\\")//"');
    expect(raw).toContain('"hostile.rtl": "invoice_\\u202Egpj.exe"');
    await assertInert('raw attributes');

    // Expand every clipped long text: wrapped inside its panel, never widening the page.
    const more = page.locator('[data-testid="span-timeline"] .io .block .more');
    for (let i = (await more.count()) - 1; i >= 0; i--) await more.nth(i).click();
    await page.waitForTimeout(100);
    await assertInert('long lines expanded');
    await shot('4-investigation');

    // The alert quoting the payloads: list row and detail.
    const detail = page.getByTestId('alert-detail');
    await detail.waitFor();
    const d = await detail.innerText();
    expect(d).toContain(`Tool ${TOOL_IMG} returned ${P.script} invoice_\\u202Egpj.exe`);
    expect(d).toContain(P.iframe);
    expect(d).toContain(P.anchor);
    expect(await page.locator('[data-testid="span-timeline"] [data-testid="flagged-value"]').allInnerTexts()).toContain(IBAN);
    await assertInert('alert detail');
  });

  it('alerts feed and the alert URL: escaped text, nothing clickable runs', async () => {
    await page.getByTestId('nav-alerts').click();
    const row = page.locator(`[data-testid="alert-row"][data-alert-id="${alertId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(`Tool ${TOOL_IMG}`);
    await shot('5-alerts');
    await assertInert('alerts feed');

    await row.locator('td').nth(1).click();
    await page.getByTestId('investigation').waitFor();
    expect(page.url()).toContain(`#/alerts/${encodeURIComponent(alertId)}`);
    await page.getByTestId('alert-detail').waitFor();
    await assertInert('alert investigation');
  });

  it('stays inert and within the viewport on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const hash of ['#/', `#/sessions/${encodeURIComponent(SESSION)}`, `#/alerts/${encodeURIComponent(alertId)}`, '#/alerts']) {
      await page.goto(`${server.httpUrl}/${hash}`);
      await page.locator('main *').first().waitFor();
      await page.waitForTimeout(500);
      await shot(`6-narrow-${hash.replace(/\W+/g, '_').slice(0, 20)}`);
      await assertInert(`narrow ${hash}`);
    }
    const summary = await server.get<SessionSummary>(`/api/sessions/${encodeURIComponent(SESSION)}`);
    expect(summary.app).toBe(APP);
  });
});
