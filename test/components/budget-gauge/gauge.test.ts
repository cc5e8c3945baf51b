import { expect } from '@open-wc/testing';
import {
  ARC,
  BAR,
  budgetSentenceKey,
  bulletBar,
  gaugeView,
  shareSentenceKey,
  gaugeArc,
  gaugeModel,
  GAUGE_MEASURES,
  isOnBudget,
  readableScaleMax,
  resolveOption,
  shareModel,
} from '../../../src/components/budget-gauge/gauge.js';

/** Every number in an SVG path or attribute list. */
const numbers = (text: string): number[] => (text.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);

describe('gauge', () => {
  describe('gaugeModel({ actual, budget, budgetOriginal, measure })', () => {
    it('expenses over budget: magnitudes, ratio 1.12, unfavourable', () => {
      const model = gaugeModel({
        actual: -112000,
        budget: -100000,
        budgetOriginal: -95000,
        measure: 'expenses',
      });
      expect(model).to.deep.equal({
        measure: 'expenses',
        status: 'ratio',
        actual: 112000,
        budget: 100000,
        budgetOriginal: 95000,
        ratio: 1.12,
        originalRatio: 0.95,
        difference: 12000,
        direction: 'over',
        favourable: false,
        scaleMax: 1.25,
      });
    });

    it('expenses under budget are favourable', () => {
      const model = gaugeModel({ actual: -80000, budget: -100000, measure: 'expenses' });
      expect([model.ratio, model.difference, model.direction, model.favourable]).to.deep.equal([
        0.8,
        20000,
        'under',
        true,
      ]);
      expect(model.scaleMax).to.equal(1);
      expect(model.budgetOriginal).to.equal(undefined);
      expect(model.originalRatio).to.equal(null);
    });

    it('revenues: above budget favourable, below unfavourable', () => {
      const above = gaugeModel({ actual: 6000, budget: 5000, measure: 'revenues' });
      expect([above.direction, above.favourable, above.ratio]).to.deep.equal(['over', true, 1.2]);
      const below = gaugeModel({ actual: 4000, budget: 5000, measure: 'revenues' });
      expect([below.direction, below.favourable, below.ratio, below.difference]).to.deep.equal([
        'under',
        false,
        0.8,
        1000,
      ]);
    });

    it('"on budget" is within 0.5% either side: no verdict', () => {
      for (const actual of [-99500, -100000, -100400, -100500]) {
        const model = gaugeModel({ actual, budget: -100000, measure: 'expenses' });
        expect(model.direction, String(actual)).to.equal('on');
        expect(model.favourable, String(actual)).to.equal(null);
        expect(model.scaleMax, String(actual)).to.equal(1);
      }
      expect(gaugeModel({ actual: -100600, budget: -100000, measure: 'expenses' }).direction).to.equal(
        'over',
      );
      expect(gaugeModel({ actual: -99400, budget: -100000, measure: 'expenses' }).direction).to.equal(
        'under',
      );
      expect(isOnBudget(1.005)).to.equal(true);
      expect(isOnBudget(1.0051)).to.equal(false);
    });

    it('balance: a more negative saldo than budgeted is unfavourable, less negative favourable', () => {
      const worse = gaugeModel({ actual: -22000, budget: -20000, measure: 'balance' });
      expect([
        worse.actual,
        worse.budget,
        worse.ratio,
        worse.difference,
        worse.direction,
        worse.favourable,
      ]).to.deep.equal([-22000, -20000, 1.1, 2000, 'over', false]);
      const better = gaugeModel({ actual: -18000, budget: -20000, measure: 'balance' });
      expect([better.ratio, better.direction, better.favourable]).to.deep.equal([0.9, 'under', true]);
      // A positive saldo (surplus) above budget is favourable.
      const surplus = gaugeModel({ actual: 600, budget: 500, measure: 'balance' });
      expect([surplus.ratio, surplus.favourable]).to.deep.equal([1.2, true]);
    });

    it('a balance that changed sign has no ratio, but a direction and a verdict', () => {
      const model = gaugeModel({ actual: 20, budget: -100, measure: 'balance' });
      expect([model.status, model.ratio, model.difference, model.favourable]).to.deep.equal([
        'no-ratio',
        null,
        120,
        true,
      ]);
    });

    it('a zero budget: no division by zero, no ratio, still a verdict', () => {
      const model = gaugeModel({ actual: -1200, budget: 0, measure: 'expenses' });
      expect([model.status, model.ratio, model.difference, model.direction, model.favourable]).to.deep.equal([
        'no-ratio',
        null,
        1200,
        'over',
        false,
      ]);
      expect(model.scaleMax).to.equal(1);
      const both = gaugeModel({ actual: 0, budget: -0, measure: 'expenses' });
      expect([both.direction, both.favourable, both.budget]).to.deep.equal(['on', null, 0]);
      expect(Object.is(both.budget, -0)).to.equal(false);
    });

    it('no budget, no actual, nothing: a status and no ratio', () => {
      expect(gaugeModel({ actual: -163206, measure: 'expenses' })).to.include({
        status: 'no-budget',
        actual: 163206,
        ratio: null,
        direction: null,
        favourable: null,
        difference: null,
        scaleMax: 1,
      });
      expect(gaugeModel({ budget: -100, measure: 'expenses' }).status).to.equal('no-actual');
      expect(gaugeModel({ actual: null, budget: undefined, measure: 'revenues' }).status).to.equal('no-data');
      expect(gaugeModel({ actual: Number.NaN, budget: 100, measure: 'revenues' }).status).to.equal(
        'no-actual',
      );
    });

    it('far over budget: 250% lands on a 250% scale; the primitief widens the scale too', () => {
      expect(gaugeModel({ actual: -25000, budget: -10000, measure: 'expenses' }).scaleMax).to.equal(2.5);
      expect(
        gaugeModel({ actual: -10000, budget: -10000, budgetOriginal: -14000, measure: 'expenses' }).scaleMax,
      ).to.equal(1.5);
    });

    it('sums print as the source does (no floating-point noise)', () => {
      const model = gaugeModel({ actual: 0.3, budget: 0.1, measure: 'revenues' });
      expect(model.difference).to.equal(0.2);
    });
  });

  describe('shareModel({ part, total, measure })', () => {
    it('a programme of 23,6% of the municipality', () => {
      expect(shareModel({ part: -95361, total: -404072, measure: 'expenses' })).to.deep.equal({
        measure: 'expenses',
        status: 'share',
        part: 95361,
        total: 404072,
        share: 95361 / 404072,
        scaleMax: 1,
      });
    });

    it('no total, no part, zero total, a part larger than the total or of the other sign', () => {
      expect(shareModel({ part: -10, measure: 'expenses' }).status).to.equal('no-total');
      expect(shareModel({ total: -10, measure: 'expenses' }).status).to.equal('no-part');
      expect(shareModel({ part: -10, total: 0, measure: 'expenses' })).to.include({
        status: 'not-a-share',
        share: null,
      });
      expect(shareModel({ part: -146506, total: -12510, measure: 'balance' }).status).to.equal('not-a-share');
      expect(shareModel({ part: -100, total: 50, measure: 'balance' }).status).to.equal('not-a-share');
      // One unit of rounding is tolerated and capped at 100%.
      expect(shareModel({ part: 1001, total: 1000, measure: 'revenues' }).share).to.equal(1);
    });
  });

  it('readableScaleMax(ratio) picks 100%, 125%, 150%, 200%, 250%, 300% … and never less than 100%', () => {
    const cases: Array<[number, number]> = [
      [0, 1],
      [0.5, 1],
      [1, 1],
      [1.004, 1.25],
      [1.25, 1.25],
      [1.3, 1.5],
      [1.8, 2],
      [2.5, 2.5],
      [2.6, 3],
      [7, 8],
      [9, 10],
      [11.7125, 12.5],
      [Number.NaN, 1],
      [Number.POSITIVE_INFINITY, 1],
    ];
    for (const [ratio, max] of cases) expect(readableScaleMax(ratio), String(ratio)).to.equal(max);
  });

  it('resolveOption(value, options, fallback) falls back and says so', () => {
    expect(resolveOption(undefined, GAUGE_MEASURES, 'expenses')).to.deep.equal({
      value: 'expenses',
      valid: true,
    });
    expect(resolveOption(' revenues ', GAUGE_MEASURES, 'expenses')).to.deep.equal({
      value: 'revenues',
      valid: true,
    });
    expect(resolveOption('lasten', GAUGE_MEASURES, 'expenses')).to.deep.equal({
      value: 'expenses',
      valid: false,
    });
  });

  describe('gaugeArc(ratio, scaleMax, originalRatio)', () => {
    it('at 100% of a 100% scale the value fills the semicircle and the tick sits at the right end', () => {
      const g = gaugeArc(1, 1);
      expect(g.value).to.equal(g.track);
      expect(g.overflow).to.equal(null);
      expect(g.transform).to.equal(`translate(${ARC.cx} ${ARC.cy})`);
      // 3 o'clock: x = cx + radius, y = cy.
      expect(g.budget).to.deep.equal({
        x1: ARC.cx + ARC.inner - 6,
        y1: ARC.cy,
        x2: ARC.cx + ARC.outer + 6,
        y2: ARC.cy,
      });
      expect(g.labels.map((l) => l.value)).to.deep.equal([0, 1]);
    });

    it('gaugeArc(2.5, 2.5) draws the overflow beyond the 100% tick, to the end, not clipped', () => {
      const g = gaugeArc(2.5, 2.5);
      expect(g.overflow).to.be.a('string').and.not.equal('');
      // 100% of 250% is 40% of the half circle: 72° from the left end.
      const a = -Math.PI / 2 + Math.PI * 0.4;
      expect(g.budget.x2).to.be.closeTo(ARC.cx + (ARC.outer + 6) * Math.sin(a), 0.01);
      expect(g.budget.y2).to.be.closeTo(ARC.cy - (ARC.outer + 6) * Math.cos(a), 0.01);
      expect(g.labels.map((l) => l.value)).to.deep.equal([0, 2.5, 1]);
      // The overflow path ends at the right end of the track (3 o'clock, outer radius).
      expect(g.overflow).to.contain(`${ARC.outer},0`);
    });

    it('gaugeArc(ratio, scaleMax) clamps above the scale end and below 0', () => {
      expect(gaugeArc(4, 2.5).overflow).to.equal(gaugeArc(2.5, 2.5).overflow);
      expect(gaugeArc(-1, 1).value).to.equal('');
      expect(gaugeArc(null, 1).value).to.equal('');
    });

    it('coordinates are rounded to 2 decimals and never NaN', () => {
      for (const [ratio, max, original] of [
        [1.12, 1.25, 0.95],
        [0.333333, 1, null],
        [Number.NaN, Number.NaN, Number.NaN],
        [1171.25, 1250, 1],
      ] as Array<[number, number, number | null]>) {
        const g = gaugeArc(ratio, max, original);
        const text = JSON.stringify(g);
        expect(text).to.not.match(/NaN|Infinity|e[-+]/);
        for (const n of numbers(`${g.track} ${g.value} ${g.overflow ?? ''} ${text}`)) {
          expect(Math.round(n * 100) / 100).to.equal(n);
        }
      }
    });

    it('the primitief tick sits at its ratio; the 100% label is left out where it would collide with 0%', () => {
      const g = gaugeArc(1.12, 1.25, 0.95);
      expect(g.original).to.not.equal(null);
      expect(gaugeArc(1.12, 1.25).original).to.equal(null);
      expect(gaugeArc(1171, 1250).labels.map((l) => l.value)).to.deep.equal([0, 1250]);
    });
  });

  describe('bulletBar(ratio, scaleMax, originalRatio)', () => {
    const width = BAR.x1 - BAR.x0;

    it('under budget: value bar to the ratio, no overflow, the budget marker at the end', () => {
      const g = bulletBar(0.8, 1);
      expect(g.value.width).to.be.closeTo(0.8 * width, 0.01);
      expect(g.overflow).to.equal(null);
      expect(g.budget.x1).to.equal(BAR.x1);
      expect(g.labels.map((l) => [l.value, l.anchor])).to.deep.equal([
        [0, 'start'],
        [1, 'end'],
      ]);
    });

    it('over budget: value to 100%, overflow segment beyond it, primitief marker', () => {
      const g = bulletBar(1.12, 1.25, 0.95);
      expect(g.budget.x1).to.be.closeTo(BAR.x0 + 0.8 * width, 0.01);
      expect(g.value.width).to.be.closeTo(0.8 * width, 0.01);
      expect(g.overflow!.x).to.equal(g.budget.x1);
      expect(g.overflow!.width).to.be.closeTo((0.12 / 1.25) * width, 0.01);
      expect(g.original!.x1).to.be.closeTo(BAR.x0 + (0.95 / 1.25) * width, 0.01);
      expect(g.labels.map((l) => l.value)).to.deep.equal([0, 1.25, 1]);
      // The 100% label sits above the bar, the scale ends below it: they never collide.
      expect(g.labels[2].y).to.be.lessThan(g.track.y);
      expect(g.labels[2].x).to.equal(g.budget.x1);
      expect(g.labels[0].y).to.be.greaterThan(g.track.y + g.track.height);
    });

    it('bulletBar(ratio, scaleMax) clamps and never yields NaN', () => {
      expect(bulletBar(9, 2.5).overflow!.width).to.equal(bulletBar(2.5, 2.5).overflow!.width);
      expect(JSON.stringify(bulletBar(Number.NaN, Number.NaN, Number.NaN))).to.not.contain('NaN');
      expect(bulletBar(0, 1).value.width).to.equal(0);
    });
  });

  describe('gaugeView({ finance, totals, measure, compare, variant })', () => {
    const finance = {
      actual: { expenses: -112000, revenues: 10 },
      budget: { expenses: -100000 },
      budgetOriginal: { expenses: -95000 },
    };

    it('budget mode with an arc: the model and its meter', () => {
      const view = gaugeView({ finance, measure: 'expenses', compare: 'budget', variant: 'arc' });
      expect(view.mode).to.equal('budget');
      expect(view.meter).to.deep.include({
        ratio: 1.12,
        scaleMax: 1.25,
        originalRatio: 0.95,
        budgetTick: true,
      });
      expect(view.meter!.arc).to.deep.equal(gaugeArc(1.12, 1.25, 0.95));
      expect(view.meter!.bar).to.equal(undefined);
    });

    it('the bar variant, share mode, and no meter without a ratio', () => {
      const bar = gaugeView({ finance, measure: 'expenses', compare: 'budget', variant: 'bar' });
      expect(bar.meter!.bar).to.deep.equal(bulletBar(1.12, 1.25, 0.95));
      const totals = { actual: { expenses: -448000 } };
      const share = gaugeView({ finance, totals, measure: 'expenses', compare: 'total', variant: 'arc' });
      expect(share.mode).to.equal('share');
      expect(share.meter).to.deep.include({ ratio: 0.25, scaleMax: 1, budgetTick: false });
      expect(gaugeView({ finance, measure: 'revenues', compare: 'budget', variant: 'arc' }).meter).to.equal(
        undefined,
      );
      expect(gaugeView({ finance, measure: 'expenses', compare: 'total', variant: 'arc' }).meter).to.equal(
        undefined,
      );
      expect(gaugeView({ measure: 'balance', compare: 'budget', variant: 'arc' }).model.status).to.equal(
        'no-data',
      );
    });
  });

  it('budgetSentenceKey(model) picks the sentence and its bracket', () => {
    const key = (
      actual: number | undefined,
      budget: number | undefined,
      measure: 'expenses' | 'revenues' | 'balance',
    ) => budgetSentenceKey(gaugeModel({ actual, budget, measure }));
    expect(key(-112, -100, 'expenses')).to.deep.equal({
      key: 'gauge.sentence.expenses.over',
      detail: 'percent',
    });
    expect(key(-80, -100, 'expenses')).to.deep.equal({
      key: 'gauge.sentence.expenses.under',
      detail: 'percent',
    });
    expect(key(-100, -100, 'expenses')).to.deep.equal({
      key: 'gauge.sentence.expenses.on',
      detail: 'percent',
    });
    expect(key(4, 5, 'revenues')).to.deep.equal({ key: 'gauge.sentence.revenues.under', detail: 'percent' });
    expect(key(-22, -20, 'balance')).to.deep.equal({
      key: 'gauge.sentence.balance.unfavourable',
      detail: 'percent',
    });
    expect(key(-18, -20, 'balance')).to.deep.equal({
      key: 'gauge.sentence.balance.favourable',
      detail: 'percent',
    });
    expect(key(-12, 0, 'expenses')).to.deep.equal({
      key: 'gauge.sentence.expenses.over',
      detail: 'zero-budget',
    });
    expect(key(20, -100, 'balance')).to.deep.equal({
      key: 'gauge.sentence.balance.favourable',
      detail: null,
    });
    expect(key(-12, undefined, 'expenses')).to.deep.equal({ key: 'gauge.noBudget', detail: null });
    expect(key(undefined, -12, 'expenses')).to.deep.equal({ key: 'gauge.noActual', detail: null });
    expect(key(undefined, undefined, 'expenses')).to.deep.equal({ key: 'gauge.noData', detail: null });
  });

  it('shareSentenceKey(model) per status and measure', () => {
    expect(shareSentenceKey(shareModel({ part: -1, total: -4, measure: 'expenses' }))).to.equal(
      'gauge.share.expenses',
    );
    expect(shareSentenceKey(shareModel({ part: 1, total: 4, measure: 'revenues' }))).to.equal(
      'gauge.share.revenues',
    );
    expect(shareSentenceKey(shareModel({ part: -1, measure: 'expenses' }))).to.equal('gauge.share.noTotal');
    expect(shareSentenceKey(shareModel({ total: -1, measure: 'expenses' }))).to.equal('gauge.noActual');
    expect(shareSentenceKey(shareModel({ part: -9, total: -4, measure: 'balance' }))).to.equal(
      'gauge.share.notAShare',
    );
  });
});
