/**
 * Every number a chart shows goes through this module. Built on Intl.NumberFormat (no bytes of our own for
 * grouping or decimals) and cached per locale and options, because constructing a formatter is the slow part.
 * nl: 4.729 · 48,9% · € 3.396 · -95.081 · € 95,1 mln   en: 4,729 · 48.9% · €3,396 · -95,081 · €95.1 million
 */
import type { AmountsIn, Unit } from '../schema/types.js';

export type Locale = 'nl' | 'en';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: plain numbers or euros with a fixed number of decimals (a cheap key: hot path). */
function formatter(locale: Locale, currency: boolean, digits: number): Intl.NumberFormat {
  const key = `${locale}${currency ? 'c' : 'n'}${digits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(INTL_LOCALE[locale], {
      ...(currency ? { style: 'currency', currency: 'EUR' } : { useGrouping: true }),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, cached);
  }
  return cached;
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

/** Normalises -0 to 0 so that nothing prints "-0". */
function noNegativeZero(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

/** A plain number: `formatNumber(4729, 'nl')` → "4.729"; `formatNumber(2.6, 'nl', 1)` → "2,6". */
export function formatNumber(value: number | null | undefined, locale: Locale, decimals?: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  const digits = clampDecimals(decimals, decimalsOf(value));
  return formatter(locale, false, digits).format(noNegativeZero(value));
}

/** A percentage given as a number of percent: `formatPercent(48.9, 'nl', 1)` → "48,9%". */
export function formatPercent(value: number | null | undefined, locale: Locale, decimals?: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  return `${formatNumber(value, locale, decimals)}%`;
}

/** A euro amount in whole euros: `formatEuro(3396, 'nl')` → "€ 3.396". */
export function formatEuro(value: number | null | undefined, locale: Locale, decimals = 0): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  const digits = clampDecimals(decimals, 0);
  return formatter(locale, true, digits)
    .format(noNegativeZero(value))
    .replace(/\u00a0/g, ' ');
}

const SCALES: Record<Locale, Array<[number, string]>> = {
  nl: [
    [1e9, 'mld'],
    [1e6, 'mln'],
  ],
  en: [
    [1e9, 'billion'],
    [1e6, 'million'],
  ],
};

/**
 * An amount in euros, shortened when large: `formatEuroCompact(95_081_000, 'nl')` → "€ 95,1 mln".
 * Below a million it prints whole euros.
 */
export function formatEuroCompact(euros: number | null | undefined, locale: Locale): string {
  if (typeof euros !== 'number' || !Number.isFinite(euros)) return NO_VALUE;
  const magnitude = Math.abs(euros);
  for (const [size, word] of SCALES[locale]) {
    if (magnitude >= size) {
      const number = formatNumber(Math.round((euros / size) * 10) / 10, locale, 1);
      return locale === 'nl' ? `€ ${number} ${word}` : `€${number} ${word}`;
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

/** The unit caption: `unitCaption(1000, 'nl')` → "Bedragen x €1.000". */
export function unitCaption(amountsIn: AmountsIn | undefined, locale: Locale): string {
  const unit = amountsIn ?? 1000;
  if (unit === 1) return locale === 'nl' ? 'Bedragen in euro' : 'Amounts in euros';
  const factor = formatNumber(unit, locale, 0);
  return locale === 'nl' ? `Bedragen x €${factor}` : `Amounts x €${factor}`;
}

const UNIT_WORDS: Record<Locale, Partial<Record<Unit, string>>> = {
  nl: { years: 'jaar', score: '' },
  en: { years: 'years', score: '' },
};

/**
 * An indicator value with its unit: count → "4.729 jeugdigen", percent → "48%", euro → "€ 2.858",
 * years → "9,2 jaar", score → "2,5".
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: Unit,
  locale: Locale,
  options: { decimals?: number; unitLabel?: string } = {},
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  const decimals = options.decimals ?? (unit === 'years' ? 1 : undefined);
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale, decimals);
    case 'euro':
      return formatEuro(value, locale, decimals ?? 0);
    default: {
      const number = formatNumber(value, locale, decimals);
      const label = options.unitLabel ?? UNIT_WORDS[locale][unit] ?? '';
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
