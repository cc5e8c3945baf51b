// The three engines the tests run in, all from Debian packages (no browser download):
// - Chromium: /usr/bin/chromium through playwright-core (scripts/chromium.mjs holds its path and flags);
// - Firefox: /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi;
// - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (webdriverio), on a private Xvfb display that this
//   launcher starts with the run and stops after it.
// ENGINES=chromium,firefox,webkit picks some; unset, `--group` runs take all three and single files Chromium.
import { execFileSync } from 'node:child_process';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { FIREFOX_PATH, firefoxLauncher } from './engine-firefox.mjs';
import { webkitLauncher } from './engine-webkit.mjs';

export { keyChord } from './engine-keys.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines asked for: ENGINES (comma list), else all three for `--group` runs and Chromium otherwise. */
export function selectedEngines(argv = process.argv, env = process.env) {
  const asked = env.ENGINES?.split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const names = asked?.length ? asked : argv.includes('--group') ? ENGINES : ['chromium'];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length)
    throw new Error(`ENGINES: unknown ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return names;
}

export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The engine's version as its binary or package reports it ("Chromium 156.0.8078.114", "WebKitGTK 2.50.6"). */
export function engineVersion(name) {
  const read = (file, args) => {
    try {
      return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  if (name === 'chromium')
    return read(CHROMIUM_PATH, ['--version']).replace(/ built on .*/, '') || 'Chromium';
  if (name === 'firefox') return read(FIREFOX_PATH, ['--version']).replace(/^Mozilla /, '') || 'Firefox';
  const webkit = read('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0']).replace(/-.*/, '');
  return webkit ? `WebKitGTK ${webkit} (MiniBrowser)` : 'WebKitGTK (MiniBrowser)';
}

export function launcherFor(name) {
  if (name === 'chromium') return chromiumLauncher();
  if (name === 'firefox') return firefoxLauncher();
  return webkitLauncher();
}

export function chromiumLauncher() {
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  });
}
