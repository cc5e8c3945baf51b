// The saldo table on a phone: each goal's name, then its saldo, then the other figures, all in view without
// sideways scrolling; still one table with its headers for assistive technology.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pc-saldo-table.js';
import type { PcSaldoTable } from '../../src/components/saldo-table/saldo-table.js';
import { seed } from '../support/seeds.js';

async function table(width: number, compare = ''): Promise<PcSaldoTable> {
  const data = await seed();
  const wrap = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <pc-saldo-table programme="p2" compare=${compare} .data=${data}></pc-saldo-table>
    </div>`,
  );
  const el = wrap.querySelector('pc-saldo-table') as PcSaldoTable;
  await el.updateComplete;
  return el;
}

describe('saldo table at phone widths', () => {
  for (const width of [320, 375]) {
    it(`${width} px: every goal shows its name, then its saldo, then the rest; nothing needs sideways scrolling`, async () => {
      const el = await table(width);
      const root = el.shadowRoot!;
      const host = el.getBoundingClientRect();
      const scroll = root.querySelector('.scroll') as HTMLElement;
      expect(scroll.scrollWidth, 'no sideways scroll').to.be.at.most(scroll.clientWidth + 1);
      const rows = [...root.querySelectorAll('tbody tr, tfoot tr')];
      expect(rows.length).to.equal(4);
      for (const row of rows) {
        const name = row.querySelector('th')!.getBoundingClientRect();
        const saldo = row.querySelector('td.balance')!.getBoundingClientRect();
        const others = [...row.querySelectorAll('td.num:not(.balance)')].map((td) =>
          td.getBoundingClientRect(),
        );
        expect(saldo.top, 'saldo below the name').to.be.at.least(name.bottom - 1);
        for (const other of others)
          expect(other.top, 'saldo before the other figures').to.be.at.least(saldo.bottom - 1);
        for (const cell of [name, saldo, ...others]) {
          expect(cell.left).to.be.at.least(host.left - 1);
          expect(cell.right).to.be.at.most(host.right + 1);
        }
      }
      // The figures keep their names in view: the column headers are out of sight.
      const firstSaldo = root.querySelector('tbody td.balance')!;
      const label = firstSaldo.querySelector('.cell-label') as HTMLElement;
      expect(label.checkVisibility()).to.equal(true);
      expect(label.textContent).to.equal('Saldo');
      expect(firstSaldo.querySelector('.amount')!.textContent).to.equal('-95.081');
      await expect(el).to.be.accessible();
    });
  }

  it('375 px with compare="budget": the differences too are reachable and labelled', async () => {
    const el = await table(375, 'budget');
    const root = el.shadowRoot!;
    const host = el.getBoundingClientRect();
    for (const cell of root.querySelectorAll('td.num')) {
      const rect = cell.getBoundingClientRect();
      expect(rect.right).to.be.at.most(host.right + 1);
      expect(rect.width).to.be.greaterThan(0);
    }
    await expect(el).to.be.accessible();
  });

  it('1280 px: still the printed order in columns (lasten … saldo), headers visible', async () => {
    const el = await table(1280);
    const root = el.shadowRoot!;
    const row = root.querySelector('tbody tr')!;
    const expenses = row.querySelector('td.expenses')!.getBoundingClientRect();
    const saldo = row.querySelector('td.balance')!.getBoundingClientRect();
    expect(saldo.top).to.be.closeTo(expenses.top, 1);
    expect(saldo.left).to.be.greaterThan(expenses.right);
    expect(root.querySelector('thead')!.getBoundingClientRect().height).to.be.greaterThan(10);
  });
});
