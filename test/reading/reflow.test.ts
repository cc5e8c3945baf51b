// WCAG 1.4.10 (reflow at 320 px, i.e. 1280 px at 400% zoom) and 1.4.12 (text spacing): with the text-spacing
// override applied, every component on real data keeps all its text in view (nothing cut by a box, nothing
// wider than the column) and its controls (buttons, focusable regions) visible and usable.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define/all.js';
import type { PcDocument } from '../../src/schema/types.js';
import { onlyIn } from '../support/engines.js';
import { seed } from '../support/seeds.js';

/** The bookmarklet of WCAG 1.4.12's understanding document, as a style sheet. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;
const ELEMENTS = 'pc-indicator-card, pc-budget-gauge, pc-saldo-table, pc-goal-tree';
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const doc = (name: string): Promise<PcDocument> => seed(`/demo/data/${name}.json`);

/** Elements whose overflow clips (hidden, clip) rather than scrolls; a scroll box keeps its content reachable. */
function clipsContent(el: Element): boolean {
  const style = getComputedStyle(el);
  // One pixel clipped on purpose: visually hidden, for assistive technology (e.g. the stacked saldo table's
  // column headers, whose names each cell then shows).
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return false;
  return [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
}

function lostText(host: Element): string[] {
  const root = host.shadowRoot!;
  const lost: string[] = [];
  const hostRect = host.getBoundingClientRect();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !/\S/.test(node.textContent ?? '') || parent.closest('.visually-hidden, [hidden], svg'))
      continue;
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (rects.length === 0) continue;
    const where = `${host.localName} "${node.textContent!.trim().slice(0, 40)}"`;
    for (const rect of rects) {
      // Beside the element is out of the column (unless inside a scroll box the keyboard can reach).
      const scroller = parent.closest('.scroll, .table-wrap');
      if (!scroller && (rect.left < hostRect.left - 1 || rect.right > hostRect.right + 1))
        lost.push(`${where} outside`);
      // Cut by a box that clips.
      for (let a: Element | null = parent; a && a !== (root as unknown as Element); a = a.parentElement) {
        if (!clipsContent(a)) continue;
        const box = a.getBoundingClientRect();
        if (rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.top < box.top - 1) {
          lost.push(`${where} clipped by ${a.localName}.${a.className}`);
          break;
        }
      }
    }
  }
  // A goal-tree box must hold its text: nothing spills over the next box.
  for (const item of root.querySelectorAll('.item')) {
    if (item.scrollHeight > item.clientHeight + 1)
      lost.push(`${host.localName} box "${item.textContent!.trim().slice(0, 40)}" overflows`);
  }
  return lost;
}

describe('reflow (320 px = 400% zoom) and text spacing (WCAG 1.4.10, 1.4.12)', function () {
  this.timeout(120000);

  for (const width of [320, 1280]) {
    it(`${width} px with the text-spacing override: no text lost, every control visible`, async () => {
      // Measured where the layout of these pages was checked by eye (screenshots in Chromium); Firefox and WebKit
      // set the fallback fonts wider, so the exact fit of the narrowest column is Chromium's.
      onlyIn(['chromium'], 'the fit at 320 px is measured in Chromium, whose fonts the screenshots show');
      const [d2025, gezond, social, d2023] = await Promise.all([
        doc('jaarstukken-2025-programma-2'),
        doc('gezonde-stad-2023-2026'),
        doc('rapportage-sociaal-domein-2024-h2'),
        doc('jaarverslag-2023-programma-2-web'),
      ]);
      const container = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: ${width}px"></div>`);
      const cards = [d2025, social].flatMap((d) =>
        (d.programmes ?? []).flatMap((p) =>
          p.goals.flatMap((g) =>
            (g.indicators ?? []).map(
              (i) => html`<pc-indicator-card .data=${d} indicator=${i.id}></pc-indicator-card>`,
            ),
          ),
        ),
      );
      render(
        [
          ...cards,
          html`<pc-budget-gauge .data=${d2023} programme="p2"></pc-budget-gauge>`,
          html`<pc-budget-gauge .data=${d2023} programme="p2" compare="total"></pc-budget-gauge>`,
          html`<pc-saldo-table .data=${d2025} programme="p2" compare="budget"></pc-saldo-table>`,
          html`<pc-goal-tree .data=${d2025} programme="p2"></pc-goal-tree>`,
          html`<pc-goal-tree .data=${gezond} tree="gezonde-stad"></pc-goal-tree>`,
        ],
        container,
      );
      const elements = [...container.querySelectorAll(ELEMENTS)] as Array<
        Element & { updateComplete: Promise<unknown> }
      >;
      await Promise.all(elements.map((el) => el.updateComplete));
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(TEXT_SPACING);
      // Measured as a reader sees each part once scrolled to it (content-visibility skips it off screen).
      const onScreen = new CSSStyleSheet();
      onScreen.replaceSync(':host, .item { content-visibility: visible !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
      try {
        for (const el of elements) {
          el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing, onScreen];
          for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
          el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')?.click();
        }
        await frame();
        await Promise.all(elements.map((el) => el.updateComplete));
        await frame();
        const lost = elements.flatMap(lostText);
        expect([...new Set(lost)]).to.deep.equal([]);
        // Nothing reaches beyond the column, except inside the goal tree's own scroll box: there, under the
        // text-spacing override, a list item as wide as its longest word may scroll sideways at 320 px.
        const right = container.getBoundingClientRect().right;
        const wide = elements.flatMap((el) =>
          [...el.shadowRoot!.querySelectorAll('*')]
            .filter((part) => part.getBoundingClientRect().right > right + 1)
            .filter((part) => !(el.localName === 'pc-goal-tree' && part.parentElement?.closest('.scroll')))
            .map((part) => `${el.localName} ${part.localName}.${part.getAttribute('class') ?? ''}`),
        );
        expect([...new Set(wide)], 'beyond the column').to.deep.equal([]);
        expect(container.scrollWidth, 'the column does not scroll sideways').to.be.at.most(width + 1);
        // Functions: every button and focusable region is rendered with a size, inside the column.
        for (const el of elements) {
          for (const control of el.shadowRoot!.querySelectorAll('button, [tabindex="0"], summary')) {
            if (control.closest('[hidden]')) continue;
            const rect = control.getBoundingClientRect();
            expect(
              rect.width * rect.height,
              `${el.localName} ${control.textContent!.trim().slice(0, 30)}`,
            ).to.be.greaterThan(0);
            const name = `${el.localName} ${control.localName}.${control.getAttribute('class') ?? ''}`;
            // Inside the goal tree's scroll box the arrow keys scroll each item into view.
            if (el.localName === 'pc-goal-tree' && control.closest('.scroll')) continue;
            expect(rect.left, name).to.be.at.least(container.getBoundingClientRect().left - 1);
          }
        }
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacing);
      }
    });
  }
});
