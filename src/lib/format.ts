/**
 * Every number a chart shows goes through this module.
 * nl: 4.729 · 48,9% · € 3.396 · -95.081 · € 95,1 mln   en: 4,729 · 48.9% · €3,396 · -95,081 · €95.1 million
 *
 * It writes numbers itself instead of calling Intl.NumberFormat at render time: in headless Chromium the first
 * Intl formatter on a page costs 20–30 ms (ICU starts up), a quarter of a dashboard's 100 ms budget. With two
 * locales (nl-NL, en-GB) the rules are short: group by three from four digits, a decimal separator, a
 * hyphen-minus, and Intl's rounding (half away from zero on the shortest decimal form of the number, String(value),
 * so 1.005 → "1,01" where toFixed gives "1.00"). test/node/format-intl.test.mjs (Node's full ICU) and
 * test/lib/format.test.ts (Chromium's Intl) check on random values that the output is byte for byte Intl's.
 */
import type { AmountsIn, Unit } from '../schema/types.js';
import { commonStrings } from '../i18n/common.js';
import { translate } from '../i18n/strings.js';
import { isFiniteNumber } from './number.js';

export type Locale = 'nl' | 'en';

/**
 * Where the few words beside numbers ("mln", "jaar", "Bedragen x €1.000") come from: an element passes its own
 * string lookup (with its `strings` overrides); without one, the shared catalogue with the page's `setStrings`.
 */
export type Words = (key: string, params?: Record<string, unknown>) => string;

const catalogueWords =
  (locale: Locale): Words =>
  (key, params) =>
    translate(commonStrings, locale, key, params);

/**
 * `value` with exactly `digits` decimals as Intl.NumberFormat('nl-NL' | 'en-GB') writes it, as a euro amount
 * ("€ -3.396", "-€3,396") when `euro`. -0 prints "0"; a negative value that rounds to zero keeps its "-" as in Intl.
 */
function intlFormat(value: number, locale: Locale, digits: number, euro?: boolean): string {
  const [mantissa, exponent] = String(Math.abs(value)).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  // Where the decimal point falls in `whole + fraction` (exponent notation below 1e-6 and from 1e21 on).
  const point = whole.length + Number(exponent ?? 0);
  const lead = '0'.repeat(Math.max(0, 1 - point));
  const shortest = (lead + whole + fraction).padEnd(lead.length + point + digits + 1, '0');
  const cut = lead.length + point + digits;
  // Half away from zero on the decimal digits: a 5 or more after the cut rounds the magnitude up.
  const up = BigInt(shortest[cut] > '4');
  const scaled = String(BigInt(shortest.slice(0, cut)) + up).padStart(digits + 1, '0');
  const [group, decimal] = locale === 'nl' ? '.,' : ',.';
  // Groups of three from four digits on; a loop, because a look-ahead RegExp is slower on a cold page.
  let number = scaled.slice(0, scaled.length - digits);
  for (let at = number.length - 3; at > 0; at -= 3) number = number.slice(0, at) + group + number.slice(at);
  if (digits) number += decimal + scaled.slice(-digits);
  const sign = value < 0 ? '-' : '';
  if (!euro) return sign + number;
  return locale === 'nl' ? `€ ${sign}${number}` : `${sign}€${number}`;
}

/** Shown where a number is missing or not finite, never "NaN". */
export const NO_VALUE = '–';

function clampDecimals(decimals: number | undefined, fallback: number): number {
  if (decimals === undefined || !Number.isFinite(decimals)) return fallback;
  return Math.min(6, Math.max(0, Math.round(decimals)));
}

/** Decimals of a number as it would be written (2.6 → 1, 4729 → 0), at most 6. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = value.toFixed(6).replace(/0+$/, '');
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

/** A plain number: `formatNumber(4729, 'nl')` → "4.729"; `formatNumber(2.6, 'nl', 1)` → "2,6". */
export function formatNumber(value: number | null | undefined, locale: Locale, decimals?: number): string {
  if (!isFiniteNumber(value)) return NO_VALUE;
  const digits = clampDecimals(decimals, decimalsOf(value));
  return intlFormat(value, locale, digits);
}

/** A percentage given as a number of percent: `formatPercent(48.9, 'nl', 1)` → "48,9%". */
export function formatPercent(value: number | null | undefined, locale: Locale, decimals?: number): string {
  if (!isFiniteNumber(value)) return NO_VALUE;
  return `${formatNumber(value, locale, decimals)}%`;
}

/** A euro amount in whole euros: `formatEuro(3396, 'nl')` → "€ 3.396". */
export function formatEuro(value: number | null | undefined, locale: Locale, decimals = 0): string {
  if (!isFiniteNumber(value)) return NO_VALUE;
  return intlFormat(value, locale, clampDecimals(decimals, 0), true);
}

const SCALES: Array<[number, string]> = [
  [1e9, 'common.scale.billion'],
  [1e6, 'common.scale.million'],
];

/**
 * An amount in euros, shortened when large: `formatEuroCompact(95_081_000, 'nl')` → "€ 95,1 mln".
 * Below a million it prints whole euros.
 */
export function formatEuroCompact(
  euros: number | null | undefined,
  locale: Locale,
  words: Words = catalogueWords(locale),
): string {
  if (typeof euros !== 'number' || !Number.isFinite(euros)) return NO_VALUE;
  const magnitude = Math.abs(euros);
  for (const [size, key] of SCALES) {
    if (magnitude >= size) {
      const number = formatNumber(Math.round((euros / size) * 10) / 10, locale, 1);
      return locale === 'nl' ? `€ ${number} ${words(key)}` : `€${number} ${words(key)}`;
    }
  }
  return formatEuro(euros, locale);
}

/** An amount as printed in a table of "Bedragen x €1.000": the number as in the data, `-95.361`. */
export function formatAmount(value: number | null | undefined, locale: Locale): string {
  return formatNumber(value, locale, typeof value === 'number' ? decimalsOf(value) : 0);
}

/** Converts an amount in units of `amountsIn` to euros. */
export function toEuros(value: number, amountsIn: AmountsIn | undefined): number {
  return value * (amountsIn ?? 1000);
}

/**
 * The unit caption: `unitCaption(1000, 'nl')` → "Bedragen x €1.000"; `inline` is the form inside a sentence
 * ("… in bedragen x €1.000"), a string of its own rather than a lower-cased first letter.
 */
export function unitCaption(
  amountsIn: AmountsIn | undefined,
  locale: Locale,
  options: { words?: Words; inline?: boolean } = {},
): string {
  const words = options.words ?? catalogueWords(locale);
  const unit = amountsIn ?? 1000;
  const form = options.inline ? '.inline' : '';
  if (unit === 1) return words(`common.amounts.euros${form}`);
  return words(`common.amounts.times${form}`, { factor: formatNumber(unit, locale, 0) });
}

const UNIT_WORDS: Partial<Record<Unit, string>> = { years: 'common.unit.years' };

/**
 * An indicator value with its unit: count → "4.729 jeugdigen", percent → "48%", euro → "€ 2.858",
 * years → "9,2 jaar", score → "2,5".
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: Unit,
  locale: Locale,
  options: { decimals?: number; unitLabel?: string; words?: Words } = {},
): string {
  if (!isFiniteNumber(value)) return NO_VALUE;
  const decimals = options.decimals ?? (unit === 'years' ? 1 : undefined);
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale, decimals);
    case 'euro':
      return formatEuro(value, locale, decimals ?? 0);
    default: {
      const number = formatNumber(value, locale, decimals);
      const key = UNIT_WORDS[unit];
      const label = options.unitLabel ?? (key ? (options.words ?? catalogueWords(locale))(key) : '');
      return label ? `${number} ${label}` : number;
    }
  }
}

/** A signed difference: "+1,2", "-32", "0". */
export function formatSigned(value: number, locale: Locale, decimals?: number): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const text = formatNumber(value, locale, decimals);
  return value > 0 && text !== formatNumber(0, locale, decimals) ? `+${text}` : text;
}

/** A ratio as a whole percentage for gauges: `formatRatio(1.12, 'nl')` → "112%". */
export function formatRatio(ratio: number | null | undefined, locale: Locale, decimals = 0): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return NO_VALUE;
  return formatPercent(ratio * 100, locale, decimals);
}
