import { expect } from '@open-wc/testing';
import {
  coord,
  periodPositions,
  periodSpan,
  sortByPeriod,
} from '../../../src/components/indicator-card/trend-periods.js';

describe('trend periods', () => {
  describe('coord(value)', () => {
    it('rounds to 2 decimals and never returns NaN, Infinity or -0', () => {
      expect(coord(33.33333)).to.equal(33.33);
      expect(coord(NaN)).to.equal(0);
      expect(coord(Infinity)).to.equal(0);
      expect(Object.is(coord(-0.001), -0)).to.equal(false);
      expect(String(coord(1e-9))).to.equal('0');
      expect(coord(1e30)).to.equal(1000);
    });
  });

  describe('periodSpan(period)', () => {
    it('years, quarters, halves, months and ranges cover their months', () => {
      expect(periodSpan('2024')).to.deep.equal([2024 * 12, 2024 * 12 + 12]);
      expect(periodSpan('2024-Q3')).to.deep.equal([2024 * 12 + 6, 2024 * 12 + 9]);
      expect(periodSpan('2024-H2')).to.deep.equal([2024 * 12 + 6, 2024 * 12 + 12]);
      expect(periodSpan('2024-03')).to.deep.equal([2024 * 12 + 2, 2024 * 12 + 3]);
      expect(periodSpan('2025/2026')).to.deep.equal([2025 * 12, 2027 * 12]);
    });
    it('text that is not a period, and backwards ranges, give undefined', () => {
      expect(periodSpan('vorig jaar')).to.equal(undefined);
      expect(periodSpan('2026/2025')).to.equal(undefined);
      expect(periodSpan('2024/2025/2026')).to.equal(undefined);
    });
  });

  describe('sortByPeriod(values)', () => {
    it('orders by time whatever the document order, unreadable periods last', () => {
      const sorted = sortByPeriod([
        { period: '2025' },
        { period: 'later' },
        { period: '2024-Q4' },
        { period: '2020' },
        { period: '2024-Q1' },
      ]);
      expect(sorted.map((v) => v.period)).to.deep.equal(['2020', '2024-Q1', '2024-Q4', '2025', 'later']);
    });
  });

  describe('periodPositions(periods)', () => {
    it('one period sits in the middle; two years at 25 and 75', () => {
      expect(periodPositions(['2025'])).to.deep.equal({ x: [50], bandwidth: 100, slot: [0], slots: 1 });
      expect(periodPositions(['2024', '2025'])).to.deep.equal({
        x: [25, 75],
        bandwidth: 50,
        slot: [0, 1],
        slots: 2,
      });
    });
    it('quarters are equally spaced, in order', () => {
      const { x, bandwidth } = periodPositions(['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3']);
      expect(bandwidth).to.equal(25);
      expect(x).to.deep.equal([12.5, 37.5, 62.5, 87.5]);
    });
    it('a missing year leaves an empty slot (time-proportional)', () => {
      const { x, slot, slots } = periodPositions(['2020', '2021', '2023']);
      expect(slots).to.equal(4);
      expect(slot).to.deep.equal([0, 1, 3]);
      expect(x[1] - x[0]).to.be.closeTo(25, 0.01);
      expect(x[2] - x[1]).to.be.closeTo(50, 0.01);
    });
    it('periods off a common grid (a year among quarters) are equally spaced instead', () => {
      expect(periodPositions(['2023', '2024-Q1', '2024-Q3']).slot).to.deep.equal([0, 1, 2]);
    });
    it('months a year apart stay readable: equal spacing when time would leave mostly empty slots', () => {
      expect(periodPositions(['2024-01', '2025-01']).x).to.deep.equal([25, 75]);
    });
    it('ranges "2025/2026" are placed at their centre', () => {
      const { x } = periodPositions(['2023/2024', '2025/2026']);
      expect(x).to.deep.equal([25, 75]);
    });
    it('an unreadable period falls back to equal spacing, never NaN', () => {
      const { x } = periodPositions(['2024', 'onbekend', '2025']);
      expect(x).to.deep.equal([16.67, 50, 83.33]);
    });
  });
});
