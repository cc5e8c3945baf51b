// The goal tree of the health plan (demo/gezonde-stad.html) as a reader meets it, at 375, 560 and 1280 px: at
// rest, with a theme focused (its cross-links drawn) and deep in the tree by the arrow keys (the path line).
// Writes <out>/goal-tree-{rest,focus,deep}-<width>.png (default out: screenshots/, gitignored) and prints the
// scroll box's position and the links drawn. Usage: node scripts/screenshots-goal-tree.mjs [out]
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await createServer({
  configFile: 'vite.demo.config.ts',
  server: { host: '127.0.0.1', port: 0 },
  logLevel: 'error',
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--headless'],
});
const info = (tab) =>
  tab.evaluate(() => {
    const s = document.querySelector('pc-goal-tree').shadowRoot.querySelector('.scroll');
    return {
      st: s.scrollTop,
      sl: s.scrollLeft,
      cw: s.clientWidth,
      ch: s.clientHeight,
      sw: s.scrollWidth,
      sh: s.scrollHeight,
      links: s.querySelectorAll('.crosslink').length,
    };
  });
for (const width of [375, 560, 1280]) {
  const tab = await browser.newPage({ viewport: { width, height: 1300 } });
  await tab.goto(`http://127.0.0.1:${port}/gezonde-stad.html`, { waitUntil: 'networkidle' });
  await tab.evaluate(() => document.querySelector('pc-goal-tree').scrollIntoView());
  await tab.waitForFunction(() =>
    document.querySelector('pc-goal-tree').shadowRoot?.querySelector('[role=tree] [role=treeitem]'),
  );
  await tab.waitForTimeout(600);
  const el = tab.locator('pc-goal-tree');
  console.log(width, 'rest', JSON.stringify(await info(tab)));
  await el.screenshot({ path: `${out}/goal-tree-rest-${width}.png` });
  await tab.evaluate(() =>
    document.querySelector('pc-goal-tree').shadowRoot.querySelector('[role=treeitem][tabindex="0"]').focus(),
  );
  // Root → first pillar → its first theme (two cross-links).
  for (const k of ['ArrowRight', 'ArrowDown']) await tab.keyboard.press(k);
  await tab.waitForTimeout(300);
  console.log(width, 'focus', JSON.stringify(await info(tab)));
  await el.screenshot({ path: `${out}/goal-tree-focus-${width}.png` });
  for (const k of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'])
    await tab.keyboard.press(k);
  await tab.waitForTimeout(400);
  console.log(
    width,
    'deep',
    JSON.stringify(await info(tab)),
    await tab.evaluate(() => {
      const r = document.querySelector('pc-goal-tree').shadowRoot;
      const a = r.activeElement;
      return (
        a?.getAttribute('aria-label').slice(0, 40) +
        ' L' +
        a?.getAttribute('aria-level') +
        ' path:' +
        r.querySelector('.path')?.textContent
      );
    }),
  );
  await el.screenshot({ path: `${out}/goal-tree-deep-${width}.png` });
  await tab.close();
}
await browser.close();
await server.close();
