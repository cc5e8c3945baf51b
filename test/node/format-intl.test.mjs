// src/lib/format.ts and formatDate in src/lib/period.ts write numbers and dates themselves (the first Intl
// formatter on a page costs 20–30 ms in Chromium). Here their output must equal Node's Intl (full ICU) byte for
// byte on 100,000+ seeded random inputs per function and locale, formatted the way the code did with Intl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { intlNumber } from '../support/intl-number.mjs';
import { random } from '../support/random.mjs';

const load = async (file) => {
  const out = await build({ entryPoints: [file], bundle: true, format: 'esm', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
};
const { formatNumber, formatEuro, formatAmount, decimalsOf } = await load('src/lib/format.ts');
const { formatDate } = await load('src/lib/period.ts');

const LOCALES = { nl: 'nl-NL', en: 'en-GB' };
const COUNT = 100_000;

const dateFormatters = Object.fromEntries(
  Object.entries(LOCALES).map(([locale, tag]) => {
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    return [locale, new Intl.DateTimeFormat(tag, options)];
  }),
);
const intlDate = (year, month, day, locale) =>
  dateFormatters[locale].format(new Date(Date.UTC(year, month - 1, day)));

const SPECIAL = [
  0,
  -0,
  0.5,
  -0.5,
  1.5,
  2.5,
  -2.5,
  1.005,
  1.045,
  4.35,
  0.000001,
  0.0000005,
  -0.0000005,
  0.00000049,
  1e-7,
  1.5e-7,
  5e-324,
  999.5,
  9999.5,
  99999.95,
  9.9999995,
  -9.9999995,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 60,
  1e16,
  1e21,
  1.5e21,
  1e22 + 1e7,
  1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  -95081,
  4729,
  3396,
  123456789.125,
];

/** Values across 1e-7..1e16, both signs: plain, rounded to a few decimals, and exact halves such as 12.345. */
function values(seed) {
  const rand = random(seed);
  const digit = () => String(Math.floor(rand() * 10));
  const list = [...SPECIAL];
  while (list.length < COUNT) {
    const sign = rand() < 0.5 ? -1 : 1;
    const kind = rand();
    if (kind < 0.35) {
      list.push(sign * 10 ** (rand() * 23 - 7));
    } else if (kind < 0.6) {
      const scale = 10 ** Math.floor(rand() * 9);
      list.push((sign * Math.round(10 ** (rand() * 17 - 1) * scale)) / scale);
    } else {
      // A half at the place a formatter rounds: whole digits, 0–6 decimals, then a 5 (and sometimes more digits).
      const whole = Array.from({ length: Math.floor(rand() * 13) }, digit).join('') || '0';
      const decimals = Array.from({ length: Math.floor(rand() * 7) }, digit).join('');
      const tail = rand() < 0.2 ? digit() : '';
      list.push(sign * Number(`${whole}.${decimals}5${tail}`));
    }
  }
  return list;
}

/** Runs `check` on every value and locale; reports the first mismatches rather than stopping at one. */
function compare(list, check) {
  const wrong = [];
  let compared = 0;
  for (const [index, value] of list.entries()) {
    for (const locale of ['nl', 'en']) {
      const [ours, intl, label] = check(value, locale, index);
      compared += 1;
      if (ours !== intl && wrong.length < 10)
        wrong.push(`${label}: ${JSON.stringify(ours)} ≠ Intl ${JSON.stringify(intl)}`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(compared >= 2 * COUNT);
}

test('formatNumber(value, locale, 0–6) equals Intl.NumberFormat on 100,000 values per locale', () => {
  compare(values(11), (value, locale, i) => {
    const digits = i % 7;
    return [
      formatNumber(value, locale, digits),
      intlNumber(value, locale, digits),
      `${value}, ${locale}, ${digits}`,
    ];
  });
});

test('formatNumber(value, locale) and formatAmount() use the decimals as written and equal Intl', () => {
  compare(values(23), (value, locale, i) => {
    const format = i % 2 ? formatNumber : formatAmount;
    return [format(value, locale), intlNumber(value, locale, decimalsOf(value)), `${value}, ${locale}`];
  });
});

test('formatEuro(value, locale, 0–6) equals Intl currency EUR on 100,000 values per locale', () => {
  compare(values(37), (value, locale, i) => {
    const digits = i % 4 ? 0 : i % 7;
    return [
      formatEuro(value, locale, digits),
      intlNumber(value, locale, digits, true),
      `€${value}, ${locale}, ${digits}`,
    ];
  });
});

test('formatEuro() prints the sign and space where Intl does: "€ -3.396", "-€3,396"', () => {
  assert.equal(intlNumber(-3396, 'nl', 0, true), '€ -3.396');
  assert.equal(intlNumber(-3396, 'en', 0, true), '-€3,396');
  assert.equal(formatEuro(-3396, 'nl'), '€ -3.396');
  assert.equal(formatEuro(-3396, 'en'), '-€3,396');
  // Intl keeps the minus on a negative amount that rounds to zero; only -0 itself prints "0".
  assert.equal(intlNumber(-0.4, 'nl', 0), '-0');
  assert.equal(formatNumber(-0.4, 'nl', 0), '-0');
  assert.equal(formatNumber(-0, 'en', 2), '0.00');
});

test('formatDate() equals Intl.DateTimeFormat on 100,000 dates from 1900 to 2100 and on rolled-over parts', () => {
  const rand = random(53);
  const pad = (n, width) => String(n).padStart(width, '0');
  const dates = [
    [1900, 1, 1],
    [2100, 12, 31],
    [2024, 2, 29],
    [2025, 2, 29],
    [0, 0, 0],
    [25, 6, 15],
    [9999, 99, 99],
  ];
  while (dates.length < COUNT) {
    // Mostly valid dates in 1900–2100; one in ten anything the ISO pattern lets through (month 00–99, day 00–99).
    dates.push(
      rand() < 0.9
        ? [1900 + Math.floor(rand() * 201), 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 31)]
        : [Math.floor(rand() * 10000), Math.floor(rand() * 100), Math.floor(rand() * 100)],
    );
  }
  compare(dates, ([year, month, day], locale) => {
    const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    return [formatDate(iso, locale), intlDate(year, month, day, locale), `${iso}, ${locale}`];
  });
});
