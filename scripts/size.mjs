// Prints the gzip size (level 9) of every single-file bundle and fails beyond the budgets:
// dist/pc-charts.js ≤ 60 kB, each per-component file ≤ 40 kB (since D3 does the math), and the files the bundles
// load on demand beside them, each within its own budget (ON_DEMAND_FILES in esbuild-bundle.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ON_DEMAND_FILES } from './esbuild-bundle.mjs';

const BUDGET_ALL = 60 * 1000;
const BUDGET_ONE = 40 * 1000;
/** Loaded by the bundles on demand, by file: no Lit, no package, so no licence banner beyond our own. */
const ON_DEMAND = new Map(ON_DEMAND_FILES.map(({ file, budget }) => [file, budget]));
const files = readdirSync('dist')
  .filter((file) => /^pc-.*\.js$/.test(file))
  .sort();
if (!files.includes('pc-charts.js')) {
  console.error('dist/pc-charts.js is missing: run npm run build first');
  process.exit(1);
}
let failed = false;
const rows = files.map((file) => {
  const raw = readFileSync(`dist/${file}`);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const budget = file === 'pc-charts.js' ? BUDGET_ALL : (ON_DEMAND.get(file) ?? BUDGET_ONE);
  const ok = gzip <= budget;
  failed ||= !ok;
  return {
    file: `dist/${file}`,
    minified: `${(raw.length / 1000).toFixed(1)} kB`,
    gzip: `${(gzip / 1000).toFixed(1)} kB`,
    budget: `${budget / 1000} kB`,
    ok: ok ? 'yes' : 'NO',
  };
});
// Every bundle names what it includes and where the licence texts are (D3's ISC asks for its notice in all copies).
const licences = readFileSync('dist/THIRD-PARTY-LICENSES.txt', 'utf8');
for (const file of files) {
  const head = readFileSync(`dist/${file}`, 'utf8').slice(0, 4000);
  const banner = /\/\*!\n([\s\S]*?)\*\//.exec(head)?.[1] ?? '';
  const named = [...banner.matchAll(/^- (.*?) \(/gm)].flatMap((m) => m[1].split(', '));
  const problems = [];
  // Every component bundle includes Lit; what they load on demand (a download's code, the English strings)
  // includes no package: those must say so.
  if (ON_DEMAND.has(file)) {
    if (named.length > 0 || !head.startsWith('/*! pc-charts (EUPL-1.2) */'))
      problems.push(`is loaded on demand and must include no package (names ${named.join(', ') || 'none'})`);
  } else {
    if (!named.some((name) => name.startsWith('lit'))) problems.push('names no Lit package');
    if (!banner.includes('THIRD-PARTY-LICENSES.txt')) problems.push('does not name THIRD-PARTY-LICENSES.txt');
  }
  if (named.some((name) => name.startsWith('d3-')) && !licences.includes('Permission to use, copy, modify'))
    problems.push('THIRD-PARTY-LICENSES.txt lacks the ISC permission notice');
  for (const name of named)
    if (!licences.includes(`${name}\n===`)) problems.push(`${name} is not in THIRD-PARTY-LICENSES.txt`);
  if (problems.length) {
    console.error(`dist/${file}: licence banner ${problems.join('; ')}`);
    failed = true;
  } else
    console.log(
      `dist/${file}: licence notice for ${named.length ? named.join(', ') : 'pc-charts only (no package included)'}`,
    );
}
console.log('Bundle sizes (minified, gzip -9):');
console.table(rows);

// The builder page is not a component: no budget, but its weight is printed. What loads with the page, and what
// loads only when a file is dropped (the worker with the converter and its zip library).
if (existsSync('dist/builder/assets')) {
  const assets = readdirSync('dist/builder/assets').sort();
  const page = [
    'dist/builder/index.html',
    ...assets.filter((f) => !f.startsWith('worker-')).map((f) => `dist/builder/assets/${f}`),
  ];
  const lazy = assets.filter((f) => f.startsWith('worker-')).map((f) => `dist/builder/assets/${f}`);
  const weigh = (list) =>
    list.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const raw = (list) => list.reduce((sum, file) => sum + readFileSync(file).length, 0);
  console.log('Builder page (dist/builder/), gzip -9:');
  console.table([
    {
      part: 'page: HTML, CSS, script with the components',
      files: page.length,
      minified: `${(raw(page) / 1000).toFixed(1)} kB`,
      gzip: `${(weigh(page) / 1000).toFixed(1)} kB`,
    },
    {
      part: 'worker: converter, validator, fflate (loaded on the first file)',
      files: lazy.length,
      minified: `${(raw(lazy) / 1000).toFixed(1)} kB`,
      gzip: `${(weigh(lazy) / 1000).toFixed(1)} kB`,
    },
  ]);
}

// The converter must never enter a component bundle: its markers (zip reading, sheet XML) must be absent.
for (const file of files) {
  const text = readFileSync(`dist/${file}`, 'utf8');
  for (const marker of ['sharedStrings.xml', 'zip-too-large', 'table:table-row']) {
    if (text.includes(marker)) {
      console.error(`dist/${file} contains the spreadsheet converter ("${marker}").`);
      failed = true;
    }
  }
}

if (failed) {
  console.error('A bundle is over its budget.');
  process.exit(1);
}
