// Prints the gzip size (level 9) of every single-file bundle and fails beyond the budgets:
// dist/pc-charts.js ≤ 60 kB, each per-component file ≤ 40 kB (D3 back for the math, December 2026).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_ALL = 60 * 1000;
const BUDGET_ONE = 40 * 1000;
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
  const budget = file === 'pc-charts.js' ? BUDGET_ALL : BUDGET_ONE;
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
console.log('Bundle sizes (minified, gzip -9):');
console.table(rows);
if (failed) {
  console.error('A bundle is over its budget.');
  process.exit(1);
}
