// web-test-runner config for `npm run report:reliability`: the hardening suites (test/hardening) with the full
// counts. PC_FUZZ_RUNS (default 10,000 generated documents per component) and PC_SEED (default 42) reach the test
// page as `window.__pcReliability`, read by test/support/reliability.ts.
import base from '../web-test-runner.config.mjs';

const runs = Number.parseInt(process.env.PC_FUZZ_RUNS ?? '10000', 10);
const seed = Number.parseInt(process.env.PC_SEED ?? '42', 10);
const settings = JSON.stringify({
  runs: Number.isFinite(runs) ? runs : 10000,
  seed: Number.isFinite(seed) ? seed : 42,
  full: true,
});

export default {
  ...base,
  groups: undefined,
  files: process.env.PC_RELIABILITY_FILES ?? 'test/hardening/**/*.test.ts',
  concurrency: 1,
  // 10,000 documents per component take minutes, not seconds.
  testsFinishTimeout: 3600000,
  testFramework: { config: { timeout: 600000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.__pcReliability = ${settings};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
};
