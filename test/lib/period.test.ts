import { expect } from '@open-wc/testing';
import { formatDate, periodLabel } from '../../src/lib/period.js';
import { random } from '../support/random.mjs';

describe('period', () => {
  it('periodLabel(null) names an undated figure, never a year', () => {
    expect(periodLabel(null, 'nl')).to.equal('zonder jaartal');
    expect(periodLabel(null, 'en')).to.equal('undated');
  });

  it('periodLabel() in nl and en', () => {
    expect(periodLabel('2024-Q3', 'nl')).to.equal('Q3 2024');
    expect(periodLabel('2024-03', 'nl')).to.equal('mrt 2024');
    expect(periodLabel('2025/2026', 'nl')).to.equal('2025–2026');
  });

  it('formatDate("2026-02-12") writes the date out', () => {
    expect(formatDate('2026-02-12', 'nl')).to.equal('12 februari 2026');
    expect(formatDate('2026-02-12', 'en')).to.equal('12 February 2026');
  });

  it("formatDate() equals Chromium's Intl.DateTimeFormat on 20,000 dates from 1900 to 2100", () => {
    const next = random(211);
    const rand = (below: number) => Math.floor(next() * below);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const intl = {
      nl: new Intl.DateTimeFormat('nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      en: new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    };
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      // Day 29–31 of a short month rolls over into the next, as Date.UTC does.
      const [year, month, day] = [1900 + rand(201), 1 + rand(12), 1 + rand(31)];
      const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      for (const locale of ['nl', 'en'] as const) {
        const expected = intl[locale].format(new Date(Date.UTC(year, month - 1, day)));
        if (formatDate(iso, locale) !== expected) wrong.push(`${iso} ${locale}: ${formatDate(iso, locale)}`);
      }
    }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
  });
});
