// The three engines the tests run in, all from Debian packages (no browser download):
// - Chromium: /usr/bin/chromium through playwright-core (scripts/chromium.mjs holds its path and flags);
// - Firefox: /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi;
// - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (webdriverio), on a private Xvfb display that this
//   launcher starts with the run and stops after it.
// ENGINES=chromium,firefox,webkit picks some; unset, `--group` runs take all three and single files Chromium.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { ChromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

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

/** Firefox ESR over WebDriver BiDi (puppeteer-core speaks it natively; no geckodriver). */
export function firefoxLauncher() {
  return new FirefoxLauncher(
    {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Offline machine: no update checks, telemetry, safe-browsing lists or captive-portal probes.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.healthreport.uploadEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'toolkit.telemetry.enabled': false,
      },
    },
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteer,
  );
}

/** Key names as the tests write them (Playwright's: 'Shift+Tab', 'Space'), split into what each driver takes. */
export function keyChord(press) {
  const keys = press.length > 1 && press.includes('+') ? press.split('+') : [press];
  return { modifiers: keys.slice(0, -1), key: keys.at(-1) };
}

/** puppeteer's keyboard over BiDi knows neither chords ('Shift+Tab') nor 'Space': the page it hands the commands
 * plugin presses them as Playwright does. */
class FirefoxLauncher extends ChromeLauncher {
  getPage(sessionId) {
    const page = super.getPage(sessionId);
    const keyboard = page.keyboard;
    const press = async (name, options) => {
      const { modifiers, key } = keyChord(name);
      for (const modifier of modifiers) await keyboard.down(modifier);
      await keyboard.press(key === 'Space' ? ' ' : key, options);
      for (const modifier of modifiers.reverse()) await keyboard.up(modifier);
    };
    return new Proxy(page, {
      get(target, prop) {
        if (prop === 'keyboard')
          return new Proxy(keyboard, { get: (k, p) => (p === 'press' ? press : bound(k, p)) });
        return bound(target, prop);
      },
    });
  }
}

function bound(target, prop) {
  const value = Reflect.get(target, prop, target);
  return typeof value === 'function' ? value.bind(target) : value;
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, which needs an X display: a private Xvfb. */
export function webkitLauncher() {
  return new WebKitLauncher();
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize(), once the driver has a free port
      path: '/',
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
    /** @type {import('node:child_process').ChildProcess[]} */
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    for (const file of [MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, '/usr/bin/Xvfb']) {
      if (!existsSync(file))
        throw new Error(`WebKit tests need ${file} (apt-get install webkit2gtk-driver xvfb)`);
    }
    const display = await startXvfb(this.children);
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.children.push(driver);
    await waitForPort(port, driver);
    this.options.port = port;
    const stopChildren = () => this.killChildren();
    process.once('exit', stopChildren);
  }

  /** `press: 'Shift+Tab'` as a chord (webdriverio's keys() holds every key of the array down together). */
  async sendKeys(sessionId, keys) {
    return super.sendKeys(
      sessionId,
      keys.flatMap((name) => {
        const { modifiers, key } = keyChord(name);
        return [...modifiers, key];
      }),
    );
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }

  killChildren() {
    for (const child of this.children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
    this.children = [];
  }
}

/** Starts Xvfb on the first free display (it picks it: -displayfd) and resolves that display number. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      '/usr/bin/Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    children.push(xvfb);
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (chunk) => (err += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    xvfb.once('exit', (code) =>
      reject(new Error(`Xvfb exited (${code}) before it had a display: ${err.trim()}`)),
    );
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
}
