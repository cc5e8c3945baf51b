// Issue 22: "first paint of the dashboard page from pre-rendered HTML, against the floor". The dashboard's charts
// (the same 50 cards, 3 gauges, saldo table and 100-node tree as section 2) pre-rendered by `pc-charts render`
// (dist/cli/render.js) into declarative shadow DOM, in one HTML page; timed from navigation start to the first
// paint that shows every chart (bench/pages/prerender-probe.js), beside the floor page's "all charts painted"
// (bench/pages/dashboard.html?lib=floor, its harness's figure as in section 2). Three rows, interleaved per
// repetition so that a noisy moment falls on all alike:
//   floor (reference)            a module draws each chart as a title and one SVG path
//   pre-rendered HTML            the charts are in the HTML as it arrives; no script of ours
//   pre-rendered HTML + script   the same page loading dist/pc-charts.js: the paint after every element has
//                                taken over (defined, drawn: `drawComplete`)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measurePage } from './measure.mjs';
import { BUILD, RUNS, log } from './options.mjs';
import { stats, table, timeCell, kB } from './report.mjs';

const OUT = `${BUILD}/prerender`;
const DATA = `${BUILD}/data/dashboard.json`;
const RENDERER = 'dist/cli/render.js';

export const PRERENDER_ROWS = [
  { id: 'floor', name: 'floor (reference)', path: '/bench/pages/dashboard.html?lib=floor' },
  { id: 'html', name: 'pre-rendered HTML, no script', path: `/${OUT}/dashboard.html` },
  {
    id: 'takeover',
    name: 'pre-rendered HTML + dist/pc-charts.js (takeover)',
    path: `/${OUT}/dashboard-script.html`,
  },
];

/** The dashboard's charts as pre-rendered HTML, in the order and sections of bench/pages/dashboard.js. */
export async function prerenderedDashboard(doc) {
  if (!existsSync(RENDERER)) throw new Error(`${RENDERER} is missing: run npm run build first`);
  const { renderComponent } = await import(pathToFileURL(resolve(RENDERER)).href);
  const text = JSON.stringify(doc);
  const render = async (component, attributes) => {
    const result = await renderComponent(text, { component, attributes });
    if (result.errors.length) throw new Error(`${component}: ${result.errors.join('; ')}`);
    return result.html;
  };
  const programme = doc.programmes[0];
  const indicators = programme.goals.flatMap((goal) => (goal.indicators ?? []).map((i) => i.id));
  const cards = [];
  for (const id of indicators)
    cards.push(await render('indicator-card', { indicator: id, 'table-open': true }));
  const gauges = [];
  for (const goal of programme.goals) gauges.push(await render('budget-gauge', { goal: goal.id }));
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

function page(body, takeover) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8" />
<title>Benchmark: Programma 2 — Jaarstukken 2025 (voorgerenderd)</title><link rel="icon" href="data:," />
<link rel="stylesheet" href="/bench/pages/bench.css" />
<script src="/bench/pages/prerender-probe.js" data-takeover="${takeover}"></script>
${takeover ? '<script type="module" src="/dist/pc-charts.js"></script>' : ''}</head>
<body><main id="dashboard">${body}</main></body></html>`;
}

/** Writes both pages (from the dashboard data of data.mjs); the pre-rendered HTML's size, plain and gzip -9. */
export async function writePrerenderPages() {
  const doc = JSON.parse(readFileSync(DATA, 'utf8'));
  const body = await prerenderedDashboard(doc);
  mkdirSync(OUT, { recursive: true });
  const html = page(body, false);
  writeFileSync(`${OUT}/dashboard.html`, html);
  writeFileSync(`${OUT}/dashboard-script.html`, page(body, true));
  return { bytes: Buffer.byteLength(html), gzipBytes: gzipSync(html, { level: 9 }).length };
}

/**
 * RUNS page loads of each row: `{ size, rows: { [id]: { allAt: [], fcp: [] } } }`. A row whose page fails (or
 * whose charts are missing) adds to `failures`.
 */
export async function runPrerender(browser, base, failures) {
  const size = await writePrerenderPages();
  const rows = Object.fromEntries(PRERENDER_ROWS.map((row) => [row.id, { allAt: [], fcp: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const row of PRERENDER_ROWS) {
      let fcp = null;
      const result = await measurePage(browser, `${base}${row.path}`, async (tab) => {
        fcp = await tab.evaluate(
          () =>
            performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime,
        );
      });
      const problems = [...(result.error ? [result.error] : []), ...(result.problems ?? [])];
      if (row.id !== 'floor' && result.charts !== 55) problems.push(`${result.charts} charts instead of 55`);
      if (problems.length > 0) {
        failures.push(`pre-rendered dashboard, ${row.name}: ${problems.slice(0, 3).join('; ')}`);
        continue;
      }
      rows[row.id].allAt.push(result.allAt);
      if (typeof fcp === 'number') rows[row.id].fcp.push(fcp);
    }
    log(`  pre-rendered dashboard run ${run + 1}/${RUNS}`);
  }
  return { size, rows };
}

/** Section 6 of results.md, and its line in the budget list (a figure; the issue sets no budget for it). */
export function prerenderSection({ size, rows }, budget) {
  const floor = stats(rows.floor.allAt);
  const body = PRERENDER_ROWS.map((row) => {
    const all = stats(rows[row.id].allAt);
    const fcp = stats(rows[row.id].fcp);
    const vsFloor =
      all && floor && row.id !== 'floor' ? ` · ${(all.median - floor.median).toFixed(0)} ms` : '';
    return [row.name, all ? `${timeCell(all, null)}${vsFloor}` : '–', fcp ? timeCell(fcp, null) : '–'];
  });
  const html = stats(rows.html.allAt);
  if (html && floor)
    budget(
      'first paint of the dashboard from pre-rendered HTML, against the floor',
      true,
      `pre-rendered ${timeCell(html, null)}, floor ${timeCell(floor, null)}`,
      false,
    );
  return [
    '## 6. First paint from pre-rendered HTML (`pc-charts render`)',
    '',
    'The dashboard of section 2, its 55 charts pre-rendered by `pc-charts render` (dist/cli/render.js) into ' +
      'declarative shadow DOM in one HTML page ' +
      `(${kB(size.bytes)}, ${kB(size.gzipBytes)} gzip), the data tables open. From navigation start to the first ` +
      'paint that shows every chart (bench/pages/prerender-probe.js): for the HTML alone, once it is parsed; ' +
      'with the script, once every element has taken over (defined, and its `drawComplete` resolved). The floor ' +
      "is section 2's last row, measured again in the same repetitions. First contentful paint beside it (the " +
      "browser's paint timing entry, a presentation time: it can lie after a page's post-paint stamp). " +
      'Median (min–max) · difference to the floor.',
    '',
    table(['page', 'all charts painted', 'first contentful paint'], body),
  ].join('\n');
}
