// Not by colour alone: every series, verdict, status and over/under-spend is told apart by shape, line style,
// pattern or text as well. Each element is rendered in greyscale (`filter: grayscale(1)`) and what distinguishes
// its categories is read with colour taken out: text, icon paths, pseudo-element shapes, patterns, direction.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { seed } from '../support/seeds.js';

type PcHost = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

async function grey(tag: string, attributes: Record<string, string>, data: unknown): Promise<ShadowRoot> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="filter: grayscale(1)"></div>`);
  const el = document.createElement(tag) as PcHost;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  wrap.append(el);
  await el.updateComplete;
  expect(getComputedStyle(wrap).filter).to.equal('grayscale(1)');
  expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  return el.shadowRoot!;
}

/** How something looks with colour taken out: geometry and content of the element and its pseudo-elements. */
function shape(el: Element): string {
  const props = [
    'content',
    'width',
    'height',
    'border-radius',
    'transform',
    'border-width',
    'stroke-dasharray',
    'background-image',
  ];
  // Gradients draw shapes (a cross, half a disc, a dot): keep their geometry, drop their colours.
  const colourless = (value: string) => value.replace(/(?:rgba?|color)\([^)]*\)/g, 'c');
  const look = (pseudo: string | null) => {
    const style = getComputedStyle(el, pseudo);
    return props.map((name) => colourless(style.getPropertyValue(name))).join(' ');
  };
  const paths = [...el.querySelectorAll('path, line, circle, rect')].map(
    (node) => node.getAttribute('d') ?? node.localName,
  );
  return [look(null), look('::before'), look('::after'), paths.join(' ')].join(' | ');
}
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every pair of categories differs in its text and in its shape. */
function expectDistinct(categories: Record<string, Element | null | undefined>): void {
  const entries = Object.entries(categories);
  for (const [name, el] of entries) expect(el, `${name} is rendered`).to.not.equal(null);
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, elA] = entries[i];
      const [b, elB] = entries[j];
      expect(words(elA), `${a} / ${b}: text`).to.not.equal(words(elB));
      expect(shape(elA!), `${a} / ${b}: shape`).to.not.equal(shape(elB!));
    }
  }
}

describe('greyscale: nothing is told by colour alone', () => {
  it('<pc-indicator-card>: the verdicts Ja, Nee and ? by icon and text; actual and target by marker shape', async () => {
    const doc = await seed();
    const verdict = async (indicator: string) =>
      (await grey('pc-indicator-card', { indicator }, doc)).querySelector('[part~="verdict"]');
    expectDistinct({
      yes: await verdict('jeugdhulp-unieke-jeugdigen'),
      no: await verdict('jeugdhulp-drie-jaar-of-langer'),
      unknown: await verdict('wmo-tevredenheid-kwaliteit-ondersteuning'),
    });
    const card = await grey('pc-indicator-card', { indicator: 'jeugdhulp-unieke-jeugdigen' }, doc);
    expectDistinct({ actual: card.querySelector('.key.actual'), target: card.querySelector('.key.target') });
    // In the chart: the actual values are a line with dots, the targets short separate ticks.
    const actual = card.querySelector('path.actual')!.getAttribute('d')!;
    const targets = card.querySelector('path.target-marks')!.getAttribute('d')!;
    expect(actual.match(/M/g)!.length).to.be.lessThan(targets.match(/M/g)!.length);
  });

  it('<pc-budget-gauge>: over- and underspend by icon, word and a hatched overflow', async () => {
    const gauge = async (budget: number) => {
      const doc = await seed();
      doc.programmes[0].finance.budget = { expenses: budget };
      return grey('pc-budget-gauge', { programme: 'p2' }, doc);
    };
    const over = await gauge(-150000);
    const under = await gauge(-170000);
    expectDistinct({
      unfavourable: over.querySelector('.verdict'),
      favourable: under.querySelector('.verdict'),
    });
    const hatch = over.querySelector('.overflow-hatch');
    expect(hatch, 'overspend is hatched').to.not.equal(null);
    expect(getComputedStyle(hatch!).fill).to.match(/url\(.*#hatch/);
    expect(under.querySelector('.overflow-hatch')).to.equal(null);
  });

  it('<pc-saldo-table>: a positive and a negative saldo by sign and by the side of the zero line', async () => {
    const doc = await seed();
    const goal = doc.programmes[0].goals[2].finance.actual;
    goal.balance = 5000;
    const table = await grey('pc-saldo-table', { programme: 'p2' }, doc);
    const rows = [...table.querySelectorAll('tbody tr')];
    const saldo = (row: Element) => {
      const cells = row.querySelectorAll('td.num .amount');
      return words(cells[cells.length - 1]);
    };
    const bar = (row: Element) => row.querySelector('[part~="bar"]')!;
    const [negative, positive] = [rows[0], rows[2]];
    expect(saldo(negative)).to.match(/^-/);
    expect(saldo(positive)).to.not.match(/^-/);
    const zeroOf = (row: Element) =>
      Number(bar(row).querySelector('line, .zero, path.zero')?.getAttribute('x1') ?? NaN);
    const extent = (row: Element) => {
      const rect = bar(row).querySelector('rect')!;
      const x = Number(rect.getAttribute('x'));
      return [x, x + Number(rect.getAttribute('width'))];
    };
    const zero = zeroOf(negative);
    expect(Number.isFinite(zero), 'a zero line').to.equal(true);
    expect(extent(negative)[1]).to.be.at.most(zero + 0.01);
    expect(extent(positive)[0]).to.be.at.least(zero - 0.01);
  });

  it('<pc-goal-tree>: each status by its icon shape and its word', async () => {
    const tree = await grey('pc-goal-tree', { programme: 'p2', 'expanded-depth': '3' }, await seed());
    const byStatus: Record<string, Element | null> = {};
    for (const status of ['achieved', 'not-achieved', 'unknown']) {
      byStatus[status] = tree.querySelector(`.status.${status}`);
    }
    expectDistinct(byStatus);
  });
});
