import { expect } from '@open-wc/testing';
import { comparePeriods, formatDate, periodLabel, periodLongLabel } from '../../src/lib/period.js';

describe('period', () => {
  it('comparePeriods() orders years, halves, quarters and months', () => {
    const sorted = ['2025', '2024-Q3', '2024-H2', '2024-03', '2024'].sort(comparePeriods);
    expect(sorted).to.deep.equal(['2024', '2024-03', '2024-Q3', '2024-H2', '2025']);
  });

  it('periodLabel() and periodLongLabel() in nl and en', () => {
    expect(periodLabel('2024-Q3', 'nl')).to.equal('Q3 2024');
    expect(periodLabel('2024-03', 'nl')).to.equal('mrt 2024');
    expect(periodLabel('2025/2026', 'nl')).to.equal('2025–2026');
    expect(periodLongLabel('2024-H2', 'nl')).to.equal('2e helft 2024');
    expect(periodLongLabel('2024-Q3', 'en')).to.equal('the third quarter of 2024');
  });

  it('formatDate("2026-02-12") writes the date out', () => {
    expect(formatDate('2026-02-12', 'nl')).to.equal('12 februari 2026');
    expect(formatDate('2026-02-12', 'en')).to.equal('12 February 2026');
  });
});
