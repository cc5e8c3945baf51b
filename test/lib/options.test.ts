import { expect } from '@open-wc/testing';
import { resolveOption } from '../../src/lib/options.js';
import { GAUGE_MEASURES } from '../../src/components/budget-gauge/gauge-model.js';
import { SCENARIOS } from '../../src/components/saldo-table/saldo.js';
import { ORIENTATIONS } from '../../src/components/goal-tree/tree-layout.js';
import { CHART_VARIANTS } from '../../src/components/indicator-card/trend.js';

describe('resolveOption(value, options, fallback)', () => {
  it('falls back and says so', () => {
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

  it('accepts the three saldo scenarios and falls back to actual', () => {
    expect(resolveOption(undefined, SCENARIOS, 'actual')).to.deep.equal({ value: 'actual', valid: true });
    expect(resolveOption('budget', SCENARIOS, 'actual')).to.deep.equal({ value: 'budget', valid: true });
    expect(resolveOption('budgetOriginal', SCENARIOS, 'actual')).to.deep.equal({
      value: 'budgetOriginal',
      valid: true,
    });
    expect(resolveOption('begroting', SCENARIOS, 'actual')).to.deep.equal({ value: 'actual', valid: false });
  });

  it('treats empty and only-spaces alike for every enumerated attribute (they used to disagree)', () => {
    for (const [options, fallback] of [
      [GAUGE_MEASURES, 'expenses'],
      [SCENARIOS, 'actual'],
      [ORIENTATIONS, 'left-right'],
      [CHART_VARIANTS, 'line'],
    ] as const) {
      for (const blank of ['', '   ', null, undefined]) {
        expect(
          resolveOption(blank, options, fallback),
          `${String(blank)} in ${options.join()}`,
        ).to.deep.equal({
          value: fallback,
          valid: true,
        });
      }
      expect(resolveOption(` ${options[1]}\t`, options, fallback).value).to.equal(options[1]);
      expect(resolveOption(options[1].toUpperCase(), options, fallback).valid).to.equal(false);
    }
  });
});
