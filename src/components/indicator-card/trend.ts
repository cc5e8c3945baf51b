/**
 * The view model of an indicator card: its periods in time order, the actual and target series (null is a gap,
 * never zero), the latest figures, the change against the previous period, the document's verdict, and the
 * chart's geometry in a 100 × 100 box (x and y both in percent of the plot area, y downwards), so the element can
 * draw marks in a stretched SVG and place labels and focusable points in HTML at the same percentages.
 * Plain numbers only: wording and number formatting belong to the element.
 */
import { extent, nice, ticks as d3Ticks } from 'd3-array';
import { linearScale, polylinePath } from '../../lib/scale.js';
import { decimalsOf } from '../../lib/format.js';
import { coord, periodPositions, sortByPeriod } from './trend-periods.js';
import type { Indicator, Unit } from '../../schema/types.js';
import { isFiniteNumber } from '../../lib/number.js';

/** The document's verdict: Ja, Nee, ? (its own state), or none stated (kengetal). */
export type Verdict = 'yes' | 'no' | 'unknown' | 'none';
export type StatedPolarity = 'higher-is-better' | 'lower-is-better';

export const CHART_VARIANTS = ['line', 'bars'] as const;
export type ChartVariant = (typeof CHART_VARIANTS)[number];

/** Top and bottom of the plot in the 0–100 box: room for the dots and their focus rings. */
export const PLOT_TOP = 8;
export const PLOT_BOTTOM = 92;

export interface TrendPoint {
  /** null: undated (the source prints the figure without a date). */
  period: string | null;
  target: number | null;
  actual: number | null;
  /** Centre of the period, 0–100. */
  x: number;
  /** Index of the period's slot on the x axis. */
  slot: number;
  yActual: number | null;
  yTarget: number | null;
}

export interface TrendChange {
  /** latest actual − previous actual, rounded to `decimals`. */
  delta: number;
  decimals: number;
  period: string | null;
  previousPeriod: string | null;
}

export interface Tick {
  value: number;
  y: number;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TrendView {
  variant: ChartVariant;
  unit: Unit;
  points: TrendPoint[];
  /** Index of the latest period that has an actual or a target; undefined when no value is known. */
  latest?: number;
  /** Index of the latest period with an actual. */
  lastActual?: number;
  change?: TrendChange;
  verdict: Verdict;
  polarity?: StatedPolarity;
  /** False for a kengetal: no period has a target. */
  hasTarget: boolean;
  domain: [number, number];
  ticks: Tick[];
  /** Decimals that print every tick label distinctly. */
  tickDecimals: number;
  /** y of the value 0 when it lies inside the domain (a baseline for negative values). */
  zeroY: number | null;
  /** Width of one period's slot, 0–100, and the number of slots (empty ones for missing periods). */
  bandwidth: number;
  slots: number;
  actualPath: string;
  /** The actual values as dots (zero-length round-capped segments: round at any aspect ratio). */
  dotPath: string;
  /** The latest actual's dot, drawn larger. */
  latestDotPath: string;
  targetPath: string;
  bars: Bar[];
  /**
   * One period with a target: no trend to draw, so the card shows the value against its target on one bar
   * instead of a dot on an empty grid (one period without a target: no graphic at all). Positions in percent of the bar, from the domain's start (zero for zero-based units).
   */
  single: { actual: number | null; target: number | null } | null;
  /** Labels to show on the x axis when wide and when narrow (indices into points). */
  xLabels: { wide: number[]; narrow: number[] };
}

/**
 * Units whose zero means "none" (a count, a percentage, an amount, an age, a score): their vertical scale starts
 * at zero, so a value's height is proportional to the value and a change of 0,3% rises 0,3% of its height.
 * A large variation needs no exception: the data then nearly reaches zero anyway.
 */
const ZERO_BASED_UNITS: ReadonlySet<Unit> = new Set(['count', 'percent', 'euro', 'years', 'score']);

/** For a unit without a meaningful zero ('other'): the scale spans at least this share of the largest magnitude. */
export const MIN_SPAN_SHARE = 0.5;

/**
 * The values the vertical scale must hold for an honest slope: the data, plus zero for a zero-based unit (and
 * for bars, which grow from zero), or for other units two values that widen the span to at least half the
 * largest magnitude around the data's middle, without crossing zero for data that does not.
 */
export function honestExtent(values: number[], unit: Unit, includeZero: boolean): number[] {
  const list = values.filter(isFiniteNumber);
  if (list.length === 0) return list;
  if (includeZero || ZERO_BASED_UNITS.has(unit)) return [...list, 0];
  const [lo, hi] = extent(list) as [number, number];
  const minSpan = Math.max(Math.abs(lo), Math.abs(hi)) * MIN_SPAN_SHARE;
  if (!(hi - lo < minSpan)) return list;
  const mid = (lo + hi) / 2;
  let from = mid - minSpan / 2;
  let to = mid + minSpan / 2;
  if (lo >= 0 && from < 0) [from, to] = [0, minSpan];
  if (hi <= 0 && to > 0) [from, to] = [-minSpan, 0];
  return [...list, from, to];
}

/** Whether a tick value prints exactly with `decimals` decimals. */
function fits(value: number, decimals: number): boolean {
  return decimalsOf(value) <= decimals;
}

/** Tick counts tried in turn: three ticks' steps, else fewer (coarser) steps that the data's decimals allow. */
const TICK_COUNTS = [3, 2, 1];

/**
 * The niced domain of the values (plus zero when asked), with steps no finer than `decimals` (the data's own
 * decimals: whole-number data never gets a tick at 73,5).
 */
export function valueDomain(values: number[], includeZero: boolean, decimals = 6): [number, number] {
  const list = values.filter(isFiniteNumber);
  if (includeZero) list.push(0);
  if (list.length === 0) return [0, 1];
  let [lo, hi] = extent(list) as [number, number];
  const unit = 10 ** -decimals;
  // One value, or values so close (or so tiny) that the step would underflow: give them room.
  if (!(hi - lo > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9 && hi - lo > 1e-9)) {
    const pad = lo === 0 && hi === 0 ? 1 : Math.max(Math.abs(lo) * 0.1, 1e-6, unit);
    const nonNegative = lo >= 0;
    lo -= pad;
    hi += pad;
    if (nonNegative && lo < 0) lo = 0;
  }
  for (const count of TICK_COUNTS) {
    const [niceLo, niceHi] = nice(lo, hi, count);
    // Spans beyond the floating-point range (±1e308) cannot be niced: keep the extremes as they are.
    if (!(Number.isFinite(niceHi - niceLo) && niceHi > niceLo)) return [lo, hi];
    if (tickValues(niceLo, niceHi, decimals).every((v) => fits(v, decimals))) return [niceLo, niceHi];
  }
  // No step of 1, 2 or 5 fits the decimals: round outwards to them.
  const f = 10 ** decimals;
  const out0 = Math.floor(lo * f) / f;
  const out1 = Math.ceil(hi * f) / f;
  return [out0, out1 > out0 ? out1 : out0 + unit];
}

/**
 * Tick values from end to end of a niced domain, in the most steps (up to three) whose values fit the
 * decimals, or just its ends when no even steps do.
 */
export function tickValues(d0: number, d1: number, decimals = 6): number[] {
  if (!Number.isFinite(d1 - d0)) return [d0, d1];
  for (const count of TICK_COUNTS) {
    const values = d3Ticks(d0, d1, count);
    const even =
      values.length >= 2 && values.length <= 12 && values[0] === d0 && values[values.length - 1] === d1;
    if (even && values.every((v) => fits(v, decimals))) return values;
  }
  return [d0, d1];
}

/** Round half away from zero at `decimals`, without floating noise (49 − 46.4 → 2.6). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The change of the latest actual against the nearest earlier period with an actual. */
export function trendChange(
  points: ReadonlyArray<{ period: string | null; actual: number | null }>,
  decimals?: number,
): TrendChange | undefined {
  let last = -1;
  for (let i = points.length - 1; i >= 0; i--) {
    if (isFiniteNumber(points[i].actual)) {
      last = i;
      break;
    }
  }
  if (last < 1) return undefined;
  for (let i = last - 1; i >= 0; i--) {
    const previous = points[i].actual;
    if (!isFiniteNumber(previous)) continue;
    const current = points[last].actual as number;
    const digits = decimals ?? Math.max(decimalsOf(current), decimalsOf(previous));
    if (!Number.isFinite(current - previous)) return undefined;
    return {
      delta: roundTo(current - previous, digits),
      decimals: digits,
      period: points[last].period,
      previousPeriod: points[i].period,
    };
  }
  return undefined;
}

export function verdictOf(targetMet: boolean | null | undefined): Verdict {
  if (targetMet === true) return 'yes';
  if (targetMet === false) return 'no';
  if (targetMet === null) return 'unknown';
  return 'none';
}

/** Which x labels to print: at most `max`, counted back from the latest so that it always has one. */
export function labelIndices(count: number, max: number): number[] {
  const step = Math.max(1, Math.ceil(count / Math.max(1, max)));
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) out.unshift(i);
  return out;
}

/** A value's y in the 0–100 box (downwards) for a domain; comparison series use it to share the card's scale. */
export function yScale(domain: readonly [number, number]): (value: number) => number {
  // Unclamped, so a value outside the domain is drawn where it is rather than at the edge.
  return linearScale(domain, [PLOT_BOTTOM, PLOT_TOP], false);
}

/**
 * Everything the card draws and says about one indicator, in numbers. `alsoInDomain`: values of comparison
 * series, kept in view on the same scale.
 */
export function trendView(
  indicator: Indicator,
  variant: ChartVariant = 'line',
  alsoInDomain: readonly number[] = [],
): TrendView {
  const sorted = sortByPeriod(indicator.values ?? []);
  const series = sorted.map((value) => ({
    period: value.period,
    target: isFiniteNumber(value.target) ? value.target : null,
    actual: isFiniteNumber(value.actual) ? value.actual : null,
  }));
  let latest: number | undefined;
  let lastActual: number | undefined;
  series.forEach((point, i) => {
    if (point.actual !== null || point.target !== null) latest = i;
    if (point.actual !== null) lastActual = i;
  });
  const all = series
    .flatMap((point) => [point.actual, point.target])
    .concat(alsoInDomain)
    .filter(isFiniteNumber);
  // Ticks never finer than the data: its stated decimals, else the most any value has.
  const decimals = indicator.decimals ?? Math.max(0, ...all.map(decimalsOf));
  const domain = valueDomain(honestExtent(all, indicator.unit, variant === 'bars'), false, decimals);
  const [d0, d1] = domain;
  const y = yScale(domain);
  // An undated value ('' is no period) puts the axis in one slot per value.
  const { x, bandwidth, slot, slots } = periodPositions(series.map((point) => point.period ?? ''));
  const points: TrendPoint[] = series.map((point, i) => {
    const yActual = point.actual === null ? null : coord(y(point.actual));
    const yTarget = point.target === null ? null : coord(y(point.target));
    return { ...point, x: x[i], slot: slot[i], yActual, yTarget };
  });
  // The domain is niced with the same count, so the ticks run from end to end in equal steps: the element
  // can space their labels evenly without positioning each one.
  const ticks = tickValues(d0, d1, decimals).map((value) => ({ value, y: coord(y(value)) }));
  const zeroY = domain[0] < 0 && domain[1] > 0 ? coord(y(0)) : null;
  const polarity = indicator.polarity === 'neutral' ? undefined : indicator.polarity;
  return {
    variant,
    unit: indicator.unit,
    points,
    latest,
    lastActual,
    change: trendChange(series, indicator.decimals),
    verdict: verdictOf(indicator.targetMet),
    polarity,
    hasTarget: series.some((point) => point.target !== null),
    domain,
    ticks,
    tickDecimals: Math.max(0, ...ticks.map((tick) => decimalsOf(tick.value))),
    zeroY,
    bandwidth,
    slots,
    actualPath: variant === 'line' ? linePath(points) : '',
    dotPath: variant === 'line' ? dotPath(points) : '',
    latestDotPath: variant === 'line' && lastActual !== undefined ? dotPath([points[lastActual]]) : '',
    targetPath: targetPath(points, bandwidth),
    bars:
      variant === 'bars'
        ? barRects(points, bandwidth, coord(y(Math.max(domain[0], Math.min(0, domain[1])))))
        : [],
    single: points.length === 1 && points[0].target !== null ? singleBar(points[0], domain) : null,
    // Years ("2024") fit five to a narrow card; "Q3 2024" and "mrt 2024" three.
    xLabels: {
      wide: labelIndices(points.length, 12),
      narrow: labelIndices(points.length, points.every((point) => point.period?.length === 4) ? 5 : 3),
    },
  };
}

/** A single period's actual and target as positions (0–100) along a bar over the domain. */
export function singleBar(
  point: Pick<TrendPoint, 'actual' | 'target'>,
  [d0, d1]: [number, number],
): { actual: number | null; target: number | null } {
  const at = (value: number | null) =>
    value === null ? null : coord(Math.max(0, Math.min(100, ((value - d0) / (d1 - d0 || 1)) * 100)));
  return { actual: at(point.actual), target: at(point.target) };
}

/** The actual line: a new subpath after every gap, so a missing value is never bridged or drawn as zero. */
export function linePath(points: ReadonlyArray<Pick<TrendPoint, 'x' | 'yActual'>>): string {
  return polylinePath(
    points.map((point) => ({ x: coord(point.x), y: point.yActual === null ? null : coord(point.yActual) })),
  );
}

/** A dot per actual value: a zero-length segment, drawn round by its round line cap. */
export function dotPath(points: ReadonlyArray<Pick<TrendPoint, 'x' | 'yActual'>>): string {
  let d = '';
  for (const point of points) {
    if (point.yActual !== null) d += `M${coord(point.x)},${coord(point.yActual)}h0`;
  }
  return d;
}

/** The targets as a horizontal marker across each period's slot. */
export function targetPath(
  points: ReadonlyArray<Pick<TrendPoint, 'x' | 'yTarget'>>,
  bandwidth: number,
): string {
  const half = Math.min(bandwidth * 0.35, 12);
  let d = '';
  for (const point of points) {
    if (point.yTarget === null) continue;
    d += `M${coord(point.x - half)},${coord(point.yTarget)}H${coord(point.x + half)}`;
  }
  return d;
}

function barRects(points: readonly TrendPoint[], bandwidth: number, baseY: number): Bar[] {
  const width = coord(Math.min(bandwidth * 0.6, 20));
  return points.flatMap((point) =>
    point.yActual === null
      ? []
      : [
          {
            x: coord(point.x - width / 2),
            y: coord(Math.min(point.yActual, baseY)),
            width,
            height: coord(Math.abs(point.yActual - baseY)),
          },
        ],
  );
}
