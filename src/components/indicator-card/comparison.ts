/**
 * Comparison series of an indicator card (reference values: the country, the province, municipalities of the same
 * size): their values aligned with the card's periods, their geometry on the card's scale, the direct labels at
 * the lines' ends, the single-period dot comparison, and what the comparison says in words (higher / lower /
 * equal at the precision shown; better / worse only where the indicator's polarity says which way is good).
 * Plain numbers and keys only: wording and number formatting belong to the element.
 */
import { decimalsOf } from '../../lib/format.js';
import { isFiniteNumber } from '../../lib/number.js';
import type { Comparison, ComparisonKind, Indicator, Polarity } from '../../schema/types.js';
import { coord, sortByPeriod } from './trend-periods.js';
import { linePath, roundTo, valueDomain, yScale, type TrendView } from './trend.js';

/** Comparison series are told apart by one of this many styles (line dash, marker shape, colour); then they repeat. */
export const COMPARISON_STYLES = 4;

export interface ComparisonSeries {
  label: string;
  kind?: ComparisonKind;
  /** 1…COMPARISON_STYLES: the line dash, marker shape and colour. */
  style: number;
  source?: string;
  referenceDate?: string;
  /** The reference value at each of the card's points (index as in `TrendView.points`); null: none. */
  values: Array<number | null>;
  /** The series as a line with gaps, in the card's 0–100 box. */
  path: string;
  /** Where each known value sits in the box. */
  markers: Array<{ index: number; x: number; y: number }>;
}

export type Relation = 'higher' | 'lower' | 'equal';
export type Judgement = 'better' | 'worse';

/** One comparison in words: the municipality's value against one reference value, at one period. */
export interface ComparisonStatement {
  label: string;
  style: number;
  /** The reference value; null when the series has none for the period. */
  value: number | null;
  relation?: Relation;
  judgement?: Judgement;
}

/** A direct label at a line's end: its text, and its centre in percent of the plot height after dodging. */
export interface LineLabel {
  label: string;
  /** 0 for the municipality's own series, else the comparison's style. */
  style: number;
  y: number;
}

/** A row of the single-period comparison: a stem from zero to the value and a marker at the value. */
export interface DotRow {
  label: string;
  /** 0 for the municipality's own value, else the comparison's style. */
  style: number;
  value: number | null;
  /** Marker position and the stem's start and width, in percent of the track. */
  x: number;
  stemStart: number;
  stemWidth: number;
}

/** The key of a period in a lookup (null, an undated figure, is a key of its own). */
type PeriodKey = string | null;

/** Lookup period → value of one comparison (the first of duplicates, which validation reports). */
function byPeriod(comparison: Comparison): Map<PeriodKey, number | null> {
  const map = new Map<PeriodKey, number | null>();
  for (const entry of comparison.values ?? []) {
    if (!map.has(entry.period)) map.set(entry.period, isFiniteNumber(entry.value) ? entry.value : null);
  }
  return map;
}

/** Every finite reference value: the card's value axis keeps them in view. */
export function comparisonValues(indicator: Indicator): number[] {
  return (indicator.comparisons ?? []).flatMap((c) =>
    (c.values ?? []).map((v) => v.value).filter(isFiniteNumber),
  );
}

/**
 * The indicator with an empty value (no actual, no target) for every period only a comparison has, so the card's
 * time axis shows it: reference figures are often published for other years. The same object when none is added.
 */
export function withComparisonPeriods(indicator: Indicator): Indicator {
  const own = new Set<PeriodKey>((indicator.values ?? []).map((v) => v.period));
  const extra: PeriodKey[] = [];
  for (const comparison of indicator.comparisons ?? []) {
    for (const { period, value } of comparison.values ?? []) {
      if (!own.has(period) && isFiniteNumber(value)) {
        own.add(period);
        extra.push(period);
      }
    }
  }
  if (extra.length === 0) return indicator;
  const values = sortByPeriod([...indicator.values, ...extra.map((period) => ({ period }))]);
  return { ...indicator, values };
}

/** The comparison series laid out on a trend view's points and scale. */
export function comparisonSeries(indicator: Indicator, view: TrendView): ComparisonSeries[] {
  const y = yScale(view.domain);
  return (indicator.comparisons ?? []).map((comparison, i) => {
    const lookup = byPeriod(comparison);
    const values = view.points.map((point) => lookup.get(point.period) ?? null);
    const placed = view.points.map((point, index) => ({
      index,
      x: point.x,
      yActual: values[index] === null ? null : coord(y(values[index] as number)),
    }));
    return {
      label: comparison.label,
      kind: comparison.kind,
      style: (i % COMPARISON_STYLES) + 1,
      source: comparison.source,
      referenceDate: comparison.referenceDate,
      values,
      path: linePath(placed),
      markers: placed.flatMap((p) => (p.yActual === null ? [] : [{ index: p.index, x: p.x, y: p.yActual }])),
    };
  });
}

/**
 * Higher, lower or equal, decided by the numbers as the card shows them: both rounded to the indicator's
 * decimals, or (when it states none) to the more precise of the two as written. 45 against 45,0 is equal.
 */
export function relationOf(own: number, reference: number, decimals?: number): Relation {
  const digits = decimals ?? Math.max(decimalsOf(own), decimalsOf(reference));
  const a = roundTo(own, digits);
  const b = roundTo(reference, digits);
  return a > b ? 'higher' : a < b ? 'lower' : 'equal';
}

/** Better or worse, only where the polarity says which direction is good; equal is neither. */
export function judgementOf(relation: Relation, polarity: Polarity | undefined): Judgement | undefined {
  if (relation === 'equal' || (polarity !== 'higher-is-better' && polarity !== 'lower-is-better')) {
    return undefined;
  }
  return (relation === 'higher') === (polarity === 'higher-is-better') ? 'better' : 'worse';
}

/** What each comparison says at the point `index` of the view, against the municipality's value `own`. */
export function statementsAt(
  indicator: Indicator,
  series: readonly ComparisonSeries[],
  index: number,
  own: number | null,
): ComparisonStatement[] {
  return series.map((s) => {
    const value = s.values[index] ?? null;
    if (value === null || own === null) return { label: s.label, style: s.style, value };
    const relation = relationOf(own, value, indicator.decimals);
    return {
      label: s.label,
      style: s.style,
      value,
      relation,
      judgement: judgementOf(relation, indicator.polarity),
    };
  });
}

/**
 * Spreads labels along the plot's height so none overlaps another, each as near its line as possible, inside
 * [lo, hi]. `ys`: the wanted centres; `sizes`: each label's height (one number for all), both in percent of the
 * plot height. Returns the new centres in the input's order.
 */
export function dodge(ys: readonly number[], sizes: number | readonly number[], lo = 0, hi = 100): number[] {
  const size = (i: number) => (typeof sizes === 'number' ? sizes : (sizes[i] ?? 0));
  const order = ys
    .map((y, i) => ({ y: Number.isFinite(y) ? y : lo, i, h: size(i) }))
    .sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((entry) => entry.y);
  const apart = (k: number) => (order[k - 1].h + order[k].h) / 2;
  // Down from the top: each label clear of the one above; then up from the bottom edge.
  for (let k = 0; k < placed.length; k++) {
    placed[k] = Math.max(placed[k], k === 0 ? lo + order[0].h / 2 : placed[k - 1] + apart(k));
  }
  for (let k = placed.length - 1; k >= 0; k--) {
    const last = k === placed.length - 1;
    placed[k] = Math.min(placed[k], last ? hi - order[k].h / 2 : placed[k + 1] - apart(k + 1));
  }
  // A column too short for them all: stack them from the top instead (they may run past the bottom).
  if (placed.length > 0 && placed[0] < lo + order[0].h / 2) {
    placed[0] = lo + order[0].h / 2;
    for (let k = 1; k < placed.length; k++) placed[k] = placed[k - 1] + apart(k);
  }
  const out = new Array<number>(ys.length);
  order.forEach((entry, k) => (out[entry.i] = coord(placed[k])));
  return out;
}

/**
 * Characters a line of a direct label holds: its column is 9em (8em in a narrow card) less its padding, of 0.75em
 * semibold text: 12 (10) characters of a wide font such as DejaVu Sans; but never narrower than the longest word.
 * A line's height in % of the plot.
 */
const LABEL_CHARS = 12;
const LABEL_CHARS_NARROW = 10;
const LABEL_LINE_HEIGHT = 11;

/** A label's words as the browser wraps them: at spaces, and after a hyphen or dash (those join without a space). */
const wordsOf = (label: string): string[][] =>
  label
    .trim()
    .split(/\s+/)
    .map((word) => word.match(/[^-–]*[-–]+|[^-–]+/g) ?? []);

/** How many lines a label takes in a column that holds `width` characters a line (greedy, as the browser wraps). */
export function labelLines(label: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of wordsOf(label)) {
    word.forEach((piece, k) => {
      const size = Array.from(piece).length;
      const space = used && !k ? 1 : 0;
      if (used && used + space + size > width) {
        lines++;
        used = size;
      } else used += space + size;
    });
  }
  return lines;
}

/**
 * The direct labels at the lines' ends: the municipality's own line (when named) and each comparison. `narrow`:
 * the card is under 28rem, where its slimmer label column does not show the own label, which then takes no place.
 */
export function lineLabels(
  view: TrendView,
  series: readonly ComparisonSeries[],
  ownLabel: string | undefined,
  narrow = false,
): LineLabel[] {
  const wanted: Array<{ label: string; style: number; y: number }> = [];
  const lastActual = view.lastActual === undefined ? undefined : view.points[view.lastActual];
  if (ownLabel && !narrow && lastActual?.yActual != null)
    wanted.push({ label: ownLabel, style: 0, y: lastActual.yActual });
  for (const s of series) {
    const last = s.markers[s.markers.length - 1];
    if (last) wanted.push({ label: s.label, style: s.style, y: last.y });
  }
  // The column widens to its longest word; other lines fit only if shorter (their letters may be wider).
  const width = Math.max(
    narrow ? LABEL_CHARS_NARROW : LABEL_CHARS,
    ...wanted.flatMap((w) =>
      wordsOf(w.label)
        .flat()
        .map((piece) => Array.from(piece).length - 1),
    ),
  );
  const ys = dodge(
    wanted.map((w) => w.y),
    wanted.map((w) => labelLines(w.label, width) * LABEL_LINE_HEIGHT),
  );
  return wanted.map((w, i) => ({ ...w, y: ys[i] }));
}

/**
 * The single-period comparison: the municipality's value and each reference value as a stem from zero and a
 * marker, on one axis that includes zero (so the lengths compare honestly).
 */
export function dotRows(
  ownLabel: string,
  own: number | null,
  statements: readonly ComparisonStatement[],
): { rows: DotRow[]; domain: [number, number] } {
  const entries = [{ label: ownLabel, style: 0, value: own }, ...statements];
  const domain = valueDomain(entries.map((e) => e.value).filter(isFiniteNumber), true);
  const [d0, d1] = domain;
  const at = (value: number) => coord(((value - d0) / (d1 - d0 || 1)) * 100);
  const zero = at(Math.max(d0, Math.min(0, d1)));
  const rows = entries.map((e) => {
    if (!isFiniteNumber(e.value))
      return { label: e.label, style: e.style, value: null, x: zero, stemStart: zero, stemWidth: 0 };
    const x = at(e.value);
    return {
      label: e.label,
      style: e.style,
      value: e.value,
      x,
      stemStart: Math.min(x, zero),
      stemWidth: coord(Math.abs(x - zero)),
    };
  });
  return { rows, domain };
}
