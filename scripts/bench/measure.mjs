// Driving the browser: one page per measurement, each in a fresh context, repeated RUNS times per library.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { DASHBOARD_LIBS, RUNS, SIZES, SLOW_MS, THROTTLE, THROTTLED_LIBS, VERBOSE, log } from './options.mjs';
import { TRACE_CATEGORIES, blocking, mainThreadTasks } from './tasks.mjs';

/** Headless Chromium with the benchmark's flags. */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Loads a page in a fresh context, waits for window.benchResult, then lets `then` measure more.
 * `rate` > 1: CPU throttled by that factor (DevTools' `Emulation.setCPUThrottlingRate`, a phone's speed).
 * `trace`: records the page's main-thread tasks (result.tasks, see tasks.mjs) until `then` has finished.
 */
export async function measurePage(browser, url, then, { rate = 1, trace = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  if (VERBOSE)
    page.on('console', (message) => log(`    console.${message.type()}: ${message.text().slice(0, 300)}`));
  let tracing = false;
  try {
    if (rate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    if (trace) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(url, { timeout: SLOW_MS * rate });
    await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: SLOW_MS * rate });
    const result = await Promise.race([
      page.evaluate(() => window.benchResult),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no result after ${SLOW_MS * rate} ms`)), SLOW_MS * rate),
      ),
    ]);
    if (errors.length > 0) result.problems = [...(result.problems ?? []), ...errors];
    if (then && !result.error) await then(page, context, result);
    if (tracing) {
      tracing = false;
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8'));
      if (!result.error) result.tasks = mainThreadTasks(traceEvents, result.syncAt);
    }
    if (VERBOSE)
      log(
        `    ${url.replace(/^.*\/pages\//, '')}: ${JSON.stringify({ ...result, tasks: undefined }).slice(0, 400)}`,
      );
    return result;
  } catch (error) {
    if (VERBOSE) log(`    ${url}: ${String(error).split('\n')[0]} ${errors.join('; ')}`);
    return { error: String(error).split('\n')[0], problems: errors };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
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

/** Adds a chart's problems to `failures`; whether there were none. */
function check(failures, what, lib, result) {
  const problems = [...(result.error ? [result.error] : []), ...(result.problems ?? [])];
  if (problems.length > 0) failures.push(`${what}, ${lib.name}: ${problems.slice(0, 3).join('; ')}`);
  return problems.length === 0;
}

/** Empty samples of one library on the dashboard, at one speed. */
const dashboardSample = () => ({
  ms: [],
  heap: [],
  update: [],
  viewAt: [],
  allAt: [],
  longest: [],
  blocking: [],
  updateLongest: [],
  updateBlocking: [],
  cannot: [],
});

/**
 * One dashboard page: first render (from script start, and from navigation start to the first viewport's and to
 * all charts' paint), JS heap (at normal speed only), the update of 50 cards, and the longest task and total
 * blocking time of each (from the trace). Adds to `sample`; problems go to `failures`.
 */
async function dashboardRun(browser, base, lib, sample, failures, rate) {
  let update;
  const result = await measurePage(
    browser,
    `${base}/bench/pages/dashboard.html?lib=${lib.id}`,
    async (page, context) => {
      if (rate === 1) sample.heap.push(await heapAfterGc(context, page));
      update = await page.evaluate(() => window.benchUpdate());
      if (update.problems.length > 0) failures.push(`update, ${lib.name}: ${update.problems.join('; ')}`);
      else sample.update.push(update.ms);
    },
    { rate, trace: true },
  );
  const speed = rate > 1 ? ` at ${rate}× throttling` : '';
  if (!check(failures, `dashboard${speed}`, lib, result)) return;
  sample.ms.push(result.ms);
  sample.viewAt.push(result.viewAt);
  sample.allAt.push(result.allAt);
  sample.cannot = result.cannot ?? sample.cannot;
  if (result.tasks) {
    const first = blocking(result.tasks, 0, result.allAt);
    sample.longest.push(first.longest);
    sample.blocking.push(first.total);
    if (update?.problems.length === 0) {
      const during = blocking(result.tasks, update.begin, update.end);
      sample.updateLongest.push(during.longest);
      sample.updateBlocking.push(during.total);
    }
  }
}

/**
 * The dashboard per library, at normal speed and (THROTTLE > 1) CPU-throttled: `{ normal, throttled }`, each
 * `{ [id]: samples }`. The libraries alternate within each repetition, so that drift in the machine's speed
 * falls on all alike.
 */
export async function runDashboard(browser, base, failures) {
  const normal = Object.fromEntries(DASHBOARD_LIBS.map((lib) => [lib.id, dashboardSample()]));
  const throttled = Object.fromEntries(THROTTLED_LIBS.map((lib) => [lib.id, dashboardSample()]));
  for (let run = 0; run < RUNS; run++) {
    for (const lib of DASHBOARD_LIBS) await dashboardRun(browser, base, lib, normal[lib.id], failures, 1);
    if (THROTTLE > 1) {
      for (const lib of THROTTLED_LIBS)
        await dashboardRun(browser, base, lib, throttled[lib.id], failures, THROTTLE);
    }
    log(`  dashboard run ${run + 1}/${RUNS}`);
  }
  return { normal, throttled };
}

/** The goal tree at each size: { ['<lib>:<n>']: { ms, keyMs, expandMs, slow } }. */
export async function runTrees(browser, base, trees, treeLibs, failures) {
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
        if (!check(failures, `tree ${n}`, lib, result)) continue;
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
