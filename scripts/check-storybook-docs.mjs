// After npm run build-storybook: every component's docs page in the built Storybook shows the tables a user looks
// for (attributes, properties, events, CSS custom properties, CSS shadow parts), filled from custom-elements.json.
// Served from storybook-static/ and read in Chromium. `npm run test:storybook`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = resolve('storybook-static');
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/ is missing: run npm run build-storybook first');
  process.exit(1);
}
const SECTIONS = ['ATTRIBUTES', 'PROPERTIES', 'EVENTS', 'CSS CUSTOM PROPERTIES', 'CSS SHADOW PARTS'];
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
const server = createServer((request, response) => {
  let path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(root) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  response.end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const failures = [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const element of elements) {
    const story = Object.values(index.entries).find(
      (entry) => entry.type === 'docs' && entry.id.endsWith(`${element.tagName.replace(/^pc-/, '')}--docs`),
    );
    if (!story) {
      failures.push(`${element.tagName}: no docs page`);
      continue;
    }
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?viewMode=docs&id=${story.id}`);
    await page.waitForSelector('.docblock-argstable', { timeout: 30000 }).catch(() => undefined);
    const text = await page.evaluate(() =>
      [...document.querySelectorAll('.docblock-argstable')].map((table) => table.innerText).join('\n'),
    );
    const missing = [
      ...SECTIONS.filter((section) => !text.includes(section)),
      ...element.attributes.map((a) => a.name).filter((name) => !text.includes(name)),
      ...element.events.map((e) => e.name).filter((name) => !text.includes(name)),
      ...element.cssParts.map((p) => p.name).filter((name) => !text.includes(name)),
      ...element.cssProperties.map((p) => p.name).filter((name) => !text.includes(name)),
    ];
    console.log(
      `${missing.length ? 'FAIL' : 'ok  '} ${story.id}${missing.length ? `: missing ${missing.join(', ')}` : ''}`,
    );
    if (missing.length) failures.push(story.id);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length || elements.length !== 4) {
  console.error(
    `Storybook docs incomplete (${elements.length} elements in the manifest): ${failures.join('; ')}`,
  );
  process.exit(1);
}
