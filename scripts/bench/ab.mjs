// A/B timing of two builds of our bundles on one benchmark page: the pages of the two builds alternate in one
// browser, so that drift in the machine's speed (±10 % from run to run here) falls on both alike. Two identical
// builds still differ by up to about 6 ms in their medians over 25 pages each.
//
//   node scripts/bench/ab.mjs <dirA> <dirB> [dashboard | tree-<n>] [--runs=25]
//
// A directory (under dist/ or bench/, which the server serves) holds pc-charts.js (dashboard) or
// pc-goal-tree.js (tree), as dist/ does; build one with
// scripts/esbuild-bundle.mjs. The pages read bench/.tmp/data, which `npm run bench` writes on its first run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.split('=')[1] ?? 25);
const [dirA, dirB, target = 'dashboard'] = args;
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/ab.mjs <dirA> <dirB> [dashboard | tree-<n>] [--runs=25]');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'bench/.tmp/data/dashboard.json'))) {
  console.error('bench/.tmp/data is missing: run `npm run bench -- --runs=1` once first');
  process.exit(2);
}
const n = target.startsWith('tree-') ? target.slice(5) : null;
/** The tree page's expand measure opens the node that holds the 100 extra leaves (ids b0, b1 …). */
function bulkNode(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.children?.[0]?.id === 'b0') return { id: node.id, children: node.children.length };
    stack.push(...(node.children ?? []));
  }
  throw new Error('no node with the extra leaves');
}
let page = 'dashboard.html?lib=ours';
if (n) {
  const file = join(ROOT, `bench/.tmp/data/tree-${n}.json`);
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run bench -- --sizes=${n} --runs=1\``);
  const bulk = bulkNode(JSON.parse(readFileSync(file, 'utf8')).goalTrees[0].root);
  page = `tree.html?lib=ours&n=${n}&bulk=${bulk.id}&children=${bulk.children}`;
}

const server = await serve(ROOT);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const samples = { [dirA]: [], [dirB]: [] };
for (let run = 0; run < runs; run++) {
  // A B, then B A: neither build always comes first.
  for (const dir of run % 2 ? [dirB, dirA] : [dirA, dirB]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${base}/bench/pages/${page}&dist=/${normalize(dir).replace(/^\/+|\/+$/g, '')}`);
    await tab.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 60000 });
    const result = await tab.evaluate(() => window.benchResult);
    if (result.error || result.problems?.length) console.error(dir, result.error ?? result.problems);
    else samples[dir].push(result.ms);
    await context.close();
  }
}
await browser.close();
server.close();
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
for (const dir of [dirA, dirB]) {
  const values = samples[dir];
  console.log(
    `${dir.padEnd(32)} ${target}: median ${quantile(values, 0.5).toFixed(1)} ms, quartiles ` +
      `${quantile(values, 0.25).toFixed(1)}–${quantile(values, 0.75).toFixed(1)} ms, ${values.length} pages`,
  );
}
const delta = quantile(samples[dirB], 0.5) - quantile(samples[dirA], 0.5);
// Two identical builds differ by up to about 6 ms in 25 pages each on these machines: less than that is noise.
console.log(`B − A: ${delta.toFixed(1)} ms (medians)`);
