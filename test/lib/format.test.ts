import { expect } from '@open-wc/testing';
import {
  decimalsOf,
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
import { intlNumber } from '../support/intl-number.mjs';
import { random } from '../support/random.mjs';

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

/** 20,000 seeded values across 1e-7..1e16, both signs, ±0, and exact halves at the rounding place (12.345). */
function randomValues(count: number): number[] {
  const rand = random(101);
  const digits = (length: number) => Array.from({ length }, () => Math.floor(rand() * 10)).join('');
  const list = [0, -0, 0.5, -0.5, 2.5, 1.005, -0.0000005, 1e-7, 2 ** 53 + 2, 1e21, Number.MAX_VALUE, -95081];
  while (list.length < count) {
    const sign = rand() < 0.5 ? -1 : 1;
    const kind = rand();
    if (kind < 0.4) list.push(sign * 10 ** (rand() * 23 - 7));
    else if (kind < 0.6) list.push(sign * Math.round(10 ** (rand() * 17)) * 10 ** -Math.floor(rand() * 7));
    else
      list.push(
        sign * Number(`${digits(Math.floor(rand() * 13)) || '0'}.${digits(Math.floor(rand() * 7))}5`),
      );
  }
  return list;
}

// Chromium is where the components run: its ICU and CLDR data may differ from Node's (test/node/format-intl.test.mjs).
describe("format equals Chromium's Intl.NumberFormat", () => {
  const values = randomValues(20_000);

  for (const locale of ['nl', 'en'] as const) {
    it(`formatNumber() and formatEuro() in ${locale} on 20,000 values, 0–6 decimals`, () => {
      const wrong: string[] = [];
      values.forEach((value, i) => {
        const digits = i % 7;
        const pairs: Array<[string, string]> = [
          [formatNumber(value, locale, digits), intlNumber(value, locale, digits)],
          [formatNumber(value, locale), intlNumber(value, locale, decimalsOf(value))],
          [formatEuro(value, locale, digits), intlNumber(value, locale, digits, true)],
        ];
        for (const [ours, intl] of pairs)
          if (ours !== intl) wrong.push(`${value} (${digits}): ${ours} ≠ ${intl}`);
      });
      expect(wrong.slice(0, 10)).to.deep.equal([]);
    });
  }

  it('writes a hyphen-minus and the space Intl writes: "€ -3.396", "-€3,396"', () => {
    expect(formatEuro(-3396, 'nl')).to.equal('€ -3.396');
    expect(formatEuro(-3396, 'en')).to.equal('-€3,396');
    expect(formatNumber(-95081, 'en')).to.equal('-95,081');
  });
});
