// Pre-rendered HTML (pc-charts render) in Chromium: with JavaScript off the chart, its summary and its table are
// there and axe finds nothing; with the script the elements take over without a flash, a jump or duplicates;
// where declarative shadow DOM is stripped the light-DOM table is what a reader gets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildRender } from '../../scripts/build-render.mjs';
import { bundle } from '../../scripts/esbuild-bundle.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const J2025 = 'demo/data/jaarstukken-2025-programma-2.json';
const TREE = 'demo/data/gezonde-stad-2023-2026.json';
const COMPONENTS = [
  [
    'indicator-card',
    J2025,
    ['--indicator', 'jeugdhulp-unieke-jeugdigen'],
    '[part~="title"]',
    '4.729 jeugdigen',
  ],
  ['budget-gauge', J2025, ['--goal', 'd2-1'], '[part~="sentence"]', '€ 95,4 mln'],
  ['saldo-table', J2025, ['--programme', 'p2'], '[part~="row"]', '-146.506'],
  ['goal-tree', TREE, ['--tree', 'gezonde-stad'], '[role="treeitem"]', 'Een gezonde generatie in 2040'],
];

let server;
let browser;
let base;
const fragments = [];
/** The card pre-rendered with --lang en, for an English page. */
let englishCard = '';
let englishRequests = 0;

function page({ script = false, stripShadow = false, english = false } = {}) {
  let body = english ? englishCard : fragments.join('\n');
  if (stripShadow) body = body.replace(/<template shadowroot[\s\S]*?<\/template>/g, '');
  return `<!doctype html><html lang="${english ? 'en' : 'nl'}"><head><meta charset="utf-8"><title>Voorgerenderd</title>
<style>body{font-family:sans-serif;margin:1rem;max-width:60rem}main>*{margin-block-end:1rem}</style></head>
<body><main><h1>Jaarstukken 2025</h1><h2>Programma 2</h2>${body}</main>${script ? '<script type="module" src="/pc-charts.js"></script>' : ''}</body></html>`;
}

before(async () => {
  await buildRender('dist/cli/render.js');
  const { main } = await import('../../dist/cli/render.js');
  for (const [component, file, options] of COMPONENTS) {
    let html = '';
    const code = await main([file, '--component', component, ...options], {
      stdout: (t) => (html += t),
      stderr: () => {},
    });
    assert.equal(code, 0);
    fragments.push(html);
  }
  const code = await main(
    [J2025, '--component', 'indicator-card', '--indicator', 'jeugdhulp-unieke-jeugdigen', '--lang', 'en'],
    { stdout: (t) => (englishCard += t), stderr: () => {} },
  );
  assert.equal(code, 0);
  await bundle('src/bundle/pc-charts.ts', '.tmp/prerender/pc-charts.js', { fast: true });
  await bundle('src/i18n/en.ts', '.tmp/prerender/pc-strings-en.js', { fast: true });
  const script = readFileSync('.tmp/prerender/pc-charts.js');
  const english = readFileSync('.tmp/prerender/pc-strings-en.js');
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/pc-charts.js') {
      // A slow script: the pre-rendered page is painted long before the takeover.
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/javascript' }).end(script), 300);
      return;
    }
    if (url.pathname === '/pc-strings-en.js') {
      // Slow as well: the English element waits for it with its server markup on screen.
      englishRequests += 1;
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/javascript' }).end(english), 300);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      page({
        script: url.searchParams.has('script'),
        stripShadow: url.searchParams.has('strip'),
        english: url.searchParams.has('en'),
      }),
    );
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('JavaScript off: each chart, its summary and its data table are on screen; no dead controls', async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const tab = await context.newPage();
  await tab.goto(base);
  for (const [component, , , content, figure] of COMPONENTS) {
    const host = tab.locator(`pc-${component}`);
    assert.equal(
      await tab.evaluate((tag) => !!document.querySelector(tag).shadowRoot, `pc-${component}`),
      true,
    );
    assert.equal(await host.locator(content).first().isVisible(), true, `${component} content`);
    const shown = await tab.evaluate(
      (tag) => document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' '),
      `pc-${component}`,
    );
    assert.ok(shown.includes(figure), `${component} shows ${figure}`);
    // Buttons need the script: they keep their place, unseen.
    for (const button of await host.locator('button').all()) {
      assert.equal(await button.evaluate((b) => getComputedStyle(b).visibility), 'hidden');
    }
    // The light-DOM copy is not shown beside the shadow root.
    assert.equal(await host.locator('.pc-fallback').isVisible(), false);
  }
  const card = tab.locator('pc-indicator-card');
  assert.equal(await card.locator('svg.marks').isVisible(), true, 'the trend chart');
  assert.equal(await card.locator('table[part="table"]').isVisible(), true, 'the data table, open');
  assert.match(
    await card.locator('#summary').textContent(),
    /^Realisatie 2025: 4\.729\sjeugdigen, begroting 4\.800; doel gehaald\./,
  );
  assert.equal(await tab.locator('pc-saldo-table table[part="table"]').isVisible(), true);
  assert.equal(await tab.locator('pc-budget-gauge [part~="sentence"]').isVisible(), true);
  await tab.screenshot({ path: '.tmp/prerender/no-js.png', fullPage: true });
  await context.close();
});

test('without the script, axe finds no violations in the pre-rendered page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(base);
  await tab.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await tab.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  assert.equal(await tab.evaluate(() => customElements.get('pc-indicator-card')), undefined);
  await context.close();
});

test('with the script: the elements take over, no frame without content, no jump, no duplicates', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const tags = COMPONENTS.map(([c]) => `pc-${c}`);
  await tab.addInitScript(
    ({ tags, contents }) => {
      const record = (window.__frames = []);
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const sample = () => {
        if (document.readyState !== 'loading') {
          record.push(
            tags.map((tag, i) => {
              const el = document.querySelector(tag);
              const root = el?.shadowRoot;
              return {
                defined: !!customElements.get(tag),
                content: root ? root.querySelectorAll(contents[i]).length : 0,
                height: el ? Math.round(el.getBoundingClientRect().height) : 0,
              };
            }),
          );
        }
        if (record.length < 400) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    },
    { tags, contents: COMPONENTS.map((c) => c[3]) },
  );
  await tab.goto(`${base}?script`);
  await tab.waitForFunction((tags) => tags.every((t) => customElements.get(t)), tags);
  await tab.waitForTimeout(700);
  const frames = await tab.evaluate(() => window.__frames);
  if (process.env.DEBUG_FRAMES)
    console.log(
      JSON.stringify(
        frames.map((f) => f.map((x) => `${x.defined ? 'D' : '-'}${x.content}:${x.height}`).join(' ')),
      ),
    );
  // Heights from the last frame before the takeover: a card's very first frame can still read its
  // content-visibility stand-in size (before Chromium decided it is on screen), which is never painted.
  const before = frames.filter((frame) => frame.every((f) => !f.defined)).at(-1);
  const afterTakeover = frames[frames.length - 1];
  assert.ok(before, 'frames of the pre-rendered page before the script ran');
  assert.ok(
    afterTakeover.every((f) => f.defined),
    'the script took over',
  );
  tags.forEach((tag, i) => {
    for (const frame of frames) {
      assert.ok(frame[i].content > 0, `${tag}: a frame without its content (flash)`);
      assert.equal(frame[i].content, before[i].content, `${tag}: the same content, never twice`);
    }
    for (const frame of frames.slice(frames.indexOf(before))) {
      assert.ok(
        Math.abs(frame[i].height - before[i].height) <= 1,
        `${tag}: height ${before[i].height} → ${frame[i].height}`,
      );
    }
  });
  assert.ok((await tab.evaluate(() => window.__shift)) < 0.001, 'no layout shift');
  // Taken over: the controls work now (the card's table closes).
  const toggle = tab.locator('pc-indicator-card [part="table-toggle"]');
  assert.equal(await toggle.evaluate((b) => getComputedStyle(b).visibility), 'visible');
  await toggle.click();
  assert.equal(await tab.locator('pc-indicator-card table[part="table"]').isVisible(), false);
  for (const tag of tags) {
    const copies = await tab.evaluate(
      (t) => document.querySelector(t).shadowRoot.querySelectorAll('style').length,
      tag,
    );
    assert.equal(copies, 0, `${tag}: the server's <style> is gone (adopted stylesheets instead)`);
  }
  await context.close();
});

test('declarative shadow DOM stripped: the light-DOM text and <table> are what a reader gets', async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const tab = await context.newPage();
  await tab.goto(`${base}?strip`);
  assert.equal(await tab.evaluate(() => !!document.querySelector('pc-indicator-card').shadowRoot), false);
  const card = tab.locator('pc-indicator-card .pc-fallback');
  assert.equal(await card.locator('table').isVisible(), true);
  assert.match(await card.locator('table').textContent(), /2025\s*4\.800\s*4\.729/);
  // The card's figures as its facts say them (its summary only describes the chart, for assistive technology).
  assert.match(
    await card.textContent(),
    /Realisatie 2025\s+4\.729\sjeugdigen\s+Begroting 2025: 4\.800\sjeugdigen/,
  );
  const saldo = tab.locator('pc-saldo-table .pc-fallback table');
  assert.equal(await saldo.isVisible(), true);
  assert.match(await saldo.locator('tfoot').textContent(), /Totaal programma\s*-163\.206/);
  assert.equal(
    await tab.locator('pc-goal-tree .pc-fallback').getByText('Een gezonde generatie in 2040').isVisible(),
    true,
  );
  await tab.screenshot({ path: '.tmp/prerender/stripped.png', fullPage: true });
  await context.close();
});

test('English: the card pre-rendered with --lang en takes over in English, never a Dutch word between', async () => {
  assert.match(englishCard, /^<pc-indicator-card [^>]*lang="en"/);
  assert.match(englishCard, /Actual 2025/);
  assert.doesNotMatch(englishCard, /Realisatie|Begroting/);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const record = (window.__frames = []);
    const sample = () => {
      const root = document.querySelector('pc-indicator-card')?.shadowRoot;
      if (root) {
        record.push({
          defined: !!customElements.get('pc-indicator-card'),
          text: root.textContent.replace(/\s+/g, ' '),
          height: Math.round(document.querySelector('pc-indicator-card').getBoundingClientRect().height),
          toggle: root.querySelector('[part="table-toggle"]')
            ? getComputedStyle(root.querySelector('[part="table-toggle"]')).visibility
            : '',
        });
      }
      if (record.length < 400) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  englishRequests = 0;
  await tab.goto(`${base}?en&script`);
  await tab.waitForFunction(() => customElements.get('pc-indicator-card'));
  const card = tab.locator('pc-indicator-card');
  await tab.waitForFunction(() =>
    document.querySelector('pc-indicator-card').drawComplete.then((state) => state === 'ready'),
  );
  await tab.waitForTimeout(300);
  const frames = await tab.evaluate(() => window.__frames);
  assert.ok(frames.length > 0, 'frames sampled');
  assert.ok(
    frames.some((f) => f.defined && f.toggle === 'hidden'),
    'defined while it waited for the English strings: its server markup shown, its buttons hidden',
  );
  for (const frame of frames) {
    assert.ok(Math.abs(frame.height - frames[0].height) <= 1, `height ${frames[0].height} → ${frame.height}`);
    assert.match(frame.text, /Actual 2025/, 'every frame English');
    assert.doesNotMatch(frame.text, /Realisatie|Begroting|Toon als tabel/, 'no Dutch word in any frame');
  }
  assert.equal(englishRequests, 1);
  // Taken over, in English: the button works and says so.
  const toggle = card.locator('[part="table-toggle"]');
  assert.equal(await toggle.evaluate((b) => getComputedStyle(b).visibility), 'visible');
  assert.equal((await toggle.textContent()).trim(), 'Hide table');
  await context.close();
});
