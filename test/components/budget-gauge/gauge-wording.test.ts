import { expect } from '@open-wc/testing';
import { budgetSentenceKey, shareSentenceKey } from '../../../src/components/budget-gauge/gauge-wording.js';
import { gaugeModel, shareModel } from '../../../src/components/budget-gauge/gauge-model.js';

describe('gauge-wording', () => {
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
    expect(key(-12, undefined, 'expenses')).to.deep.equal({ key: 'gauge.actualOnly.expenses', detail: null });
    expect(key(-12, undefined, 'balance')).to.deep.equal({ key: 'gauge.actualOnly.balance', detail: null });
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
    expect(shareSentenceKey(shareModel({ part: -9, total: -4, measure: 'expenses' }))).to.equal(
      'gauge.share.notAShare',
    );
    expect(shareSentenceKey(shareModel({ part: -9, total: -4, measure: 'balance' }))).to.equal(
      'gauge.share.balanceTotal',
    );
    expect(shareSentenceKey(shareModel({ part: -9, measure: 'balance' }))).to.equal(
      'gauge.share.balanceNoTotal',
    );
    expect(shareSentenceKey(shareModel({ part: -9, printed: 2.57, measure: 'revenues' }))).to.equal(
      'gauge.share.printed.revenues',
    );
  });
});
