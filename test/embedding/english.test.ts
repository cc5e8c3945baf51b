/**
 * English on demand in the BUILT bundles (`npm run build` first): pc-charts.js and the per-component files carry
 * no English string, pc-strings-en.js beside them carries every one and is fetched only by a page that shows
 * English; where a site did not upload it, an English page shows Dutch, logs why and throws nothing. Each page in
 * its own iframe (its own module map, so each loads the files afresh).
 */
import { expect } from '@open-wc/testing';
import { englishTable } from '../../src/i18n/en.js';
import { dutchTable } from '../support/catalogues.js';
import {
  frameDocument,
  openFrame,
  pcElements,
  requireBuilt,
  shownText,
  waitFor,
  waitForRendered,
} from './embed-helpers.js';
import { DATA_2025 as DATA } from '../support/seeds.js';

const BUNDLES = ['pc-charts', 'pc-budget-gauge', 'pc-goal-tree', 'pc-indicator-card', 'pc-saldo-table'];
const TREE = '/demo/data/gezonde-stad-2023-2026.json';
const ELEMENTS = `
  <pc-budget-gauge src="${DATA}" programme="p2" measure="expenses"></pc-budget-gauge>
  <pc-saldo-table src="${DATA}" programme="p2"></pc-saldo-table>
  <pc-goal-tree src="${TREE}" tree="gezonde-stad"></pc-goal-tree>
  <pc-indicator-card src="${DATA}" indicator="jeugdhulp-unieke-jeugdigen"></pc-indicator-card>`;

const DUTCH = dutchTable();

/** English sentences no Dutch string contains: if one is in a file, the English table is in it. */
const englishOnly = Object.entries(englishTable)
  .filter(([key, text]) => text !== DUTCH[key] && text.length >= 12 && text.includes(' '))
  .filter(([, text]) => !Object.values(DUTCH).some((dutch) => dutch.includes(text)));

type PageWindow = Window & { __errors: string[]; __logged: string[] };

/** A page in `lang` with an error recorder and a console.error recorder first, then the script, then the elements. */
function page(lang: 'nl' | 'en', script: string, elements = ELEMENTS): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script>
      window.__errors = [];
      window.__logged = [];
      addEventListener('error', (event) => __errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));
      const error = console.error.bind(console);
      console.error = (...args) => { __logged.push(args.map(String).join(' ')); error(...args); };
    </script>
    <script type="module" src="${script}"></script>
  </head><body>${elements}</body></html>`;
}

async function open(lang: 'nl' | 'en', script: string, elements?: string) {
  const frame = await openFrame({ srcdoc: page(lang, script, elements) }, 1280);
  const doc = frameDocument(frame);
  const win = frame.contentWindow as PageWindow;
  await waitForRendered(pcElements(doc));
  const englishLoads = () =>
    (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
      entry.name.endsWith('/pc-strings-en.js'),
    ).length;
  return { doc, win, englishLoads, frame };
}

const text = (doc: Document, tag: string) => shownText(doc.querySelector(tag)!);

describe('embedding: English strings on demand (built bundles)', () => {
  before(async () => {
    await requireBuilt(...[...BUNDLES, 'pc-strings-en'].map((name) => `/dist/${name}.js`));
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('no bundle carries an English sentence; pc-strings-en.js carries every English string', async () => {
    expect(englishOnly.length, 'English-only sentences to look for').to.be.greaterThan(80);
    const english = await (await fetch('/dist/pc-strings-en.js')).text();
    const missing = Object.entries(englishTable).filter(
      ([, value]) => !english.includes(value) && !english.includes(JSON.stringify(value).slice(1, -1)),
    );
    expect(missing.map(([key]) => key)).to.deep.equal([]);
    for (const name of BUNDLES) {
      const bundle = await (await fetch(`/dist/${name}.js`)).text();
      const found = englishOnly.filter(([, value]) => bundle.includes(value)).map(([key]) => key);
      expect(found, `${name}.js holds English`).to.deep.equal([]);
      // Control: the same search finds the Dutch, and the bundle points at the English file beside it.
      expect(bundle, name).to.contain(DUTCH['common.loading']);
      expect(bundle, name).to.contain('import("./pc-strings-en.js")');
    }
  });

  it('an English page fetches pc-strings-en.js once and shows English; a Dutch page never fetches it', async () => {
    const en = await open('en', '/dist/pc-charts.js');
    expect(text(en.doc, 'pc-saldo-table')).to.contain('Balance').and.not.contain('Saldo');
    expect(text(en.doc, 'pc-goal-tree')).to.contain(englishTable['tree.hint']);
    expect(text(en.doc, 'pc-indicator-card')).to.contain('4,729').and.contain('Actual 2025');
    expect(text(en.doc, 'pc-budget-gauge')).to.contain('spent');
    expect(en.englishLoads()).to.equal(1);
    expect(en.win.__errors).to.deep.equal([]);
    expect(en.win.__logged).to.deep.equal([]);
    const nl = await open('nl', '/dist/pc-charts.js');
    expect(text(nl.doc, 'pc-saldo-table')).to.contain('Saldo');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(nl.englishLoads()).to.equal(0);
  });

  it('a per-component file loads the same pc-strings-en.js', async () => {
    const only = `<pc-goal-tree src="${TREE}" tree="gezonde-stad"></pc-goal-tree>`;
    const { doc, englishLoads, win } = await open('en', '/dist/pc-goal-tree.js', only);
    expect(text(doc, 'pc-goal-tree')).to.contain(englishTable['tree.hint']);
    expect(englishLoads()).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
  });

  it('without pc-strings-en.js beside the bundle an English page shows Dutch words, English numbers, and logs why', async () => {
    await fetch('/__test/reset');
    const { doc, win } = await open('en', '/__test/no-english/pc-charts.js');
    const hits = await (await fetch('/__test/hits')).json();
    expect(hits['/__test/no-english/pc-strings-en.js'], 'the bundle asked for the file').to.be.greaterThan(0);
    for (const element of pcElements(doc))
      expect(element.shadowRoot!.querySelector('[role="alert"]'), element.localName).to.equal(null);
    expect(text(doc, 'pc-saldo-table')).to.contain('Saldo').and.not.contain('Balance');
    expect(text(doc, 'pc-indicator-card')).to.contain('4,729').and.contain('Realisatie 2025');
    expect(text(doc, 'pc-goal-tree')).to.contain(DUTCH['tree.hint']);
    expect(win.__errors, 'nothing thrown').to.deep.equal([]);
    await waitFor(
      () => win.__logged.some((line) => line.includes('pc-strings-en.js')),
      () => `no logged reason: ${JSON.stringify(win.__logged)}`,
    );
  });
});
