// Turning samples into results.md: statistics, table cells, one section per measure, the budget lines and the
// header that says where and with what the figures were taken.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { CHROMIUM_PATH } from '../chromium.mjs';
import { gzipBytes, peerFile, version } from './peers.mjs';
import {
  BUDGETS,
  CHARTS,
  DASHBOARD_LIBS,
  FLOOR,
  LIBS,
  NOTE,
  NOT_MEASURED,
  PEERS,
  RUNS,
  SIZES,
  SLOW_MS,
} from './options.mjs';

export function stats(values) {
  if (!values || values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
export const msText = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const ratio = (peer, ours) =>
  ours > 0 ? `${(peer / ours).toFixed(peer / ours >= 10 ? 0 : 1)}×` : '–';

export function timeCell(s, oursS) {
  if (!s) return null;
  const range = s.n > 1 ? ` (${msText(s.min)}–${msText(s.max)})` : '';
  const r = oursS && oursS !== s ? ` · ${ratio(s.median, oursS.median)}` : '';
  return `${msText(s.median)} ms${range}${r}`;
}

export function table(header, rows) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** The budget lines of a run: `budget(label, ok, value)` adds one; `lines` holds them as printed. */
export function budgetList() {
  const lines = [];
  return { lines, budget: (label, ok, value) => lines.push(`${ok ? 'PASS' : 'FAIL'}  ${label}: ${value}`) };
}

/** Section 1: gzip bytes of ours and every peer, per chart and for the dashboard bundle, with its budgets. */
export function bytesSection(ourCharts, budget) {
  const oursAll = gzipBytes('dist/pc-charts.js');
  const rows = [...CHARTS, 'all'].map((entry) => {
    const ours =
      entry === 'all' ? oursAll : existsSync(`dist/pc-${entry}.js`) ? gzipBytes(`dist/pc-${entry}.js`) : null;
    const cells = PEERS.map((lib) => {
      if (!existsSync(`bench/peers/${lib.id}/${entry}.js`)) return 'cannot';
      if (!existsSync(peerFile(lib, entry))) return 'not built';
      const bytes = gzipBytes(peerFile(lib, entry));
      return ours ? `${kB(bytes)} · ${ratio(bytes, ours)}` : kB(bytes);
    });
    const label = entry === 'all' ? 'all four (dashboard bundle)' : entry;
    return [label, ours ? kB(ours) : 'missing', ...cells];
  });
  budget(`dist/pc-charts.js ≤ ${kB(BUDGETS.allBytes)}`, oursAll <= BUDGETS.allBytes, kB(oursAll));
  for (const name of ourCharts) {
    const bytes = gzipBytes(`dist/pc-${name}.js`);
    budget(`dist/pc-${name}.js ≤ ${kB(BUDGETS.oneBytes)}`, bytes <= BUDGETS.oneBytes, kB(bytes));
  }
  return (
    '## 1. Bytes: gzip -9 of the smallest bundle that draws the chart\n\n' +
    'Ours: the files in dist/ (`npm run build`). Peers: one module per chart in bench/peers/, built by the same ' +
    'function (scripts/esbuild-bundle.mjs: esbuild bundles to ES2022 with every dependency inlined, terser minifies). The last row ' +
    'is what the dashboard loads (Chart.js and Visa: the three charts they can draw). Ratio peer / ours.\n\n' +
    table(['chart', ...LIBS.map((lib) => lib.name)], rows)
  );
}

/** Sections 2 (first render and heap) and 4 (update of 50 cards) from the dashboard samples, with their budgets. */
export function dashboardSections(samples, budget) {
  const ours = stats(samples.ours.ms);
  const oursHeap = stats(samples.ours.heap);
  const oursUpdate = stats(samples.ours.update);
  const rows = DASHBOARD_LIBS.map((lib) => {
    const s = samples[lib.id];
    const heap = stats(s.heap);
    const drawnNote =
      lib === FLOOR
        ? 'a title and one path per chart'
        : s.cannot.length > 0
          ? `without ${s.cannot.join(', ')} (cannot)`
          : 'all 55 charts';
    // Ratios compare libraries; the floor is no library, so its row has none.
    const compared = lib.id !== 'ours' && lib !== FLOOR;
    return [
      lib.name,
      timeCell(stats(s.ms), compared ? ours : null) ?? 'failed',
      heap
        ? `${MB(heap.median)}${oursHeap && compared ? ` · ${ratio(heap.median, oursHeap.median)}` : ''}`
        : '–',
      drawnNote,
    ];
  });
  const first =
    '## 2. Dashboard first render: "Programma 2 — Jaarstukken 2025"\n\n' +
    '50 indicator cards, 3 budget gauges, the saldo table and a 100-node goal tree. From script start (library ' +
    'not yet loaded) to the first paint after the last chart reports it is drawn; JS heap used after a forced ' +
    'GC. Median (min–max) · ratio peer / ours. The last row is no library: a module that draws each chart as ' +
    'its title and one SVG path with plain DOM calls (bench/peers/floor/). Its time is what loading a module ' +
    'and laying out and painting this page cost here, a share of every row above.\n\n' +
    table(['library', 'first render', 'JS heap', 'drawn'], rows);
  const updateRows = DASHBOARD_LIBS.map((lib) => [
    lib.name,
    timeCell(stats(samples[lib.id].update), lib.id === 'ours' || lib === FLOOR ? null : oursUpdate) ??
      'failed',
  ]);
  const update =
    '## 4. Update: new data for the 50 indicator cards (a CMS preview while an editor types)\n\n' +
    'From setting the data to the paint that shows it. Median (min–max) · ratio peer / ours.\n\n' +
    table(['library', 'update of 50 cards'], updateRows);
  const peerMedians = PEERS.map((lib) => stats(samples[lib.id].ms)?.median).filter((v) => v !== undefined);
  const fastest = Math.min(...peerMedians);
  if (ours) {
    budget(
      `dashboard first render < ${BUDGETS.dashboardMs} ms`,
      ours.median < BUDGETS.dashboardMs,
      `${msText(ours.median)} ms`,
    );
    if (Number.isFinite(fastest)) {
      budget(
        'dashboard first render ≤ ½ of the fastest peer',
        ours.median <= fastest / 2,
        `ours ${msText(ours.median)} ms, fastest peer ${msText(fastest)} ms (peer / ours ${ratio(fastest, ours.median)}, needs ≥ 2×)`,
      );
    }
  } else budget('dashboard first render', false, 'ours did not render');
  return { first, update };
}

/** Section 3: the goal tree at each size, with its budgets. */
export function treeSection(samples, trees, treeLibs, budget) {
  const rows = [];
  for (const n of SIZES) {
    const ours = samples[`ours:${n}`];
    const measures = [
      ['first render', 'ms'],
      ['keyboard step', 'keyMs'],
      [`expand ${trees[n].children} children`, 'expandMs'],
    ];
    for (const [label, field] of measures) {
      const oursS = stats(ours[field]);
      const cells = LIBS.map((lib) => {
        if (!treeLibs.includes(lib)) return 'cannot';
        const sample = samples[`${lib.id}:${n}`];
        const s = stats(sample[field]);
        if (!s && NOT_MEASURED[`${lib.id}:${field}`]) return NOT_MEASURED[`${lib.id}:${field}`];
        if (sample.slow && !s) return `> ${SLOW_MS / 1000} s`;
        if (!s) return sample.ms.length > 0 ? 'cannot' : 'failed';
        return timeCell(s, lib.id === 'ours' ? null : oursS);
      });
      rows.push([`${n.toLocaleString('en')} nodes: ${label}`, ...cells]);
    }
    const first = stats(ours.ms);
    const key = stats(ours.keyMs);
    if (n === 1000)
      budget(
        'tree 1,000 nodes first render ≤ 100 ms',
        first?.median <= BUDGETS.tree1000Ms,
        first ? `${msText(first.median)} ms` : 'failed',
      );
    if (n === 5000) {
      budget(
        'tree 5,000 nodes first render ≤ 500 ms',
        first?.median <= BUDGETS.tree5000Ms,
        first ? `${msText(first.median)} ms` : 'failed',
      );
      budget(
        'tree 5,000 nodes keyboard step ≤ 16 ms',
        key?.median <= BUDGETS.key5000Ms,
        key ? `${msText(key.median)} ms` : 'failed',
      );
    }
  }
  return (
    '## 3. Goal tree at scale\n\n' +
    'A fully expanded synthetic tree (test/support/synthetic-tree.ts, branching 6, plus one node with 100 ' +
    'children). First render: from creating the chart (library loaded) to the paint after it reports drawn. ' +
    'Keyboard step: ArrowDown from the root, the handler plus the style and layout it causes. Expand: the ' +
    'collapsed 100-child node opened (ours: ArrowRight; ECharts: treeExpandAndCollapse; Highcharts: ' +
    'toggleCollapse), to the paint. "cannot": the library has no tree, no keyboard navigation of tree nodes ' +
    'or no expand/collapse. Median (min–max) · ratio peer / ours.\n\n' +
    table(['measure', ...LIBS.map((lib) => lib.name)], rows) +
    '\n\n² Highcharts moves between points with the arrow keys when its accessibility module is loaded; the ' +
    'treegraph bundle measured here does not include that module.'
  );
}

/** The whole of results.md: header (machine, browser, versions, data, notes), sections, budgets, failures. */
export function resultsMarkdown({ startedAt, load, browserVersion, notes, sections, budgets, failures }) {
  const cpus = os.cpus();
  const versions = [
    `pc-charts ${version(null)} (lit ${version('lit')})`,
    ...PEERS.map((lib) => `${lib.name} (${lib.pkg}) ${version(lib.pkg)}`),
    `esbuild ${version('esbuild')}, playwright-core ${version('playwright-core')}`,
  ];
  const header = [
    `# Benchmark results`,
    '',
    `Run ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (scripts/bench/), ` +
      `${RUNS} repetition(s) per figure, each in a fresh browser context.`,
    '',
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, ` +
      `load average ${load.map((v) => v.toFixed(2)).join(' → ')} (start → end)`,
    `- Browser: headless Chromium ${browserVersion} (${CHROMIUM_PATH}); Node ${process.version}`,
    `- Libraries: ${versions.join('; ')}`,
    '- Data: demo/data/jaarstukken-2025-programma-2.json with its 13 indicators cloned to 50 (new ids) and ' +
      'fictitious budgets (the seed has realisations only); goal trees from test/support/synthetic-tree.ts.',
    '- Peers draw the same thing as far as the library allows: a line with target markers, a gauge (Chart.js ' +
      'half doughnut, ECharts gauge) or bullet bar (Plot, Highcharts core, Visa), a horizontal bar per saldo row, ' +
      'a tree. Their modules are in bench/peers/.',
    ...notes.map((note) => `- Note: ${note}`),
    ...(NOTE ? [`- Note: ${NOTE}`] : []),
  ].join('\n');
  const budgetText = `## Budgets\n\n\`\`\`\n${budgets.join('\n')}\n\`\`\``;
  const failureText =
    failures.length > 0 ? `\n\n## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}` : '';
  return `${header}\n\n${sections.join('\n\n')}\n\n${budgetText}${failureText}\n`;
}
