import { expect } from '@open-wc/testing';
import { gaugeView } from '../../../src/components/budget-gauge/gauge-view.js';
import { bulletBar, gaugeArc } from '../../../src/components/budget-gauge/gauge-geometry.js';

describe('gauge-view', () => {
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
});
