/**
 * The saldo-per-doelstelling table as plain numbers: which measures to show, one row per goal, the programme
 * total (stated where the document states it, summed where it does not), the saldo bar geometry and the CSV text.
 * No DOM, no formatting for the screen: the element only draws what these functions return.
 */
import { linearScale, r2, type LinearScale } from '../../lib/scale.js';
import { formatNumber, type Locale } from '../../lib/format.js';
import { exceedsRounding } from '../../schema/validate.js';
import {
  AMOUNT_MEASURES,
  type AmountMeasure,
  type Amounts,
  type AmountsIn,
  type Programme,
} from '../../schema/types.js';
import { clean, isFiniteNumber } from '../../lib/number.js';

export const SCENARIOS = ['actual', 'budget', 'budgetOriginal'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/**
 * The measures any goal or the programme total states for the scenario, in one order for every table:
 * lasten, baten, toevoegingen, onttrekkingen, saldo. (The 2021 report prints baten before lasten; one order
 * for every year lets a reader compare tables side by side.)
 */
export function presentMeasures(programme: Programme, scenario: Scenario): AmountMeasure[] {
  const sources: Array<Amounts | undefined> = [
    programme.finance?.[scenario],
    ...programme.goals.map((goal) => goal.finance?.[scenario]),
  ];
  return AMOUNT_MEASURES.filter((measure) => sources.some((amounts) => isFiniteNumber(amounts?.[measure])));
}

/** Whether the document has any figures for the scenario (programme total or any goal). */
export function hasScenario(programme: Programme, scenario: Scenario): boolean {
  return presentMeasures(programme, scenario).length > 0;
}

/** A goal's row label as the reports print it: "Langer zelfstandig wonen (2.2)". */
export function goalLabel(goal: { title: string; code?: string }): string {
  const code = goal.code?.trim();
  return code ? `${goal.title} (${code})` : goal.title;
}

export type MeasureValues = Partial<Record<AmountMeasure, number>>;

export interface SaldoRow {
  /** goal.id: codes repeat (two rows coded 2.2 in 2021), ids do not. */
  id: string;
  code?: string;
  title: string;
  label: string;
  values: MeasureValues;
  /** actual − budget per measure, when comparing. */
  differences: MeasureValues;
}

export interface TotalCell {
  measure: AmountMeasure;
  /** The figure shown: the stated one, else the computed sum; undefined when neither exists. */
  value?: number;
  source: 'stated' | 'computed' | 'none';
  /** Sum of the goals that state the measure. */
  sum?: number;
  summedCount: number;
  /** The stated figure differs from the complete sum by more than rounding. */
  mismatch: boolean;
  /** stated − sum, when `mismatch`. */
  difference?: number;
}

function pick(amounts: Amounts | undefined, measures: readonly AmountMeasure[]): MeasureValues {
  const out: MeasureValues = {};
  for (const measure of measures) {
    const value = amounts?.[measure];
    if (isFiniteNumber(value)) out[measure] = value;
  }
  return out;
}

function subtract(a: MeasureValues, b: MeasureValues, measures: readonly AmountMeasure[]): MeasureValues {
  const out: MeasureValues = {};
  for (const measure of measures) {
    const x = a[measure];
    const y = b[measure];
    if (isFiniteNumber(x) && isFiniteNumber(y)) out[measure] = clean(x - y);
  }
  return out;
}

/**
 * The programme total for one measure. The document's stated figure wins; a difference from the sum of the goals
 * within rounding (one unit per summed goal, as the validator judges it) is silent, a larger one is flagged,
 * never corrected. The sum is compared only when every goal states the measure: a partial sum proves nothing.
 */
export function totalCell(programme: Programme, scenario: Scenario, measure: AmountMeasure): TotalCell {
  const stated = programme.finance?.[scenario]?.[measure];
  const parts = programme.goals.map((goal) => goal.finance?.[scenario]?.[measure]).filter(isFiniteNumber);
  const sum = parts.length > 0 ? clean(parts.reduce((a, b) => a + b, 0)) : undefined;
  const complete = parts.length > 0 && parts.length === programme.goals.length;
  if (isFiniteNumber(stated)) {
    const mismatch = complete && sum !== undefined && exceedsRounding(stated, sum, parts.length);
    return {
      measure,
      value: stated,
      source: 'stated',
      sum,
      summedCount: parts.length,
      mismatch,
      difference: mismatch && sum !== undefined ? clean(stated - sum) : undefined,
    };
  }
  if (sum !== undefined)
    return { measure, value: sum, source: 'computed', sum, summedCount: parts.length, mismatch: false };
  return { measure, source: 'none', summedCount: 0, mismatch: false };
}

export type CompareState = 'off' | 'on' | 'not-actual' | 'no-budget';

/** A note below the table: one shared "berekend" note, one per total that differs from its parts. */
export interface SaldoFootnote {
  n: number;
  kind: 'computed' | 'mismatch';
  cell: TotalCell;
}

export interface SaldoTableModel {
  scenario: Scenario;
  measures: AmountMeasure[];
  rows: SaldoRow[];
  totals: TotalCell[];
  /** The figures of the total row (stated, else summed). */
  totalValues: MeasureValues;
  footnotes: SaldoFootnote[];
  /** The footnote number that marks each total cell. */
  totalMarkers: Partial<Record<AmountMeasure, number>>;
  /** Whether a "Verschil" column follows each measure, or why not. */
  compare: CompareState;
  totalDifferences: MeasureValues;
  /** Largest |saldo| over the goal rows: the shared domain of the bars. */
  maxAbsBalance: number;
}

function totalValues(totals: TotalCell[]): MeasureValues {
  const out: MeasureValues = {};
  for (const cell of totals) if (isFiniteNumber(cell.value)) out[cell.measure] = cell.value;
  return out;
}

/** Numbers the footnotes in column order: "berekend" once (at its first cell), each mismatch on its own. */
export function saldoFootnotes(totals: TotalCell[]): {
  footnotes: SaldoFootnote[];
  markers: Partial<Record<AmountMeasure, number>>;
} {
  const footnotes: SaldoFootnote[] = [];
  const markers: Partial<Record<AmountMeasure, number>> = {};
  let computed: number | undefined;
  for (const cell of totals) {
    if (cell.mismatch) {
      footnotes.push({ n: footnotes.length + 1, kind: 'mismatch', cell });
      markers[cell.measure] = footnotes.length;
    } else if (cell.source === 'computed') {
      if (computed === undefined) {
        footnotes.push({ n: footnotes.length + 1, kind: 'computed', cell });
        computed = footnotes.length;
      }
      markers[cell.measure] = computed;
    }
  }
  return { footnotes, markers };
}

/** Everything the table shows, derived once per (programme, scenario, compare). */
export function saldoTable(programme: Programme, scenario: Scenario, compareBudget = false): SaldoTableModel {
  const measures = presentMeasures(programme, scenario);
  const compare: CompareState = !compareBudget
    ? 'off'
    : scenario !== 'actual'
      ? 'not-actual'
      : hasScenario(programme, 'budget')
        ? 'on'
        : 'no-budget';
  const rows: SaldoRow[] = programme.goals.map((goal) => {
    const values = pick(goal.finance?.[scenario], measures);
    return {
      id: goal.id,
      code: goal.code,
      title: goal.title,
      label: goalLabel(goal),
      values,
      differences: compare === 'on' ? subtract(values, pick(goal.finance?.budget, measures), measures) : {},
    };
  });
  const totals = measures.map((measure) => totalCell(programme, scenario, measure));
  const budgetTotals =
    compare === 'on' ? measures.map((measure) => totalCell(programme, 'budget', measure)) : [];
  let maxAbsBalance = 0;
  for (const row of rows) {
    const balance = row.values.balance;
    if (isFiniteNumber(balance)) maxAbsBalance = Math.max(maxAbsBalance, Math.abs(balance));
  }
  const notes = saldoFootnotes(totals);
  return {
    scenario,
    measures,
    rows,
    totals,
    totalValues: totalValues(totals),
    footnotes: notes.footnotes,
    totalMarkers: notes.markers,
    compare,
    totalDifferences:
      compare === 'on' ? subtract(totalValues(totals), totalValues(budgetTotals), measures) : {},
    maxAbsBalance,
  };
}

export interface BarGeometry {
  x: number;
  width: number;
  /** x of the zero line */
  zero: number;
  negative: boolean;
}

export const BAR_WIDTH = 96;
export const BAR_HEIGHT = 16;
const BAR_INSET = 2;

/**
 * One scale for every goal row, symmetric around zero so that the zero line sits at the same place in every row
 * and negative saldi grow to the left. The total row is left out: it is the sum of the rows and would shrink
 * every goal's bar to a sliver, while the bars exist to compare goals with each other.
 */
export function saldoBarScale(maxAbsBalance: number, width = BAR_WIDTH): LinearScale {
  const max = Number.isFinite(maxAbsBalance) && maxAbsBalance > 0 ? maxAbsBalance : 1;
  return linearScale([-max, max], [BAR_INSET, Math.max(BAR_INSET, width - BAR_INSET)]);
}

/** The bar of one saldo: from the zero line to the value; non-zero values get at least one pixel. */
export function saldoBar(value: number, scale: LinearScale): BarGeometry {
  const zero = r2(scale(0));
  if (!isFiniteNumber(value)) return { x: zero, width: 0, zero, negative: false };
  const end = r2(scale(value));
  let width = Math.abs(end - zero);
  if (value !== 0 && width < 1) width = 1;
  const negative = value < 0;
  return { x: r2(negative ? zero - width : zero), width: r2(width), zero, negative };
}

/** The unit for CSV headers: "(x €1.000)"; amounts in euros: "(€)". */
export function csvUnit(amountsIn: AmountsIn | undefined, locale: Locale): string {
  const unit = amountsIn ?? 1000;
  return unit === 1 ? '(€)' : `(x €${formatNumber(unit, locale, 0)})`;
}

export interface CsvLabels {
  code: string;
  goal: string;
  total: string;
  measures: Record<AmountMeasure, string>;
  /** Header of a difference column, e.g. "Verschil saldo". */
  difference: (measure: AmountMeasure) => string;
}

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A CSV field. Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR and not a plain
 * number) gets a leading apostrophe; fields with the separator, quotes or line breaks are quoted.
 */
export function csvField(text: string, separator: string): string {
  let field = text;
  if (/^[=+\-@\t\r]/.test(field) && !PLAIN_NUMBER.test(field)) field = `'${field}`;
  if (field.includes(separator) || /["\r\n]/.test(field)) field = `"${field.replace(/"/g, '""')}"`;
  return field;
}

/** A number as in the data, without grouping: -95361; nl writes a decimal comma so Dutch spreadsheets read it. */
export function csvNumber(value: number | undefined, locale: Locale): string {
  if (!isFiniteNumber(value)) return '';
  const text = String(clean(value));
  // Exponent notation ("1e+21") is no amount a spreadsheet reads back; write every digit.
  const plain = /e/i.test(text)
    ? clean(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 })
    : text;
  return locale === 'nl' ? plain.replace('.', ',') : plain;
}

/**
 * The table as CSV: a UTF-8 BOM (spreadsheets then read "€" and "ë" right), a header row with the measures and
 * the unit, one row per goal (code, title, figures), the total row. nl separates with ";" (a comma is the decimal
 * separator there), en with ",". Lines end in CRLF (RFC 4180).
 */
export function saldoCsv(
  model: SaldoTableModel,
  labels: CsvLabels,
  amountsIn: AmountsIn | undefined,
  locale: Locale,
): string {
  const separator = locale === 'nl' ? ';' : ',';
  const unit = csvUnit(amountsIn, locale);
  const compare = model.compare === 'on';
  const header = [labels.code, labels.goal];
  for (const measure of model.measures) {
    header.push(`${labels.measures[measure]} ${unit}`);
    if (compare) header.push(`${labels.difference(measure)} ${unit}`);
  }
  const line = (code: string, title: string, values: MeasureValues, differences: MeasureValues): string[] => {
    const cells = [code, title];
    for (const measure of model.measures) {
      cells.push(csvNumber(values[measure], locale));
      if (compare) cells.push(csvNumber(differences[measure], locale));
    }
    return cells;
  };
  const lines = [header];
  for (const row of model.rows) lines.push(line(row.code ?? '', row.title, row.values, row.differences));
  lines.push(line('', labels.total, model.totalValues, model.totalDifferences));
  return `\uFEFF${lines.map((cells) => cells.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}
