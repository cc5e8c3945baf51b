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

const MONTHS: Record<Locale, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Full month names, as Intl.DateTimeFormat('nl-NL' | 'en-GB', { month: 'long' }) writes them. */
const MONTH_NAMES: Record<Locale, string[]> = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/** What a figure without a date (period null: the source prints none) is called. */
const UNDATED: Record<Locale, string> = { nl: 'zonder jaartal', en: 'undated' };

/** Short label for axes: "2024", "Q3 2024", "H2 2024", "mrt 2024"; null (undated) → "zonder jaartal". */
export function periodLabel(period: string | null, locale: Locale): string {
  if (period === null) return UNDATED[locale];
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

/**
 * "2026-02-12" → "12 februari 2026" / "12 February 2026": what Intl.DateTimeFormat (day numeric, month long, year
 * numeric, UTC) writes for nl-NL and en-GB, without its first-call cost (see src/lib/format.ts). Out-of-range parts
 * roll over as Date.UTC rolls them ("2026-02-30" → 2 March, year 0025 → 1925); test/node/format-intl.test.mjs
 * compares with Intl.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return `${date.getUTCDate()} ${MONTH_NAMES[locale][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
