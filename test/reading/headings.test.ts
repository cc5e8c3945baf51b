// What a screen-reader user meets on all four elements: a title that is a heading at the level the page sets
// (`heading-level`, the same attribute on all four), and in the card each figure said once in reading order.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { DATA_2025, DATA_HEALTH, seed } from '../support/seeds.js';

async function elements(level?: string) {
  const doc = await seed(DATA_2025);
  const tree = await seed(DATA_HEALTH);
  const wrap = await fixture<HTMLElement>(
    html`<div>
      <pc-indicator-card
        .data=${doc}
        indicator="jeugdhulp-unieke-jeugdigen"
        heading-level=${level ?? ''}
      ></pc-indicator-card>
      <pc-budget-gauge .data=${doc} programme="p2" heading-level=${level ?? ''}></pc-budget-gauge>
      <pc-saldo-table .data=${doc} programme="p2" heading-level=${level ?? ''}></pc-saldo-table>
      <pc-goal-tree .data=${tree} tree="gezonde-stad" heading-level=${level ?? ''}></pc-goal-tree>
    </div>`,
  );
  const els = [...wrap.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

const headingOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="heading"]');

describe('reading: headings and figures said once', () => {
  it('every element titles itself with a heading, level 3 by default', async () => {
    for (const el of await elements()) {
      const heading = headingOf(el);
      expect(heading, el.localName).to.not.equal(null);
      expect(heading!.getAttribute('aria-level'), el.localName).to.equal('3');
      expect(heading!.textContent!.trim().length, el.localName).to.be.greaterThan(3);
    }
  });

  it('heading-level sets the level on all four; a value outside 1–6 falls back to 3', async () => {
    for (const el of await elements('2'))
      expect(headingOf(el)!.getAttribute('aria-level'), el.localName).to.equal('2');
    for (const el of await elements('7'))
      expect(headingOf(el)!.getAttribute('aria-level'), el.localName).to.equal('3');
    const [card] = await elements('5');
    await expect(card).to.be.accessible();
  });

  it('the card says its latest figure once in reading order; the chart still has the summary as description', async () => {
    const [card] = await elements();
    const root = card.shadowRoot!;
    // The text a reader meets going through the card: not hidden, not aria-hidden.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let reading = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('[hidden], [aria-hidden="true"], template')) continue;
      reading += ` ${node.textContent}`;
    }
    reading = reading.replace(/\s+/g, ' ');
    expect(reading.match(/4\.729 jeugdigen/g)?.length ?? 0).to.equal(1);
    const chart = root.querySelector('svg.marks')!;
    const described = chart
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => root.getElementById(id));
    expect(described[0]!.textContent).to.match(/^Realisatie 2025: 4\.729\sjeugdigen/);
  });
});
