/**
 * Issue 8: "Works when the script is included twice". A CMS page may get the all-in-one bundle from two blocks,
 * two copies of it under different URLs (two module instances, two copies of Lit), or the all-in-one next to a
 * per-component file. None of that may throw, and every element must still render. Loads the BUILT bundles
 * (`npm run build` first), each page in its own iframe so it starts with an empty element registry.
 */
import { expect } from '@open-wc/testing';
import {
  addModuleScript,
  frameDocument,
  openFrame,
  pcElements,
  requireBuilt,
  TAGS,
  waitFor,
  waitForRendered,
} from './embed-helpers.js';
import { DATA_2025 as DATA } from '../support/seeds.js';

const ELEMENTS = `
  <pc-budget-gauge src="${DATA}" programme="p2" measure="expenses"></pc-budget-gauge>
  <pc-saldo-table src="${DATA}" programme="p2"></pc-saldo-table>
  <pc-goal-tree src="${DATA}" programme="p2"></pc-goal-tree>
  <pc-indicator-card src="${DATA}" indicator="jeugdhulp-unieke-jeugdigen"></pc-indicator-card>`;

type PageWindow = Window & { __errors: string[]; __distinctCopies?: boolean };

/** A page with an error recorder first, then the given module scripts, then one element of each kind. */
function page(scripts: string[], extraHead = ''): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
    <script>
      window.__errors = [];
      addEventListener('error', (event) => __errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));
    </script>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
    ${extraHead}
  </head><body>${ELEMENTS}</body></html>`;
}

async function renderPage(scripts: string[], extraHead = ''): Promise<{ doc: Document; win: PageWindow }> {
  const frame = await openFrame({ srcdoc: page(scripts, extraHead) });
  const doc = frameDocument(frame);
  const win = frame.contentWindow as PageWindow;
  await waitForRendered(pcElements(doc));
  return { doc, win };
}

describe('embedding: the script included twice', () => {
  before(async () => {
    await requireBuilt('/dist/pc-charts.js', ...TAGS.map((tag) => `/dist/${tag}.js`));
  });

  it('the same <script src="pc-charts.js"> twice: no error, all four elements render', async () => {
    const { doc, win } = await renderPage(['/dist/pc-charts.js', '/dist/pc-charts.js']);
    expect(win.__errors).to.deep.equal([]);
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
    expect(pcElements(doc)).to.have.length(4);
  });

  it('two copies of pc-charts.js under different URLs (two module instances): no error, all render', async () => {
    // Proves both copies really ran: their exports are different functions.
    const probe = `<script type="module">
      import { validateDocument as first } from '/dist/pc-charts.js';
      import { validateDocument as second } from '/dist/pc-charts.js?copy=2';
      window.__distinctCopies = first !== second;
    </script>`;
    const { win } = await renderPage(['/dist/pc-charts.js', '/dist/pc-charts.js?copy=2'], probe);
    await waitFor(
      () => win.__distinctCopies !== undefined,
      () => 'the probe module did not run',
    );
    expect(win.__distinctCopies).to.equal(true);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the per-component files next to the all-in-one, in either order: no error, all render', async () => {
    const single = TAGS.map((tag) => `/dist/${tag}.js`);
    const before = await renderPage([single[3], '/dist/pc-charts.js', ...single]);
    expect(before.win.__errors).to.deep.equal([]);
    const after = await renderPage(['/dist/pc-charts.js', ...single]);
    expect(after.win.__errors).to.deep.equal([]);
  });

  it('a second copy loaded after the page rendered leaves the shown charts intact and new ones render', async () => {
    const { doc, win } = await renderPage(['/dist/pc-charts.js']);
    const textsBefore = pcElements(doc).map((element) => element.shadowRoot!.textContent);
    await addModuleScript(doc, '/dist/pc-charts.js?late=1');
    await addModuleScript(doc, '/dist/pc-indicator-card.js?late=1');
    const added = doc.createElement('pc-indicator-card');
    added.setAttribute('src', DATA);
    added.setAttribute('indicator', 'vrijwilligers');
    doc.body.append(added);
    await waitForRendered([added]);
    const textsAfter = pcElements(doc)
      .slice(0, 4)
      .map((element) => element.shadowRoot!.textContent);
    expect(textsAfter).to.deep.equal(textsBefore);
    expect(win.__errors).to.deep.equal([]);
  });
});
