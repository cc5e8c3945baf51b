// npm run bench: pc-charts side by side with the chart libraries a municipality would otherwise pick.
// Builds one bundle per (peer × chart) with our single-file bundles' settings (scripts/esbuild-bundle.mjs), serves dist/ and bench/ from
// a small HTTP server, and measures in headless Chromium: bytes, the dashboard's first render and JS heap, the
// goal tree at scale and the update of 50 cards, the long tasks of both, the dashboard again at 4× CPU
// throttling, and the dashboard's first paint from pre-rendered HTML against the floor. Prints one table per
// measure and the budgets, and writes bench/results.md.
//
//   node scripts/bench/cli.mjs             full run (15 repetitions), writes bench/results.md
//   node scripts/bench/cli.mjs --smoke     1 repetition of a subset; exits 1 if any chart fails to draw
//   node scripts/bench/cli.mjs --profile=dashboard | --profile=tree-5000
//                                          CPU profile of ours (unminified build): where the time goes
//   options: --runs=N  --only=ours,echarts  --measures=bytes,dashboard,tree,prerender  --sizes=100,1000
//            --throttle=4 (0: skip)
//            --strict (exit 2 on a FAIL of an enforced budget)  --verbose
//            --note="text" (a line in results.md, e.g. about other load on the machine)
//
// The modules beside this one: options (command line, libraries, budgets), peers (bundles), data (the pages'
// documents), serve (HTTP), measure (browser runs), report (tables, budgets, results.md), prerender (the
// pre-rendered dashboard), profile (--profile).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { writeData } from './data.mjs';
import { launch, runDashboard, runTrees } from './measure.mjs';
import { LIBS, MEASURES, PROFILE, ROOT, RUNS, SMOKE, STRICT, log } from './options.mjs';
import { buildPeers, checkOurBundles } from './peers.mjs';
import { prerenderSection, runPrerender } from './prerender.mjs';
import { profile } from './profile.mjs';
import {
  budgetList,
  bytesSection,
  dashboardSections,
  readmeSummary,
  resultsMarkdown,
  treeSection,
  withReadmeSummary,
} from './report.mjs';
import { serve } from './serve.mjs';

process.chdir(ROOT);

async function main() {
  const startedAt = new Date();
  const load = [os.loadavg()[0]];
  const failures = [];
  const notes = [];
  log(SMOKE ? 'Benchmark smoke run (1 repetition, a subset)' : `Benchmark: ${RUNS} repetitions`);
  const ourCharts = checkOurBundles(notes);
  if (!ourCharts.includes('indicator-card'))
    notes.push('pc-indicator-card does not exist yet: ours draws no cards.');
  log('Building peer bundles (cached in bench/.tmp)');
  await buildPeers();
  const trees = await writeData();
  const sections = [];
  let updateSections = [];
  let prerender;
  let summary;
  const { lines: budgets, budget } = budgetList();

  // 1. Bytes
  sections.push(bytesSection(ourCharts, budget));

  const server = await serve(ROOT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch(['--enable-precise-memory-info']);
  const browserVersion = browser.version();
  try {
    // 2 and 4. Dashboard first render, heap, update
    if (MEASURES.includes('dashboard')) {
      log('Dashboard (first render, heap, update of 50 cards)');
      const samples = await runDashboard(browser, base, failures);
      const { first, update, slow, summary: rows } = dashboardSections(samples, budget);
      summary = rows;
      sections.push(first);
      updateSections = [update, ...(slow ? [slow] : [])];
    }

    // 3. Tree at scale
    if (MEASURES.includes('tree')) {
      log('Goal tree at scale');
      const treeLibs = LIBS.filter(
        (lib) => lib.id === 'ours' || existsSync(`bench/peers/${lib.id}/goal-tree.js`),
      );
      const samples = await runTrees(browser, base, trees, treeLibs, failures);
      sections.push(treeSection(samples, trees, treeLibs, budget));
    }

    // 6. First paint from pre-rendered HTML, against the floor
    if (MEASURES.includes('prerender')) {
      log('Dashboard from pre-rendered HTML (pc-charts render), against the floor');
      prerender = prerenderSection(await runPrerender(browser, base, failures), budget);
    }
  } finally {
    await browser.close();
    server.close();
  }
  sections.push(...updateSections, ...(prerender ? [prerender] : []));

  load.push(os.loadavg()[0]);
  const markdown = resultsMarkdown({ startedAt, load, browserVersion, notes, sections, budgets, failures });
  log(`\n${markdown}`);
  if (!SMOKE) {
    writeFileSync('bench/results.md', markdown);
    log('Wrote bench/results.md');
    if (summary) {
      writeFileSync(
        'README.md',
        withReadmeSummary(readFileSync('README.md', 'utf8'), readmeSummary(summary, startedAt)),
      );
      log('Wrote the summary in README.md');
    }
  }
  if (failures.length > 0) {
    console.error(`${failures.length} chart(s) failed to draw.`);
    process.exit(1);
  }
  if (STRICT && budgets.some((line) => line.startsWith('FAIL'))) process.exit(2);
}

if (PROFILE) await profile(PROFILE);
else await main();
