// WebKitGTK's MiniBrowser through WebKitWebDriver (webdriverio, via the runner's webdriver launcher). The driver
// needs an X display: the launcher starts a private Xvfb on a free display and the driver on a free port with the
// run, and stops both after it (no stdin needed, so it works under CI).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { keyChord } from './engine-keys.mjs';

export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

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
