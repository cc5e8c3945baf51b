#!/usr/bin/env node
// `npm run report:reliability`: runs the hardening suites (test/hardening) with the full counts — 10,000 generated
// documents per component (PC_FUZZ_RUNS), seed PC_SEED (42) — and prints one table of what they measured:
// documents tried, rendered, errors shown, exceptions, NaN found, payloads executed, CSP violations, stale renders.
// Each suite prints a `[reliability-json] {...}` line in the browser (test/support/reliability.ts); this script
// collects them from web-test-runner's output. Exits non-zero when a suite failed (the table is printed anyway).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = process.env.PC_FUZZ_RUNS ?? '10000';
const seed = process.env.PC_SEED ?? '42';
const verbose = process.argv.includes('--verbose');

const COLUMNS = [
  ['documents', 'documents tried'],
  ['rendered', 'rendered'],
  ['errorsShown', 'errors shown'],
  ['exceptions', 'exceptions'],
  ['nanFound', 'NaN found'],
  ['payloadsExecuted', 'payloads executed'],
  ['cspViolations', 'CSP violations'],
  ['staleRenders', 'stale renders'],
];

function run() {
  return new Promise((resolve) => {
    const wtr = path.join(root, 'node_modules', '.bin', 'wtr');
    const child = spawn(wtr, ['--config', 'scripts/wtr-reliability.config.mjs'], {
      cwd: root,
      env: { ...process.env, PC_FUZZ_RUNS: runs, PC_SEED: seed, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (verbose) process.stderr.write(text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function parse(output) {
  const rows = [];
  const seen = new Set();
  for (const line of output.split('\n')) {
    const at = line.indexOf('[reliability-json] ');
    if (at < 0) continue;
    try {
      const row = JSON.parse(line.slice(at + '[reliability-json] '.length).trim());
      // web-test-runner may print a file's logs twice (progress and summary): keep each suite once.
      if (seen.has(row.suite)) continue;
      seen.add(row.suite);
      rows.push(row);
    } catch {
      // not one of ours
    }
  }
  return rows;
}

function table(rows) {
  const header = ['suite', ...COLUMNS.map(([, label]) => label)];
  const cell = (value) => (typeof value === 'number' ? value.toLocaleString('en-US') : '–');
  const body = rows.map((row) => [row.suite, ...COLUMNS.map(([key]) => cell(row[key]))]);
  const totals = [
    'total',
    ...COLUMNS.map(([key]) => {
      const values = rows.map((row) => row[key]).filter((value) => typeof value === 'number');
      return values.length === 0 ? '–' : cell(values.reduce((a, b) => a + b, 0));
    }),
  ];
  const all = [header, ...body, totals];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) =>
    `| ${r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`;
  return [line(header), rule, ...body.map(line), line(totals)].join('\n');
}

const started = Date.now();
console.log(
  `Reliability run: ${runs} generated documents per component, PC_SEED=${seed} (this takes several minutes)…`,
);
const { code, output } = await run();
const rows = parse(output);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log('');
console.log(
  `pc-charts reliability — ${new Date().toISOString().slice(0, 10)}, ${runs} generated documents per component, seed ${seed}, ${minutes} min`,
);
console.log('');
console.log(table(rows));
console.log('');
for (const line of output.split('\n')) {
  const at = line.indexOf('[reliability] ');
  if (at >= 0) console.log(line.slice(at).trim());
}
if (code !== 0) {
  const failed = output.split('\n').filter((line) => line.includes('❌'));
  console.log('');
  console.log(`web-test-runner exited with ${code}; failing tests:`);
  for (const line of [...new Set(failed)]) console.log(`  ${line.trim()}`);
  // The generated suite names each failing document by seed and run: enough to reproduce it.
  const documents = output.split('\n').filter((line) => line.includes('PC_SEED=') && line.includes(' run '));
  if (documents.length > 0) {
    console.log('');
    console.log('failing generated documents (first of each suite):');
    for (const line of [...new Set(documents)].slice(0, 20))
      console.log(
        `  ${line
          .trim()
          .replace(/^-\s*"/, '')
          .slice(0, 600)}`,
      );
  }
  if (!verbose) console.log('(run with --verbose for the full output)');
}
if (rows.length === 0) console.log('No [reliability-json] lines found: did the suites run?');
process.exit(code);
