// First paint of the benchmark's dashboard (50 indicator cards, 3 budget gauges, the saldo table, a 100-node goal
// tree) from pre-rendered HTML (`pc-charts render`), against the floor (each chart a title and one SVG path made
// by a script: bench/peers/floor/). Three rows, each the median (min–max) over --runs page loads, all timed from
// navigation start to the paint that shows every chart:
//   floor                      the floor's module draws the charts (bench/pages/dashboard.html?lib=floor)
//   pre-rendered, no script    the HTML alone: the charts are in the page as it arrives
//   pre-rendered + script      the same page loading dist/pc-charts.js, to the paint after the takeover
// Needs `npm run build` (dist/cli/render.js, dist/pc-charts.js) and the dashboard data that scripts/bench.mjs
// writes (bench/.tmp/data/dashboard.json; `npm run bench:smoke` makes it).
// Usage: node scripts/bench-prerender.mjs [--runs 7] [--json]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { bundle } from './esbuild-bundle.mjs';
import { serve } from './bench-serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const option = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : (process.argv[i + 1] ?? true);
};
const RUNS = Number(option('runs') ?? 7);
const OUT = 'bench/.tmp/prerender';
const DATA = 'bench/.tmp/data/dashboard.json';

/** The dashboard's charts as pre-rendered HTML, in the order and sections of bench/pages/dashboard.js. */
export async function prerenderedDashboard(doc) {
  const { renderComponent } = await import(`${process.cwd()}/dist/cli/render.js`).catch(async () => {
    throw new Error('dist/cli/render.js is missing: run npm run build first');
  });
  const text = JSON.stringify(doc);
  const render = async (component, attributes) => {
    const result = await renderComponent(text, { component, attributes });
    if (result.errors.length) throw new Error(`${component}: ${result.errors.join('; ')}`);
    return result.html;
  };
  const programme = doc.programmes[0];
  const indicators = programme.goals.flatMap((goal) => (goal.indicators ?? []).map((i) => i.id));
  const cards = await Promise.all(indicators.map((id) => render('indicator-card', { indicator: id, 'table-open': true })));
  const gauges = await Promise.all(programme.goals.map((goal) => render('budget-gauge', { goal: goal.id })));
  const saldo = await render('saldo-table', { programme: programme.id });
  const tree = await render('goal-tree', { tree: doc.goalTrees[0].id });
  const section = (className, heading, items) =>
    `<h2>${heading}</h2><section class="${className}">${items.join('\n')}</section>`;
  return [
    section('cards', 'Indicatoren', cards),
    section('gauges', 'Lasten per doelstelling', gauges),
    section('saldo', 'Saldo', [saldo]),
    section('tree', 'Doelenboom', [tree]),
  ].join('\n');
}

function page(body, script) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8" />
<title>Benchmark: Programma 2 — Jaarstukken 2025 (voorgerenderd)</title><link rel="icon" href="data:," />
<link rel="stylesheet" href="/bench/pages/bench.css" /></head>
<body><main id="dashboard">${body}</main>${script ? '<script type="module" src="/dist/pc-charts.js"></script>' : ''}</body></html>`;
}

/**
 * In the page from its start: resolves window.benchPainted with the first post-paint time (a task queued from an
 * animation frame) at which `done()` holds; the floor's is when its own benchResult has resolved.
 */
const PAINT_PROBE = `
window.benchPainted = new Promise((resolve) => {
  const done = () => {
    if (document.readyState === 'loading') return false;
    if (location.search.includes('lib=floor')) {
      if (window.benchResult && !window.__hooked) {
        window.__hooked = true;
        window.benchResult.then(() => (window.__floorDone = true));
      }
      return window.__floorDone === true;
    }
    const elements = [...document.querySelectorAll('#dashboard [class] > *')].filter((e) => e.localName.startsWith('pc-'));
    if (elements.length === 0) return false;
    if (!location.search.includes('script')) return true;
    return elements.every((e) => customElements.get(e.localName) && e.hasUpdated && !e.isUpdatePending);
  };
  const tick = () => requestAnimationFrame(() => setTimeout(() => (done() ? resolve(performance.now()) : tick()), 0));
  tick();
});`;

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.addInitScript(PAINT_PROBE);
  await tab.goto(url, { waitUntil: 'load' });
  const ms = await tab.evaluate(() => window.benchPainted);
  const fcp = await tab.evaluate(
    () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
  );
  await context.close();
  return { ms, fcp };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (values) =>
  `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;

export async function benchPrerender({ runs = RUNS } = {}) {
  if (!existsSync(DATA)) throw new Error(`${DATA} is missing: run npm run bench:smoke first`);
  mkdirSync(OUT, { recursive: true });
  const doc = JSON.parse(readFileSync(DATA, 'utf8'));
  const body = await prerenderedDashboard(doc);
  writeFileSync(`${OUT}/dashboard.html`, page(body, false));
  writeFileSync(`${OUT}/dashboard-script.html`, page(body, true));
  // The floor's module, built as bench.mjs builds it (harness.js imports /bench/.tmp/floor/all.js).
  await bundle('bench/peers/floor/all.js', 'bench/.tmp/floor/all.js', { fast: true, minifyLiterals: false });
  const server = await serve(process.cwd());
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = {
    floor: `${base}/bench/pages/dashboard.html?lib=floor`,
    'pre-rendered, no script': `${base}/bench/.tmp/prerender/dashboard.html`,
    'pre-rendered + script (takeover)': `${base}/bench/.tmp/prerender/dashboard-script.html?script`,
  };
  const results = {};
  try {
    for (const name of Object.keys(rows)) results[name] = { ms: [], fcp: [] };
    // Interleaved, so a noisy moment on the machine hits every row alike.
    for (let run = 0; run < runs; run++) {
      for (const [name, url] of Object.entries(rows)) {
        const { ms, fcp } = await measure(browser, url);
        results[name].ms.push(ms);
        if (fcp !== null) results[name].fcp.push(fcp);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const html = readFileSync(`${OUT}/dashboard.html`);
  return {
    runs,
    htmlBytes: statSync(`${OUT}/dashboard.html`).size,
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    rows: Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        { paintMs: row(r.ms), fcpMs: r.fcp.length ? row(r.fcp) : 'n/a', medianMs: median(r.ms) },
      ]),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchPrerender();
  if (option('json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `Dashboard first paint, navigation start → paint showing every chart, ms, median (min–max) of ${result.runs} loads`,
    );
    console.log(`pre-rendered HTML: ${(result.htmlBytes / 1000).toFixed(0)} kB, ${(result.htmlGzipBytes / 1000).toFixed(0)} kB gzip`);
    console.table(Object.fromEntries(Object.entries(result.rows).map(([k, v]) => [k, { paint: v.paintMs, fcp: v.fcpMs }])));
  }
}
