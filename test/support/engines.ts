// Which engine a test runs in (the runner drives Chromium, Firefox and WebKit: scripts/engines.mjs), and how a test
// that can only run in some says so. One line in the test's body, with the reason:
//   onlyIn(['chromium'], MEDIA_EMULATION);
// In the other engines the test stops there and is reported as skipped, the engine and reason in its title; the
// checks before the line have run (so a test can check its engine-neutral half everywhere).

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine of this page, from its user agent (WebKitGTK's MiniBrowser reads as Safari). */
export function engine(userAgent: string = navigator.userAgent): Engine {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium';
  if (/AppleWebKit\//.test(userAgent)) return 'webkit';
  throw new Error(`Unknown engine: ${userAgent}`);
}

/** Media emulation (forced colors, reduced motion, print) is a Playwright/CDP command: Firefox over WebDriver BiDi
 * and WebKitWebDriver offer no equivalent. */
export const MEDIA_EMULATION =
  'emulateMedia (forced colors, reduced motion, print) needs Playwright/CDP; WebDriver BiDi and WebKitWebDriver lack it';

/** Time budgets are set and watched in Chromium, the benchmark's engine: elsewhere they would measure the engine's
 * timers and JIT, not a regression of ours. The behaviour around the budget is checked everywhere. */
export const TIMING_BUDGET = 'time budgets are set and watched in Chromium, the benchmark engine';

let currentTest: Mocha.Test | undefined;
// A root hook: the test about to run, so onlyIn() can skip it from inside its body.
beforeEach(function () {
  currentTest = this.currentTest;
});

/** Skips the rest of the running test outside `engines`, naming this engine and `reason` in the test's title. */
export function onlyIn(engines: readonly Engine[], reason: string): void {
  if (!reason.trim()) throw new Error('onlyIn: say why the test cannot run everywhere');
  const here = engine();
  if (engines.includes(here)) return;
  if (!currentTest) throw new Error('onlyIn: call it inside a test');
  currentTest.title += ` [skipped in ${here}: ${reason}]`;
  currentTest.skip();
}

/** True where time budgets are checked (a test whose behaviour is checked everywhere guards its budget line). */
export const watchesTimingBudgets = (): boolean => engine() === 'chromium';
