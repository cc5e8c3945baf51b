// Driving the browser: one page per measurement, each in a fresh context, repeated RUNS times per library.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { DASHBOARD_LIBS, RUNS, SIZES, SLOW_MS, VERBOSE, log } from './options.mjs';

/** Headless Chromium with the benchmark's flags. */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Loads a page in a fresh context, waits for window.benchResult, then lets `then` measure more. */
export async function measurePage(browser, url, then) {
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

/** Adds a chart's problems to `failures`; whether there were none. */
function check(failures, what, lib, result) {
  const problems = [...(result.error ? [result.error] : []), ...(result.problems ?? [])];
  if (problems.length > 0) failures.push(`${what}, ${lib.name}: ${problems.slice(0, 3).join('; ')}`);
  return problems.length === 0;
}

/** The dashboard's first render, heap and update of 50 cards, per library: { [id]: { ms, heap, update, cannot } }. */
export async function runDashboard(browser, base, failures) {
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
      if (check(failures, 'dashboard', lib, result)) sample.ms.push(result.ms);
      sample.cannot = result.cannot ?? sample.cannot;
    }
    log(`  dashboard run ${run + 1}/${RUNS}`);
  }
  return samples;
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
