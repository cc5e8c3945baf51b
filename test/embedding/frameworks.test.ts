/**
 * Issue 8: "inside a CMS's own framework (prove it with one page each in React and Vue, from the built package)".
 * examples/react and examples/vue import `pc-charts` from dist/ (as an npm install would give it) and are built to
 * dist/examples/ by scripts/build-examples.mjs. Each page shows all four components; state flows both ways: the
 * framework changes an attribute (the indicator picked in a <select>), sets a property (`data`, a document it
 * fetched and validated with the package's validateDocument), and hears a custom event (`pc-node-select`).
 */
import { expect } from '@open-wc/testing';
import {
  dataset,
  frameDocument,
  openFrame,
  pcElements,
  requireBuilt,
  TAGS,
  waitFor,
  waitForRendered,
} from './embed-helpers.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const framework of ['react', 'vue'] as const) {
  describe(`embedding: the ${framework === 'react' ? 'React' : 'Vue'} example from the built package`, () => {
    let doc: Document;

    before(async () => {
      await requireBuilt(`/dist/examples/${framework}/index.html`);
      const frame = await openFrame({ src: `/dist/examples/${framework}/index.html` });
      doc = frameDocument(frame);
      await waitFor(
        () => doc.querySelector(`main[data-framework="${framework}"]`),
        () => `the ${framework} app did not mount`,
      );
    });

    it('renders all four components', async () => {
      await waitFor(
        () => pcElements(doc).length === 4,
        () => `expected 4 components, found ${pcElements(doc).map((element) => element.localName)}`,
      );
      const elements = pcElements(doc);
      expect(elements.map((element) => element.localName).sort()).to.deep.equal([...TAGS].sort());
      await waitForRendered(elements);
    });

    it('the saldo table shows the document the app passed as a property', async () => {
      const table = doc.querySelector('pc-saldo-table')!;
      expect(table.hasAttribute('src')).to.equal(false);
      const data = await dataset('jaarstukken-2025-programma-2');
      await waitForRendered([table]);
      expect(table.shadowRoot!.querySelectorAll('[part~="row"]').length).to.equal(
        data.programmes![0].goals.length,
      );
    });

    it('a new indicator picked in the app re-renders the card', async () => {
      const data = await dataset('jaarstukken-2025-programma-2');
      const target = data.programmes![0].goals[1].indicators![2];
      const select = doc.querySelector<HTMLSelectElement>('#indicator')!;
      await waitFor(
        () => select.options.length > 1,
        () => 'the indicator list did not fill',
      );
      select.value = target.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const card = doc.querySelector('pc-indicator-card')!;
      await waitFor(
        // React and Vue set `indicator` as a property (the element has one), not as an attribute.
        () =>
          (card as HTMLElement & { indicator?: string }).indicator === target.id &&
          text(card.shadowRoot!.querySelector('[part~="title"]')).includes(target.title),
        () =>
          `the card did not switch to ${target.id} (shows "${text(card.shadowRoot!.querySelector('[part~="title"]'))}")`,
      );
    });

    it('the app hears pc-node-select from the goal tree', async () => {
      const tree = doc.querySelector('pc-goal-tree')!;
      await waitForRendered([tree]);
      const item = tree.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')[1];
      const title = text(item.querySelector('[part~="node-title"]'));
      item.click();
      await waitFor(
        () => text(doc.querySelector('#selected')).includes(title),
        () => `the app status shows "${text(doc.querySelector('#selected'))}", expected "${title}"`,
      );
    });
  });
}
