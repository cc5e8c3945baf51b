// npm run bench: pc-charts side by side with the chart libraries a municipality would otherwise pick (issue 10).
// Builds one bundle per (peer × chart) with our single-file bundles' settings (scripts/esbuild-bundle.mjs), serves dist/ and bench/ from
// a small HTTP server, and measures in headless Chromium: bytes, the dashboard's first render and JS heap, the
// goal tree at scale and the update of 50 cards. Prints one table per measure and writes bench/results.md.
//
//   node scripts/bench.mjs                 full run (15 repetitions), writes bench/results.md
//   node scripts/bench.mjs --smoke         1 repetition of a subset; exits 1 if any chart fails to draw
//   node scripts/bench.mjs --profile=dashboard | --profile=tree-5000
//                                          CPU profile of ours (unminified build): where the time goes
//   options: --runs=N  --only=ours,echarts  --measures=bytes,dashboard,tree  --sizes=100,1000  --strict  --verbose
//            --note="text" (a line in results.md, e.g. about other load on the machine)
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { bundle, minifyLitLiterals } from './esbuild-bundle.mjs';
import { serve } from './bench-serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const BUILD = 'bench/.tmp';

const argv = process.argv.slice(2);
const option = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SMOKE = argv.includes('--smoke');
const RUNS = SMOKE ? 1 : Number(option('runs') ?? 15);
const STRICT = argv.includes('--strict');
const VERBOSE = argv.includes('--verbose');
const PROFILE = option('profile');
const MEASURES = (option('measures') ?? 'bytes,dashboard,tree').split(',');
const SIZES = (option('sizes') ?? (SMOKE ? '100' : '100,1000,5000,10000')).split(',').map(Number);
/** A run that takes longer than this is reported as too slow and not repeated. */
const SLOW_MS = SMOKE ? 20000 : 60000;

const LIBS = [
  { id: 'ours', name: 'pc-charts', pkg: null },
  { id: 'chartjs', name: 'Chart.js', pkg: 'chart.js' },
  { id: 'echarts', name: 'ECharts', pkg: 'echarts' },
  { id: 'plot', name: 'Observable Plot', pkg: '@observablehq/plot' },
  { id: 'highcharts', name: 'Highcharts', pkg: 'highcharts' },
  { id: 'visa', name: 'Visa Charts', pkg: '@visa/charts' },
].filter((lib) => lib.id === 'ours' || !option('only') || option('only').split(',').includes(lib.id));
const PEERS = LIBS.filter((lib) => lib.id !== 'ours');
/**
 * The floor of the dashboard page: a title and one SVG path per chart (bench/peers/floor/all.js). A reference row,
 * never a peer: it draws too little to compare with, but its time is the page's and the browser's share of every
 * library's time.
 */
const FLOOR = { id: 'floor', name: 'floor (reference)', pkg: null };
const DASHBOARD_LIBS = [...LIBS, FLOOR];
const CHARTS = ['indicator-card', 'budget-gauge', 'saldo-table', 'goal-tree'];
/** Tree measures a peer could do with more than the bundle measured here: the cell says why it is empty. */
const NOT_MEASURED = {
  'highcharts:keyMs': 'not measured²',
};

const BUDGETS = {
  allBytes: 45 * 1000,
  oneBytes: 30 * 1000,
  dashboardMs: 100,
  tree1000Ms: 100,
  tree5000Ms: 500,
  key5000Ms: 16,
};

const failures = [];
const notes = [];
const log = (...parts) => console.log(...parts);

// ---------------------------------------------------------------------------------------------------------
// Bundles

function version(pkg) {
  const file = pkg ? `node_modules/${pkg}/package.json` : 'package.json';
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

const hashOf = (parts) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

/** Builds every peer entry that exists into bench/.tmp/<peer>/<entry>.js, skipping those already built. */
async function buildPeers() {
  const manifestFile = `${BUILD}/manifest.json`;
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const config = readFileSync('scripts/esbuild-bundle.mjs', 'utf8');
  for (const lib of MEASURES.includes('dashboard') ? [...PEERS, FLOOR] : PEERS) {
    const dir = `bench/peers/${lib.id}`;
    const sources = readdirSync(dir)
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8'));
    const key = hashOf([
      ...sources,
      readFileSync('bench/peers/shared.js', 'utf8'),
      lib.pkg ? version(lib.pkg) : '',
      config,
      SMOKE ? 'esbuild' : 'terser',
    ]);
    // The smoke run (part of npm test) builds only what its pages load: minifying every peer's every chart
    // takes minutes on a clean machine.
    for (const entry of SMOKE ? ['all', 'goal-tree'] : [...CHARTS, 'all']) {
      const source = `${dir}/${entry}.js`;
      const output = `${BUILD}/${lib.id}/${entry}.js`;
      if (!existsSync(source)) continue;
      if (manifest[output] === key && existsSync(output)) continue;
      const started = Date.now();
      await bundle(source, output, { fast: SMOKE });
      manifest[output] = key;
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
      log(`  built ${output} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
}

/** Our bundles come from `npm run build`; it runs when dist/ lacks one (a stale dist/ only gets a note). */
function checkOurBundles() {
  const defined = readdirSync('src/define')
    .filter((file) => /^pc-.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''));
  const wanted = ['pc-charts', ...defined].map((name) => `dist/${name}.js`);
  if (wanted.some((file) => !existsSync(file))) {
    log('dist/ lacks a single-file bundle: running npm run build');
    execSync('npm run build', { stdio: 'inherit' });
  }
  const newestSource = Math.max(...listFiles('src').map((file) => statSync(file).mtimeMs));
  if (wanted.some((file) => statSync(file).mtimeMs < newestSource)) {
    // Not rebuilt here (the full build takes minutes): say so next to the figures.
    log('dist/ is older than src/: run `npm run build` first to measure the current code');
    notes.push('dist/ was older than src/ (the bundles measured are from the last `npm run build`).');
  }
  return defined.map((name) => name.replace(/^pc-/, ''));
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// ---------------------------------------------------------------------------------------------------------
// Data: the dashboard document and the synthetic trees

/** test/support/synthetic-tree.ts, compiled for Node (the benchmark reuses the tests' generator). */
async function syntheticTreeModule() {
  const outfile = `${BUILD}/node/synthetic-tree.js`;
  await build({
    entryPoints: ['test/support/synthetic-tree.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(pathToFileURL(resolve(outfile)).href);
}

const roundTo = (value, decimals) => Number(value.toFixed(decimals));

/** Fictitious budgets (the 2025 seed has realisations only), so that the gauges have a budget to show. */
function withBudget(finance, factor) {
  const actual = finance.actual;
  const scaled = (f) => {
    const amounts = {};
    for (const measure of ['expenses', 'revenues', 'reserveAdditions', 'reserveWithdrawals']) {
      if (actual[measure] !== undefined) amounts[measure] = Math.round(actual[measure] * f);
    }
    amounts.balance = Object.values(amounts).reduce((sum, value) => sum + value, 0);
    return amounts;
  };
  return { ...finance, budget: scaled(factor), budgetOriginal: scaled(factor * 0.97) };
}

/**
 * The Programma 2 dashboard: the 2025 dataset, its 13 indicators cloned with new ids (realisations shifted
 * 2% per copy) to 50, fictitious budgets, and a 100-node synthetic goal tree.
 */
function dashboardDocument(syntheticTree) {
  const doc = structuredClone(
    JSON.parse(readFileSync('demo/data/jaarstukken-2025-programma-2.json', 'utf8')),
  );
  const programme = doc.programmes.find((p) => p.id === 'p2');
  doc.programmes = [programme];
  const originals = programme.goals.flatMap((goal) =>
    (goal.indicators ?? []).map((indicator) => ({ goal, indicator })),
  );
  programme.goals.forEach((goal, i) => {
    goal.finance = withBudget(goal.finance, [0.96, 1.03, 0.9][i % 3]);
    goal.indicators = [];
  });
  // The programme's budgets are the sums of its goals' (the validator warns about totals that differ).
  const sum = (scenario) => {
    const amounts = {};
    for (const goal of programme.goals) {
      for (const [measure, value] of Object.entries(goal.finance[scenario]))
        amounts[measure] = (amounts[measure] ?? 0) + value;
    }
    return amounts;
  };
  programme.finance = { ...programme.finance, budget: sum('budget'), budgetOriginal: sum('budgetOriginal') };
  for (let k = 0; k < 50; k++) {
    const { goal, indicator } = originals[k % originals.length];
    const copy = Math.floor(k / originals.length);
    const clone = structuredClone(indicator);
    if (copy > 0) {
      clone.id = `${indicator.id}-${copy + 1}`;
      clone.title = `${indicator.title} (${copy + 1})`;
      clone.values = clone.values.map((value) => ({
        ...value,
        actual:
          typeof value.actual === 'number'
            ? roundTo(value.actual * (1 + 0.02 * copy), indicator.decimals ?? 0)
            : value.actual,
      }));
    }
    goal.indicators.push(clone);
  }
  doc.goalTrees = [
    { id: 'doelenboom', title: 'Doelenboom Programma 2 (synthetisch, 100 knopen)', root: syntheticTree(100) },
  ];
  return doc;
}

/** What a CMS preview sends while an editor types: every realisation changed by 1%. */
function updatedDocument(doc) {
  const next = structuredClone(doc);
  for (const goal of next.programmes[0].goals) {
    for (const indicator of goal.indicators) {
      for (const value of indicator.values) {
        if (typeof value.actual === 'number')
          value.actual = roundTo(value.actual * 1.01, indicator.decimals ?? 0);
      }
    }
  }
  return next;
}

/**
 * A tree of n nodes: the tests' synthetic tree (branching 6) of n − 100 nodes whose last node gets 100 leaf
 * children, the node the expand measure opens (at n = 100: the root with 99 children).
 */
function scaleDocument(syntheticDocument, n) {
  const children = Math.min(100, n - 1);
  const base = n - children;
  const doc = syntheticDocument(base);
  const root = doc.goalTrees[0].root;
  let last = root;
  const queue = [root];
  while (queue.length > 0) {
    last = queue.shift();
    queue.push(...(last.children ?? []));
  }
  const statuses = ['achieved', 'not-achieved', 'in-progress', 'unknown'];
  last.children = Array.from({ length: children }, (_, i) => ({
    id: `b${i}`,
    title: `Deelresultaat ${i + 1} van ${last.title.split(' ').slice(0, 4).join(' ')}`,
    status: statuses[i % statuses.length],
  }));
  doc.goalTrees[0].title = `Voorbeeldboom met ${n} knopen`;
  return { doc, bulk: last.id, children };
}

async function writeData() {
  const { syntheticTree, syntheticDocument } = await syntheticTreeModule();
  mkdirSync(`${BUILD}/data`, { recursive: true });
  const doc = dashboardDocument(syntheticTree);
  writeFileSync(`${BUILD}/data/dashboard.json`, JSON.stringify(doc));
  writeFileSync(`${BUILD}/data/dashboard-update.json`, JSON.stringify(updatedDocument(doc)));
  const trees = {};
  for (const n of SIZES) {
    const { doc: treeDoc, bulk, children } = scaleDocument(syntheticDocument, n);
    writeFileSync(`${BUILD}/data/tree-${n}.json`, JSON.stringify(treeDoc));
    trees[n] = { bulk, children };
  }
  return trees;
}

// ---------------------------------------------------------------------------------------------------------
// Serving and driving the browser

/** Loads a page in a fresh context, waits for window.benchResult, then lets `then` measure more. */
async function measurePage(browser, url, then) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  if (VERBOSE)
    page.on('console', (message) => log(`    console.${message.type()}: ${message.text().slice(0, 300)}`));
  try {
    await page.goto(url, { timeout: SLOW_MS });
    await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: SLOW_MS });
    const result = await Promise.race([
      page.evaluate(() => window.benchResult),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no result after ${SLOW_MS} ms`)), SLOW_MS),
      ),
    ]);
    if (errors.length > 0) result.problems = [...(result.problems ?? []), ...errors];
    if (then && !result.error) await then(page, context, result);
    if (VERBOSE) log(`    ${url.replace(/^.*\/pages\//, '')}: ${JSON.stringify(result).slice(0, 400)}`);
    return result;
  } catch (error) {
    if (VERBOSE) log(`    ${url}: ${String(error).split('\n')[0]} ${errors.join('; ')}`);
    return { error: String(error).split('\n')[0], problems: errors };
  } finally {
    await context.close();
  }
}

/** Used JS heap after a forced garbage collection, in bytes. */
async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

function report(what, lib, result) {
  const problems = [...(result.error ? [result.error] : []), ...(result.problems ?? [])];
  if (problems.length > 0) failures.push(`${what}, ${lib.name}: ${problems.slice(0, 3).join('; ')}`);
  return problems.length === 0;
}

async function runDashboard(browser, base) {
  const samples = Object.fromEntries(
    DASHBOARD_LIBS.map((lib) => [lib.id, { ms: [], heap: [], update: [], cannot: [] }]),
  );
  for (let run = 0; run < RUNS; run++) {
    for (const lib of DASHBOARD_LIBS) {
      const sample = samples[lib.id];
      const result = await measurePage(
        browser,
        `${base}/bench/pages/dashboard.html?lib=${lib.id}`,
        async (page, context) => {
          sample.heap.push(await heapAfterGc(context, page));
          const update = await page.evaluate(() => window.benchUpdate());
          if (update.problems.length > 0) failures.push(`update, ${lib.name}: ${update.problems.join('; ')}`);
          else sample.update.push(update.ms);
        },
      );
      if (report('dashboard', lib, result)) sample.ms.push(result.ms);
      sample.cannot = result.cannot ?? sample.cannot;
    }
    log(`  dashboard run ${run + 1}/${RUNS}`);
  }
  return samples;
}

async function runTrees(browser, base, trees, treeLibs) {
  const samples = {};
  // A library too slow at one size is not tried at the larger ones.
  const slow = new Set();
  for (const n of SIZES) {
    const { bulk, children } = trees[n];
    for (const lib of treeLibs)
      samples[`${lib.id}:${n}`] = { ms: [], keyMs: [], expandMs: [], slow: slow.has(lib.id) };
    for (let run = 0; run < RUNS; run++) {
      for (const lib of treeLibs) {
        if (slow.has(lib.id)) continue;
        const sample = samples[`${lib.id}:${n}`];
        const started = Date.now();
        const url = `${base}/bench/pages/tree.html?lib=${lib.id}&n=${n}&bulk=${bulk}&children=${children}`;
        const result = await measurePage(browser, url);
        if (result.error && Date.now() - started >= SLOW_MS) {
          sample.slow = true;
          slow.add(lib.id);
          continue;
        }
        if (!report(`tree ${n}`, lib, result)) continue;
        sample.ms.push(result.ms);
        if (result.keyMs !== undefined) sample.keyMs.push(result.keyMs);
        if (result.expandMs !== undefined) sample.expandMs.push(result.expandMs);
        if (Date.now() - started >= SLOW_MS) {
          sample.slow = true;
          slow.add(lib.id);
        }
      }
    }
    log(`  tree ${n}: ${RUNS} run(s)`);
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------------------
// Statistics and tables

function stats(values) {
  if (!values || values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const msText = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (peer, ours) => (ours > 0 ? `${(peer / ours).toFixed(peer / ours >= 10 ? 0 : 1)}×` : '–');

function timeCell(s, oursS) {
  if (!s) return null;
  const range = s.n > 1 ? ` (${msText(s.min)}–${msText(s.max)})` : '';
  const r = oursS && oursS !== s ? ` · ${ratio(s.median, oursS.median)}` : '';
  return `${msText(s.median)} ms${range}${r}`;
}

function table(header, rows) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// --profile: a CPU profile of ours, built unminified, with self time per function and per source file

async function profile(target) {
  const dir = `${BUILD}/profile`;
  const entries = { 'pc-charts': 'src/bundle/pc-charts.ts', 'pc-goal-tree': 'src/define/pc-goal-tree.ts' };
  for (const [name, entry] of Object.entries(entries)) {
    await build({
      entryPoints: [entry],
      outfile: `${dir}/${name}.js`,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['production'],
      plugins: [minifyLitLiterals],
      logLevel: 'warning',
    });
  }
  const n = Number(target.split('-')[1] ?? 0);
  const trees = await writeData();
  const page =
    target === 'dashboard'
      ? 'dashboard.html?lib=ours'
      : `tree.html?lib=ours&n=${n}&bulk=${trees[n]?.bulk}&children=${trees[n]?.children}`;
  const server = await serve(ROOT);
  const url = `http://127.0.0.1:${server.address().port}/bench/pages/${page}&dist=/${dir}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await browser.startTracing(tab, { categories: ['devtools.timeline', 'blink.user_timing'] });
  await tab.goto(url);
  await tab.waitForFunction(() => window.benchResult !== undefined, null, { timeout: SLOW_MS });
  const result = await tab.evaluate(() => window.benchResult);
  const { profile: cpu } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  await browser.close();
  server.close();
  writeFileSync(`${dir}/${target}.cpuprofile`, JSON.stringify(cpu));
  // Renderer main-thread work by kind (complete trace events; nested kinds are counted in each).
  const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byKind = new Map();
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || !event.dur || event.pid !== main?.pid || event.tid !== main?.tid) continue;
    if (
      ![
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'PrePaint',
        'Layerize',
        'Commit',
        'ParseHTML',
        'EvaluateScript',
        'FunctionCall',
        'v8.compile',
        'v8.compileModule',
        'MajorGC',
        'MinorGC',
        'ParseAuthorStyleSheet',
        'RunMicrotasks',
        'FireAnimationFrame',
        'TimerFire',
        'HitTest',
      ].includes(event.name)
    )
      continue;
    byKind.set(event.name, (byKind.get(event.name) ?? 0) + event.dur / 1000);
  }

  // Which source file each line of the unminified bundle came from (esbuild's "// path" markers).
  const files = {};
  for (const name of Object.keys(entries)) {
    const lines = readFileSync(`${dir}/${name}.js`, 'utf8').split('\n');
    let current = '?';
    files[name] = lines.map(
      (line) => (current = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line)?.[1] ?? current),
    );
  }
  const sourceOf = (frame) => {
    const bundleName = /profile\/(pc-[\w-]+)\.js/.exec(frame.url)?.[1];
    if (bundleName) return files[bundleName]?.[frame.lineNumber] ?? '?';
    return frame.url ? frame.url.replace(/^.*\/bench\//, 'bench/') : `(${frame.functionName || 'native'})`;
  };
  const interval = new Map();
  cpu.samples.forEach((id, i) => interval.set(id, (interval.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map();
  const byFile = new Map();
  for (const node of cpu.nodes) {
    const ms = interval.get(node.id) ?? 0;
    if (ms === 0) continue;
    const frame = node.callFrame;
    const file = sourceOf(frame);
    const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const top = (map, count) =>
    [...map.entries()]
      .filter(([key]) => !/^\((idle|program)\)/.test(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`)
      .join('\n');
  log(`Profile of ${page}: ${JSON.stringify(result)}`);
  log(
    `Renderer totals: script ${(metrics.ScriptDuration * 1000).toFixed(0)} ms, style ${(metrics.RecalcStyleDuration * 1000).toFixed(0)} ms ` +
      `(${metrics.RecalcStyleCount} recalcs), layout ${(metrics.LayoutDuration * 1000).toFixed(0)} ms (${metrics.LayoutCount} layouts), ` +
      `tasks ${(metrics.TaskDuration * 1000).toFixed(0)} ms, DOM nodes ${metrics.Nodes}`,
  );
  log(`\nMain-thread work by kind (trace; nested kinds overlap):\n${top(byKind, 20)}`);
  log(`\nSelf time by source file:\n${top(byFile, 20)}`);
  log(`\nSelf time by function:\n${top(byFunction, 40)}`);
  log(`\nFull profile: ${dir}/${target}.cpuprofile (open in Chrome DevTools, Performance panel)`);
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const startedAt = new Date();
  const load = [os.loadavg()[0]];
  log(SMOKE ? 'Benchmark smoke run (1 repetition, a subset)' : `Benchmark: ${RUNS} repetitions`);
  const ourCharts = checkOurBundles();
  if (!ourCharts.includes('indicator-card'))
    notes.push('pc-indicator-card does not exist yet: ours draws no cards.');
  log('Building peer bundles (cached in bench/.tmp)');
  await buildPeers();
  const trees = await writeData();
  const sections = [];
  let updateSection;
  const budgets = [];
  const budget = (label, ok, value) => budgets.push(`${ok ? 'PASS' : 'FAIL'}  ${label}: ${value}`);

  // 1. Bytes
  const peerFile = (lib, entry) => `${BUILD}/${lib.id}/${entry}.js`;
  const oursAll = gzipBytes('dist/pc-charts.js');
  const bytesRows = [...CHARTS, 'all'].map((entry) => {
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
  sections.push(
    '## 1. Bytes: gzip -9 of the smallest bundle that draws the chart\n\n' +
      'Ours: the files in dist/ (`npm run build`). Peers: one module per chart in bench/peers/, built by the same ' +
      'function (scripts/esbuild-bundle.mjs: esbuild bundles to ES2022 with every dependency inlined, terser minifies). The last row ' +
      'is what the dashboard loads (Chart.js and Visa: the three charts they can draw). Ratio peer / ours.\n\n' +
      table(['chart', ...LIBS.map((lib) => lib.name)], bytesRows),
  );
  budget(`dist/pc-charts.js ≤ ${kB(BUDGETS.allBytes)}`, oursAll <= BUDGETS.allBytes, kB(oursAll));
  for (const name of ourCharts) {
    const bytes = gzipBytes(`dist/pc-${name}.js`);
    budget(`dist/pc-${name}.js ≤ ${kB(BUDGETS.oneBytes)}`, bytes <= BUDGETS.oneBytes, kB(bytes));
  }

  const server = await serve(ROOT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const browserVersion = browser.version();
  try {
    // 2 and 4. Dashboard first render, heap, update
    if (MEASURES.includes('dashboard')) {
      log('Dashboard (first render, heap, update of 50 cards)');
      const samples = await runDashboard(browser, base);
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
      sections.push(
        '## 2. Dashboard first render: "Programma 2 — Jaarstukken 2025"\n\n' +
          '50 indicator cards, 3 budget gauges, the saldo table and a 100-node goal tree. From script start (library ' +
          'not yet loaded) to the first paint after the last chart reports it is drawn; JS heap used after a forced ' +
          'GC. Median (min–max) · ratio peer / ours. The last row is no library: a module that draws each chart as ' +
          'its title and one SVG path with plain DOM calls (bench/peers/floor/). Its time is what loading a module ' +
          'and laying out and painting this page cost here, a share of every row above.\n\n' +
          table(['library', 'first render', 'JS heap', 'drawn'], rows),
      );
      const updateRows = DASHBOARD_LIBS.map((lib) => [
        lib.name,
        timeCell(stats(samples[lib.id].update), lib.id === 'ours' || lib === FLOOR ? null : oursUpdate) ??
          'failed',
      ]);
      updateSection =
        '## 4. Update: new data for the 50 indicator cards (a CMS preview while an editor types)\n\n' +
        'From setting the data to the paint that shows it. Median (min–max) · ratio peer / ours.\n\n' +
        table(['library', 'update of 50 cards'], updateRows);
      const peerMedians = PEERS.map((lib) => stats(samples[lib.id].ms)?.median).filter(
        (v) => v !== undefined,
      );
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
    }

    // 3. Tree at scale
    if (MEASURES.includes('tree')) {
      log('Goal tree at scale');
      const treeLibs = LIBS.filter(
        (lib) => lib.id === 'ours' || existsSync(`bench/peers/${lib.id}/goal-tree.js`),
      );
      const samples = await runTrees(browser, base, trees, treeLibs);
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
      sections.push(
        '## 3. Goal tree at scale\n\n' +
          'A fully expanded synthetic tree (test/support/synthetic-tree.ts, branching 6, plus one node with 100 ' +
          'children). First render: from creating the chart (library loaded) to the paint after it reports drawn. ' +
          'Keyboard step: ArrowDown from the root, the handler plus the style and layout it causes. Expand: the ' +
          'collapsed 100-child node opened (ours: ArrowRight; ECharts: treeExpandAndCollapse; Highcharts: ' +
          'toggleCollapse), to the paint. "cannot": the library has no tree, no keyboard navigation of tree nodes ' +
          'or no expand/collapse. Median (min–max) · ratio peer / ours.\n\n' +
          table(['measure', ...LIBS.map((lib) => lib.name)], rows) +
          '\n\n² Highcharts moves between points with the arrow keys when its accessibility module is loaded; the ' +
          'treegraph bundle measured here does not include that module.',
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (updateSection) sections.push(updateSection);

  load.push(os.loadavg()[0]);
  const cpus = os.cpus();
  const versions = [
    `pc-charts ${version(null)} (lit ${version('lit')})`,
    ...PEERS.map((lib) => `${lib.name} (${lib.pkg}) ${version(lib.pkg)}`),
    `esbuild ${version('esbuild')}, playwright-core ${version('playwright-core')}`,
  ];
  const header = [
    `# Benchmark results`,
    '',
    `Run ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (scripts/bench.mjs), ` +
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
    ...(option('note')
      ? [`- Note: ${argv.find((arg) => arg.startsWith('--note=')).slice('--note='.length)}`]
      : []),
  ].join('\n');
  const budgetText = `## Budgets\n\n\`\`\`\n${budgets.join('\n')}\n\`\`\``;
  const failureText =
    failures.length > 0 ? `\n\n## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}` : '';
  const markdown = `${header}\n\n${sections.join('\n\n')}\n\n${budgetText}${failureText}\n`;
  log(`\n${markdown}`);
  if (!SMOKE) {
    writeFileSync('bench/results.md', markdown);
    log('Wrote bench/results.md');
  }
  if (failures.length > 0) {
    console.error(`${failures.length} chart(s) failed to draw.`);
    process.exit(1);
  }
  if (STRICT && budgets.some((line) => line.startsWith('FAIL'))) process.exit(2);
}

if (PROFILE) await profile(PROFILE);
else await main();
