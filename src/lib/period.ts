/** Periods: "2024", "2024-Q3", "2024-H2", "2024-03"; ranges "2025/2026" in goal trees. */
import type { Locale } from './format.js';

export interface ParsedPeriod {
  year: number;
  kind: 'year' | 'quarter' | 'half' | 'month';
  index: number;
}

const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])))?$/;

export function parsePeriod(period: string): ParsedPeriod | undefined {
  const match = PERIOD.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2]) return { year, kind: 'quarter', index: Number(match[2]) };
  if (match[3]) return { year, kind: 'half', index: Number(match[3]) };
  if (match[4]) return { year, kind: 'month', index: Number(match[4]) };
  return { year, kind: 'year', index: 0 };
}

/** A sortable number: the period's start in months since year 0. */
export function periodOrder(period: string): number {
  const parsed = parsePeriod(period);
  if (!parsed) return Number.MAX_SAFE_INTEGER;
  const month = {
    year: 0,
    quarter: (parsed.index - 1) * 3,
    half: (parsed.index - 1) * 6,
    month: parsed.index - 1,
  }[parsed.kind];
  return parsed.year * 12 + month;
}

export function comparePeriods(a: string, b: string): number {
  return periodOrder(a) - periodOrder(b);
}

const MONTHS: Record<Locale, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Short label for axes: "2024", "Q3 2024", "H2 2024", "mrt 2024". */
export function periodLabel(period: string, locale: Locale): string {
  if (period.includes('/'))
    return period
      .split('/')
      .map((part) => periodLabel(part, locale))
      .join('–');
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  switch (parsed.kind) {
    case 'year':
      return String(parsed.year);
    case 'quarter':
      return `Q${parsed.index} ${parsed.year}`;
    case 'half':
      return `H${parsed.index} ${parsed.year}`;
    case 'month':
      return `${MONTHS[locale][parsed.index - 1]} ${parsed.year}`;
  }
}

/** Long label for sentences: "2024", "het 3e kwartaal van 2024" / "the third quarter of 2024". */
export function periodLongLabel(period: string, locale: Locale): string {
  const parsed = parsePeriod(period);
  if (!parsed || parsed.kind === 'year') return periodLabel(period, locale);
  const ordinalsEn = ['first', 'second', 'third', 'fourth'];
  if (parsed.kind === 'quarter') {
    return locale === 'nl'
      ? `${parsed.index}e kwartaal ${parsed.year}`
      : `the ${ordinalsEn[parsed.index - 1]} quarter of ${parsed.year}`;
  }
  if (parsed.kind === 'half') {
    return locale === 'nl'
      ? `${parsed.index}e helft ${parsed.year}`
      : `the ${ordinalsEn[parsed.index - 1]} half of ${parsed.year}`;
  }
  const full: Record<Locale, string[]> = {
    nl: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    en: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  };
  return `${full[locale][parsed.index - 1]} ${parsed.year}`;
}

/** "2026-02-12" → "12 februari 2026" / "12 February 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
