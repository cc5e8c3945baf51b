import { expect } from '@open-wc/testing';
import {
  formatAmount,
  formatEuro,
  formatEuroCompact,
  formatIndicatorValue,
  formatNumber,
  formatPercent,
  formatRatio,
  formatSigned,
  NO_VALUE,
  unitCaption,
} from '../../src/lib/format.js';

describe('format', () => {
  it('formatNumber(value, "nl") groups with dots and uses a decimal comma', () => {
    expect(formatNumber(4729, 'nl')).to.equal('4.729');
    expect(formatNumber(2.6, 'nl')).to.equal('2,6');
    expect(formatNumber(-95081, 'nl')).to.equal('-95.081');
    expect(formatNumber(9, 'nl', 1)).to.equal('9,0');
  });

  it('formatNumber(value, "en") groups with commas and uses a decimal point', () => {
    expect(formatNumber(4729, 'en')).to.equal('4,729');
    expect(formatNumber(2.6, 'en')).to.equal('2.6');
  });

  it('formatNumber() prints a dash for NaN, Infinity, null and never "-0"', () => {
    expect(formatNumber(Number.NaN, 'nl')).to.equal(NO_VALUE);
    expect(formatNumber(Number.POSITIVE_INFINITY, 'nl')).to.equal(NO_VALUE);
    expect(formatNumber(null, 'nl')).to.equal(NO_VALUE);
    expect(formatNumber(-0, 'nl')).to.equal('0');
  });

  it('formatPercent(48.9, locale, 1) keeps the decimals as given', () => {
    expect(formatPercent(48.9, 'nl', 1)).to.equal('48,9%');
    expect(formatPercent(45, 'nl', 0)).to.equal('45%');
    expect(formatPercent(48.9, 'en', 1)).to.equal('48.9%');
  });

  it('formatEuro(3396) prints whole euros with the euro sign', () => {
    expect(formatEuro(3396, 'nl')).to.equal('€ 3.396');
    expect(formatEuro(3396, 'en')).to.equal('€3,396');
  });

  it('formatEuroCompact() shortens millions', () => {
    expect(formatEuroCompact(95_081_000, 'nl')).to.equal('€ 95,1 mln');
    expect(formatEuroCompact(137_100_000, 'en')).to.equal('€137.1 million');
    expect(formatEuroCompact(2_500_000_000, 'nl')).to.equal('€ 2,5 mld');
    expect(formatEuroCompact(950, 'nl')).to.equal('€ 950');
  });

  it('formatAmount() prints table amounts as in the data', () => {
    expect(formatAmount(-95361, 'nl')).to.equal('-95.361');
    expect(formatAmount(0, 'nl')).to.equal('0');
  });

  it('formatIndicatorValue() adds the unit', () => {
    expect(formatIndicatorValue(4729, 'count', 'nl', { unitLabel: 'jeugdigen' })).to.equal('4.729 jeugdigen');
    expect(formatIndicatorValue(9.2, 'years', 'nl')).to.equal('9,2 jaar');
    expect(formatIndicatorValue(2858, 'euro', 'nl')).to.equal('€ 2.858');
    expect(formatIndicatorValue(2.5, 'score', 'en', { decimals: 1 })).to.equal('2.5');
  });

  it('formatSigned() and formatRatio()', () => {
    expect(formatSigned(1.2, 'nl', 1)).to.equal('+1,2');
    expect(formatSigned(-32, 'nl')).to.equal('-32');
    expect(formatRatio(1.12, 'nl')).to.equal('112%');
  });

  it('unitCaption(1000) is the caption Dutch reports print', () => {
    expect(unitCaption(1000, 'nl')).to.equal('Bedragen x €1.000');
    expect(unitCaption(undefined, 'en')).to.equal('Amounts x €1,000');
  });
});
