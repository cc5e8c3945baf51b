// `npm run bench -- --profile=dashboard | --profile=tree-<n>`: a CPU profile and a trace of ours, built
// unminified, with self time per function and per source file and main-thread work by kind.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { minifyLitLiterals } from '../esbuild-bundle.mjs';
import { writeData } from './data.mjs';
import { launch } from './measure.mjs';
import { BUILD, ROOT, SLOW_MS, log } from './options.mjs';
import { serve } from './serve.mjs';

/** Kinds of main-thread work counted from the trace. */
const KINDS = [
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
];

export async function profile(target) {
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
  const browser = await launch();
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
    if (!KINDS.includes(event.name)) continue;
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
