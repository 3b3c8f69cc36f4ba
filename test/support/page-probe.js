// Browser-side probe for the hostile-content test, installed before the dashboard loads (page.addInitScript).
// Plain JS on purpose: it runs in the page, and the root tsconfig has no DOM types.
// It records anything a trace string could make the page do: a script hook being called, markup
// being injected, dialogs, CSP violations; and it reports layout overflow and un-isolated bidi text.
(() => {
  const probe = {
    /** Calls of the hook the payloads try to reach (`__hook('img')`). */
    hookCalls: [],
    /** Elements or attributes that only injected markup would create. */
    injected: [],
    /** CSP violations the page reported (the app itself must need no inline script). */
    violations: [],
  };
  Object.defineProperty(globalThis, '__probe', { value: probe });
  globalThis.__hook = (what) => probe.hookCalls.push(String(what));

  // The graph canvas hands over its renderer on each drawn frame (GraphCanvas's test hook).
  globalThis.__sentinelOnDraw = (graph, renderer) => {
    probe.renderer = renderer;
    probe.graph = graph;
    probe.frames = (probe.frames ?? 0) + 1;
  };

  const BAD_TAGS = new Set(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'svg', 'FORM', 'BASE', 'META', 'LINK']);
  const describe = (el) => `<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ')}>`;
  const badAttr = (name, value) =>
    /^on/i.test(name) || (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|vbscript):/i.test(value ?? '')) || name === 'srcdoc';
  const inspect = (el) => {
    if (!(el instanceof Element)) return;
    // The app's own page shell (index.html) is there before any trace data; vite's module script is same-origin.
    const own = el.tagName === 'SCRIPT' && el.getAttribute('type') === 'module' && /^\/assets\//.test(el.getAttribute('src') ?? '');
    const ownLink = el.tagName === 'LINK' && /^(\/assets\/|data:,$)/.test(el.getAttribute('href') ?? '');
    const ownMeta = el.tagName === 'META' && !el.closest('body');
    if (BAD_TAGS.has(el.tagName) && !own && !ownLink && !ownMeta) probe.injected.push(describe(el));
    for (const a of el.attributes) if (badAttr(a.name, a.value)) probe.injected.push(`${describe(el)} [${a.name}]`);
    for (const child of el.children) inspect(child);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element && badAttr(r.attributeName, r.target.getAttribute(r.attributeName))) {
        probe.injected.push(`${describe(r.target)} [${r.attributeName} set]`);
      }
      for (const n of r.addedNodes) inspect(n);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('securitypolicyviolation', (e) => probe.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`));

  const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
  /** Text nodes holding a raw bidi control outside an isolating element (Trojan Source reordering the UI). */
  probe.bidiLeaks = () => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!BIDI.test(n.data)) continue;
      let isolated = false;
      for (let el = n.parentElement; el && !isolated; el = el.parentElement) {
        const ub = getComputedStyle(el).unicodeBidi;
        isolated = el.tagName === 'BDI' || ub === 'isolate' || ub === 'isolate-override' || ub === 'plaintext';
      }
      if (!isolated) out.push(JSON.stringify(n.data.slice(0, 80)));
    }
    return out;
  };

  /** Does the page scroll sideways, and which visible elements stick out of the viewport without a clipping/scrolling panel around them? */
  probe.overflow = () => {
    const vw = document.documentElement.clientWidth;
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 1) continue;
      let contained = false;
      for (let a = el.parentElement; a && a !== document.body && !contained; a = a.parentElement) {
        const ox = getComputedStyle(a).overflowX;
        contained = ox !== 'visible' && a.getBoundingClientRect().right <= vw + 1;
      }
      if (!contained) wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: vw, wide: wide.slice(0, 10) };
  };

  /** `javascript:` (or data:/vbscript:) links a person could click. */
  probe.scriptLinks = () =>
    [...document.querySelectorAll('a[href], area[href], [xlink\\:href], form[action], button[formaction]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? el.getAttribute('xlink:href') ?? '')
      .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h));

  /** Viewport (page) coordinates of graph nodes as drawn, and the labels the canvas drew for them. */
  probe.nodes = (keys) => {
    const r = probe.renderer;
    if (!r) return [];
    const box = r.getContainer().getBoundingClientRect();
    return keys
      .filter((k) => r.getGraph().hasNode(k))
      .map((k) => {
        const d = r.getNodeDisplayData(k);
        const p = r.framedGraphToViewport(d);
        return { key: k, x: box.left + p.x, y: box.top + p.y, label: d.label, inside: p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height };
      });
  };
  probe.edgeMidpoints = () => {
    const r = probe.renderer;
    if (!r) return [];
    const g = r.getGraph();
    const box = r.getContainer().getBoundingClientRect();
    return g.edges().map((e) => {
      const a = r.framedGraphToViewport(r.getNodeDisplayData(g.source(e)));
      const b = r.framedGraphToViewport(r.getNodeDisplayData(g.target(e)));
      return { key: e, x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2 };
    });
  };
})();
