// Screenshots of every demo page at the widths a reader uses (phone 375, CMS column 560, desktop 1280), full
// page, after every element has drawn. Serves the demo from source with Vite (as `npm start` does) and writes
// screenshots/<page>-<width>.png (gitignored); then runs axe on the page as shown and exits non-zero on any
// violation. Usage: node scripts/screenshots.mjs [page.html …] [--widths=375,1280] [--lang=en]
// --lang=en sets the page's lang before it loads: the charts in English (their words from the English strings,
// loaded on demand), written as screenshots/<page>-en-<width>.png.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const args = process.argv.slice(2);
const widthArg = args.find((arg) => arg.startsWith('--widths='));
const widths = widthArg ? widthArg.slice(9).split(',').map(Number) : [375, 560, 1280];
const pages = args.filter((arg) => arg.endsWith('.html'));
const lang = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
const all = readdirSync('demo').filter((file) => file.endsWith('.html'));
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let violations = 0;

const server = await createServer({
  configFile: 'vite.demo.config.ts',
  server: { host: '127.0.0.1', port: 0 },
  logLevel: 'error',
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--headless'] });
try {
  for (const page of pages.length ? pages : all) {
    for (const width of widths) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      if (lang)
        await tab.addInitScript((value) => {
          document.addEventListener('readystatechange', () => (document.documentElement.lang = value), { once: true });
        }, lang);
      await tab.goto(`http://127.0.0.1:${port}/${page}`, { waitUntil: 'networkidle' });
      // Scroll through so that every element near the view has drawn, then wait until none is loading.
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 700) await tab.evaluate((top) => window.scrollTo(0, top), y);
      await tab.waitForFunction(
        () =>
          [...document.querySelectorAll('pc-indicator-card, pc-budget-gauge, pc-saldo-table, pc-goal-tree')].every(
            (el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"], .loading'),
          ),
        undefined,
        { timeout: 20000 },
      );
      // A full-page capture paints beyond the view, where content-visibility: auto (on the elements and the
      // tree's boxes) leaves things blank that a reader scrolling there sees drawn: make the view the page.
      const full = await tab.evaluate(() => document.documentElement.scrollHeight);
      await tab.setViewportSize({ width, height: full });
      await tab.evaluate(() => window.scrollTo(0, 0));
      await tab.waitForTimeout(500);
      const file = `${outDir}/${page.replace(/\.html$/, '')}${lang ? `-${lang}` : ''}-${width}.png`;
      await tab.screenshot({ path: file, fullPage: true });
      await tab.addScriptTag({ content: axeSource });
      const found = await tab.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`);
      });
      violations += found.length;
      console.log(`${file}  axe: ${found.length ? found.join('; ') : '0 violations'}`);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = violations > 0 ? 1 : 0;
