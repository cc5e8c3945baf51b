import { expect } from '@open-wc/testing';
import {
  COMPARISON_STYLES,
  comparisonSeries,
  comparisonValues,
  dodge,
  dotRows,
  judgementOf,
  labelLines,
  lineLabels,
  relationOf,
  statementsAt,
  withComparisonPeriods,
} from '../../../src/components/indicator-card/comparison.js';
import { PLOT_BOTTOM, PLOT_TOP, trendView } from '../../../src/components/indicator-card/trend.js';
import type { Comparison, Indicator, IndicatorValue } from '../../../src/schema/types.js';

const indicator = (values: IndicatorValue[], comparisons: Comparison[], extra: Partial<Indicator> = {}) =>
  ({ id: 'x', title: 'X', unit: 'percent', values, comparisons, ...extra }) as Indicator;

const nl = (values: Array<[string | null, number | null]>): Comparison => ({
  label: 'Nederland',
  kind: 'national',
  values: values.map(([period, value]) => ({ period, value })),
});

/** The view the card computes: comparison-only periods on the axis, reference values in the domain. */
const viewOf = (ind: Indicator) => trendView(withComparisonPeriods(ind), 'line', comparisonValues(ind));

describe('relationOf(own, reference, decimals)', () => {
  it('higher, lower, equal by the numbers', () => {
    expect(relationOf(0.75, 0.7)).to.equal('higher');
    expect(relationOf(45, 47.4)).to.equal('lower');
    expect(relationOf(3274, 3274)).to.equal('equal');
  });
  it('decides at the precision shown: the indicator decimals round both', () => {
    expect(relationOf(45.04, 45, 1)).to.equal('equal'); // "45,0%" against "45,0%"
    expect(relationOf(45.06, 45, 1)).to.equal('higher'); // "45,1%" against "45,0%"
    expect(relationOf(45.4, 45, 0)).to.equal('equal'); // "45%" against "45%"
    expect(relationOf(44.5, 45, 0)).to.equal('equal'); // 44,5 rounds half away from zero to 45
  });
  it('without decimals, the more precise of the two as written: 1,9 against 2 is lower', () => {
    expect(relationOf(1.9, 2)).to.equal('lower');
    expect(relationOf(2, 2.0)).to.equal('equal');
    expect(relationOf(-1.25, -1.2)).to.equal('lower');
  });
});

describe('judgementOf(relation, polarity)', () => {
  it('better / worse only where the polarity says which way is good', () => {
    expect(judgementOf('higher', 'higher-is-better')).to.equal('better');
    expect(judgementOf('lower', 'higher-is-better')).to.equal('worse');
    expect(judgementOf('higher', 'lower-is-better')).to.equal('worse');
    expect(judgementOf('lower', 'lower-is-better')).to.equal('better');
  });
  it('none for neutral, unstated polarity or equal values', () => {
    expect(judgementOf('higher', 'neutral')).to.equal(undefined);
    expect(judgementOf('lower', undefined)).to.equal(undefined);
    expect(judgementOf('equal', 'higher-is-better')).to.equal(undefined);
  });
});

describe('withComparisonPeriods(indicator)', () => {
  it('adds an empty value for every period only a comparison has, in time order', () => {
    const ind = indicator(
      [{ period: '2024', actual: 45 }],
      [
        nl([
          ['2022', 46],
          ['2024', 47],
        ]),
      ],
    );
    const out = withComparisonPeriods(ind);
    expect(out.values.map((v) => v.period)).to.deep.equal(['2022', '2024']);
    expect(out.values[0]).to.deep.equal({ period: '2022' });
    expect(ind.values.length).to.equal(1); // the input is not changed
  });
  it('returns the same indicator when nothing is added (a missing reference value adds no period)', () => {
    const ind = indicator(
      [{ period: '2024', actual: 45 }],
      [
        nl([
          ['2024', 47],
          ['2025', null],
        ]),
      ],
    );
    expect(withComparisonPeriods(ind)).to.equal(ind);
  });
  it('undated (period null) matches undated', () => {
    const ind = indicator([{ period: null, actual: 45 }], [nl([[null, 47.4]])]);
    expect(withComparisonPeriods(ind)).to.equal(ind);
  });
});

describe('comparisonSeries(indicator, view)', () => {
  const ind = indicator(
    [
      { period: '2023', actual: 40 },
      { period: '2024', actual: 50 },
      { period: '2025', actual: 60 },
    ],
    [
      nl([
        ['2023', 30],
        ['2024', 70],
      ]),
      { label: 'Zuid-Holland', values: [{ period: '2025', value: 55 }] },
    ],
  );
  const view = viewOf(ind);
  const series = comparisonSeries(ind, view);

  it('aligns values with the view points; a period without a value is null', () => {
    expect(series.map((s) => s.values)).to.deep.equal([
      [30, 70, null],
      [null, null, 55],
    ]);
  });
  it('reference values are inside the domain and share the card scale', () => {
    expect(view.domain[0]).to.be.at.most(30);
    expect(view.domain[1]).to.be.at.least(70);
    const ys = series[0].markers.map((m) => m.y);
    for (const y of ys) expect(y).to.be.within(PLOT_TOP, PLOT_BOTTOM);
    // 70 is above 30 (y downwards), and at the same height as an actual of 70 would be.
    expect(ys[1]).to.be.lessThan(ys[0]);
  });
  it('draws a line with gaps, never bridging a missing period, and one marker per value', () => {
    expect(series[0].path).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(series[1].path).to.match(/^M[\d.]+,[\d.]+Z?$/);
    expect(series[0].markers.map((m) => m.index)).to.deep.equal([0, 1]);
  });
  it('styles cycle through COMPARISON_STYLES', () => {
    const many = indicator(
      [{ period: '2024', actual: 1 }],
      Array.from({ length: COMPARISON_STYLES + 1 }, (_, i) => ({
        label: `R${i}`,
        values: [{ period: '2024', value: i }],
      })),
    );
    expect(comparisonSeries(many, viewOf(many)).map((s) => s.style)).to.deep.equal([1, 2, 3, 4, 1]);
  });
  it('no NaN or exponent for hostile numbers', () => {
    const bad = indicator(
      [{ period: '2024', actual: 1e300 }],
      [
        nl([
          ['2024', -1e300],
          ['2025', Number.NaN],
        ]),
      ],
    );
    const s = comparisonSeries(bad, viewOf(bad));
    expect(s[0].path).not.to.match(/NaN|Infinity|e[+-]/);
    expect(s[0].values).to.deep.equal([-1e300]);
  });
});

describe('statementsAt(indicator, series, index, own)', () => {
  it('the seed case: 45% against Nederland 47,4%, higher-is-better → lower and worse', () => {
    const ind = indicator([{ period: null, actual: 45 }], [nl([[null, 47.4]])], {
      polarity: 'higher-is-better',
    });
    const s = statementsAt(ind, comparisonSeries(ind, viewOf(ind)), 0, 45);
    expect(s).to.deep.equal([
      { label: 'Nederland', style: 1, value: 47.4, relation: 'lower', judgement: 'worse' },
    ]);
  });
  it('a comparison without a value for the period says so (no relation)', () => {
    const ind = indicator(
      [
        { period: '2024', actual: 4.5 },
        { period: '2025', actual: 4.2 },
      ],
      [nl([['2024', 3.7]])],
    );
    const view = viewOf(ind);
    const s = statementsAt(ind, comparisonSeries(ind, view), 1, 4.2);
    expect(s[0].value).to.equal(null);
    expect(s[0].relation).to.equal(undefined);
  });
});

describe('dodge(ys, sizes, lo, hi)', () => {
  it('keeps labels that do not collide where they are', () => {
    expect(dodge([20, 60], 10)).to.deep.equal([20, 60]);
  });
  it('moves colliding labels apart by their half heights, keeping their order', () => {
    const [a, b] = dodge([50, 52], 10);
    expect(b - a).to.be.at.least(10 - 1e-9);
    expect(a).to.be.lessThan(b);
    const [c, d] = dodge([52, 50], [20, 10]);
    expect(c - d).to.be.at.least(15 - 1e-9);
  });
  it('stays inside [lo, hi]; too many stack from the top', () => {
    const ys = dodge([99, 99, 99], 10);
    expect(Math.max(...ys)).to.be.at.most(95);
    expect(Math.min(...ys)).to.be.at.least(5);
    const crowded = dodge([50, 50, 50, 50], 40);
    expect(crowded[0]).to.equal(20);
    expect(crowded[1]).to.equal(60);
  });
  it('NaN is placed at the top, never written', () => {
    expect(dodge([Number.NaN], 10)).to.deep.equal([5]);
  });
});

describe('lineLabels(view, series, ownLabel)', () => {
  it('a label per series with values at its last marker, and the own line named', () => {
    const ind = indicator(
      [
        { period: '2024', actual: 10 },
        { period: '2025', actual: 90 },
      ],
      [nl([['2024', 10]])],
    );
    const view = viewOf(ind);
    const labels = lineLabels(view, comparisonSeries(ind, view), 'Zoetermeer');
    expect(labels.map((l) => [l.label, l.style])).to.deep.equal([
      ['Zoetermeer', 0],
      ['Nederland', 1],
    ]);
    expect(labels[0].y).to.be.lessThan(labels[1].y); // 90 is above 10
  });

  it('narrow: the own label is left out and takes no place, so a comparison ending beside it stays at its line', () => {
    const ind = indicator(
      [
        { period: '2024', actual: 40 },
        { period: '2025', actual: 50 },
      ],
      [nl([['2025', 49]])],
    );
    const view = viewOf(ind);
    const series = comparisonSeries(ind, view);
    const end = series[0].markers.at(-1)!.y;
    const [own, wide] = lineLabels(view, series, 'Zoetermeer');
    expect(wide.y - own.y).to.be.at.least(11); // one line apart: pushed below the own label
    expect(wide.y).to.be.greaterThan(end);
    expect(lineLabels(view, series, 'Zoetermeer', true)).to.deep.equal([
      { label: 'Nederland', style: 1, y: end },
    ]);
  });

  it('a long label reserves a line per wrapped line of text; a long word widens the column for all', () => {
    const ind = indicator(
      [{ period: '2025', actual: 50 }],
      [
        { label: 'Gemeenten 100.000–300.000 inwoners', values: [{ period: '2025', value: 50 }] },
        { label: 'Zuid-Holland', values: [{ period: '2025', value: 50 }] },
      ],
      {
        values: [
          { period: '2024', actual: 50 },
          { period: '2025', actual: 50 },
        ],
      },
    );
    const view = viewOf(ind);
    const series = comparisonSeries(ind, view);
    // Narrow (10 characters a line): 4 lines and 2 lines, 11% each, so 33% apart.
    const [a, b] = lineLabels(view, series, undefined, true);
    expect(b.y - a.y).to.be.closeTo(33, 0.01);
    // Wide, beside "Voorbeeldgemeente" (17): the column holds 16, so 3 lines and 1, 22% apart.
    const [, c, d] = lineLabels(view, series, 'Voorbeeldgemeente');
    expect(d.y - c.y).to.be.closeTo(22, 0.01);
  });
});

describe('labelLines(label, width)', () => {
  it('wraps at spaces and after hyphens and dashes, greedy, as the browser does', () => {
    expect(labelLines('Nederland', 10)).to.equal(1);
    expect(labelLines('Zuid-Holland', 12)).to.equal(1);
    expect(labelLines('Zuid-Holland', 10)).to.equal(2); // "Zuid-" / "Holland"
    expect(labelLines('Gemeenten 100.000–300.000 inwoners', 16)).to.equal(3);
    expect(labelLines('Gemeenten 100.000–300.000 inwoners', 14)).to.equal(4);
    expect(labelLines('Leidschendam-Voorburg', 14)).to.equal(2);
  });
  it('a word longer than the line takes a line of its own, never split', () => {
    expect(labelLines('Voorbeeldgemeente', 10)).to.equal(1);
    expect(labelLines('de Voorbeeldgemeente en', 10)).to.equal(3);
  });
});

describe('dotRows(ownLabel, own, statements)', () => {
  it('stems from zero: lengths proportional to the values', () => {
    const { rows, domain } = dotRows('Zoetermeer', 0.75, [
      { label: 'Nederland', style: 1, value: 0.7 },
      { label: 'Zuid-Holland', style: 2, value: 0.68 },
    ]);
    expect(domain[0]).to.equal(0);
    expect(rows.map((r) => r.label)).to.deep.equal(['Zoetermeer', 'Nederland', 'Zuid-Holland']);
    expect(rows.every((r) => r.stemStart === 0)).to.equal(true);
    expect(rows[1].stemWidth / rows[0].stemWidth).to.be.closeTo(0.7 / 0.75, 0.01);
  });
  it('negative values stem leftwards from zero; a missing value has no stem', () => {
    const { rows } = dotRows('Eigen', -10, [
      { label: 'NL', style: 1, value: 10 },
      { label: 'ZH', style: 2, value: null },
    ]);
    const zero = rows[2].x;
    expect(rows[0].stemStart + rows[0].stemWidth).to.be.closeTo(zero, 0.01);
    expect(rows[1].stemStart).to.be.closeTo(zero, 0.01);
    expect(rows[2].stemWidth).to.equal(0);
  });
});
