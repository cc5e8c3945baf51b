/**
 * Issue 8: "Works when the element is created before or after the script loads". CMS editors put the element
 * above or below the script, frameworks create elements (and set properties) whenever they like, and a page
 * with one component loads only that component's file. Uses the BUILT bundles (`npm run build` first).
 */
import { expect } from '@open-wc/testing';
import {
  addModuleScript,
  frameDocument,
  openFrame,
  pcElements,
  renderState,
  requireBuilt,
  shownText,
  TAGS,
  waitForRendered,
} from './embed-helpers.js';
import { DATA_2025 as DATA } from '../support/seeds.js';

function create(doc: Document, tag: string, attributes: Record<string, string>): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

async function emptyPage(body = ''): Promise<{ doc: Document; win: Window }> {
  const frame = await openFrame({
    srcdoc: `<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>${body}</body></html>`,
  });
  return { doc: frameDocument(frame), win: frame.contentWindow! };
}

describe('embedding: elements created before and after the script loads', () => {
  before(async () => {
    await requireBuilt('/dist/pc-charts.js', '/dist/pc-indicator-card.js', '/dist/pc-saldo-table.js');
  });

  it('elements in the markup, created by script, and given a property before the bundle loads all render', async () => {
    const { doc, win } = await emptyPage(`
      <pc-budget-gauge src="${DATA}" programme="p2" measure="revenues"></pc-budget-gauge>
      <pc-goal-tree src="${DATA}" programme="p2"></pc-goal-tree>`);
    // Created and connected before the definition exists.
    doc.body.append(create(doc, 'pc-indicator-card', { src: DATA, indicator: 'eenzaamheid-coefficient' }));
    // A property set on the not-yet-upgraded element (what a framework does): must survive the upgrade.
    const text = await (await fetch(DATA)).text();
    const table = create(doc, 'pc-saldo-table', { programme: 'p2' });
    (table as HTMLElement & { data: unknown }).data = (win as Window & typeof globalThis).JSON.parse(text);
    doc.body.append(table);
    // Created before, connected only after the bundle loaded.
    const detached = create(doc, 'pc-indicator-card', { src: DATA, indicator: 'vrijwilligers' });

    expect(win.customElements.get('pc-saldo-table')).to.equal(undefined);
    expect(doc.querySelectorAll(':not(:defined)').length).to.equal(4);

    await addModuleScript(doc, '/dist/pc-charts.js');
    doc.body.append(detached);
    // Created after the bundle loaded.
    const late = create(doc, 'pc-budget-gauge', { src: DATA, programme: 'p2', measure: 'balance' });
    doc.body.append(late);

    const all = pcElements(doc);
    expect(all).to.have.length(6);
    await waitForRendered(all);
    expect(doc.querySelectorAll(':not(:defined)').length).to.equal(0);
    // The table got its data from the property (no src): one row per goal of programme p2.
    const doc2025 = JSON.parse(text) as { programmes: { goals: unknown[] }[] };
    expect(table.shadowRoot!.querySelectorAll('[part~="row"]').length).to.equal(
      doc2025.programmes[0].goals.length,
    );
    expect(table.hasAttribute('src')).to.equal(false);
  });

  it('an element moved to another place in the page after rendering still shows its data', async () => {
    const { doc } = await emptyPage(
      `<div id="a"><pc-indicator-card src="${DATA}" indicator="vrijwilligers"></pc-indicator-card></div><div id="b"></div>`,
    );
    await addModuleScript(doc, '/dist/pc-charts.js');
    const card = doc.querySelector('pc-indicator-card')!;
    await waitForRendered([card]);
    const before = shownText(card);
    doc.getElementById('b')!.append(card);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await waitForRendered([card]);
    expect(shownText(card)).to.equal(before);
  });

  it('a page with one per-component file defines only that element; adding another file upgrades the rest', async () => {
    const { doc, win } = await emptyPage(`
      <pc-indicator-card src="${DATA}" indicator="jeugdhulp-instroom"></pc-indicator-card>
      <pc-saldo-table src="${DATA}" programme="p2"></pc-saldo-table>`);
    await addModuleScript(doc, '/dist/pc-indicator-card.js');
    const card = doc.querySelector('pc-indicator-card')!;
    const table = doc.querySelector('pc-saldo-table')!;
    await waitForRendered([card]);
    const defined = TAGS.filter((tag) => win.customElements.get(tag));
    expect(defined).to.deep.equal(['pc-indicator-card']);
    expect(renderState(table)).to.equal('pending');

    await addModuleScript(doc, '/dist/pc-saldo-table.js');
    await waitForRendered([table]);
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal([
      'pc-saldo-table',
      'pc-indicator-card',
    ]);
  });
});
