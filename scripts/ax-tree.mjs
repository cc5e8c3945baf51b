// What a screen reader's browse mode finds on the demo pages: Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree, with --force-renderer-accessibility) once every chart has drawn, before and after
// scrolling through the page. Counts, per page, the cards (figures), gauges (meters), tables, tree items and the
// nodes Chromium marks "notRendered"; the two counts must be equal (content-visibility on the hosts once took
// charts scrolled past out of the tree). `unnamed` counts figures, meters, tables and tree items without an
// accessible name: it must be 0 (the card's figure once had none: Chromium does not name it by its figcaption).
//
//   node scripts/ax-tree.mjs [demo dir under dist/ or bench/, default dist/demo]   (after npm run build)
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './bench/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? 'dist/demo';
const pages = readdirSync(resolve(ROOT, dir)).filter((file) => file.endsWith('.html'));

/** Counts of what the accessibility tree exposes. */
async function census(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const count = { figure: 0, meter: 0, table: 0, treeitem: 0, notRendered: 0, unnamed: 0 };
  for (const node of nodes) {
    if (node.ignored) {
      if (node.ignoredReasons?.some((reason) => reason.name === 'notRendered')) count.notRendered += 1;
      continue;
    }
    const role = node.role?.value;
    if (role in count) count[role] += 1;
    if (['figure', 'meter', 'table', 'treeitem'].includes(role) && !node.name?.value?.trim())
      count.unnamed += 1;
  }
  return count;
}

const server = await serve(ROOT);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--force-renderer-accessibility'],
});
let differ = 0;
for (const file of pages) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/${dir}/${file}`);
  // Every element has drawn its data or its error (or, in a build before drawComplete, shows anything).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('pc-'))
        .every((el) =>
          el.shadowRoot?.querySelector('figure, [role="meter"], table, [role="tree"], [role="alert"], p'),
        ),
    null,
    { timeout: 30000 },
  );
  await page.waitForTimeout(500);
  const before = await census(cdp);
  // Scroll through the page a viewport at a time, then back to the top.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 800) {
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const after = await census(cdp);
  const same = JSON.stringify(before) === JSON.stringify(after) && after.unnamed === 0;
  if (!same) differ += 1;
  console.log(
    `${file.padEnd(24)} before ${JSON.stringify(before)}\n${''.padEnd(24)} after  ${JSON.stringify(after)}${same ? '' : '  DIFFERS OR UNNAMED'}`,
  );
  await page.close();
}
await browser.close();
server.close();
process.exit(differ > 0 ? 1 : 0);
