import { expect } from '@open-wc/testing';
import {
  CHART_VARIANTS,
  labelIndices,
  linePath,
  PLOT_BOTTOM,
  PLOT_TOP,
  targetPath,
  trendChange,
  trendView,
  honestExtent,
  MIN_SPAN_SHARE,
  tickValues,
  valueDomain,
  verdictOf,
} from '../../../src/components/indicator-card/trend.js';
import { coord } from '../../../src/components/indicator-card/trend-periods.js';
import type { Indicator, IndicatorValue, PcDocument } from '../../../src/schema/types.js';
import { decimalsOf } from '../../../src/lib/format.js';
import { DATASETS } from '../../support/datasets.js';
import { random } from '../../support/random.mjs';

async function allIndicators(): Promise<Array<{ where: string; indicator: Indicator }>> {
  const out: Array<{ where: string; indicator: Indicator }> = [];
  for (const name of DATASETS) {
    const doc: PcDocument = await (await fetch(`/demo/data/${name}.json`)).json();
    for (const programme of doc.programmes ?? [])
      for (const goal of programme.goals)
        for (const indicator of goal.indicators ?? [])
          out.push({ where: `${name} ${indicator.id}`, indicator });
  }
  return out;
}

const indicator = (values: IndicatorValue[], extra: Partial<Indicator> = {}): Indicator => ({
  id: 'x',
  title: 'X',
  unit: 'count',
  values,
  ...extra,
});

/** Every attribute-bound string a view produces, for the NaN / exponent check. */
function svgStrings(view: ReturnType<typeof trendView>): string[] {
  return [
    view.actualPath,
    view.targetPath,
    ...view.bars.flatMap((bar) => [bar.x, bar.y, bar.width, bar.height].map(String)),
    view.dotPath,
    view.latestDotPath,
    ...view.points.flatMap((p) => [p.x, p.yActual, p.yTarget].map(String)),
    ...view.ticks.map((t) => String(t.y)),
    String(view.zeroY),
  ];
}

function expectClean(view: ReturnType<typeof trendView>): void {
  for (const text of svgStrings(view)) expect(text).to.not.match(/NaN|Infinity|e[+-]/);
}

describe('trend', () => {
  describe('valueDomain(values, includeZero)', () => {
    it('includes targets and actuals, made nice', () => {
      const [lo, hi] = valueDomain([4761, 4729, 4700, 4800], false);
      expect(lo).to.be.at.most(4700);
      expect(hi).to.be.at.least(4800);
    });
    it('includes negative values and zero for bars', () => {
      expect(valueDomain([-12, 30], false)[0]).to.be.at.most(-12);
      expect(valueDomain([10, 20], true)[0]).to.equal(0);
    });
    it('a single value gets room either side; non-negative data never gets a negative axis', () => {
      const [lo, hi] = valueDomain([0.5], false);
      expect(lo).to.be.at.least(0);
      expect(lo).to.be.below(0.5);
      expect(hi).to.be.above(0.5);
      expect(valueDomain([0], false)).to.deep.equal([0, 1]);
      expect(valueDomain([], false)).to.deep.equal([0, 1]);
    });
  });

  describe('the vertical scale is honest (README: "The card\'s vertical scale")', () => {
    it("2.551 → 2.559 (+0,3%) rises 0,3% of the value's height, not the whole chart", () => {
      const view = trendView(
        indicator([
          { period: '2024', actual: 2551 },
          { period: '2025', actual: 2559 },
        ]),
      );
      expect(view.domain[0]).to.equal(0);
      const [a, b] = view.points;
      expect(a.yActual! - b.yActual!).to.be.below(1);
    });

    it('75% → 73% with whole numbers: ticks in whole percentages from zero', () => {
      const view = trendView(
        indicator(
          [
            { period: '2024', actual: 75, target: 75 },
            { period: '2025', actual: 73, target: 75 },
          ],
          { unit: 'percent' },
        ),
      );
      expect(view.domain[0]).to.equal(0);
      expect(view.tickDecimals).to.equal(0);
      for (const tick of view.ticks) expect(Number.isInteger(tick.value), String(tick.value)).to.equal(true);
    });

    it('honestExtent(values, unit, includeZero): zero for zero-based units, a minimum span for others', () => {
      expect(honestExtent([2551, 2559], 'count', false)).to.deep.equal([2551, 2559, 0]);
      expect(honestExtent([-5, -3], 'euro', false)).to.deep.equal([-5, -3, 0]);
      const other = honestExtent([100, 101], 'other', false);
      expect(Math.max(...other) - Math.min(...other)).to.be.closeTo(101 * MIN_SPAN_SHARE, 1e-9);
      expect(Math.min(...honestExtent([1, 1.1], 'other', false))).to.be.at.least(0);
      expect(honestExtent([10, 100], 'other', false)).to.deep.equal([10, 100]);
      expect(honestExtent([], 'count', false)).to.deep.equal([]);
    });

    it('tickValues(d0, d1, decimals) never finer than the decimals', () => {
      expect(tickValues(0, 1, 0)).to.deep.equal([0, 1]);
      expect(tickValues(0, 1, 1)).to.deep.equal([0, 0.5, 1]);
      expect(valueDomain([0, 1.4], false, 0)).to.deep.equal([0, 2]);
    });

    it('on every indicator of every dataset: no change drawn steeper than its relative size', async () => {
      const found = await allIndicators();
      expect(found.length).to.be.greaterThan(30);
      for (const { where, indicator: ind } of found) {
        for (const variant of CHART_VARIANTS) {
          const view = trendView(ind, variant);
          const [d0, d1] = view.domain;
          const values = view.points.flatMap((p) => [p.actual, p.target]).filter((v) => v !== null);
          // Any two values: the share of the plot height between them is at most their relative difference
          // (zero-based units), or twice it (a unit without zero: the span is at least half the level).
          const factor = ind.unit === 'other' ? 1 / MIN_SPAN_SHARE : 1;
          for (const a of values)
            for (const b of values) {
              const level = Math.max(Math.abs(a), Math.abs(b));
              if (level === 0) continue;
              const drawn = Math.abs(a - b) / (d1 - d0);
              expect(drawn, `${where} ${variant} ${a} → ${b}`).to.be.at.most(
                (Math.abs(a - b) / level) * factor + 1e-9,
              );
            }
          const decimals = ind.decimals ?? Math.max(0, ...values.map(decimalsOf));
          expect(view.tickDecimals, where).to.be.at.most(decimals);
          for (const tick of view.ticks) expect(decimalsOf(tick.value), where).to.be.at.most(decimals);
        }
      }
    });
  });

  describe('trendChange(points, decimals)', () => {
    it('latest actual against the previous one, rounded without floating noise', () => {
      const change = trendChange(
        [
          { period: '2020', actual: 49 },
          { period: '2021', actual: 46.4 },
        ],
        1,
      );
      expect(change).to.deep.equal({ delta: -2.6, decimals: 1, period: '2021', previousPeriod: '2020' });
    });
    it('skips a period without an actual and says which period it compares with', () => {
      const change = trendChange([
        { period: '2022', actual: 10 },
        { period: '2023', actual: null },
        { period: '2024', actual: 12.5 },
        { period: '2025', actual: null },
      ]);
      expect(change).to.deep.equal({ delta: 2.5, decimals: 1, period: '2024', previousPeriod: '2022' });
    });
    it('no change without two actuals', () => {
      expect(trendChange([{ period: '2024', actual: 5 }])).to.equal(undefined);
      expect(
        trendChange([
          { period: '2024', actual: null },
          { period: '2025', actual: 5 },
        ]),
      ).to.equal(undefined);
    });
  });

  describe('verdictOf(targetMet)', () => {
    it('Ja, Nee, ? and no verdict are four states', () => {
      expect([true, false, null, undefined].map(verdictOf)).to.deep.equal(['yes', 'no', 'unknown', 'none']);
    });
  });

  describe('labelIndices(count, max)', () => {
    it('at most `max` labels, always the latest', () => {
      expect(labelIndices(3, 5)).to.deep.equal([0, 1, 2]);
      const many = labelIndices(12, 5);
      expect(many.length).to.be.at.most(5);
      expect(many[many.length - 1]).to.equal(11);
      expect(labelIndices(0, 5)).to.deep.equal([]);
    });
  });

  describe('linePath(points) / targetPath(points, bandwidth)', () => {
    it('a missing actual breaks the line: a new subpath, never a line to zero', () => {
      const d = linePath([
        { x: 10, yActual: 20 },
        { x: 30, yActual: 40 },
        { x: 50, yActual: null },
        { x: 70, yActual: 60 },
        { x: 90, yActual: 50 },
      ]);
      expect(d).to.equal('M10,20L30,40M70,60L90,50');
    });
    it('targets are one horizontal marker per period that has one', () => {
      const d = targetPath(
        [
          { x: 25, yTarget: 30 },
          { x: 75, yTarget: null },
        ],
        50,
      );
      expect(d).to.equal('M13,30H37');
    });
  });

  describe('trendView(indicator, variant)', () => {
    it('2025 seed (jeugdhulp): two years, latest point, change, verdict, targets within the domain', () => {
      const view = trendView(
        indicator(
          [
            { period: '2024', target: 4700, actual: 4761 },
            { period: '2025', target: 4800, actual: 4729 },
          ],
          { decimals: 0, targetMet: true },
        ),
      );
      expect(view.points.map((p) => p.period)).to.deep.equal(['2024', '2025']);
      expect(view.latest).to.equal(1);
      expect(view.lastActual).to.equal(1);
      expect(view.change).to.deep.equal({ delta: -32, decimals: 0, period: '2025', previousPeriod: '2024' });
      expect(view.verdict).to.equal('yes');
      expect(view.hasTarget).to.equal(true);
      for (const p of view.points) {
        for (const y of [p.yActual, p.yTarget]) {
          expect(y).to.be.within(PLOT_TOP, PLOT_BOTTOM);
        }
      }
      // Higher values sit higher (smaller y).
      expect(view.points[1].yTarget!).to.be.below(view.points[0].yTarget!);
      expect(view.actualPath).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
      expect(view.zeroY).to.equal(null);
      expectClean(view);
    });

    it('values out of document order are sorted', () => {
      const view = trendView(
        indicator([
          { period: '2025', actual: 2 },
          { period: '2024', actual: 1 },
        ]),
      );
      expect(view.points.map((p) => p.actual)).to.deep.equal([1, 2]);
      expect(view.change?.delta).to.equal(1);
    });

    it('missing actual for the latest year: latest is that year, last actual the year before', () => {
      const view = trendView(
        indicator(
          [
            { period: '2024', target: 80, actual: 71 },
            { period: '2025', target: 80, actual: null },
          ],
          { unit: 'percent', targetMet: null },
        ),
      );
      expect(view.latest).to.equal(1);
      expect(view.lastActual).to.equal(0);
      expect(view.change).to.equal(undefined);
      expect(view.verdict).to.equal('unknown');
      expect(view.points[1].yActual).to.equal(null);
      expect(view.points[1].yTarget).to.be.a('number');
      expect(view.dotPath.match(/M/g)).to.have.length(1);
      expect(view.latestDotPath).to.equal(view.dotPath);
      // One point and no segment (d3-shape closes a lone point's subpath with Z, which draws nothing).
      expect(view.actualPath).to.match(/^M[\d.]+,[\d.]+Z?$/);
    });

    it('kengetal: no targets anywhere, no target path, no verdict', () => {
      const view = trendView(indicator([{ period: '2024', actual: 120 }]));
      expect(view.hasTarget).to.equal(false);
      expect(view.targetPath).to.equal('');
      expect(view.verdict).to.equal('none');
      expect(view.points[0].x).to.equal(50);
    });

    it('no values at all: no latest point, a drawable (empty) chart', () => {
      const view = trendView(
        indicator(
          [
            { period: '2024', target: null, actual: null },
            { period: '2025', target: null, actual: null },
          ],
          { targetMet: null },
        ),
      );
      expect(view.latest).to.equal(undefined);
      expect(view.lastActual).to.equal(undefined);
      expect(view.actualPath).to.equal('');
      expectClean(view);
      expect(trendView(indicator([])).latest).to.equal(undefined);
    });

    it('negative values: the domain spans zero and a baseline is drawn at 0', () => {
      const view = trendView(
        indicator([
          { period: '2023', actual: -40, target: -10 },
          { period: '2024', actual: 15, target: 0 },
          { period: '2025', actual: -5, target: 5 },
        ]),
      );
      expect(view.domain[0]).to.be.at.most(-40);
      expect(view.zeroY).to.be.a('number');
      expect(view.points[1].yTarget).to.equal(view.zeroY);
      expect(view.points[0].yActual!).to.be.above(view.zeroY!);
      expectClean(view);
    });

    it('bars start at zero, up for positive and down for negative values', () => {
      const view = trendView(
        indicator([
          { period: '2024', actual: 10 },
          { period: '2025', actual: -5 },
        ]),
        'bars',
      );
      expect(view.actualPath).to.equal('');
      expect(view.bars).to.have.length(2);
      const zero = view.zeroY!;
      expect(view.bars[0].y + view.bars[0].height).to.be.closeTo(zero, 0.02);
      expect(view.bars[1].y).to.be.closeTo(zero, 0.02);
      expect(CHART_VARIANTS).to.deep.equal(['line', 'bars']);
    });

    it('12 quarters: ordered, equally spaced, at most 12 / 5 labels', () => {
      const values: IndicatorValue[] = [];
      for (let year = 2022; year <= 2024; year++) {
        for (let q = 4; q >= 1; q--) values.push({ period: `${year}-Q${q}`, actual: 60 + q + year - 2022 });
      }
      const view = trendView(indicator(values, { unit: 'percent' }));
      expect(view.points[0].period).to.equal('2022-Q1');
      expect(view.points[11].period).to.equal('2024-Q4');
      const gaps = view.points.slice(1).map((p, i) => coord(p.x - view.points[i].x));
      expect(new Set(gaps).size).to.be.at.most(2); // equal up to rounding
      expect(view.xLabels.wide).to.have.length(12);
      expect(view.xLabels.narrow.length).to.be.at.most(5);
      expectClean(view);
    });

    it('extreme and degenerate numbers never produce NaN, Infinity or exponents', () => {
      const cases: IndicatorValue[][] = [
        [{ period: '2024', actual: 1e-12 }],
        [{ period: '2024', actual: 5, target: 5 }],
        [
          { period: '2024', actual: 1e15 },
          { period: '2025', actual: -1e15 },
        ],
        [{ period: '2024', actual: 0 }],
        [{ period: '2024', actual: -9e-323 }],
        [
          { period: '2024', actual: 5e-324 },
          { period: '2025', actual: 0 },
        ],
        [
          { period: '2024', actual: -1.7e308 },
          { period: '2025', actual: 1.7e308, target: 1e308 },
        ],
        [
          { period: '2024', actual: 1e15 },
          { period: '2025', actual: 1e15 + 1 },
        ],
      ];
      for (const values of cases) {
        for (const variant of CHART_VARIANTS) {
          const view = trendView(indicator(values), variant);
          expectClean(view);
          expect(view.ticks.length, JSON.stringify(values)).to.be.within(2, 12);
          for (const tick of view.ticks) expect(Number.isFinite(tick.value)).to.equal(true);
        }
      }
      expect(
        trendChange([
          { period: '2024', actual: -1.7e308 },
          { period: '2025', actual: 1.7e308 },
        ]),
      ).to.equal(undefined);
    });

    it('ticks run from end to end of the domain in equal steps (the labels are spaced evenly)', () => {
      const samples: number[][] = [
        [4761, 4729, 4700, 4800],
        [49, 46.4, 48.9, 54],
        [2.6, 2.5, 2.3, 2.4],
        [-40, 15, -5, 5],
        [0.001, 0.002],
        [120],
        [1396, 984, 2100, 1750],
        [2990, 3205, 3348],
      ];
      const rand = random(7);
      const signed = () => rand() * 2 - 1;
      for (let i = 0; i < 200; i++) samples.push([signed() * 10 ** (i % 7), signed() * 10 ** (i % 5)]);
      for (const values of samples) {
        const view = trendView(indicator(values.map((actual, i) => ({ period: String(2000 + i), actual }))));
        const ys = view.ticks.map((t) => t.y);
        expect(ys[0], String(values)).to.be.closeTo(PLOT_BOTTOM, 0.01);
        expect(ys[ys.length - 1], String(values)).to.be.closeTo(PLOT_TOP, 0.01);
        const steps = ys.slice(1).map((y, k) => y - ys[k]);
        for (const step of steps) expect(step, String(values)).to.be.closeTo(steps[0], 0.02);
        expect(view.ticks[0].value).to.equal(view.domain[0]);
      }
    });

    it('polarity "neutral" is not stated; lower-is-better is', () => {
      expect(trendView(indicator([], { polarity: 'neutral' })).polarity).to.equal(undefined);
      expect(trendView(indicator([], { polarity: 'lower-is-better' })).polarity).to.equal('lower-is-better');
    });
  });
});
