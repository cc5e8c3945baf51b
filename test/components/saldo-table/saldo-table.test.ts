import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/define/pc-saldo-table.js';
import type { PcSaldoTable } from '../../../src/components/saldo-table/saldo-table.js';
import { clearDocumentCache } from '../../../src/internal/loader.js';
import { MEDIA_EMULATION, onlyIn } from '../../support/engines.js';
import { DATA_2021, DATA_2025, seed } from '../../support/seeds.js';
import { computedColor } from '../../support/colour.js';

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a sighted reader reads in each row: the row header, then every number cell (bars carry no text). */
function readTable(el: Element): { headers: string[]; rows: string[][]; total: string[] } {
  const table = root(el).querySelector('table')!;
  const headers = [...table.querySelectorAll('thead th[scope="col"]')].map(text);
  const readRow = (tr: Element) => [
    text(tr.querySelector('th')),
    ...[...tr.querySelectorAll('td.num')].map(cellText),
  ];
  return {
    headers,
    rows: [...table.querySelectorAll('tbody tr')].map(readRow),
    total: readRow(table.querySelector('tfoot tr')!),
  };
}

/** A number cell's visible figure (without footnote markers or hidden text). */
function cellText(td: Element): string {
  const amount = td.querySelector('.amount');
  return amount ? text(amount) : text(td.querySelector('[aria-hidden="true"]:not(.cell-label)'));
}

/** The amount of the last number cell of the total row (the saldo). */
function lastTotalCell(el: Element): Element {
  const cells = root(el).querySelectorAll('tfoot td.num');
  return cells[cells.length - 1].querySelector('.amount')!;
}

/** A small fictional document (Voorbeeldgemeente) for states the seeds lack. */
function fictional(programme: Record<string, unknown>, year = 2025): unknown {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: { type: 'jaarstukken', year, title: 'Jaarstukken Voorbeeldgemeente', amountsIn: 1000 },
    programmes: [{ id: 'v1', code: '1', title: 'Voorbeeldprogramma', ...programme }],
  };
}

const goal = (
  id: string,
  code: string,
  title: string,
  actual?: Record<string, number>,
  budget?: Record<string, number>,
) => ({
  id,
  code,
  title,
  ...(actual || budget ? { finance: { ...(actual ? { actual } : {}), ...(budget ? { budget } : {}) } } : {}),
});

async function table(template: ReturnType<typeof html>): Promise<PcSaldoTable> {
  const el = await fixture<PcSaldoTable>(template);
  await el.updateComplete;
  return el;
}

describe('<pc-saldo-table>', () => {
  beforeEach(() => clearDocumentCache());

  it('2025: prints every cell of "Totalen per doelstelling" as the jaarstukken do', async () => {
    const el = await table(
      html`<pc-saldo-table programme="p2" .data=${await seed(DATA_2025)}></pc-saldo-table>`,
    );
    const caption = root(el).querySelector('caption')!;
    expect(text(caption.querySelector('.title'))).to.equal('Programma 2 Samen leven en ondersteunen');
    expect(text(caption.querySelector('.subtitle'))).to.equal('Realisatie 2025, Bedragen x €1.000');
    const { headers, rows, total } = readTable(el);
    expect(headers).to.deep.equal([
      'Doelstelling',
      'Lasten',
      'Baten',
      'Toevoegingen',
      'Onttrekkingen',
      'Saldo',
    ]);
    expect(rows).to.deep.equal([
      [
        'Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp (2.1)',
        '-95.361',
        '9',
        '0',
        '271',
        '-95.081',
      ],
      [
        'Bevorderen meedoen aan de samenleving en zelfstandig wonen (2.2)',
        '-57.756',
        '10.219',
        '-2.000',
        '281',
        '-49.256',
      ],
      ['Bevorderen gezondheid, veiligheid en welbevinden (2.3)', '-10.089', '7.919', '0', '0', '-2.170'],
    ]);
    expect(total).to.deep.equal(['Totaal programma', '-163.206', '18.147', '-2.000', '552', '-146.506']);
    await expect(el).to.be.accessible();
  });

  it('2025: the rounding difference (-146.506 stated, -146.507 summed) is silent', async () => {
    const el = await table(
      html`<pc-saldo-table programme="p2" .data=${await seed(DATA_2025)}></pc-saldo-table>`,
    );
    expect(root(el).querySelector('[part="footnote"]')).to.equal(null);
    expect(root(el).querySelector('tfoot .marker')).to.equal(null);
    expect(lastTotalCell(el).textContent).to.equal('-146.506');
  });

  it('2021: baten, lasten and saldo only, two rows coded 2.2 and negative baten', async () => {
    const el = await table(
      html`<pc-saldo-table programme="p2" .data=${await seed(DATA_2021)}></pc-saldo-table>`,
    );
    expect(text(root(el).querySelector('caption .subtitle'))).to.equal('Realisatie 2021, Bedragen x €1.000');
    const { headers, rows, total } = readTable(el);
    // One order for every table: lasten before baten, although 2021 printed baten first.
    expect(headers).to.deep.equal(['Doelstelling', 'Lasten', 'Baten', 'Saldo']);
    expect(rows).to.deep.equal([
      [
        'Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp (2.1)',
        '-65.776',
        '364',
        '-65.412',
      ],
      ['Bevorderen meedoen aan de samenleving en zelfstandig wonen (2.2)', '-69', '69', '0'],
      ['Langer zelfstandig wonen (2.2)', '-31.766', '1.710', '-30.056'],
      ['Bevorderen gezondheid, veiligheid en welbevinden (2.3)', '-1.725', '-19', '-1.744'],
      ['Meedoen naar vermogen, ongeacht aard van de beperking (2.4)', '-10.995', '599', '-10.396'],
    ]);
    expect(total).to.deep.equal(['Totaal programma', '-110.331', '2.723', '-107.608']);
    const ids = [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-goal'));
    // Rows are keyed by goal id: the two rows coded 2.2 stay two rows.
    expect(ids).to.deep.equal(['d2-1', 'd2-2-meedoen', 'd2-2', 'd2-3', 'd2-4']);
    expect(root(el).querySelector('[part="footnote"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is a real table: caption, column headers, row headers, a tfoot total', async () => {
    const el = await table(
      html`<pc-saldo-table programme="p2" .data=${await seed(DATA_2025)}></pc-saldo-table>`,
    );
    const t = root(el).querySelector('table')!;
    expect(t.getAttribute('part')).to.equal('table');
    expect(t.querySelectorAll('tbody th[scope="row"]').length).to.equal(3);
    expect(text(t.querySelector('tfoot th[scope="row"]'))).to.equal('Totaal programma');
    expect(t.querySelector('tfoot tr')!.getAttribute('part')).to.equal('total-row');
    const cell = t.querySelector<HTMLElement>('tbody td.num')!;
    expect(getComputedStyle(cell).textAlign).to.equal('end');
    expect(getComputedStyle(cell).fontVariantNumeric).to.equal('tabular-nums');
  });

  it('draws one saldo bar per goal on a shared scale, hidden from assistive technology', async () => {
    const el = await table(
      html`<pc-saldo-table programme="p2" .data=${await seed(DATA_2021)}></pc-saldo-table>`,
    );
    const bars = [...root(el).querySelectorAll<SVGSVGElement>('tbody svg[part="bar"]')];
    expect(bars.length).to.equal(5);
    expect(root(el).querySelector('tfoot svg')).to.equal(null);
    for (const bar of bars) expect(bar.closest('[aria-hidden="true"]')).to.not.equal(null);
    const rect = (i: number) => bars[i].querySelector('rect')!;
    const zero = Number(bars[0].querySelector('line')!.getAttribute('x1'));
    // -65.412 is the largest |saldo|: the full half width, to the left of zero.
    expect(Number(rect(0).getAttribute('x')) + Number(rect(0).getAttribute('width'))).to.equal(zero);
    expect(Number(rect(0).getAttribute('width'))).to.equal(46);
    expect(Number(rect(1).getAttribute('width'))).to.equal(0);
    expect(Number(rect(2).getAttribute('width'))).to.be.closeTo(46 * (30056 / 65412), 0.01);
    for (const r of root(el).querySelectorAll('rect, line')) {
      for (const attr of r.getAttributeNames()) expect(r.getAttribute(attr)).to.not.contain('NaN');
    }
    // The number is printed beside the bar, in its own cell.
    const barCell = bars[0].closest('td')!;
    expect(text(barCell.previousElementSibling!.querySelector('.amount'))).to.equal('-65.412');
    expect(getComputedStyle(rect(0)).fill).to.equal('rgb(1, 104, 155)');
  });

  it('bars use CanvasText in forced-colors mode', async () => {
    onlyIn(['chromium'], MEDIA_EMULATION);
    const el = await table(
      html`<pc-saldo-table programme="p2" .data=${await seed(DATA_2025)}></pc-saldo-table>`,
    );
    await emulateMedia({ forcedColors: 'active' });
    try {
      const rect = root(el).querySelector('rect')!;
      expect(getComputedStyle(rect).fill).to.equal(computedColor('CanvasText'));
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('a larger mismatch between stated total and sum gets a visible footnote', async () => {
    const data = fictional({
      finance: { actual: { expenses: -300, revenues: 100, balance: -260 } },
      goals: [
        goal('v1-a', '1.1', 'Wegen', { expenses: -200, revenues: 60, balance: -140 }),
        goal('v1-b', '1.2', 'Groen', { expenses: -100, revenues: 40, balance: -60 }),
      ],
    });
    const el = await table(html`<pc-saldo-table programme="v1" .data=${data}></pc-saldo-table>`);
    expect(readTable(el).total).to.deep.equal(['Totaal programma', '-300', '100', '-260']);
    const notes = [...root(el).querySelectorAll('[part="footnote"]')];
    expect(notes.map(text)).to.deep.equal([
      'Het totaal saldo wijkt € 60 af van de som van de doelstellingen (-200; bedragen x €1.000).',
    ]);
    const marker = lastTotalCell(el).closest('td')!.querySelector<HTMLAnchorElement>('.marker a')!;
    expect(text(marker)).to.equal('voetnoot 1');
    expect(marker.getAttribute('href')).to.equal(`#${notes[0].id}`);
    // Keyboard: Enter on the marker moves focus to the footnote.
    marker.focus();
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(notes[0]);
    await expect(el).to.be.accessible();
  });

  it('a total the document does not state is summed and marked "berekend"', async () => {
    const data = fictional({
      finance: { actual: { balance: -200 } },
      goals: [
        goal('v1-a', '1.1', 'Wegen', { expenses: -200, revenues: 60, balance: -140 }),
        goal('v1-b', '1.2', 'Groen', { expenses: -100, revenues: 40, balance: -60 }),
      ],
    });
    const el = await table(html`<pc-saldo-table programme="v1" .data=${data}></pc-saldo-table>`);
    expect(readTable(el).total).to.deep.equal(['Totaal programma', '-300', '100', '-200']);
    const notes = [...root(el).querySelectorAll('[part="footnote"]')].map(text);
    expect(notes).to.deep.equal([
      'Berekend: de som van de doelstellingen. Het document noemt dit totaal niet.',
    ]);
    const markers = [...root(el).querySelectorAll('tfoot .marker')].map(text);
    expect(markers).to.deep.equal(['voetnoot 1', 'voetnoot 1']);
    await expect(el).to.be.accessible();
  });

  it('a programme without finance shows a readable status, not an error', async () => {
    const data = fictional({ goals: [goal('v1-a', '1.1', 'Wegen'), goal('v1-b', '1.2', 'Groen')] });
    let errors = 0;
    const el = await fixture<PcSaldoTable>(
      html`<pc-saldo-table programme="v1" @pc-error=${() => (errors += 1)} .data=${data}></pc-saldo-table>`,
    );
    await el.updateComplete;
    const status = root(el).querySelector('[role="status"]');
    expect(text(status)).to.equal('Voor dit programma staan geen financiële gegevens in het document.');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(root(el).querySelector('table')).to.equal(null);
    expect(errors).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a goal without figures shows "–" cells read as "geen gegevens"', async () => {
    const data = fictional({
      goals: [goal('v1-a', '1.1', 'Wegen', { expenses: -200, balance: -200 }), goal('v1-b', '1.2', 'Groen')],
    });
    const el = await table(html`<pc-saldo-table programme="v1" .data=${data}></pc-saldo-table>`);
    const row = root(el).querySelectorAll('tbody tr')[1];
    const cells = [...row.querySelectorAll('td.num')];
    expect(cells.map(cellText)).to.deep.equal(['–', '–']);
    expect(cells.map((td) => text(td.querySelector('.visually-hidden')))).to.deep.equal([
      'geen gegevens',
      'geen gegevens',
    ]);
    expect(row.querySelector('svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('one goal', async () => {
    const data = fictional({
      finance: { actual: { expenses: -50, revenues: 20, balance: -30 } },
      goals: [goal('v1-a', '1.1', 'Enige doelstelling', { expenses: -50, revenues: 20, balance: -30 })],
    });
    const el = await table(html`<pc-saldo-table programme="v1" .data=${data}></pc-saldo-table>`);
    const { rows, total } = readTable(el);
    expect(rows).to.deep.equal([['Enige doelstelling (1.1)', '-50', '20', '-30']]);
    expect(total).to.deep.equal(['Totaal programma', '-50', '20', '-30']);
    await expect(el).to.be.accessible();
  });

  it('twenty goals: twenty rows, the biggest saldo has the longest bar', async () => {
    const goals = Array.from({ length: 20 }, (_, i) =>
      goal(`v1-${i + 1}`, `1.${i + 1}`, `Doelstelling ${i + 1}`, {
        expenses: -(i + 1) * 1000,
        revenues: 500,
        balance: 500 - (i + 1) * 1000,
      }),
    );
    const el = await table(
      html`<pc-saldo-table programme="v1" .data=${fictional({ goals })}></pc-saldo-table>`,
    );
    const { rows, total } = readTable(el);
    expect(rows.length).to.equal(20);
    expect(rows[19]).to.deep.equal(['Doelstelling 20 (1.20)', '-20.000', '500', '-19.500']);
    expect(total).to.deep.equal(['Totaal programma', '-210.000', '10.000', '-200.000']);
    const widths = [...root(el).querySelectorAll('tbody rect')].map((r) => Number(r.getAttribute('width')));
    expect(Math.max(...widths)).to.equal(widths[19]);
    await expect(el).to.be.accessible();
  });

  it('long titles wrap inside the row header and are printed in full', async () => {
    const long =
      'Bevorderen van vroegtijdige, toegankelijke, passende en effectieve jeugdhulp en ondersteuning voor alle ' +
      'jeugdigen en gezinnen in de gemeente, met bijzondere aandacht voor kwetsbare groepen en de aansluiting op onderwijs';
    const data = fictional({ goals: [goal('v1-a', '1.1', long, { expenses: -95361, balance: -95361 })] });
    const el = await table(html`<pc-saldo-table programme="v1" .data=${data}></pc-saldo-table>`);
    const th = root(el).querySelector<HTMLElement>('tbody th')!;
    expect(text(th)).to.equal(`${long} (1.1)`);
    expect(th.getBoundingClientRect().height).to.be.greaterThan(40);
    await expect(el).to.be.accessible();
  });

  it('compare="budget" adds a Verschil column per measure (realisatie − begroting)', async () => {
    const data = fictional({
      finance: {
        actual: { expenses: -300, revenues: 100, balance: -200 },
        budget: { expenses: -280, revenues: 90, balance: -190 },
      },
      goals: [
        goal(
          'v1-a',
          '1.1',
          'Wegen',
          { expenses: -200, revenues: 60, balance: -140 },
          { expenses: -190, revenues: 50, balance: -140 },
        ),
        goal('v1-b', '1.2', 'Groen', { expenses: -100, revenues: 40, balance: -60 }),
      ],
    });
    const el = await table(
      html`<pc-saldo-table programme="v1" compare="budget" .data=${data}></pc-saldo-table>`,
    );
    const { headers, rows, total } = readTable(el);
    expect(headers).to.deep.equal([
      'Doelstelling',
      'Lasten',
      'Verschil lasten, realisatie min begroting',
      'Baten',
      'Verschil baten, realisatie min begroting',
      'Saldo',
      'Verschil saldo, realisatie min begroting',
    ]);
    expect(rows).to.deep.equal([
      ['Wegen (1.1)', '-200', '-10', '60', '10', '-140', '0'],
      ['Groen (1.2)', '-100', '–', '40', '–', '-60', '–'],
    ]);
    expect(total).to.deep.equal(['Totaal programma', '-300', '-20', '100', '10', '-200', '-10']);
    await expect(el).to.be.accessible();
  });

  it('compare="budget" without budget figures or with another scenario shows a short note', async () => {
    const data = fictional({ goals: [goal('v1-a', '1.1', 'Wegen', { expenses: -200, balance: -200 })] });
    const el = await table(
      html`<pc-saldo-table programme="v1" compare="budget" .data=${data}></pc-saldo-table>`,
    );
    expect(text(root(el).querySelector('.note'))).to.equal(
      'Het verschil met de begroting kan niet worden getoond: het document bevat geen begroting.',
    );
    expect(readTable(el).headers).to.deep.equal(['Doelstelling', 'Lasten', 'Saldo']);
    const data2 = fictional({
      goals: [goal('v1-a', '1.1', 'Wegen', undefined, { expenses: -200, balance: -200 })],
    });
    const el2 = await table(
      html`<pc-saldo-table
        programme="v1"
        scenario="budget"
        compare="budget"
        .data=${data2}
      ></pc-saldo-table>`,
    );
    expect(text(root(el2).querySelector('.note'))).to.equal(
      'Het verschil met de begroting wordt alleen bij de realisatie getoond.',
    );
    expect(text(root(el2).querySelector('caption .subtitle'))).to.equal(
      'Begroting na wijziging 2025, Bedragen x €1.000',
    );
    await expect(el2).to.be.accessible();
  });

  it('scenario selects the figures; an invalid scenario falls back to actual with a warning', async () => {
    const data = fictional({
      goals: [goal('v1-a', '1.1', 'Wegen', { balance: -140 }, { balance: -150 })],
    });
    (data as any).programmes[0].goals[0].finance.budgetOriginal = { balance: -120 };
    const el = await table(
      html`<pc-saldo-table programme="v1" scenario="budgetOriginal" .data=${data}></pc-saldo-table>`,
    );
    expect(text(root(el).querySelector('caption .subtitle'))).to.equal(
      'Begroting primitief 2025, Bedragen x €1.000',
    );
    expect(readTable(el).rows[0]).to.deep.equal(['Wegen (1.1)', '-120']);
    el.scenario = 'budget';
    await el.updateComplete;
    expect(readTable(el).rows[0]).to.deep.equal(['Wegen (1.1)', '-150']);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      el.scenario = 'prognose';
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((w) => w.includes('scenario="prognose"'))).to.equal(true);
    expect(readTable(el).rows[0]).to.deep.equal(['Wegen (1.1)', '-140']);
    expect(text(root(el).querySelector('caption .subtitle'))).to.equal('Realisatie 2025, Bedragen x €1.000');
  });

  it('a scenario the programme lacks names it in the status message', async () => {
    const data = fictional({ goals: [goal('v1-a', '1.1', 'Wegen', { balance: -140 })] });
    const el = await table(
      html`<pc-saldo-table programme="v1" scenario="budget" .data=${data}></pc-saldo-table>`,
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(
      'Voor dit programma staan geen financiële gegevens voor de begroting na wijziging 2025 in het document.',
    );
  });

  it('downloads the table as CSV with the numbers as in the data', async () => {
    const doc = await seed(DATA_2025);
    const el = await table(html`<pc-saldo-table programme="p2" .data=${doc}></pc-saldo-table>`);
    const create = URL.createObjectURL;
    const revoke = URL.revokeObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    const blobs: Blob[] = [];
    const links: Array<{ download: string; href: string }> = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:pc-test');
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push({ download: this.download, href: this.getAttribute('href') ?? '' });
    };
    try {
      const button = root(el).querySelector<HTMLButtonElement>('button[part="download"][data-format="csv"]')!;
      expect(text(button)).to.equal('Download als CSV');
      button.click();
      // Keyboard: Enter and Space on the focused button download too.
      button.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      // The file is built by code that loads on the first download: wait for the three (or fail after 5 s).
      await waitUntil(() => links.length >= 3, 'three downloads', { timeout: 5000 }).catch(() => {});
    } finally {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(links).to.deep.equal([
      { download: 'zoetermeer-jaarstukken-2025-saldo-p2.csv', href: 'blob:pc-test' },
      { download: 'zoetermeer-jaarstukken-2025-saldo-p2.csv', href: 'blob:pc-test' },
      { download: 'zoetermeer-jaarstukken-2025-saldo-p2.csv', href: 'blob:pc-test' },
    ]);
    expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv).to.equal(
      '\uFEFF' +
        [
          'Code;Doelstelling;Lasten (x €1.000);Baten (x €1.000);Toevoegingen (x €1.000);Onttrekkingen (x €1.000);Saldo (x €1.000)',
          '2.1;Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp;-95361;9;0;271;-95081',
          '2.2;Bevorderen meedoen aan de samenleving en zelfstandig wonen;-57756;10219;-2000;281;-49256',
          '2.3;Bevorderen gezondheid, veiligheid en welbevinden;-10089;7919;0;0;-2170',
          ';Totaal programma;-163206;18147;-2000;552;-146506',
          '',
        ].join('\r\n'),
    );
    expect(root(el).querySelector('a[download]')).to.equal(null);
  });

  it('at 320 px the table reflows into one block per goal: no sideways scrolling, still a labelled region', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <pc-saldo-table programme="p2" .data=${await seed(DATA_2025)}></pc-saldo-table>
      </div>`,
    );
    const el = wrapper.querySelector<PcSaldoTable>('pc-saldo-table')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(320);
    const region = root(el).querySelector<HTMLElement>('[role="region"]')!;
    const label = root(el).getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(label.tagName).to.equal('CAPTION');
    // test/reading/saldo-narrow.test.ts checks the order (name, saldo, the rest) and that every figure is in view.
    expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
    expect(region.getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('English: numbers, headers and caption in en', async () => {
    const el = await table(
      html`<pc-saldo-table lang="en" programme="p2" .data=${await seed(DATA_2025)}></pc-saldo-table>`,
    );
    expect(text(root(el).querySelector('caption .subtitle'))).to.equal('Actual 2025, Amounts x €1,000');
    const { headers, rows, total } = readTable(el);
    expect(headers).to.deep.equal([
      'Goal',
      'Expenses',
      'Revenues',
      'Additions to reserves',
      'Withdrawals from reserves',
      'Balance',
    ]);
    expect(rows[0].slice(1)).to.deep.equal(['-95,361', '9', '0', '271', '-95,081']);
    expect(total).to.deep.equal(['Programme total', '-163,206', '18,147', '-2,000', '552', '-146,506']);
    expect(text(root(el).querySelector('button[data-format="csv"]'))).to.equal('Download as CSV');
    await expect(el).to.be.accessible();
  });
});
