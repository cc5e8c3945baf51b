// The browser every test and benchmark runs in: Debian's Chromium (no browser download), headless, without the
// background work that would slow the tests or add noise to the figures. CHROME_PATH points elsewhere.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
