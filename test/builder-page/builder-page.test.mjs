// The builder page in Chromium, as a web editor uses it: upload a spreadsheet, pick each component, copy the
// snippet, paste it into a plain page next to the downloaded JSON, and that page shows the same figures. Axe in
// every step, the keyboard, nl and en, the problem list announced, the editor's work kept when a new file has
// errors, and no request but the page's own files. Needs `npm run build` (dist/builder, dist/pc-charts.js).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/builder-serve.mjs';

const root = process.cwd();
const cms = mkdtempSync(path.join(tmpdir(), 'pc-charts-cms-'));
const fixture = (name) => path.join(root, 'test/builder/fixtures/libreoffice', name);
const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.PC_SCREENSHOTS;

let server;
let browser;
let origin;
let context;
let page;
const requests = [];

before(async () => {
  assert.ok(existsSync('dist/builder/index.html'), 'run npm run build first');
  // What the README's iframe section puts in the CMS folder beside pc-charts.js.
  const files = ['pc-charts.js', 'pc-export.js', 'pc-strings-en.js', 'embed.html', 'embed.js', 'embed.css'];
  for (const file of [...files, 'embed-host.js']) copyFileSync(`dist/${file}`, path.join(cms, file));
  server = await serve({ builder: path.join(root, 'dist/builder'), cms });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(`${origin}/builder/`);
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function axe(label) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe at "${label}"`);
  if (SHOTS)
    for (const width of [375, 560, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/${label.replace(/\W+/g, '-')}-${width}.png`, fullPage: true });
    }
  if (SHOTS) await page.setViewportSize({ width: 1280, height: 900 });
}

/** The text a reader sees in a component (its shadow root), whitespace collapsed. */
function componentText(target, selector) {
  return target.evaluate(async (sel) => {
    const element = document.querySelector(sel);
    if (!element) return '';
    await element.updateComplete;
    // Drawing is scheduled: drawComplete says when the data (or the error) is shown, also on a loaded machine.
    await element.drawComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);
}

const figures = (text) => text.match(/-?€?\s?\d[\d.,]*\s?%?/g) ?? [];

test('the page in Dutch, with no violations before any file', async () => {
  assert.equal(await page.textContent('h1'), 'Databouwer: van spreadsheet naar grafiek');
  assert.equal(await page.getAttribute('#status', 'aria-live'), 'polite');
  assert.equal((await page.textContent('#status')).trim(), 'Nog geen bestand ingelezen.');
  await axe('start');
});

test('upload a spreadsheet: the summary of what was read, announced', async () => {
  await page.setInputFiles('#file', fixture('jaarstukken-2025-programma-2.xlsx'));
  await page.waitForSelector('#status .good');
  assert.equal(
    (await page.textContent('#status .good')).trim(),
    'jaarstukken-2025-programma-2.xlsx is ingelezen: 1 programma, 3 doelstellingen, 13 indicatoren.',
  );
  await page.waitForFunction(() =>
    document.querySelector('#preview pc-indicator-card')?.shadowRoot?.textContent?.includes('4.729'),
  );
  await axe('read');
});

for (const [tag, attribute] of [
  ['pc-indicator-card', 'indicator'],
  ['pc-budget-gauge', 'programme'],
  ['pc-saldo-table', 'programme'],
  ['pc-goal-tree', 'programme'],
]) {
  test(`${tag}: pick it, copy the snippet, paste it beside the downloaded JSON: the same figures`, async () => {
    await page.selectOption('#component', tag);
    await page.waitForSelector(`#preview ${tag}`);
    assert.ok(await page.$(`#attr-${attribute}`), `a list for ${attribute}`);
    await page.fill('#script-url', '/cms/pc-charts.js');
    await page.fill('#data-url', '/cms/jaarstukken-2025.json');
    const shown = await componentText(page, `#preview ${tag}`);
    assert.ok(figures(shown).length > 0, `${tag} shows figures: ${shown.slice(0, 200)}`);
    await page.click('#copy');
    await page.waitForFunction(
      () => document.querySelector('.copy-status')?.textContent?.trim() === 'Gekopieerd naar het klembord.',
    );
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(
      snippet,
      new RegExp(
        `^<script type="module" src="/cms/pc-charts.js"></script>\\n<${tag} src="/cms/jaarstukken-2025.json" ${attribute}="`,
      ),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.equal(download.suggestedFilename(), 'jaarstukken-2025.json');
    await download.saveAs(path.join(cms, 'jaarstukken-2025.json'));
    writeFileSync(
      path.join(cms, `${tag}.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CMS</title></head><body><main>\n${snippet}\n</main></body></html>\n`,
    );
    const plain = await browser.newPage();
    await plain.goto(`${origin}/cms/${tag}.html`);
    await plain.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.textContent?.trim(), tag);
    const pasted = await componentText(plain, tag);
    await plain.close();
    assert.deepEqual(figures(pasted), figures(shown));
    assert.equal(pasted, shown);
    await axe(`component ${tag}`);
  });

  test(`${tag}: the iframe snippet beside it, pasted into a plain page with the listener: the same figures, the frame as tall as the chart`, async () => {
    const iframe = await page.inputValue('#iframe-snippet');
    assert.match(
      iframe,
      new RegExp(
        `^<iframe data-pc-charts title="[^"<]+"\\n  src="/cms/embed\\.html\\?component=${tag.slice(3)}&amp;src=/cms/jaarstukken-2025\\.json&amp;${attribute}=[^"]+&amp;lang=nl"\\n`,
      ),
    );
    assert.match(
      iframe,
      /sandbox="allow-scripts allow-same-origin allow-downloads" referrerpolicy="no-referrer"/,
    );
    assert.match(iframe, /\n<script src="\/cms\/embed-host\.js"><\/script>$/);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.click('#copy-iframe');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);
    const shown = await componentText(page, `#preview ${tag}`);
    writeFileSync(
      path.join(cms, `${tag}-iframe.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CMS</title></head><body><main>\n${iframe}\n</main></body></html>\n`,
    );
    const plain = await browser.newPage();
    await plain.goto(`${origin}/cms/${tag}-iframe.html`);
    const frameOf = () => plain.frames().find((frame) => frame.url().includes('/cms/embed.html'));
    await plain.waitForFunction(
      () => document.querySelector('iframe')?.contentDocument?.readyState === 'complete',
    );
    const frame = frameOf();
    await frame.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.textContent?.trim(), tag);
    const framed = await componentText(frame, tag);
    assert.deepEqual(figures(framed), figures(shown));
    assert.equal(framed, shown);
    // The snippet's title is the one the embed page gives itself from the data.
    const title = await plain.getAttribute('iframe', 'title');
    assert.equal(title, await frame.title());
    // The listener has sized the frame to its content (not the 640 px it starts with).
    await plain.waitForFunction(() => document.querySelector('iframe').style.height !== '640px');
    const [outer, inner] = await Promise.all([
      plain.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
      frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    ]);
    assert.ok(Math.abs(outer - inner) <= 1, `frame ${outer} px, content ${inner} px`);
    await plain.close();
  });
}

test('the JSON file downloaded is the document, pretty-printed', () => {
  const downloaded = JSON.parse(readFileSync(path.join(cms, 'jaarstukken-2025.json'), 'utf8'));
  assert.deepEqual(
    downloaded,
    JSON.parse(readFileSync('demo/data/jaarstukken-2025-programma-2.json', 'utf8')),
  );
});

test('the inline variant: the data inside the element renders the same', async () => {
  await page.selectOption('#component', 'pc-saldo-table');
  await page.click('summary');
  await page.click('#copy-inline');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(
    snippet,
    /<pc-saldo-table programme="p2">\n  <script type="application\/json">\{"schemaVersion":1/,
  );
  writeFileSync(
    path.join(cms, 'inline.html'),
    `<!doctype html><html lang="nl"><head><title>CMS</title></head><body>${snippet}</body></html>`,
  );
  const plain = await browser.newPage();
  await plain.goto(`${origin}/cms/inline.html`);
  await plain.waitForFunction(() =>
    document.querySelector('pc-saldo-table')?.shadowRoot?.textContent?.trim(),
  );
  assert.equal(
    await componentText(plain, 'pc-saldo-table'),
    await componentText(page, '#preview pc-saldo-table'),
  );
  await plain.close();
});

test('keyboard: every control in reading order by Tab, a list changed with the arrow keys, copy with Enter', async () => {
  await page.selectOption('#component', 'pc-indicator-card');
  await page.evaluate(() => document.activeElement?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const order = [];
  for (let i = 0; i < 32; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(
      () => document.activeElement?.id || document.activeElement?.tagName.toLowerCase(),
    );
    if (!order.includes(id)) order.push(id);
  }
  for (const id of [
    'language',
    'file',
    'template',
    'component',
    'attr-indicator',
    'widget-lang',
    'script-url',
    'data-url',
    'snippet',
    'copy',
    'iframe-snippet',
    'copy-iframe',
    'download',
  ])
    assert.ok(order.includes(id), `${id} reachable by Tab: ${order.join(' ')}`);
  assert.ok(
    order.indexOf('file') < order.indexOf('component') && order.indexOf('component') < order.indexOf('copy'),
  );
  await page.focus('#attr-indicator');
  const before = await page.inputValue('#attr-indicator');
  await page.keyboard.press('ArrowDown');
  const afterValue = await page.inputValue('#attr-indicator');
  assert.notEqual(afterValue, before);
  await page.waitForFunction(
    (id) => document.querySelector('#preview pc-indicator-card')?.getAttribute('indicator') === id,
    afterValue,
  );
  await page.focus('#copy');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelector('.copy-status')?.textContent?.trim() === 'Gekopieerd naar het klembord.',
  );
  assert.match(
    await page.evaluate(() => navigator.clipboard.readText()),
    new RegExp(`indicator="${afterValue}"`),
  );
  assert.ok(
    order.indexOf('copy') < order.indexOf('iframe-snippet'),
    'the iframe snippet after the script one',
  );
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.focus('#copy-iframe');
  await page.keyboard.press('Enter');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '');
  assert.match(
    await page.evaluate(() => navigator.clipboard.readText()),
    new RegExp(`^<iframe data-pc-charts [^]*&amp;indicator=${afterValue}&amp;lang=nl"`),
  );
});

test('a new file with errors: the problems with sheet and cell, announced; the editor keeps the previous work', async () => {
  const snippetBefore = await page.inputValue('#snippet');
  await page.setInputFiles('#file', fixture('formula-error.xlsx'));
  await page.waitForSelector('#status .bad');
  assert.equal(
    (await page.textContent('#status .bad')).replace(/\s+/g, ' ').trim(),
    'formula-error.xlsx heeft één fout die eerst moet worden opgelost. U werkt verder met het vorige bestand, jaarstukken-2025-programma-2.xlsx.',
  );
  const items = await page.$$eval('#status li', (list) =>
    list.map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
  );
  assert.deepEqual(items, [
    'Fout Waarden!D2: De formule in deze cel geeft de fout #DIV/0!; herstel de formule of typ de waarde.',
  ]);
  assert.equal(await page.inputValue('#snippet'), snippetBefore);
  assert.ok(await page.$('#preview pc-indicator-card'));
  await axe('errors');
});

test('in English: the page, the problems and the summary', async () => {
  await page.click('#language');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Data builder: from spreadsheet to chart');
  const items = await page.$$eval('#status li', (list) =>
    list.map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
  );
  assert.deepEqual(items, [
    'Error Waarden!D2: The formula in this cell gives the error #DIV/0!; fix the formula or type the value.',
  ]);
  await page.setInputFiles('#file', fixture('gezonde-stad-2023-2026.ods'));
  await page.waitForFunction(() =>
    document.querySelector('#status .good')?.textContent?.includes('1 goal tree'),
  );
  assert.equal(
    (await page.textContent('#status .good')).trim(),
    'gezonde-stad-2023-2026.ods was read: 1 goal tree.',
  );
  assert.equal(await page.inputValue('#component'), 'pc-goal-tree');
  await page.waitForSelector('#preview pc-goal-tree');
  await axe('english');
  await page.click('#language');
});

test('a file that is not a spreadsheet: one message, nothing thrown', async () => {
  writeFileSync(path.join(cms, 'foto.xlsx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  await page.setInputFiles('#file', path.join(cms, 'foto.xlsx'));
  await page.waitForFunction(() =>
    document.querySelector('#status .bad')?.textContent?.includes('foto.xlsx'),
  );
  const items = await page.$$eval('#status li', (list) =>
    list.map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
  );
  assert.deepEqual(items, [
    'Fout: Dit bestand is geen spreadsheet of JSON-bestand; de bouwer leest .xlsx, .ods, .csv en .json.',
  ]);
});

test('a file with hundreds of problems: the first 100 listed, the rest counted, numbers in Dutch', async () => {
  const rows = Array.from({ length: 600 }, (_, i) => `d9;i${i};Indicator ${i};kilo`);
  writeFileSync(path.join(cms, 'Indicatoren.csv'), ['Doelstelling;Id;Naam;Eenheid', ...rows].join('\r\n'));
  await page.setInputFiles('#file', path.join(cms, 'Indicatoren.csv'));
  await page.waitForFunction(() =>
    document.querySelector('#status .bad')?.textContent?.includes('Indicatoren.csv'),
  );
  const status = (await page.textContent('#status .bad')).replace(/\s+/g, ' ').trim();
  const total = Number(/heeft ([\d.]+) fouten/.exec(status)?.[1].replace(/\./g, ''));
  // Each row: an unknown goal and a unit that is not one; nothing else is read.
  assert.equal(total, 1200);
  assert.match(status, /heeft 1\.200 fouten die eerst moeten worden opgelost/);
  assert.equal(await page.$$eval('#status li', (list) => list.length), 100);
  assert.equal(
    (await page.textContent('#status li + p, #status ul + p')).trim(),
    'En nog 1.100 meldingen; los eerst de meldingen hierboven op en lees het bestand opnieuw in.',
  );
  await axe('many problems');
});

test('drop a JSON file on the drop zone: read like a chosen file', async () => {
  const json = readFileSync('demo/data/rapportage-sociaal-domein-2024-h2.json', 'utf8');
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'rapportage.json', { type: 'application/json' }));
    document
      .querySelector('.drop')
      .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, json);
  await page.waitForFunction(() =>
    document.querySelector('#status .good')?.textContent?.includes('rapportage.json'),
  );
  assert.equal(
    (await page.textContent('#status .good')).trim(),
    'rapportage.json is ingelezen: 1 programma, 2 doelstellingen, 7 indicatoren.',
  );
  assert.equal(await page.inputValue('#data-url'), '/bestanden/rapportage.json');
});

test('a spreadsheet with a Vergelijkingen sheet and undated figures: the card shows the comparisons', async () => {
  await page.setInputFiles('#file', fixture('gezonde-stad-2023-2026-bijlage-1.ods'));
  await page.waitForFunction(() =>
    document.querySelector('#status .good')?.textContent?.includes('bijlage-1.ods'),
  );
  assert.equal(
    (await page.textContent('#status .good')).trim(),
    'gezonde-stad-2023-2026-bijlage-1.ods is ingelezen: 1 programma, 2 doelstellingen, 8 indicatoren.',
  );
  await page.selectOption('#component', 'pc-indicator-card');
  await page.selectOption('#attr-indicator', 'demografische-druk');
  await page.waitForFunction(() =>
    document
      .querySelector('#preview pc-indicator-card[indicator="demografische-druk"]')
      ?.shadowRoot?.textContent?.includes('Zuid-Holland'),
  );
  const card = await componentText(page, '#preview pc-indicator-card');
  for (const figure of ['0,75', 'Nederland', '0,70', 'Zuid-Holland', '0,68'])
    assert.ok(card.includes(figure), `${figure} in ${card.slice(0, 300)}`);
  await page.selectOption('#attr-indicator', 'veel-stress');
  await page.waitForFunction(() =>
    document
      .querySelector('#preview pc-indicator-card[indicator="veel-stress"]')
      ?.shadowRoot?.textContent?.includes('17,9'),
  );
  assert.match(await componentText(page, '#preview pc-indicator-card'), /zonder jaartal/);
  await axe('comparisons');
});

test('the template button downloads the template', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#template')]);
  assert.equal(download.suggestedFilename(), 'pc-charts-sjabloon.xlsx');
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
});

test("no request left the computer: only the page's own files under /builder/", () => {
  const builderRequests = requests.filter((url) => !url.startsWith(`${origin}/cms/`));
  const foreign = builderRequests.filter(
    (url) => !url.startsWith(`${origin}/builder/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
  );
  assert.deepEqual(foreign, []);
  assert.ok(
    builderRequests.some((url) => /\/builder\/assets\/worker-.*\.js$/.test(url)),
    'the worker is loaded',
  );
});
