// End to end: real server + real OTel exporter + Debian's Chromium driving the built dashboard through all four views.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Finding, PlacedSpan, SessionGraph } from '@sentinel/graph';
import type { Alert } from '../server/src/contract/api-types.ts';
import type { Detector } from '../server/src/ingest/detector.ts';
import { exporterFor, sendMultiAgentSession, testTracer } from './support/otel-session.ts';
import { sendChildrenFirst } from './support/late-name.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

const CHROMIUM = process.env.SENTINEL_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '..', 'test-output', 'screenshots');
const DIST = join(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const SESSION = 'dash-e2e-session';
const EVIDENCE_PATH = ['tool:read_inbox', 'agent:mailer', 'tool:send_email'];
const HOSTILE_TOOL = '<img src=x onerror="window.__pwned=1">\u202Eevil';

/** A real detector on the server's own alert path: flags send_email after read_inbox, as an injection rule would. */
const sendAfterRead: Detector = {
  id: 'e2e_send_after_read',
  evaluate(session: SessionGraph, placed: PlacedSpan[]): Finding[] {
    if (!placed.some((p) => p.node === 'tool:send_email') || !session.graph.hasNode('tool:read_inbox')) return [];
    return [
      {
        ruleId: 'e2e_send_after_read',
        category: 'injection_propagation',
        severity: 'high',
        score: 0.9,
        title: 'Email sent after reading untrusted inbox content',
        explanation: 'The mailer read the inbox and then called send_email.',
        evidence: { nodeIds: EVIDENCE_PATH, edgeIds: [], spanIds: placed.filter((p) => p.node === 'tool:send_email').map((p) => p.span.spanId), path: EVIDENCE_PATH },
        dedupKey: 'send-after-read',
      },
    ];
  },
  forget: () => undefined,
};

let server: TestServer;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(DIST))('dashboard in a real browser', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    server.pipeline.setDetectors([sendAfterRead]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (err) => console.error('page error:', err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a session arriving live, its growing graph, its alert, triage and the evidence path', async () => {
    await page.goto(server.httpUrl + '/');
    await page.getByTestId('state-empty').waitFor();
    await page.locator('[data-testid="connection"][data-connected="true"]').waitFor();
    await shot('0-overview-empty');

    // The header says how detection runs here: no policy (inferred defaults), no judge configured.
    await expect.poll(() => page.getByTestId('status-rules').textContent()).toBe('rules: inferred');
    expect(await page.getByTestId('status-rules').getAttribute('title')).toMatch(/No policy is loaded/);
    expect(await page.getByTestId('status-judge').textContent()).toBe('judge off');
    expect(await page.getByTestId('status-judge').getAttribute('title')).toMatch(/no judge model configured/);

    // 1. Overview: the session appears without a reload.
    await sendMultiAgentSession(exporterFor('proto', server.httpUrl), { app: 'mail-app', sessionId: SESSION, convention: 'openinference' });
    const row = page.locator(`[data-testid="session-row"][data-session-id="${SESSION}"]`);
    await row.waitFor({ timeout: 10_000 });
    await shot('1-overview');

    // 2. Live graph: all 9 nodes, then one more arrives live (a hostile tool name) without a reload.
    await row.click();
    await page.locator('[data-testid="session-graph"][data-node-count="9"]').waitFor({ timeout: 10_000 });
    const { tracer, provider } = testTracer(exporterFor('proto', server.httpUrl), 'mail-app');
    tracer.startSpan('hostile', { attributes: { 'openinference.span.kind': 'TOOL', 'tool.name': HOSTILE_TOOL, 'session.id': SESSION, 'output.value': 'x'.repeat(5000) } }).end();
    await provider.forceFlush();
    await provider.shutdown();
    await page.locator('[data-testid="session-graph"][data-node-count="10"]').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300); // let sigma draw the frame
    await shot('2-session-graph');

    // 3. Alerts feed: the alert arrives live; acknowledge it from the list.
    await page.getByTestId('nav-alerts').click();
    const alertRow = page.locator('[data-testid="alert-row"]').first();
    await alertRow.waitFor({ timeout: 10_000 });
    await shot('3-alerts');
    const alertId = await alertRow.getAttribute('data-alert-id');
    await alertRow.getByTestId('ack-button').click();
    await page.locator(`[data-testid="alert-row"][data-alert-id="${alertId}"][data-status="acknowledged"]`).waitFor();
    const stored = await server.get<Alert>(`/api/alerts/${encodeURIComponent(alertId!)}`);
    expect(stored.status).toBe('acknowledged');

    // 4. Investigation: the evidence path is highlighted in the graph, flagged spans marked.
    await page.locator(`[data-testid="alert-row"][data-alert-id="${alertId}"] td`).first().click();
    await page.getByTestId('investigation').waitFor();
    expect(page.url()).toContain(`#/alerts/${alertId}`);
    const canvas = page.getByTestId('graph-canvas');
    await waitFor(async () => (await canvas.getAttribute('data-highlighted')) === JSON.stringify([...EVIDENCE_PATH].sort()), 10_000, 'highlighted evidence path');
    // The span list loads after the graph (its own request): on a loaded machine it can still be empty here.
    await expect.poll(() => page.locator('[data-testid="span-row"][data-flagged="true"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByTestId('evidence-path').waitFor();
    await page.waitForTimeout(300);
    await shot('4-investigation');

    // Hostile content: shown as text, escaped, never run.
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const timeline = await page.getByTestId('span-timeline').innerText();
    expect(timeline).toContain('<img src=x onerror="window.__pwned=1">\\u202Eevil');
  });

  it('follows a session named late: the view of its trace moves to the named session, the overview drops the trace', async () => {
    const named = 'dash-late-named';
    const unnamed = await sendChildrenFirst(server, 'late-app');
    await page.goto(`${server.httpUrl}/#/`);
    const traceRow = page.locator(`[data-testid="session-row"][data-session-id="${unnamed.traceId}"]`);
    await traceRow.waitFor({ timeout: 10_000 });
    await traceRow.click();
    await page.getByTestId('session-view').waitFor();
    await unnamed.endRoot({ 'gen_ai.conversation.id': named });
    await page.waitForURL(`**/#/sessions/${named}`, { timeout: 10_000 });
    await expect.poll(() => page.getByTestId('session-span-count').textContent(), { timeout: 10_000 }).toBe('4 spans');
    await page.getByRole('button', { name: 'Sentinel' }).click();
    await page.locator(`[data-testid="session-row"][data-session-id="${named}"]`).waitFor({ timeout: 10_000 });
    expect(await traceRow.count()).toBe(0);
    // On the overview, live: the trace's row goes and the named session's comes, without a reload.
    const second = await sendChildrenFirst(server, 'late-app');
    const secondRow = page.locator(`[data-testid="session-row"][data-session-id="${second.traceId}"]`);
    await secondRow.waitFor({ timeout: 10_000 });
    await second.endRoot({ 'gen_ai.conversation.id': `${named}-2` });
    await page.locator(`[data-testid="session-row"][data-session-id="${named}-2"]`).waitFor({ timeout: 10_000 });
    await secondRow.waitFor({ state: 'detached', timeout: 10_000 });
  });
});
