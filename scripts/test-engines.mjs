// Runs the web test runner once per engine, one after the other (2-core machines: three browsers at once would
// make the timing-sensitive tests noisy), and ends with one line per engine. Fails when any engine fails.
//   node scripts/test-engines.mjs --group unit        (all three; ENGINES=firefox,webkit picks some)
import { spawn } from 'node:child_process';
import { ENGINE_LABELS, engineVersion, selectedEngines } from './engines.mjs';

const args = process.argv.slice(2);
const engines = selectedEngines(['--group'], process.env);
const results = [];

for (const name of engines) {
  const version = engineVersion(name);
  console.log(`\n=== ${ENGINE_LABELS[name]} — ${version} — wtr ${args.join(' ')} ===`);
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args],
      { stdio: 'inherit', env: { ...process.env, ENGINES: name } },
    );
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  results.push({ name, version, code, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log(`\nEngines, ${args.join(' ')}:`);
for (const { name, version, code, seconds } of results)
  console.log(
    `  ${ENGINE_LABELS[name].padEnd(9)} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s  ${version}`,
  );
const failed = results.filter((result) => result.code !== 0);
if (failed.length) {
  console.log(`Failed in: ${failed.map(({ name }) => ENGINE_LABELS[name]).join(', ')}`);
  process.exitCode = 1;
}
