/**
 * Issue 8: "Works under a strict Content Security Policy (`default-src 'self'`, no `unsafe-inline`, no
 * `unsafe-eval`, Trusted Types required)". Every built demo page (dist/demo, which runs the single-file bundle
 * dist/pc-charts.js) and both framework examples are served by the test server under
 *   Content-Security-Policy: default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * (route /__csp/ in test/support/server-plugin.mjs, which puts a probe script first in <head> that records every
 * `securitypolicyviolation` event and page error). The charts must render and the count must stay 0, also after
 * interaction. `npm run build` and scripts/build-examples.mjs first.
 */
import { expect } from '@open-wc/testing';
import {
  dataset,
  DEMO_PAGES,
  frameDocument,
  openFrame,
  pcElements,
  requireBuilt,
  waitFor,
  waitForRendered,
} from './embed-helpers.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}
type ProbedWindow = Window & { __cspViolations?: Violation[]; __pageErrors?: string[] };

const PAGES = DEMO_PAGES;

async function openUnderCsp(path: string, width = 1024): Promise<{ doc: Document; win: ProbedWindow }> {
  const frame = await openFrame({ src: `/__csp/${path}` }, width);
  const win = frame.contentWindow as ProbedWindow;
  expect(win.__cspViolations, 'the CSP probe did not run').to.be.an('array');
  return { doc: frameDocument(frame), win };
}

/** Lets late work (lazy renders, fetches, timers) happen before the violations are counted. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function expectClean(win: ProbedWindow): void {
  expect(win.__cspViolations, 'securitypolicyviolation events').to.deep.equal([]);
  expect(win.__pageErrors, 'page errors').to.deep.equal([]);
}

describe('embedding: strict Content Security Policy with Trusted Types', () => {
  before(async () => {
    await requireBuilt(...PAGES.map((page) => `/dist/demo/${page}.html`), '/dist/demo/pc-charts.js');
  });

  it('self-test: a page with an inline script and an inline style is blocked and counted', async () => {
    const { doc, win } = await openUnderCsp('__selftest.html');
    await waitFor(
      () => (win.__cspViolations?.length ?? 0) >= 2,
      () => `expected 2 violations, got ${JSON.stringify(win.__cspViolations)}`,
    );
    expect(doc.title).to.equal('CSP self-test');
    const directives = win.__cspViolations!.map((violation) => violation.directive);
    expect(directives.some((directive) => directive.startsWith('script-src'))).to.equal(true);
    expect(directives.some((directive) => directive.startsWith('style-src'))).to.equal(true);
  });

  for (const page of PAGES) {
    it(`demo/${page}.html renders every chart with 0 violations`, async () => {
      const { doc, win } = await openUnderCsp(`dist/demo/${page}.html`);
      const elements = pcElements(doc);
      expect(elements.length, 'charts on the page').to.be.greaterThan(0);
      await waitForRendered(elements);
      await settle();
      expectClean(win);
    });
  }

  it('jaarstukken-2025 shows every indicator of the dataset, under its goal, with the dataset title', async () => {
    const data = await dataset('jaarstukken-2025-programma-2');
    const { doc, win } = await openUnderCsp('dist/demo/jaarstukken-2025.html');
    await waitForRendered(pcElements(doc));
    for (const goal of data.programmes![0].goals) {
      const section = doc.querySelector(`section[aria-labelledby="doel-${goal.id}"]`);
      expect(section, `section of goal ${goal.id}`).to.not.equal(null);
      const cards = [...section!.querySelectorAll('pc-indicator-card')];
      expect(cards.map((card) => card.getAttribute('indicator'))).to.deep.equal(
        (goal.indicators ?? []).map((indicator) => indicator.id),
      );
      for (const [i, card] of cards.entries()) {
        const title = card
          .shadowRoot!.querySelector('[part~="title"]')!
          .textContent!.replace(/\s+/g, ' ')
          .trim();
        expect(title).to.contain(goal.indicators![i].title.replace(/\s+/g, ' ').trim());
      }
    }
    expect(doc.querySelectorAll('pc-budget-gauge')).to.have.length(3);
    expectClean(win);
  });

  it('interaction under the policy (data table, tree selection) adds no violation', async () => {
    const { doc, win } = await openUnderCsp('dist/demo/jaarstukken-2025.html');
    await waitForRendered(pcElements(doc));
    const card = doc.querySelector('pc-indicator-card')!;
    const toggle = card.shadowRoot!.querySelector<HTMLElement>('[part~="table-toggle"]');
    expect(toggle, 'the card has a data-table button').to.not.equal(null);
    toggle!.click();
    await waitFor(
      () => card.shadowRoot!.querySelector('[part~="table"] td, [part~="table"] th'),
      () => 'the data table did not open',
    );
    const tree = doc.querySelector('pc-goal-tree')!;
    const item = tree.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')[1];
    const title = item.querySelector('[part~="node-title"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const details = () => tree.shadowRoot!.querySelector('[part~="details"]')!;
    expect(details().textContent).to.not.contain(title);
    item.click();
    await waitFor(
      () => details().textContent!.replace(/\s+/g, ' ').includes(title),
      () => `the details panel did not show "${title}"`,
    );
    await settle();
    expectClean(win);
  });

  it('a Download button on the built demo loads pc-export.js beside the bundle and saves the file', async () => {
    const { doc, win } = await openUnderCsp('dist/demo/jaarstukken-2025.html');
    await waitForRendered(pcElements(doc));
    // Catch the file in the page's own realm instead of letting the browser save it.
    const frameWin = win as Window & typeof globalThis;
    const saved: Array<{ name: string; blob: Blob }> = [];
    let blob: Blob | undefined;
    frameWin.URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:pc-test');
    frameWin.URL.revokeObjectURL = () => {};
    frameWin.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blob! });
    };
    const table = doc.querySelector('pc-saldo-table')!;
    const loads = () =>
      (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
        e.name.endsWith('/pc-export.js'),
      ).length;
    expect(loads(), 'pc-export.js is not fetched before a download').to.equal(0);
    table.shadowRoot!.querySelector<HTMLButtonElement>('button[part="download"][data-format="csv"]')!.click();
    await waitFor(
      () => saved.length === 1,
      () => 'the CSV was not saved',
    );
    expect(loads()).to.equal(1);
    expect(saved[0].name).to.equal('zoetermeer-jaarstukken-2025-saldo-p2.csv');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0].blob.arrayBuffer());
    expect(csv.startsWith('\uFEFFCode;Doelstelling;Lasten (x €1.000)')).to.equal(true);
    await waitFor(
      () => table.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes(saved[0].name),
      () => 'the download was not announced with the file name',
    );
    await settle();
    expectClean(win);
  });

  it('the embed page in English (lang=en) loads pc-strings-en.js beside the bundle under the policy', async () => {
    const address =
      'dist/embed.html?component=saldo-table&src=/demo/data/jaarstukken-2025-programma-2.json&programme=p2&lang=en';
    const { doc, win } = await openUnderCsp(address);
    const table = await waitFor(
      () => doc.querySelector('pc-saldo-table'),
      () => 'the embed page made no saldo table',
    );
    await waitForRendered([table]);
    const shown = table.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain('Balance').and.not.contain('Saldo');
    const englishLoads = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => entry.name.endsWith('/dist/pc-strings-en.js'),
    );
    expect(englishLoads.length).to.equal(1);
    await settle();
    expectClean(win);
  });

  it('themes.html switches theme at runtime under the policy; the components take the theme font', async () => {
    const { doc, win } = await openUnderCsp('dist/demo/themes.html');
    await waitForRendered(pcElements(doc));
    const select = doc.querySelector<HTMLSelectElement>('#thema')!;
    const table = doc.querySelector('pc-saldo-table')!;
    const fontOf = () => getComputedStyle(table.shadowRoot!.querySelector('table')!).fontFamily;
    const fonts: Record<string, string> = {};
    for (const theme of ['utrecht', 'denhaag', 'amsterdam', 'geen']) {
      select.value = theme;
      select.dispatchEvent(new Event('change'));
      fonts[theme] = fontOf();
    }
    expect(fonts.utrecht).to.contain('Noto Sans');
    expect(fonts.denhaag).to.contain('TheSans');
    expect(fonts.amsterdam).to.contain('Amsterdam Sans');
    expect(new Set(Object.values(fonts)).size).to.equal(4);
    expect(doc.querySelector('#thema-status')!.textContent).to.contain('Geen thema');
    await settle();
    expectClean(win);
  });

  it('demo pages at 320 px: no horizontal page scroll', async () => {
    for (const page of ['jaarstukken-2025', 'jaarverslag-2021', 'gezonde-stad', 'themes']) {
      const { doc } = await openUnderCsp(`dist/demo/${page}.html`, 320);
      await waitForRendered(pcElements(doc));
      const overflow = doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
      expect(overflow, `${page} scrolls sideways by ${overflow}px`).to.be.at.most(0);
    }
  });

  describe('framework examples under the same policy', () => {
    before(async () => {
      await requireBuilt('/dist/examples/react/index.html', '/dist/examples/vue/index.html');
    });

    it('React: all four components render, 0 violations', async () => {
      const { doc, win } = await openUnderCsp('dist/examples/react/index.html');
      await waitFor(
        () => pcElements(doc).length === 4,
        () => 'four components',
      );
      await waitForRendered(pcElements(doc));
      await settle();
      expectClean(win);
    });

    it('Vue (its own Trusted Types policy "vue" allowed by name): all four render, 0 violations', async () => {
      const { doc, win } = await openUnderCsp('dist/examples/vue/index.html?tt=vue');
      await waitFor(
        () => pcElements(doc).length === 4,
        () => 'four components',
      );
      await waitForRendered(pcElements(doc));
      await settle();
      expectClean(win);
    });
  });
});
