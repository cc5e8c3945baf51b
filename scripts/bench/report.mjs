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
  SMOKE,
  THROTTLE,
  THROTTLED_LIBS,
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

/**
 * The budget lines of a run: `budget(label, ok, value, enforced)` adds one; `lines` holds them as printed. An
 * enforced budget prints PASS or FAIL (and `--strict` fails on a FAIL); one that is not (timing in a smoke run of
 * one repetition, or a budget this run cannot check) prints `----` and its figure only.
 */
export function budgetList() {
  const lines = [];
  return {
    lines,
    budget: (label, ok, value, enforced = true) =>
      lines.push(`${enforced ? (ok ? 'PASS' : 'FAIL') : '----'}  ${label}: ${value}`),
  };
}

/** Timing budgets are enforced in full runs only: one repetition on a busy machine says little. */
const TIMING_ENFORCED = !SMOKE;

/** A median (min–max) in ms, without ratio: for long tasks and blocking time, where 0 is a good figure. */
function plainCell(values) {
  const s = stats(values);
  return s ? timeCell(s, null) : '–';
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

/**
 * Sections 2 (first render: first viewport and all charts painted, long tasks, heap), 4 (update of 50 cards) and
 * 5 (the same at CPU throttling) from the dashboard samples `{ normal, throttled }`, with their budgets.
 */
export function dashboardSections({ normal, throttled }, budget) {
  const ours = normal.ours;
  const oursView = stats(ours.viewAt);
  const oursAll = stats(ours.allAt);
  const oursHeap = stats(ours.heap);
  const oursUpdate = stats(ours.update);
  // Ratios compare libraries; the floor is no library, so its row has none.
  const compared = (lib) => lib.id !== 'ours' && lib !== FLOOR;
  const drawnNote = (lib, s) =>
    lib === FLOOR
      ? 'a title and one path per chart'
      : s.cannot.length > 0
        ? `without ${s.cannot.join(', ')} (cannot)`
        : 'all 55 charts';
  const rows = DASHBOARD_LIBS.map((lib) => {
    const s = normal[lib.id];
    const heap = stats(s.heap);
    return [
      lib.name,
      timeCell(stats(s.viewAt), compared(lib) ? oursView : null) ?? 'failed',
      timeCell(stats(s.allAt), compared(lib) ? oursAll : null) ?? 'failed',
      plainCell(s.longest),
      plainCell(s.blocking),
      heap
        ? `${MB(heap.median)}${oursHeap && compared(lib) ? ` · ${ratio(heap.median, oursHeap.median)}` : ''}`
        : '–',
      drawnNote(lib, s),
    ];
  });
  const first =
    '## 2. Dashboard first render: "Programma 2 — Jaarstukken 2025"\n\n' +
    '50 indicator cards, 3 budget gauges, the saldo table and a 100-node goal tree at 1280 × 900 px. From ' +
    'navigation start to the first paint after the charts of the first viewport (those whose box meets it in ' +
    'the finished page) said they were drawn, and after all charts did. Longest task and total blocking time ' +
    "(the sum of every task's time over 50 ms) of the page's main thread from navigation start to that last " +
    'paint, from a trace of its top-level tasks. JS heap used after a forced GC. Median (min–max) · ratio peer / ' +
    'ours. The last row is no library: a module that draws each chart as its title and one SVG path with plain ' +
    'DOM calls (bench/peers/floor/). Its figures are what loading a module and laying out and painting this ' +
    'page cost here, a share of every row above.\n\n' +
    table(
      [
        'library',
        'first viewport painted',
        'all charts painted',
        'longest task',
        'total blocking time',
        'JS heap',
        'drawn',
      ],
      rows,
    );
  const updateRows = DASHBOARD_LIBS.map((lib) => {
    const s = normal[lib.id];
    return [
      lib.name,
      timeCell(stats(s.update), compared(lib) ? oursUpdate : null) ?? 'failed',
      plainCell(s.updateLongest),
      plainCell(s.updateBlocking),
    ];
  });
  const update =
    '## 4. Update: new data for the 50 indicator cards (a CMS preview while an editor types)\n\n' +
    'From setting the data to the paint that shows it; longest task and total blocking time in that time. ' +
    'Median (min–max) · ratio peer / ours.\n\n' +
    table(['library', 'update of 50 cards', 'longest task', 'total blocking time'], updateRows);

  const enforced = TIMING_ENFORCED;
  const floor = normal.floor;
  const median = (values) => stats(values)?.median;
  const ms = (value) => (value === undefined ? 'failed' : `${msText(value)} ms`);
  const within = (value, limit) => value !== undefined && value <= limit;
  budget(
    `first render: longest task ≤ ${BUDGETS.longTaskMs} ms`,
    within(median(ours.longest), BUDGETS.longTaskMs),
    ms(median(ours.longest)),
    enforced,
  );
  budget(
    `first render: total blocking time ≤ ${BUDGETS.blockingMs} ms`,
    within(median(ours.blocking), BUDGETS.blockingMs),
    ms(median(ours.blocking)),
    enforced,
  );
  budget(
    `update of 50 cards: longest task ≤ ${BUDGETS.longTaskMs} ms`,
    within(median(ours.updateLongest), BUDGETS.longTaskMs),
    ms(median(ours.updateLongest)),
    enforced,
  );
  budget(
    `update of 50 cards: total blocking time ≤ ${BUDGETS.blockingMs} ms`,
    within(median(ours.updateBlocking), BUDGETS.blockingMs),
    ms(median(ours.updateBlocking)),
    enforced,
  );
  const floorView = median(floor.viewAt);
  if (floorView !== undefined)
    budget(
      `first viewport painted ≤ floor + ${BUDGETS.viewOverFloorMs} ms`,
      within(oursView?.median, floorView + BUDGETS.viewOverFloorMs),
      `ours ${ms(oursView?.median)}, floor ${ms(floorView)}`,
      enforced,
    );
  const peerAll = PEERS.map((lib) => [lib, median(normal[lib.id].allAt)]).filter(([, v]) => v !== undefined);
  if (peerAll.length > 0) {
    const [fastest, fastestMs] = peerAll.reduce((a, b) => (b[1] < a[1] ? b : a));
    budget(
      'all charts painted ahead of every peer',
      oursAll !== null && peerAll.every(([, v]) => oursAll.median < v),
      `ours ${ms(oursAll?.median)}, fastest peer ${fastest.name} ${ms(fastestMs)}`,
      enforced,
    );
  }
  // Compared with a build of the commit before scheduled rendering: `npm run bench:ab`, not this run.
  budget(
    'all charts painted within the A/B noise of the commit before scheduled drawing',
    true,
    `ours ${ms(oursAll?.median)}; check with npm run bench:ab -- <build before> dist dashboard`,
    false,
  );

  // The README's summary: ours, the best peer (lowest median) and the floor, per measure.
  const best = (field, source = normal, libs = PEERS) => {
    const found = libs
      .map((lib) => [lib, median(source[lib.id]?.[field])])
      .filter(([, v]) => v !== undefined)
      .sort((a, b) => a[1] - b[1])[0];
    return found ? `${found[0].name} ${ms(found[1])}` : '–';
  };
  const summary = [
    [
      'first viewport painted (from navigation start)',
      ms(oursView?.median),
      best('viewAt'),
      ms(floorView),
      `≤ floor + ${BUDGETS.viewOverFloorMs} ms`,
    ],
    [
      'all 55 charts painted (from navigation start)',
      ms(oursAll?.median),
      best('allAt'),
      ms(median(floor.allAt)),
      'ahead of every peer',
    ],
    [
      'first render: longest task',
      ms(median(ours.longest)),
      best('longest'),
      ms(median(floor.longest)),
      `≤ ${BUDGETS.longTaskMs} ms`,
    ],
    [
      'first render: total blocking time',
      ms(median(ours.blocking)),
      best('blocking'),
      ms(median(floor.blocking)),
      `≤ ${BUDGETS.blockingMs} ms`,
    ],
    [
      'update of 50 cards, to the paint',
      ms(oursUpdate?.median),
      best('update'),
      ms(median(floor.update)),
      '–',
    ],
    [
      'update: longest task',
      ms(median(ours.updateLongest)),
      best('updateLongest'),
      ms(median(floor.updateLongest)),
      `≤ ${BUDGETS.longTaskMs} ms`,
    ],
    [
      'update: total blocking time',
      ms(median(ours.updateBlocking)),
      best('updateBlocking'),
      ms(median(floor.updateBlocking)),
      `≤ ${BUDGETS.blockingMs} ms`,
    ],
  ];
  let slow;
  if (THROTTLE > 1) {
    const throttledRows = THROTTLED_LIBS.map((lib) => {
      const s = throttled[lib.id];
      return [
        lib.name,
        timeCell(stats(s.viewAt), compared(lib) ? stats(throttled.ours.viewAt) : null) ?? 'failed',
        timeCell(stats(s.allAt), compared(lib) ? stats(throttled.ours.allAt) : null) ?? 'failed',
        plainCell(s.longest),
        plainCell(s.blocking),
        plainCell(s.updateLongest),
        plainCell(s.updateBlocking),
      ];
    });
    slow =
      `## 5. The same at ${THROTTLE}× CPU throttling (a mid-range phone)\n\n` +
      `The dashboard of section 2 and its update of section 4 with the renderer's CPU slowed ${THROTTLE}× ` +
      "(DevTools' `Emulation.setCPUThrottlingRate`). Median (min–max) · ratio peer / ours.\n\n" +
      table(
        [
          'library',
          'first viewport painted',
          'all charts painted',
          'longest task',
          'total blocking time',
          'update: longest task',
          'update: total blocking time',
        ],
        throttledRows,
      );
    const floorLongest = median(throttled.floor.longest);
    if (floorLongest !== undefined)
      budget(
        `first render at ${THROTTLE}×: longest task ≤ floor + ${BUDGETS.throttledOverFloorMs} ms`,
        within(median(throttled.ours.longest), floorLongest + BUDGETS.throttledOverFloorMs),
        `ours ${ms(median(throttled.ours.longest))}, floor ${ms(floorLongest)}`,
        enforced,
      );
    const peers = THROTTLED_LIBS.filter((lib) => PEERS.includes(lib));
    summary.push(
      [
        `${THROTTLE}×: first viewport painted`,
        ms(median(throttled.ours.viewAt)),
        best('viewAt', throttled, peers),
        ms(median(throttled.floor.viewAt)),
        '–',
      ],
      [
        `${THROTTLE}×: all 55 charts painted`,
        ms(median(throttled.ours.allAt)),
        best('allAt', throttled, peers),
        ms(median(throttled.floor.allAt)),
        '–',
      ],
      [
        `${THROTTLE}×: first render, longest task`,
        ms(median(throttled.ours.longest)),
        best('longest', throttled, peers),
        ms(floorLongest),
        `≤ floor + ${BUDGETS.throttledOverFloorMs} ms`,
      ],
      [
        `${THROTTLE}×: update, longest task`,
        ms(median(throttled.ours.updateLongest)),
        best('updateLongest', throttled, peers),
        ms(median(throttled.floor.updateLongest)),
        '–',
      ],
    );
  }
  return { first, update, slow, summary };
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
        TIMING_ENFORCED,
      );
    if (n === 5000) {
      budget(
        'tree 5,000 nodes first render ≤ 500 ms',
        first?.median <= BUDGETS.tree5000Ms,
        first ? `${msText(first.median)} ms` : 'failed',
        TIMING_ENFORCED,
      );
      budget(
        'tree 5,000 nodes keyboard step ≤ 16 ms',
        key?.median <= BUDGETS.key5000Ms,
        key ? `${msText(key.median)} ms` : 'failed',
        TIMING_ENFORCED,
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

/** The README's table of the dashboard's figures (between the markers `<!-- bench:summary -->` and its end). */
export function readmeSummary(summary, startedAt) {
  return (
    `Dashboard of section 2 of bench/results.md, run ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
    `${RUNS} repetitions, medians (written by \`npm run bench\`):\n\n` +
    table(['measure', 'pc-charts', 'best peer', 'floor (no library)', 'budget'], summary)
  );
}

const README_START = '<!-- bench:summary -->';
const README_END = '<!-- /bench:summary -->';

/** README.md with the block between the markers replaced (unchanged when it has no markers). */
export function withReadmeSummary(readme, block) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n${block}\n${readme.slice(end)}`;
}
