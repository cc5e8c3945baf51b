import { expect } from '@open-wc/testing';
import { gaugeModel, isOnBudget, shareModel } from '../../../src/components/budget-gauge/gauge-model.js';

describe('gauge-model', () => {
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
      expect(shareModel({ part: -1000, total: 50, measure: 'revenues' }).status).to.equal('not-a-share');
      // One unit of rounding is tolerated and capped at 100%.
      expect(shareModel({ part: 1001, total: 1000, measure: 'revenues' }).share).to.equal(1);
    });

    it('a balance is never a share, whatever the totals or the printed percentage', () => {
      for (const total of [-146506, -12510, 50, undefined]) {
        expect(shareModel({ part: -121825, total, printed: 1171.25, measure: 'balance' })).to.include({
          status: 'balance',
          share: null,
        });
      }
      // Even a balance smaller than the municipal balance of the same sign is no share.
      expect(shareModel({ part: -10, total: -100, measure: 'balance' }).status).to.equal('balance');
    });

    it('without totals, the printed percentage as printed (2023 web edition: 23,55%)', () => {
      expect(shareModel({ part: -137073, printed: 23.55, measure: 'expenses' })).to.deep.equal({
        measure: 'expenses',
        status: 'printed-share',
        part: 137073,
        total: undefined,
        share: 0.2355,
        printedDecimals: 2,
        scaleMax: 1,
      });
      // Totals win over the printed figure; a printed figure beyond 100% is no share.
      expect(shareModel({ part: -1, total: -4, printed: 23.55, measure: 'expenses' }).share).to.equal(0.25);
      expect(shareModel({ part: -1, printed: 120, measure: 'expenses' }).status).to.equal('no-total');
    });
  });
});
