/**
 * The Vergelijkingen sheet → each indicator's `comparisons`. One row is one reference value; rows with the same
 * Indicator and Vergelijking form one series, in the order the series first appear. Soort, Bron and Peildatum
 * belong to the series: a later row may leave them empty, but a different value there is a problem on that cell.
 */
import { sheetDef } from './columns.js';
import { type Builder, type Obj } from './to-document.js';
import { builderProblem, type Localized } from './problems.js';
import type { ReadSheet, SheetRow } from './sheet-rows.js';

const SERIES_FIELDS = ['kind', 'source', 'referenceDate'] as const;

/** How a period is named in a message: the period, or "zonder jaartal" for null. */
export function periodName(period: string | null): string | Localized {
  return period ?? { nl: 'zonder jaartal', en: 'undated' };
}

const column = (field: string) => sheetDef('comparisons').columns.find((c) => c.key === field)!;

/** A series' value as the sheet shows it: the kind in the words of the template (landelijk / national). */
function shown(field: string, value: unknown): string | Localized {
  const words = column(field).values?.[String(value)];
  return words ? { nl: words[0], en: words[1] } : String(value);
}

/** Puts `comparisons` right after `values`, the schema's order, so the JSON reads like the examples. */
function withComparisons(indicator: Obj): Obj[] {
  const list: Obj[] = [];
  const entries = Object.entries(indicator);
  for (const [key] of entries) delete indicator[key];
  for (const [key, value] of entries) {
    indicator[key] = value;
    if (key === 'values') indicator.comparisons = list;
  }
  indicator.comparisons ??= list;
  return indicator.comparisons as Obj[];
}

interface Series {
  comparison: Obj;
  /** Where each series field got its value, for naming it in a conflict. */
  firstAt: Map<string, string>;
  periods: Map<string, string>;
}

const label = (value: unknown) => String(value).trim();
const sameLabel = (value: unknown) => label(value).toLocaleLowerCase('nl');

export function readComparisons(
  builder: Builder,
  read: ReadSheet | undefined,
  indicators: Map<string, Obj>,
): void {
  const series = new Map<string, Series>();
  /** Per indicator and label in lower case: where the label was first written, and how. */
  const labels = new Map<string, { text: string; at: string }>();
  for (const row of read?.rows ?? []) {
    const id = row.values.get('indicator') as string | undefined;
    const text = row.values.get('label');
    if (id === undefined || text === undefined) continue;
    const indicator = indicators.get(id);
    if (!indicator) {
      if (builder.typedIndicators.has(id) || !builder.readable('indicators')) continue;
      builder.problems.push(
        builderProblem('unknown-indicator', builder.place('comparisons', row, 'indicator'), { id }),
      );
      continue;
    }
    const key = `${id}\u0000${label(text)}`;
    let entry = series.get(key);
    if (!entry) {
      const here = builder.place('comparisons', row, 'label');
      const loose = `${id}\u0000${sameLabel(text)}`;
      const first = labels.get(loose);
      if (first) {
        builder.problems.push(
          builderProblem('duplicate-comparison', here, {
            id,
            label: label(text),
            other: first.text,
            first: first.at,
          }),
        );
        continue;
      }
      labels.set(loose, { text: label(text), at: `${here.sheet}!${here.cell}` });
      entry = startSeries(builder, row, indicator);
      series.set(key, entry);
    } else if (!joinSeries(builder, row, entry, id)) continue;
    addValue(builder, row, entry, id);
  }
}

function startSeries(builder: Builder, row: SheetRow, indicator: Obj): Series {
  const comparison: Obj = { label: label(row.values.get('label')), values: [] };
  const firstAt = new Map<string, string>();
  for (const field of SERIES_FIELDS) {
    const value = row.values.get(field);
    if (value === undefined) continue;
    comparison[field] = value;
    const here = builder.place('comparisons', row, field);
    firstAt.set(field, `${here.sheet}!${here.cell}`);
  }
  for (const [name, value] of row.extras) comparison[name] = value;
  builder.remember(comparison, 'comparisons', row);
  withComparisons(indicator).push(comparison);
  return { comparison, firstAt, periods: new Map() };
}

/** A later row of a series: its Soort, Bron and Peildatum must agree with the series' (or be empty). */
function joinSeries(builder: Builder, row: SheetRow, entry: Series, id: string): boolean {
  let ok = true;
  for (const field of SERIES_FIELDS) {
    const value = row.values.get(field);
    if (value === undefined) continue;
    const known = entry.comparison[field];
    const here = builder.place('comparisons', row, field);
    if (known === undefined) {
      // The first rows left it empty: this row gives it to the series.
      entry.comparison[field] = value;
      entry.firstAt.set(field, `${here.sheet}!${here.cell}`);
      continue;
    }
    if (known === value) continue;
    const { nl, en } = column(field);
    builder.problems.push(
      builderProblem('conflicting-comparison', here, {
        id,
        label: entry.comparison.label,
        column: { nl: nl.toLowerCase(), en: en.toLowerCase() },
        expected: shown(field, known),
        first: entry.firstAt.get(field),
      }),
    );
    ok = false;
  }
  return ok;
}

function addValue(builder: Builder, row: SheetRow, entry: Series, id: string): void {
  const period = row.values.get('period');
  if (period === undefined) return;
  const here = builder.place('comparisons', row, 'period');
  const seenKey = period === null ? '' : String(period);
  const first = entry.periods.get(seenKey);
  if (first) {
    builder.problems.push(
      builderProblem('duplicate-comparison-period', here, {
        id,
        label: entry.comparison.label,
        period: periodName(period as string | null),
        first,
      }),
    );
    return;
  }
  entry.periods.set(seenKey, `${here.sheet}!${here.cell}`);
  const value: Obj = { period, value: row.values.get('value') ?? null };
  builder.remember(value, 'comparisons', row);
  (entry.comparison.values as Obj[]).push(value);
}
