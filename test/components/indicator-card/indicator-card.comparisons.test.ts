// <pc-indicator-card> with comparison series (reference values): the seed's Bijlage 1 figures and fictional
// trends for the states the seeds lack. What a reader sees and hears, axe, keyboard and bad input.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MEDIA_EMULATION, onlyIn } from '../../support/engines.js';
import { computedColor, contrast } from '../../support/colour.js';
import { seed } from '../../support/seeds.js';
import { visibleText as text } from '../../support/text.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/define/pc-indicator-card.js';
import type { PcIndicatorCard } from '../../../src/components/indicator-card/indicator-card.js';
import type { Comparison, Indicator, PcDocument } from '../../../src/schema/types.js';

const BIJLAGE_1 = '/demo/data/gezonde-stad-2023-2026-bijlage-1.json';

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const $ = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
// The summary is hidden from reading order (the facts say the figures) and read as the chart's description.
const summary = (el: Element) => ($(el, '.summary')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const points = (el: Element) => $$(el, '[part="point"]');
const isShown = (node: HTMLElement | null) => !!node && node.getClientRects().length > 0;
/** Laid out and not made invisible (a hidden line label may be either). */
const isSeen = (node: HTMLElement) => isShown(node) && getComputedStyle(node).visibility !== 'hidden';

async function card(template: ReturnType<typeof html>): Promise<PcIndicatorCard> {
  const el = await fixture<PcIndicatorCard>(template);
  await el.updateComplete;
  return el;
}

/** A fictional document (Voorbeeldgemeente) for the states the seeds lack: a trend beside a national line. */
function fictional(indicator: Indicator): PcDocument {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: { type: 'jaarstukken', year: 2025, title: 'Jaarstukken 2025 Voorbeeldgemeente' },
    programmes: [{ id: 'v', title: 'V', goals: [{ id: 'v-1', title: 'Doel', indicators: [indicator] }] }],
  };
}

const national = (values: Array<[string, number | null]>): Comparison => ({
  label: 'Nederland',
  kind: 'national',
  values: values.map(([period, value]) => ({ period, value })),
});

/** Unemployment, lower is better, 2021–2025; the national figure for 2025 is not published yet. */
const trend = (): Indicator => ({
  id: 'werkloosheid',
  title: 'Werkloosheid',
  unit: 'percent',
  decimals: 1,
  polarity: 'lower-is-better',
  values: [
    { period: '2021', actual: 5.1 },
    { period: '2022', actual: 4.6 },
    { period: '2023', actual: 4.4 },
    { period: '2024', actual: 4.5 },
    { period: '2025', actual: 4.2 },
  ],
  comparisons: [
    national([
      ['2021', 4.2],
      ['2022', 3.5],
      ['2023', 3.6],
      ['2024', 3.7],
    ]),
    {
      label: 'Gemeenten 100.000–300.000 inwoners',
      kind: 'size-class',
      source: 'CBS [Regionale kerncijfers](https://opendata.cbs.nl/)',
      referenceDate: '2025-01-01',
      values: [
        { period: '2024', value: 4.2 },
        { period: '2025', value: 4.3 },
      ],
    },
  ],
});

describe('<pc-indicator-card> with comparisons', () => {
  let bijlage: PcDocument;
  before(async () => {
    bijlage = await seed(BIJLAGE_1);
  });

  describe('one period with two comparisons (seed: demografische druk 2023)', () => {
    let el: PcIndicatorCard;
    beforeEach(async () => {
      el = await card(
        html`<pc-indicator-card indicator="demografische-druk" .data=${bijlage}></pc-indicator-card>`,
      );
    });

    it('a dot comparison, not a line with one point: a row per series with its value', () => {
      const rows = $$(el, '.dot-compare li').map((li) => text(li));
      expect(rows).to.deep.equal(['Zoetermeer 0,75', 'Nederland 0,70', 'Zuid-Holland 0,68']);
      expect(isShown($(el, '.plot'))).to.equal(false);
      expect(points(el).filter(isShown)).to.have.length(0);
      // Stems from zero: the lengths compare honestly (0,70 is 93% of 0,75).
      const widths = $$(el, '.dot-compare .stem').map((s) => s.getBoundingClientRect().width);
      expect(widths[1] / widths[0]).to.be.closeTo(0.7 / 0.75, 0.02);
      expect(widths[2] / widths[0]).to.be.closeTo(0.68 / 0.75, 0.02);
    });

    it('says the comparison in words, visibly and in the summary (neutral: no better or worse)', () => {
      const words = (el: Element) =>
        [$(el, '.compare-heading'), ...$$(el, '[part="comparison"] li')].map((n) => text(n));
      expect(words(el)).to.deep.equal([
        'Vergeleken (2023)',
        'hoger dan Nederland (0,70)',
        'hoger dan Zuid-Holland (0,68)',
      ]);
      expect(summary(el)).to.contain(
        'Vergeleken (2023): 0,75, hoger dan Nederland (0,70) en hoger dan Zuid-Holland (0,68).',
      );
      expect(summary(el)).not.to.match(/beter|slechter/);
    });

    it('the data table has a column per comparison', async () => {
      $(el, '.table-toggle')!.click();
      await el.updateComplete;
      const headers = $$(el, 'thead th').map((th) => text(th));
      expect(headers).to.deep.equal(['Periode', 'Realisatie', 'Nederland', 'Zuid-Holland']);
      expect($$(el, 'tbody tr > *').map((cell) => text(cell))).to.deep.equal([
        '2023',
        '0,75',
        '0,70',
        '0,68',
      ]);
      await expect(el).to.be.accessible();
    });

    it('is accessible (axe) and tells the series apart by shape as well as colour', async () => {
      await expect(el).to.be.accessible();
      const shapes = $$(el, '.dot-compare .track .shape').map((s) => getComputedStyle(s));
      expect(new Set(shapes.map((s) => s.clipPath + s.borderRadius)).size).to.equal(3);
      expect(new Set(shapes.map((s) => s.backgroundColor)).size).to.equal(3);
      const stems = $$(el, '.dot-compare .stem').map((s) => getComputedStyle(s).borderTopStyle);
      expect(stems).to.deep.equal(['solid', 'dashed', 'dotted']);
    });
  });

  describe('every Bijlage 1 figure of the seed', () => {
    const expected: Record<string, string> = {
      'demografische-druk': 'hoger dan Nederland (0,70)',
      'gezonde-levensverwachting-vrouwen-65': '12,7 jaar, lager en dus slechter dan Nederland (13,1 jaar)',
      'veel-stress': '18,7%, hoger en dus slechter dan Nederland (17,9%)',
      'een-of-meer-aandoeningen': '34,3%, hoger en dus slechter dan Nederland (32,5%)',
      'ervaren-gezondheid': '77,7%, lager en dus slechter dan Nederland (78,4%)',
      'normaal-gewicht': '45%, lager en dus slechter dan Nederland (47,4%)',
      ondergewicht: '1,9%, lager dan Nederland (2%)',
      'zorgkosten-per-verzekerde': '€ 3.274, lager dan Nederland (€ 3.615)',
    };
    for (const [id, words] of Object.entries(expected)) {
      it(`${id}: "${words}"`, async () => {
        const el = await card(html`<pc-indicator-card indicator=${id} .data=${bijlage}></pc-indicator-card>`);
        expect(summary(el)).to.contain(words);
        // The summary is heard only when a chart has focus, and a one-period card has none: the visible facts
        // say the same, the value and then the statement.
        const [value, statement] = words.includes(', ') ? words.split(/, (.*)/) : [undefined, words];
        if (value) expect(text($(el, '.value'))).to.equal(value);
        const said = $$(el, '[part="comparison"] li').map((li) => text(li));
        expect(said).to.include(statement);
        if (id !== 'demografische-druk') {
          // Undated in the seed: the card says so and never shows a year.
          expect(text($(el, '.value-label'))).to.equal('Realisatie zonder jaartal');
          expect(summary(el)).to.contain('Vergeleken (zonder jaartal)');
          expect(summary(el) + text($(el, '.facts'))).not.to.match(/\b20\d\d\b/);
        }
        expect($$(el, '.dot-compare li')).to.have.length(2 + (id === 'demografische-druk' ? 1 : 0));
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('a trend with a national line (fictional), lower is better', () => {
    let el: PcIndicatorCard;
    beforeEach(async () => {
      el = await card(
        html`<pc-indicator-card indicator="werkloosheid" .data=${fictional(trend())}></pc-indicator-card>`,
      );
    });

    it('each comparison is its own line with markers, labelled at the line and in the legend', () => {
      const lines = $$(el, 'path.comparison');
      expect(lines).to.have.length(2);
      // Nederland: 2021–2024 without a gap; the size class only 2024–2025.
      expect(lines[0].getAttribute('d')).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
      expect(lines[1].getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
      expect($$(el, '.markers .shape.c1')).to.have.length(4);
      expect($$(el, '.markers .shape.c2')).to.have.length(2);
      const labels = $$(el, '.line-label').map((l) => text(l));
      expect(labels).to.deep.equal(['Voorbeeldgemeente', 'Nederland', 'Gemeenten 100.000–300.000 inwoners']);
      expect(
        $$(el, '.legend .key')
          .filter(isShown)
          .map((k) => text(k)),
      ).to.deep.equal(['Realisatie', 'Nederland', 'Gemeenten 100.000–300.000 inwoners']);
      // Each label sits at its line's last value: Nederland (3,7%) below the size class (4,3%).
      const y = (selector: string) => $(el, selector)!.getBoundingClientRect().top;
      expect(y('.line-label.c1')).to.be.greaterThan(y('.line-label.c2'));
    });

    it('line style, marker shape and colour differ per series; marks 3:1, labels 4.5:1', () => {
      const background = getComputedStyle($(el, 'figure')!).backgroundColor;
      const [a, b] = $$(el, 'path.comparison').map((p) => getComputedStyle(p));
      expect(a.strokeDasharray).to.not.equal('none');
      expect(a.strokeDasharray).to.not.equal(b.strokeDasharray);
      expect(a.stroke).to.not.equal(b.stroke);
      expect(a.stroke).to.not.equal(getComputedStyle($(el, 'path.actual')!).stroke);
      const [m1, m2] = [$(el, '.markers .shape.c1')!, $(el, '.markers .shape.c2')!].map((m) =>
        getComputedStyle(m),
      );
      expect(m1.clipPath).to.not.equal(m2.clipPath);
      for (const p of [a, b]) expect(contrast(p.stroke, background)).to.be.at.least(3);
      for (const label of $$(el, '.line-label')) {
        expect(contrast(getComputedStyle(label).color, background)).to.be.at.least(4.5);
      }
    });

    it('summary: better or worse where polarity says; a missing latest national figure is said', () => {
      expect(summary(el)).to.contain(
        'Vergeleken (2025): 4,2%, lager en dus beter dan Gemeenten 100.000–300.000 inwoners (4,3%).',
      );
      expect(summary(el)).to.contain('Nederland: geen cijfer voor 2025.');
      expect(
        [$(el, '.compare-heading'), ...$$(el, '[part="comparison"] li')].map((n) => text(n)),
      ).to.deep.equal([
        'Vergeleken (2025)',
        'Nederland: geen cijfer voor 2025',
        'lager en dus beter dan Gemeenten 100.000–300.000 inwoners (4,3%)',
      ]);
    });

    it('the source and reference date of a comparison show beside the indicator meta', () => {
      expect(text($(el, '[part="meta"]'))).to.equal(
        'Bron Gemeenten 100.000–300.000 inwoners: CBS Regionale kerncijfers; peildatum 1 januari 2025',
      );
      expect($(el, '[part="meta"] a')!.getAttribute('href')).to.equal('https://opendata.cbs.nl/');
    });

    it('the table has the reference values, "–" where none', async () => {
      $(el, '.table-toggle')!.click();
      await el.updateComplete;
      const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((cell) => text(cell)));
      expect(rows[0]).to.deep.equal(['2021', '5,1%', '4,2%', '–geen waarde']);
      expect(rows[4]).to.deep.equal(['2025', '4,2%', '–geen waarde', '4,3%']);
      await expect(el).to.be.accessible();
    });

    it('keyboard: the points name every series; the readout shows them', async () => {
      const button = document.createElement('button');
      el.before(button);
      button.focus();
      await sendKeys({ press: 'Tab' });
      const active = () => root(el).activeElement;
      expect(active()?.getAttribute('aria-label')).to.equal(
        '2025: realisatie 4,2%, geen begroting, Nederland onbekend, Gemeenten 100.000–300.000 inwoners 4,3%',
      );
      await sendKeys({ press: 'ArrowLeft' });
      expect(active()?.getAttribute('aria-label')).to.equal(
        '2024: realisatie 4,5%, geen begroting, Nederland 3,7%, Gemeenten 100.000–300.000 inwoners 4,2%',
      );
      expect(text($(el, '.readout'))).to.contain('Nederland 3,7%');
      await sendKeys({ press: 'Home' });
      expect(active()?.getAttribute('aria-label')).to.contain('2021: realisatie 5,1%');
      await expect(el).to.be.accessible();
      button.remove();
    });

    it('English: "lower, and so better, than …" and numbers in en', async () => {
      const en = await card(
        html`<div lang="en">
          <pc-indicator-card indicator="werkloosheid" .data=${fictional(trend())}></pc-indicator-card>
        </div>`,
      );
      const inner = en.querySelector('pc-indicator-card')!;
      await (inner as PcIndicatorCard).updateComplete;
      expect(summary(inner)).to.contain(
        'Compared (2025): 4.2%, lower, and so better, than Gemeenten 100.000–300.000 inwoners (4.3%).',
      );
      expect(summary(inner)).to.contain('Nederland: no figure for 2025.');
    });

    it('theming: --pc-indicator-card-comparison-N-color reaches line, marker, label and legend', async () => {
      el.style.setProperty('--pc-indicator-card-comparison-1-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--pc-indicator-card-comparison-2-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle($(el, 'path.comparison.c1')!).stroke).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.markers .shape.c1')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.line-label.c1')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.legend .shape.c2')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    it('forced colours: the comparison marks use system colours', async () => {
      onlyIn(['chromium'], MEDIA_EMULATION);
      await emulateMedia({ forcedColors: 'active' });
      try {
        const canvasText = computedColor('CanvasText');
        expect(getComputedStyle($(el, 'path.comparison')!).stroke).to.equal(canvasText);
        expect(getComputedStyle($(el, '.markers .shape')!).backgroundColor).to.equal(canvasText);
        // Still told apart by dash and shape.
        const [a, b] = $$(el, 'path.comparison').map((p) => getComputedStyle(p).strokeDasharray);
        expect(a).to.not.equal(b);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('narrow', () => {
    it('in a 300px card the lines keep their labels and the time axis thins to three periods', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 300px">
          <pc-indicator-card indicator="werkloosheid" .data=${fictional(trend())}></pc-indicator-card>
        </div>`,
      );
      const el = wrapper.querySelector<PcIndicatorCard>('pc-indicator-card')!;
      await el.updateComplete;
      const shownYears = $$(el, '.x-axis span')
        .filter((s) => getComputedStyle(s).visibility !== 'hidden')
        .map((s) => text(s));
      expect(shownYears).to.deep.equal(['2021', '2023', '2025']);
      const labels = $$(el, '.line-label').filter(isSeen);
      expect(labels.map((l) => text(l))).to.deep.equal(['Nederland', 'Gemeenten 100.000–300.000 inwoners']);
      // Nothing sticks out of the card.
      const card = $(el, 'figure')!.getBoundingClientRect();
      for (const label of labels) expect(label.getBoundingClientRect().right).to.be.at.most(card.right + 0.5);
      await expect(el).to.be.accessible();
    });

    it('the line labels wrap at spaces and hyphens, never inside a word, and stay in the card (300–1280px)', async () => {
      // The municipality ("Voorbeeldgemeente") and "Noordoostpolder" are longer than the 9em label column.
      const ind = trend();
      ind.comparisons![0].label = 'Noordoostpolder';
      const doc = fictional(ind);
      const range = document.createRange();
      const broken: string[] = [];
      for (const width of [300, 420, 560, 820, 1280]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px">
            <pc-indicator-card indicator="werkloosheid" .data=${doc}></pc-indicator-card>
          </div>`,
        );
        const el = wrapper.querySelector<PcIndicatorCard>('pc-indicator-card')!;
        await el.updateComplete;
        const card = $(el, 'figure')!.getBoundingClientRect();
        const labels = $$(el, '.line-label').filter(isSeen);
        expect(labels.length, `${width}px`).to.be.at.least(2);
        for (const label of labels) {
          const node = [...label.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE)!;
          // Each piece between spaces, hyphens and dashes must sit on one line.
          for (const piece of node.data.matchAll(/[^\s\-–]+/g)) {
            range.setStart(node, piece.index!);
            range.setEnd(node, piece.index! + piece[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(`${width}px: ${piece[0]}`);
          }
          expect(label.getBoundingClientRect().right, `${width}px ${text(label)}`).to.be.at.most(
            card.right + 0.5,
          );
        }
      }
      expect(broken).to.deep.equal([]);
    });
  });

  describe('line labels at their lines (300–1280px)', () => {
    // A label is at its line when its centre is within NEAR px of the line's end (the municipality's latest dot,
    // a comparison's last marker). Label and marker are both placed at the same percentage of the same grid row,
    // so an undisturbed label is < 0.1 px off; 2 px (a sixth of a 13 px label line) leaves room for the layout's
    // sub-pixel rounding, and is far below what a reader sees as "beside another line".
    const NEAR = 2;
    // Labels that must give way are packed: their centres are spaced by an estimate of each label's height (11%
    // of the plot height a line of text, 15 px against a real 13.2 px line; lines counted for the widest common
    // font), so a packed label's box is within 2 px a line of its neighbour's (or the column's edge), and one line
    // more where the engine's font is narrower than the estimate allows for (WebKit sets "Zuid-Holland" on one
    // line in a 300 px card, counted as two). 16 px: one line; the place a hidden label kept was 48–55 px here.
    const PACKED = 16;

    interface Placed {
      name: string;
      top: number;
      bottom: number;
      centre: number;
      end: number;
    }

    async function placed(width: number, doc: PcDocument, id: string) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <pc-indicator-card indicator=${id} .data=${doc}></pc-indicator-card>
        </div>`,
      );
      const el = wrapper.querySelector<PcIndicatorCard>('pc-indicator-card')!;
      await el.updateComplete;
      const centreOf = (node: Element) => {
        const r = node.getBoundingClientRect();
        return r.top + r.height / 2;
      };
      const labels = $$(el, '.line-label').filter(isSeen);
      const rows: Placed[] = labels.map((label) => {
        const style = [...label.classList].find((c) => c === 'own' || /^c\d$/.test(c))!;
        const end =
          style === 'own'
            ? centreOf($(el, 'path.latest-dot')!)
            : centreOf($$(el, `.markers .shape.${style}`).at(-1)!);
        const r = label.getBoundingClientRect();
        return { name: text(label), top: r.top, bottom: r.bottom, centre: r.top + r.height / 2, end };
      });
      return { rows, column: $(el, '.line-labels')!.getBoundingClientRect() };
    }

    /** Each label at its line's end, unless it had to give way: then packed against a neighbour, in order. */
    function check(width: number, { rows, column }: Awaited<ReturnType<typeof placed>>): string[] {
      const off: string[] = [];
      const byEnd = [...rows].sort((a, b) => a.end - b.end);
      const byPlace = [...rows].sort((a, b) => a.centre - b.centre);
      const at = `${width}px`;
      expect(
        byPlace.map((r) => r.name),
        `${at}: order`,
      ).to.deep.equal(byEnd.map((r) => r.name));
      byPlace.forEach((row, k) => {
        const above = byPlace[k - 1];
        const below = byPlace[k + 1];
        if (above)
          expect(row.top, `${at}: ${row.name} overlaps ${above.name}`).to.be.at.least(above.bottom - 0.5);
        const shift = row.centre - row.end;
        if (Math.abs(shift) <= NEAR) return;
        // Pushed down: by the label above it or the column's top; pushed up: by the one below or the bottom.
        const gap =
          shift > 0
            ? row.top - (above ? above.bottom : column.top)
            : (below ? below.top : column.bottom) - row.bottom;
        if (gap > PACKED)
          off.push(`${at}: ${row.name} ${Math.round(shift)}px from its line, ${Math.round(gap)}px free`);
      });
      return off;
    }

    it('two comparisons: a label near the hidden own line end stays at its own line in a narrow card', async () => {
      // Noordoostpolder's line ends just below the municipality's (4,0% against 4,2%), the size class well below.
      const ind = trend();
      ind.comparisons![0].label = 'Noordoostpolder';
      ind.comparisons![0].values![3].value = 4.0;
      ind.comparisons![1].values = [
        { period: '2024', value: 1.9 },
        { period: '2025', value: 1.8 },
      ];
      const doc = fictional(ind);
      const off: string[] = [];
      const atLine: string[] = [];
      for (const width of [300, 375, 560, 1280]) {
        const result = await placed(width, doc, 'werkloosheid');
        off.push(...check(width, result));
        for (const r of result.rows)
          if (Math.abs(r.centre - r.end) <= NEAR) atLine.push(`${width}px: ${r.name}`);
      }
      expect(off).to.deep.equal([]);
      // Narrow, the own label is hidden and Noordoostpolder has its place; wide, it gives way to the own label.
      expect(atLine).to.deep.equal([
        '300px: Noordoostpolder',
        '300px: Gemeenten 100.000–300.000 inwoners',
        '375px: Noordoostpolder',
        '375px: Gemeenten 100.000–300.000 inwoners',
        '560px: Voorbeeldgemeente',
        '560px: Gemeenten 100.000–300.000 inwoners',
        '1280px: Voorbeeldgemeente',
        '1280px: Gemeenten 100.000–300.000 inwoners',
      ]);
    });

    it('three comparisons close together: pushed apart, in order, never overlapping', async () => {
      const ind = trend();
      ind.comparisons![0].label = 'Noordoostpolder';
      ind.comparisons!.push({
        label: 'Zuid-Holland',
        kind: 'province',
        values: [
          { period: '2024', value: 4.3 },
          { period: '2025', value: 4.1 },
        ],
      });
      const doc = fictional(ind);
      const off: string[] = [];
      for (const width of [300, 375, 560, 1280]) {
        const result = await placed(width, doc, 'werkloosheid');
        expect(result.rows.length, `${width}px`).to.be.at.least(3);
        off.push(...check(width, result));
      }
      expect(off).to.deep.equal([]);
    });
  });

  describe('numbers and periods', () => {
    it('equal at the precision shown: 45,4 against 45 with no decimals reads "gelijk aan"', async () => {
      const ind: Indicator = {
        id: 'x',
        title: 'X',
        unit: 'percent',
        decimals: 0,
        polarity: 'higher-is-better',
        values: [{ period: '2024', actual: 45.4 }],
        comparisons: [national([['2024', 45]])],
      };
      const el = await card(
        html`<pc-indicator-card indicator="x" .data=${fictional(ind)}></pc-indicator-card>`,
      );
      expect(summary(el)).to.contain('45%, gelijk aan Nederland (45%)');
      expect(summary(el)).not.to.match(/beter|slechter/);
    });

    it('periods only a comparison has join the axis (as points without own values)', async () => {
      const ind: Indicator = {
        id: 'x',
        title: 'X',
        unit: 'count',
        values: [
          { period: '2024', actual: 120 },
          { period: '2025', actual: 130 },
        ],
        comparisons: [
          national([
            ['2023', 100],
            ['2024', 110],
          ]),
        ],
      };
      const el = await card(
        html`<pc-indicator-card indicator="x" .data=${fictional(ind)}></pc-indicator-card>`,
      );
      expect(points(el).map((p) => p.getAttribute('aria-label'))).to.deep.equal([
        '2023: realisatie onbekend, geen begroting, Nederland 100',
        '2024: realisatie 120, geen begroting, Nederland 110',
        '2025: realisatie 130, geen begroting, Nederland onbekend',
      ]);
      expect(text($(el, '.value'))).to.equal('130');
    });

    it('the variant "bars" keeps the comparison lines on top of the bars', async () => {
      const el = await card(
        html`<pc-indicator-card
          variant="bars"
          indicator="werkloosheid"
          .data=${fictional(trend())}
        ></pc-indicator-card>`,
      );
      expect($$(el, 'rect.bar')).to.have.length(5);
      expect($$(el, 'path.comparison')).to.have.length(2);
      // Bars start at zero: the domain includes 0 and every reference value.
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    async function expectAlert(doc: unknown, code: string, pointer: string) {
      const events: CustomEvent[] = [];
      const el = await card(
        html`<pc-indicator-card
          indicator="werkloosheid"
          .data=${doc}
          @pc-error=${(e: CustomEvent) => events.push(e)}
        ></pc-indicator-card>`,
      );
      await waitUntil(() => $(el, '[role="alert"]'), 'no alert', { timeout: 5000 });
      await aTimeout(50);
      expect(events.length).to.equal(1);
      expect(events[0].detail.code).to.equal(code);
      expect(events[0].detail.path).to.equal(pointer);
      expect(text($(el, '[role="alert"]'))).to.contain(pointer);
      expect($(el, 'figure')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    const pointer = '/programmes/0/goals/0/indicators/0/comparisons';

    it('a duplicate label: an alert with its JSON Pointer, one pc-error "duplicate-label"', async () => {
      const ind = trend();
      ind.comparisons![1].label = 'Nederland';
      await expectAlert(fictional(ind), 'duplicate-label', `${pointer}/1/label`);
    });

    it('a duplicate period in a comparison: "duplicate-period"', async () => {
      const ind = trend();
      ind.comparisons![0].values.push({ period: '2021', value: 4 });
      await expectAlert(fictional(ind), 'duplicate-period', `${pointer}/0/values/4/period`);
    });

    it('a reference value written as text: "number-as-text"', async () => {
      const doc = fictional(trend()) as unknown as { programmes: Array<Record<string, any>> };
      doc.programmes[0].goals[0].indicators[0].comparisons[0].values[0].value = '4,2';
      await expectAlert(doc, 'number-as-text', `${pointer}/0/values/0/value`);
    });

    it('a label with markup is shown as text, never parsed', async () => {
      const ind = trend();
      ind.comparisons![0].label = '<img src=x onerror="window.__pwned=1">Nederland';
      const el = await card(
        html`<pc-indicator-card indicator="werkloosheid" .data=${fictional(ind)}></pc-indicator-card>`,
      );
      expect($(el, 'img')).to.equal(null);
      expect(text($(el, '.line-label.c1'))).to.equal('<img src=x onerror="window.__pwned=1">Nederland');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
