// Firefox ESR over WebDriver BiDi: puppeteer-core speaks it natively (no geckodriver), through the runner's
// puppeteer launcher (@web/test-runner-chrome), which works with any browser puppeteer launches.
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { keyChord } from './engine-keys.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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
