// The iframe embed page (dist/embed.html) as a host page uses it: one component from the address, its height
// posted to the host's listener, its title and language from the data and the address, and no data from an
// origin the site has not listed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { bundle } from '../../scripts/esbuild-bundle.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const FILES = {
  '/embed.html': ['src/embed/embed.html', 'text/html'],
  '/embed.css': ['src/embed/embed.css', 'text/css'],
  '/embed-host.js': ['src/embed/embed-host.js', 'text/javascript'],
  '/pc-charts.js': ['.tmp/embed/pc-charts.js', 'text/javascript'],
  '/embed.js': ['.tmp/embed/embed.js', 'text/javascript'],
  '/pc-strings-en.js': ['.tmp/embed/pc-strings-en.js', 'text/javascript'],
  '/data/j2025.json': ['demo/data/jaarstukken-2025-programma-2.json', 'application/json'],
  // The address the README's iframe snippet names.
  '/data/jaarstukken-2025-programma-2.json': [
    'demo/data/jaarstukken-2025-programma-2.json',
    'application/json',
  ],
};
const CARD = 'component=indicator-card&src=data/j2025.json&indicator=jeugdhulp-unieke-jeugdigen';

// The iframe snippet as the README shows it (the block with `<iframe data-pc-charts`), its site's folder
// (https://grafieken.zoetermeer.nl/pc/) served here by the embed server.
const README_SNIPPET = [...readFileSync('README.md', 'utf8').matchAll(/```html\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .find((block) => block.includes('<iframe data-pc-charts'));
const README_SITE = 'https://grafieken.zoetermeer.nl/pc/';

// The listener as the README shows it inline (the block after "The listener, inline").
const README_LISTENER = readFileSync('README.md', 'utf8')
  .split('The listener, inline')[1]
  .match(/```html\n([\s\S]*?)```/)[1];

let embed; // the site that serves embed.html and its data
let other; // someone else's site with a JSON file anyone may fetch (CORS *)
let host; // the CMS page with the iframe
let browser;
let allowOther = false;
let otherRequests = 0;

const listen = (server) =>
  new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${server.address().port}`)),
  );

before(async () => {
  mkdirSync('.tmp/embed', { recursive: true });
  await bundle('src/bundle/pc-charts.ts', '.tmp/embed/pc-charts.js', { fast: true });
  await bundle('src/embed/embed.ts', '.tmp/embed/embed.js', { fast: true });
  // The English strings, which the bundle loads beside itself for lang=en.
  await bundle('src/i18n/en.ts', '.tmp/embed/pc-strings-en.js', { fast: true });
  embed = createServer((request, response) => {
    const file = FILES[new URL(request.url, 'http://x').pathname];
    if (!file) return response.writeHead(404).end();
    let body = readFileSync(file[0], 'utf8');
    // The site lists the other origin; being http (a test server), its CSP's connect-src must name it too.
    if (file[0].endsWith('embed.html') && allowOther)
      body = body
        .replace(
          'name="pc-charts-allowed-origins" content=""',
          `name="pc-charts-allowed-origins" content="${other.origin}"`,
        )
        .replace("connect-src 'self' https:", `connect-src 'self' https: ${other.origin}`);
    response.writeHead(200, { 'content-type': file[1] }).end(body);
  });
  other = createServer((request, response) => {
    otherRequests += 1;
    response
      .writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
      .end(readFileSync('demo/data/jaarstukken-2025-programma-2.json'));
  });
  host = createServer((request, response) => {
    const query = new URL(request.url, 'http://x').searchParams;
    if (query.has('snippet')) {
      response.writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CMS</title></head>
<body><h1>Jeugdhulp</h1>${README_SNIPPET.split(README_SITE).join(`${embed.origin}/`)}</body></html>`);
      return;
    }
    const listener = query.has('nolistener')
      ? ''
      : query.has('readme')
        ? README_LISTENER
        : `<script src="${embed.origin}/embed-host.js"></script>`;
    response.writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CMS</title></head>
<body><h1>Jeugdhulp</h1><iframe data-pc-charts title="Grafiek jeugdhulp" src="${embed.origin}/embed.html?${query.get('q')}"
 style="width:100%;height:150px;border:0" sandbox="allow-scripts allow-same-origin allow-downloads" referrerpolicy="no-referrer"></iframe>
${listener}</body></html>`);
  });
  embed.origin = await listen(embed);
  other.origin = await listen(other);
  host.origin = await listen(host);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of [embed, other, host]) server?.close();
});

async function open(query, { width = 560, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP });
  const tab = await context.newPage();
  const flags = ['nolistener', 'readme'].filter((flag) => query.includes(flag)).map((flag) => `&${flag}`);
  await tab.goto(`${host.origin}/?q=${encodeURIComponent(query)}${flags.join('')}`);
  const frame = tab.frames().find((f) => f.url().startsWith(embed.origin));
  return { context, tab, frame };
}

test('the iframe shows one component, titled from the data, in the language of the address, as high as its content', async () => {
  const { context, tab, frame } = await open(`${CARD}&lang=nl`);
  await frame.waitForFunction(() => document.title.includes('Jaarstukken'));
  assert.equal(
    await frame.title(),
    'Aantal unieke jeugdigen 0-23 jaar dat in het betreffende jaar een vorm van specialistische jeugdhulp ontvangt — Jaarstukken 2025, Zoetermeer',
  );
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'nl');
  assert.equal(await frame.evaluate(() => document.querySelectorAll('main > :not(h1)').length), 1);
  assert.equal(await frame.locator('h1').textContent(), await frame.title());
  assert.equal(
    await frame
      .locator('pc-indicator-card [part="value"]')
      .textContent()
      .then((t) => t.replace(/\u00a0/g, ' ').trim()),
    '4.729 jeugdigen',
  );
  // The host's listener sizes the iframe to the page inside it.
  await tab.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  await tab.waitForTimeout(300);
  const inner = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  const outer = await tab.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  assert.ok(Math.abs(inner - outer) <= 1, `iframe ${outer}px for content of ${inner}px`);
  assert.equal(
    await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1),
    true,
    'no scrollbar inside',
  );
  await tab.screenshot({ path: '.tmp/embed/host-560.png', fullPage: true });
  // The height follows the content: opening the explanation makes the frame taller.
  await frame.locator('pc-indicator-card summary').click();
  await tab.waitForFunction(
    (h) => document.querySelector('iframe').getBoundingClientRect().height > h + 20,
    outer,
  );
  await context.close();
});

test("the README's inline listener sizes the iframe as well", async () => {
  assert.match(README_LISTENER, /addEventListener\('message'/);
  const { context, tab, frame } = await open(`${CARD}&readme`);
  await frame.waitForFunction(() => document.title.includes('Jaarstukken'));
  await tab.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  await tab.waitForTimeout(300);
  const inner = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  const outer = await tab.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  assert.ok(Math.abs(inner - outer) <= 1, `iframe ${outer}px for content of ${inner}px`);
  await context.close();
});

test("the README's iframe snippet, pasted as it is: the card, and the frame as high as its content", async () => {
  assert.ok(README_SNIPPET?.includes(README_SITE), 'the README has the iframe snippet');
  const context = await browser.newContext({ viewport: { width: 560, height: 800 } });
  const tab = await context.newPage();
  await tab.goto(`${host.origin}/?snippet`);
  // The snippet's iframe loads lazily: it may start after the page's load event.
  let frame;
  for (let tries = 0; !frame && tries < 200; tries++) {
    frame = tab.frames().find((f) => f.url().startsWith(embed.origin));
    if (!frame) await tab.waitForTimeout(25);
  }
  assert.ok(frame, 'the snippet loads its iframe');
  await frame.waitForFunction(() => document.title.includes('Jaarstukken'));
  assert.equal(
    await frame
      .locator('pc-indicator-card [part="verdict"]')
      .textContent()
      .then((t) => t.trim()),
    'Doel gehaald: Ja',
  );
  // The snippet's embed-host.js sizes the frame (640px in the snippet) to the page inside it.
  await tab.waitForTimeout(300);
  const inner = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  await tab.waitForFunction(
    (h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1,
    inner,
  );
  await context.close();
});

test('lang=en: English words and numbers; attributes from the address (variant) reach the element', async () => {
  const { context, frame } = await open(`${CARD}&lang=en&variant=bars`);
  await frame.waitForFunction(() => document.title.includes('Jaarstukken'));
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(
    await frame
      .locator('pc-indicator-card [part="value"]')
      .textContent()
      .then((t) => t.replace(/\u00a0/g, ' ').trim()),
    '4,729 jeugdigen',
  );
  // The words too, from pc-strings-en.js beside the bundle.
  assert.equal((await frame.locator('pc-indicator-card .value-label').textContent()).trim(), 'Actual 2025');
  assert.equal(await frame.locator('pc-indicator-card').getAttribute('variant'), 'bars');
  await context.close();
});

test('without the listener the frame keeps its height and its content scrolls', async () => {
  const { context, tab, frame } = await open(`${CARD}&nolistener`);
  await frame.waitForFunction(() => document.title.includes('Jaarstukken'));
  await tab.waitForTimeout(300);
  assert.equal(
    await tab.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
    150,
  );
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight));
  await context.close();
});

test('a src on another origin is refused, readably and without a request, unless the site lists that origin', async () => {
  otherRequests = 0;
  const query = `component=saldo-table&programme=p2&src=${encodeURIComponent(`${other.origin}/data.json`)}`;
  const refused = await open(query);
  const alert = refused.frame.locator('[role="alert"]');
  await alert.waitFor();
  assert.match(
    await alert.textContent(),
    /Deze pagina toont geen gegevens van http:\/\/127\.0\.0\.1:\d+: die bron staat niet op de lijst van deze website\./,
  );
  assert.equal(await refused.frame.locator('pc-saldo-table').count(), 0);
  assert.equal(otherRequests, 0);
  await refused.context.close();

  allowOther = true;
  try {
    const allowed = await open(query);
    await allowed.frame.waitForFunction(() => document.title.includes('Jaarstukken'));
    assert.match(await allowed.frame.locator('pc-saldo-table tfoot').textContent(), /-146\.506/);
    assert.equal(otherRequests, 1);
    await allowed.context.close();
  } finally {
    allowOther = false;
  }
});

test('a wrong address says what to do; attributes that are no attribute of the element are dropped', async () => {
  const none = await open('lang=nl');
  assert.match(
    await none.frame.locator('[role="alert"]').textContent(),
    /Geef in het adres aan welke grafiek getoond wordt/,
  );
  await none.context.close();
  const unknown = await open('component=<img src=x onerror=alert(1)>&lang=en');
  const text = await unknown.frame.locator('[role="alert"]').textContent();
  assert.match(text, /Unknown chart "<img src=x onerror=alert\(1\)>"/);
  assert.equal(await unknown.frame.locator('img').count(), 0);
  await unknown.context.close();
  const extra = await open(`${CARD}&onclick=alert(1)&style=display:none`);
  await extra.frame.waitForFunction(() => document.title.includes('Jaarstukken'));
  const attributes = await extra.frame
    .locator('pc-indicator-card')
    .evaluate((el) => el.getAttributeNames().sort());
  // heading-level 2: the embed page's own h1 is the page title.
  assert.deepEqual(attributes, ['heading-level', 'indicator', 'src']);
  await extra.context.close();
});

test('axe finds nothing on the embed page (375 px)', async () => {
  const { context, frame } = await open(`${CARD}&lang=nl`, { width: 375, bypassCSP: true });
  await frame.waitForFunction(() => document.title.includes('Jaarstukken'));
  await frame.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await frame.evaluate(async () =>
    (await window.axe.run(document)).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  );
  assert.deepEqual(violations, []);
  await context.close();
});
