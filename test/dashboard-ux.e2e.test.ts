// End to end in Chromium: the overview's live list, pause, filters, order and paging; score colours; shareable alert URLs; evidence marks and triage; a server restart.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Locator, type Page, type Route } from 'playwright-core';
import type { Finding, PlacedSpan, SessionGraph } from '@sentinel/graph';
import type { Alert, Page as ApiPage, SessionSummary } from '../server/src/contract/api-types.ts';
import type { Detector, SessionScoreView } from '../server/src/ingest/detector.ts';
import { hex, otlpJson, type JsonSpanSpec } from './support/otlp-json.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';
import { UNSCORED_COLOR, scoreColor } from '../web/src/features/session-graph/style.ts';

const CHROMIUM = process.env.SENTINEL_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '..', 'test-output', 'dashboard-ux');
const DIST = join(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const PROBE = join(import.meta.dirname, 'support', 'page-probe.js');
const SCORED = 'ux-scored';
const TWO_ALERTS = 'ux-two-alerts';
/** Ten alerts on one session, titled alike but for their end (as one rule's alerts are), each naming values in the tool call. */
const EVIDENCE = 'ux-evidence';
const EVIDENCE_ALERTS = 10;
const evidenceTitle = (n: number) => `result of search_calendar_events → send_email (injected values, case ${n})`;
/** The tool call the evidence values come from, written as a person would (case, groups, scheme) and not as the rules store them. */
const EVIDENCE_INPUT = '{"to": "Mark.Black-2134@Gmail.com", "iban": "DE89 3704 0044 0532 0130 00"}';
const EVIDENCE_OUTPUT = 'Sent. Details at https://www.Evil.example/collect?d=1';
/** Sessions the scorer rates 0.5: together they outrank any new session without alerts or score. */
const RISKY = 'ux-risky-';
/** The scorer's verdict on SCORED: the tool is anomalous, the agent a little. */
const NODE_SCORES: Record<string, number> = { 'agent:worker': 0.2, 'tool:wire_money': 0.95 };

/** Scores one session (as the graph scorer would with a baseline) and raises two alerts on another. */
const detector: Detector = {
  id: 'e2e_ux',
  evaluate(session: SessionGraph, placed: PlacedSpan[]): Finding[] {
    const sent = placed.find((p) => p.node === 'tool:send_email');
    if (session.sessionId === EVIDENCE && sent) {
      return Array.from({ length: EVIDENCE_ALERTS }, (_, n) => ({
        ruleId: `e2e_ux_evidence_${n}`,
        category: 'injection_propagation',
        severity: n % 2 ? 'high' : 'critical',
        score: 0.9,
        title: evidenceTitle(n),
        explanation: `explanation ${n}`,
        // As the rules write them: kind prefixes, lowercased, URL without scheme, IBAN in one run, a secret masked.
        evidence: { nodeIds: ['tool:send_email'], edgeIds: [], spanIds: [sent.span.spanId], path: [], values: ['email:mark.black-2134@gmail.com', 'iban:DE89370400440532013000', 'url:evil.example/collect?d=1', 'sk-…xy (40 chars)'] },
        dedupKey: `ux-evidence-${n}`,
      }));
    }
    if (session.sessionId !== TWO_ALERTS || !placed.some((p) => p.node === 'tool:wire_money')) return [];
    const finding = (n: number): Finding => ({
      ruleId: `e2e_ux_${n}`,
      category: 'unauthorized_tool',
      severity: n === 1 ? 'high' : 'medium',
      score: 0.9,
      title: `Finding number ${n}`,
      explanation: `explanation ${n}`,
      evidence: { nodeIds: ['tool:wire_money'], edgeIds: [], spanIds: [], path: [] },
      dedupKey: `ux-${n}`,
    });
    return [finding(1), finding(2)];
  },
  score(session: SessionGraph): SessionScoreView | undefined {
    if (session.sessionId.startsWith(RISKY)) return { score: 0.5, reasons: [], nodeScores: {}, edgeScores: {} };
    if (session.sessionId !== SCORED) return undefined;
    return { score: 0.9, reasons: [{ target: 'tool:wire_money', score: 0.95, text: 'never called in normal sessions' }], nodeScores: NODE_SCORES, edgeScores: {} };
  },
  forget: () => undefined,
};

let server: TestServer;
let browser: Browser;
let page: Page;
let spanSeq = 1;

/** One agent span per session (plus a tool call when `tool` is given, with `toolAttributes`), posted as one OTLP/JSON request. */
async function ingest(sessions: Array<{ id: string; app: string; tool?: string; toolAttributes?: Record<string, string> }>): Promise<void> {
  const spans: JsonSpanSpec[] = [];
  const now = BigInt(Date.now()) * 1_000_000n;
  for (const s of sessions) {
    const traceId = hex(spanSeq, 32);
    const agentId = hex(spanSeq++, 16);
    spans.push({ traceId, spanId: agentId, name: 'worker', startNs: now, attributes: { 'openinference.span.kind': 'AGENT', 'agent.name': 'worker', 'session.id': s.id } });
    if (s.tool) spans.push({ traceId, spanId: hex(spanSeq++, 16), parentSpanId: agentId, name: s.tool, startNs: now + 1n, attributes: { 'openinference.span.kind': 'TOOL', 'tool.name': s.tool, 'session.id': s.id, ...s.toolAttributes } });
  }
  // Sessions of different apps go in separate requests (one resource per request here).
  for (const app of new Set(sessions.map((s) => s.app))) {
    const ids = new Set(sessions.filter((s) => s.app === app).map((s) => s.id));
    const body = otlpJson(app, spans.filter((sp) => ids.has(String(sp.attributes['session.id']))));
    const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
  }
}

const rows = () => page.locator('[data-testid="session-row"]');
/** Whether a person can see and click it: its centre is in the viewport and hits it (not clipped by a scrolling panel, not covered). */
const reachable = (loc: Locator) =>
  loc.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = el.ownerDocument.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(DIST))('dashboard UX in a real browser', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    server.pipeline.setDetectors([...server.detectors.list(), detector]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.addInitScript({ path: PROBE });
    page = await ctx.newPage();
    page.on('pageerror', (err) => console.error('page error:', err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('overview: pages with "load more", filters by app and time, pauses and resumes live updates', async () => {
    await ingest([...Array.from({ length: 140 }, (_, i) => ({ id: `ux-a-${i}`, app: 'app-a' })), ...Array.from({ length: 10 }, (_, i) => ({ id: `ux-b-${i}`, app: 'app-b' }))]);
    await page.goto(server.httpUrl + '/');
    await page.locator('[data-testid="connection"][data-connected="true"]').waitFor();
    await waitFor(async () => (await rows().count()) === 100, 10_000, 'the first page of 100 sessions');
    expect(await page.getByTestId('load-more-bar').innerText()).toContain('Showing 100 of 150 sessions');
    await page.getByTestId('load-more').click();
    await waitFor(async () => (await rows().count()) === 150, 10_000, 'all 150 sessions');
    expect(await page.getByTestId('load-more').count()).toBe(0);

    await page.getByTestId('filter-app').selectOption('app-b');
    await waitFor(async () => (await rows().count()) === 10, 10_000, 'app-b only');
    await page.getByTestId('filter-time').selectOption('15');
    await waitFor(async () => (await rows().count()) === 10, 10_000, 'still 10 in the last 15 minutes');
    // The address carries the filters, so the view can be shared or bookmarked.
    await waitFor(async () => (await page.evaluate('location.hash')) === '#/?app=app-b&window=15', 5_000, 'the filters in the address');
    await page.getByTestId('filter-status').selectOption('open');
    await page.getByTestId('clear-filters').waitFor();
    await shot('1-filtered-empty');
    await page.getByTestId('clear-filters').click();
    await waitFor(async () => (await rows().count()) === 100, 10_000, 'filters cleared');
    expect(await page.evaluate('location.hash')).toBe('#/');
    // A shared link opens the view with its filters.
    await page.goto(`${server.httpUrl}/#/?app=app-b`);
    await waitFor(async () => (await rows().count()) === 10, 10_000, 'the linked filter applied');
    expect(await page.getByTestId('filter-app').inputValue()).toBe('app-b');
    await page.goto(`${server.httpUrl}/#/`);
    await waitFor(async () => (await rows().count()) === 100, 10_000, 'back to all sessions');

    // Paused: a new session waits (and is counted); resumed: it appears.
    await page.getByTestId('pause-toggle').click();
    await ingest([{ id: 'ux-live-while-paused', app: 'app-b', tool: 'wire_money' }]);
    await waitFor(async () => (await page.getByTestId('pause-toggle').innerText()).includes('1 waiting'), 10_000, 'the waiting count');
    expect(await page.locator('[data-session-id="ux-live-while-paused"]').count()).toBe(0);
    await page.getByTestId('pause-toggle').click();
    await page.locator('[data-session-id="ux-live-while-paused"]').waitFor();
    await shot('2-overview');
  });

  it('colours nodes by anomaly score when the session is scored, and says when it is not', async () => {
    await ingest([
      { id: SCORED, app: 'app-a', tool: 'wire_money' },
      { id: 'ux-unscored', app: 'app-a', tool: 'wire_money' },
    ]);
    await page.goto(`${server.httpUrl}/#/sessions/${SCORED}`);
    await page.locator('[data-testid="session-graph"][data-status="ready"][data-node-count="3"]').waitFor();
    await page.getByTestId('color-by-score').click();
    const colour = (key: string) => page.evaluate((k) => (globalThis as unknown as { __probe: { renderer: { getNodeDisplayData(k: string): { color: string } } } }).__probe.renderer.getNodeDisplayData(k).color, key);
    await waitFor(async () => (await colour('tool:wire_money')) === scoreColor(0.95), 10_000, 'the anomalous tool in red');
    expect(await colour('agent:worker')).toBe(scoreColor(0.2));
    expect(await colour('user')).toBe(UNSCORED_COLOR);
    expect(await page.getByTestId('not-scored').count()).toBe(0);
    await shot('3-score-colours');

    await page.goto(`${server.httpUrl}/#/sessions/ux-unscored`);
    await page.locator('[data-testid="session-graph"][data-status="ready"]').waitFor();
    await page.getByTestId('color-by-score').click();
    await page.getByTestId('not-scored').waitFor();
  });

  it('gives every alert a URL: picking one in the investigation updates the address, and the address reopens it', async () => {
    await ingest([{ id: TWO_ALERTS, app: 'app-b', tool: 'wire_money' }]);
    const alerts = await waitFor(async () => {
      const list = await server.get<Alert[]>(`/api/sessions/${TWO_ALERTS}/alerts`);
      return list.length >= 2 ? list.filter((a) => a.ruleId.startsWith('e2e_ux_')) : undefined;
    }, 10_000, 'two alerts');
    const [first, second] = [alerts.find((a) => a.ruleId === 'e2e_ux_1')!, alerts.find((a) => a.ruleId === 'e2e_ux_2')!];
    await page.goto(`${server.httpUrl}/#/alerts/${first.id}`);
    await page.locator(`[data-testid="investigation"][data-selected-alert="${first.id}"]`).waitFor();
    await page.locator(`[data-testid="alert-row"][data-alert-id="${second.id}"] td`).nth(1).click();
    await page.locator(`[data-testid="investigation"][data-selected-alert="${second.id}"]`).waitFor();
    expect(page.url()).toContain(`#/alerts/${second.id}`);
    expect(await page.getByTestId('alert-permalink').getAttribute('href')).toBe(`#/alerts/${second.id}`);
    await page.reload();
    await page.locator(`[data-testid="investigation"][data-selected-alert="${second.id}"]`).waitFor();
    await page.getByTestId('nav-overview').click();
    await page.locator('[data-testid="session-row"]').first().waitFor();
    await page.goBack();
    await page.locator(`[data-testid="investigation"][data-selected-alert="${second.id}"]`).waitFor();
  });

  it('shows a span link and goes to the linked span, drawing it when it was past the rows shown', async () => {
    const id = 'ux-linked';
    const now = BigInt(Date.now()) * 1_000_000n;
    const base = spanSeq;
    spanSeq += 300;
    const attrs = (name: string) => ({ 'openinference.span.kind': 'TOOL', 'tool.name': name, 'session.id': id });
    // The first span links to the last of 251: the timeline draws 200 at first.
    const target = { traceId: hex(base, 32), spanId: hex(base + 260, 16) };
    const spans: JsonSpanSpec[] = [{ traceId: hex(base + 1, 32), spanId: hex(base + 1, 16), name: 'review', startNs: now, attributes: attrs('review'), links: [target] }];
    for (let i = 0; i < 249; i++) spans.push({ traceId: target.traceId, spanId: hex(base + 2 + i, 16), name: 'step', startNs: now + BigInt(i + 1) * 1_000_000n, attributes: attrs('step') });
    spans.push({ ...target, name: 'enqueue', startNs: now + 300_000_000n, attributes: attrs('enqueue') });
    const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: otlpJson('app-links', spans) });
    expect(res.status).toBe(200);
    await waitFor(async () => (await server.get<{ spanCount: number }>(`/api/sessions/${id}`)).spanCount === 251, 10_000, id);
    await page.goto(`${server.httpUrl}/#/sessions/${id}/investigate`);
    const linkButton = page.locator('[data-testid="span-link"]');
    await linkButton.waitFor();
    expect(await page.locator(`[data-span-id="${target.spanId}"]`).count()).toBe(0);
    await linkButton.click();
    const row = page.locator(`[data-span-id="${target.spanId}"]`);
    await row.waitFor();
    await expect.poll(() => row.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= el.ownerDocument.documentElement.clientHeight; })).toBe(true);
    expect(await row.getAttribute('class')).toContain('linked');
    await shot('span-link');
  });

  it('marks the values an alert flags in the timeline, shows whole titles, opens the detail at its row, keeps triage in reach', async () => {
    await ingest([{ id: EVIDENCE, app: 'app-ev', tool: 'send_email', toolAttributes: { 'input.value': EVIDENCE_INPUT, 'output.value': EVIDENCE_OUTPUT } }]);
    const alerts = await waitFor(async () => {
      const list = await server.get<Alert[]>(`/api/sessions/${EVIDENCE}/alerts`);
      return list.length >= EVIDENCE_ALERTS ? list : undefined;
    }, 10_000, 'the evidence alerts');
    await page.goto(`${server.httpUrl}/#/sessions/${EVIDENCE}/investigate`);
    const rowsOf = page.locator('[data-testid="alert-row"]');
    await waitFor(async () => (await rowsOf.count()) === EVIDENCE_ALERTS, 10_000, 'the alert rows');

    // 1. The values as written in the span, found from their stored forms; the masked secret marks nothing.
    const marks = page.locator('[data-testid="span-timeline"] [data-testid="flagged-value"]');
    await waitFor(async () => (await marks.count()) >= 3, 10_000, 'marked evidence values');
    expect(new Set(await marks.allInnerTexts())).toEqual(new Set(['Mark.Black-2134@Gmail.com', 'DE89 3704 0044 0532 0130 00', 'https://www.Evil.example/collect?d=1']));

    // 2. Titles that differ only at their end are shown whole (wrapped, nothing cut), and in full on hover.
    for (const a of alerts) {
      const title = page.locator(`[data-testid="alert-row"][data-alert-id="${a.id}"] td`).nth(1);
      expect(await title.innerText()).toContain(a.title);
      expect(await title.getAttribute('title')).toBe(a.title);
      expect(await title.evaluate((td) => [td, ...td.querySelectorAll('*')].every((e) => e.scrollWidth <= e.clientWidth + 1))).toBe(true);
    }

    // 3. Picking the last alert opens its detail where it can be read, without scrolling the panel by hand.
    const last = alerts.find((a) => a.title === evidenceTitle(EVIDENCE_ALERTS - 1))!;
    await page.locator(`[data-testid="alert-row"][data-alert-id="${last.id}"] td`).nth(1).click();
    const detail = page.locator(`[data-testid="alert-detail"][data-alert-id="${last.id}"]`);
    await detail.waitFor();
    await expect.poll(() => reachable(detail.locator('h3'))).toBe(true);
    await shot('5-investigation-detail');

    // 4. At 1024 px the triage buttons of every row stay in the panel, not clipped off its right edge.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.reload();
    await waitFor(async () => (await rowsOf.count()) === EVIDENCE_ALERTS, 10_000, 'the alert rows at 1024 px');
    const lastRow = page.locator(`[data-testid="alert-row"][data-alert-id="${last.id}"]`);
    await expect.poll(() => reachable(lastRow.getByTestId('resolve-button'))).toBe(true);
    expect(await reachable(lastRow.getByTestId('ack-button'))).toBe(true);
    await shot('6-investigation-1024');

    // 5. Resolved alerts leave the badges: the header and the overview say "resolved", muted, not the red chips of untriaged ones.
    const counts = page.locator('[data-testid="investigation"] .head [data-testid="alert-counts"]');
    expect(await counts.getAttribute('data-unresolved')).toBe(String(EVIDENCE_ALERTS));
    for (const a of alerts) {
      const row = page.locator(`[data-testid="alert-row"][data-alert-id="${a.id}"]`);
      await row.getByTestId('resolve-button').click();
      await page.locator(`[data-testid="alert-row"][data-alert-id="${a.id}"][data-status="resolved"]`).waitFor();
    }
    await page.locator('[data-testid="investigation"] .head [data-testid="alert-counts"][data-unresolved="0"]').waitFor({ timeout: 10_000 });
    expect(await counts.innerText()).toBe(`${EVIDENCE_ALERTS} resolved`);
    expect(await counts.locator('.chip').count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.httpUrl}/#/?app=app-ev`);
    const overviewCounts = page.locator(`[data-session-id="${EVIDENCE}"] [data-testid="alert-counts"]`);
    await overviewCounts.waitFor();
    expect(await overviewCounts.innerText()).toBe(`${EVIDENCE_ALERTS} resolved`);
  });

  it('says at the row when acknowledging fails, and retries from there; triage is in reach at 800 px', async () => {
    await page.setViewportSize({ width: 800, height: 800 });
    try {
      await page.goto(`${server.httpUrl}/#/alerts`);
      const row = page.locator('[data-testid="alert-row"][data-status="open"]').first();
      await row.waitFor({ timeout: 10_000 });
      expect(await reachable(row.getByTestId('ack-button'))).toBe(true);
      expect(await reachable(row.getByTestId('resolve-button'))).toBe(true);
      const id = (await row.getAttribute('data-alert-id'))!;

      // The server unreachable for the PATCH only: the page itself stays connected.
      const refuse = (route: Route) => (route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.continue());
      await page.route('**/api/alerts/**', refuse);
      await row.getByTestId('ack-button').click();
      const error = page.locator(`[data-testid="alert-row"][data-alert-id="${id}"] [data-testid="triage-error"]`);
      await error.waitFor();
      expect(await error.innerText()).toMatch(/could not acknowledge: Sentinel is not reachable/);
      expect(await page.locator(`[data-testid="alert-row"][data-alert-id="${id}"]`).getAttribute('data-status')).toBe('open');
      await shot('7-ack-failed');

      await page.unroute('**/api/alerts/**', refuse);
      await error.getByTestId('triage-retry').click();
      await page.locator(`[data-testid="alert-row"][data-alert-id="${id}"][data-status="acknowledged"]`).waitFor();
      expect(await error.count()).toBe(0);
      expect((await server.get<Alert>(`/api/alerts/${encodeURIComponent(id)}`)).status).toBe('acknowledged');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('overview: a new session outranked by older risky ones is announced, "most recent" shows it first, and the order is in the address', async () => {
    await ingest(Array.from({ length: 100 }, (_, i) => ({ id: `${RISKY}${i}`, app: 'app-risky' })));
    // All scored before the page loads: a score arriving later is an update of its own, counted like the new session.
    await waitFor(async () => (await server.get<ApiPage<SessionSummary>>('/api/sessions?app=app-risky&limit=200')).items.every((s) => s.score === 0.5), 10_000, 'the risky sessions scored');
    await page.goto(`${server.httpUrl}/#/`);
    // Sessions with open alerts come first, then the risky ones fill the page.
    await waitFor(async () => (await rows().count()) === 100 && (await rows().last().getAttribute('data-session-id'))!.startsWith(RISKY), 10_000, 'the risky sessions filling the page');
    expect(await page.getByTestId('clear-filters').count()).toBe(0);

    // Summaries go out 250 ms after the store has them: the risky sessions' last ones may follow the load (and
    // are counted too, rightly: they are live and not shown). Let them land, then count the new session alone.
    await page.waitForTimeout(600);
    const unseen = async () => ((await page.getByTestId('unseen-sessions').count()) ? Number(/^\d+/.exec(await page.getByTestId('unseen-sessions').innerText())![0]) : 0);
    const before = await unseen();
    await ingest([{ id: 'ux-new-quiet', app: 'app-a' }]);
    await page.getByTestId('unseen-sessions').waitFor({ timeout: 10_000 });
    await expect.poll(unseen, { timeout: 10_000 }).toBe(before + 1);
    expect(await page.getByTestId('unseen-sessions').innerText()).toMatch(/^\d+ live sessions? updated since the list loaded ranks? below the 100 shown/);
    expect(await page.locator('[data-session-id="ux-new-quiet"]').count()).toBe(0);

    await page.getByTestId('show-recent').click();
    await waitFor(async () => (await rows().first().getAttribute('data-session-id')) === 'ux-new-quiet', 10_000, 'the new session on top');
    expect(await page.evaluate('location.hash')).toBe('#/?sort=recent');
    expect(await page.getByTestId('sort').inputValue()).toBe('recent');
    await page.reload();
    await waitFor(async () => (await rows().first().getAttribute('data-session-id')) === 'ux-new-quiet', 10_000, 'the order from the address');

    // "Clear filters" whenever a filter is set (not only on an empty result); clearing keeps the order.
    await page.getByTestId('filter-app').selectOption('app-a');
    await page.getByTestId('clear-filters').waitFor();
    expect(await rows().count()).toBeGreaterThan(0);
    await page.getByTestId('clear-filters').click();
    await waitFor(async () => (await page.evaluate('location.hash')) === '#/?sort=recent', 5_000, 'filters cleared, order kept');
    expect(await page.getByTestId('clear-filters').count()).toBe(0);
    await page.getByTestId('sort').selectOption('risk');
    await waitFor(async () => (await page.evaluate('location.hash')) === '#/', 5_000, 'risk order, the default, out of the address');
  });

  it('tells the person when live updates stop, and catches up when the server is back', async () => {
    await page.goto(server.httpUrl + '/');
    await page.locator('[data-testid="connection"][data-connected="true"]').waitFor();
    const port = server.port;
    await server.stop();
    await page.getByTestId('connection-lost').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('connection').getAttribute('data-status')).toBe('reconnecting');
    expect(await page.getByTestId('connection-lost').innerText()).toContain('Live updates are off');
    await shot('4-connection-lost');

    // Same port, a fresh store: the page reconnects by itself and reloads what it shows.
    server = await startTestServer({ port });
    await ingest([{ id: 'ux-after-restart', app: 'app-a' }]);
    await page.locator('[data-testid="connection"][data-connected="true"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('connection-lost').count()).toBe(0);
    await page.locator('[data-session-id="ux-after-restart"]').waitFor({ timeout: 10_000 });
  });
});
