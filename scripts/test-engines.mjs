// Runs the web test runner in the three engines and ends with a line per engine; fails when any engine fails.
//   node scripts/test-engines.mjs --group unit      (ENGINES=firefox,webkit picks some)
// Chromium runs alone first: its time budgets are the ones the tests watch. Then Firefox and WebKit run together
// in one runner (it labels each result with its browser), where only behaviour is checked: on a 2-core machine
// that saves minutes. ENGINES_SERIAL=1 runs every engine on its own.
import { spawn } from 'node:child_process';
import { ENGINE_LABELS, engineVersion, selectedEngines } from './engines.mjs';

const args = process.argv.slice(2);
const engines = selectedEngines(['--group'], process.env);
const phases = process.env.ENGINES_SERIAL
  ? engines.map((name) => [name])
  : [engines.filter((name) => name === 'chromium'), engines.filter((name) => name !== 'chromium')].filter(
      (phase) => phase.length,
    );
const results = [];

for (const phase of phases) {
  const names = phase.map((name) => `${ENGINE_LABELS[name]} (${engineVersion(name)})`).join(' and ');
  console.log(`\n=== ${names}: wtr ${args.join(' ')} ===`);
  const started = Date.now();
  const output = [];
  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ENGINES: phase.join(',') } },
    );
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output.push(chunk);
    });
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const text = Buffer.concat(output)
    .toString('utf8')
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  for (const name of phase) {
    // The runner's last progress line per browser: "Firefox: |███| 18/18 test files | 213 passed, 1 failed, 6 skipped".
    const lines = [
      ...text.matchAll(new RegExp(`^${ENGINE_LABELS[name]}: .*\\| (\\d+) passed, (\\d+) failed.*$`, 'gm')),
    ];
    const last = lines.at(-1);
    const counts = last ? last[0].split('| ').slice(-1)[0] : 'no results';
    const failed = code !== 0 && (!last || Number(last[2]) > 0 || phase.length === 1);
    results.push({ name, failed, counts, seconds, together: phase.length > 1 });
  }
  if (code !== 0 && !results.slice(-phase.length).some((result) => result.failed))
    for (const result of results.slice(-phase.length)) result.failed = true; // the run failed, no test did
}

console.log(`\nEngines, ${args.join(' ')}:`);
for (const { name, failed, counts, seconds, together } of results) {
  const time = together ? `${seconds} s (run together)` : `${seconds} s`;
  console.log(`  ${ENGINE_LABELS[name].padEnd(9)} ${failed ? 'FAILED' : 'passed'}  ${counts}  ${time}`);
}
const failed = results.filter((result) => result.failed);
if (failed.length) {
  console.log(`Failed in: ${failed.map(({ name }) => ENGINE_LABELS[name]).join(', ')}`);
  process.exitCode = 1;
}
