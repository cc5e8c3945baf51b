/**
 * The budget gauge as plain numbers: how a realisation compares with its budget (or its share of the
 * municipality's total), the readable scale, and the geometry of the semicircular arc and the bullet bar.
 * No DOM and no formatting: the element only draws and words what these functions return.
 */
import { annularSectorPath, linearScale, r2 } from '../../lib/scale.js';
import type { Finance } from '../../schema/types.js';
import { clean, isFiniteNumber } from '../../lib/number.js';

export const GAUGE_MEASURES = ['expenses', 'revenues', 'balance'] as const;
export type GaugeMeasure = (typeof GAUGE_MEASURES)[number];
export const GAUGE_COMPARES = ['budget', 'total'] as const;
export type GaugeCompare = (typeof GAUGE_COMPARES)[number];
export const GAUGE_VARIANTS = ['arc', 'bar'] as const;
export type GaugeVariant = (typeof GAUGE_VARIANTS)[number];

/**
 * An attribute value from a fixed list: absent or empty → the default (valid); anything else not in the list →
 * the default with `valid: false`, so the element can warn instead of breaking.
 */
export function resolveOption<T extends string>(
  value: string | null | undefined,
  options: readonly T[],
  fallback: T,
): { value: T; valid: boolean } {
  if (value === undefined || value === null || value.trim() === '') return { value: fallback, valid: true };
  const match = options.find((option) => option === value.trim());
  return match ? { value: match, valid: true } : { value: fallback, valid: false };
}

/**
 * "Zoals begroot": a realisation within 0.5% of the budget (either side) is on budget. Reports round their
 * amounts and nobody calls 100,4% an overspend; the percentage shown then also reads 100%.
 */
export const ON_BUDGET_TOLERANCE = 0.005;

/** What the figures allow the gauge to say. */
export type GaugeStatus =
  /** actual and a non-zero budget: a ratio, drawn as a meter */
  | 'ratio'
  /** actual and budget, but no meaningful ratio (a budget of 0, or a balance that changed sign): words only */
  | 'no-ratio'
  | 'no-budget'
  | 'no-actual'
  | 'no-data';

export type GaugeDirection = 'over' | 'under' | 'on';

export interface GaugeModel {
  measure: GaugeMeasure;
  status: GaugeStatus;
  /**
   * The figures as shown: magnitudes for expenses and revenues (signed amounts as printed are compared as
   * magnitudes: -95.361 lasten are 95.361 spent), the signed amount for the balance (its sign is its meaning).
   */
  actual?: number;
  budget?: number;
  budgetOriginal?: number;
  /** actual / budget, finite and ≥ 0; null when there is no meaningful ratio. */
  ratio: number | null;
  /** budgetOriginal / budget, for the primitief marker; null when absent or meaningless. */
  originalRatio: number | null;
  /** The size of the gap between actual and budget (≥ 0); null without both figures. */
  difference: number | null;
  /** Whether the actual is above, below or (within 0.5%) on the budget, by magnitude; null without both. */
  direction: GaugeDirection | null;
  /**
   * Judged by what the measure is: spending more than budgeted is unfavourable, receiving more is favourable;
   * a balance is judged by its signed value (more net cost than budgeted is unfavourable). null: on budget or
   * nothing to judge.
   */
  favourable: boolean | null;
  /** The end of the scale as a ratio (1 = 100%): a readable step at or above the ratio and the primitief marker. */
  scaleMax: number;
}

export interface GaugeInput {
  actual?: number | null;
  budget?: number | null;
  budgetOriginal?: number | null;
  measure: GaugeMeasure;
}

function shown(value: number | null | undefined, measure: GaugeMeasure): number | undefined {
  if (!isFiniteNumber(value)) return undefined;
  return measure === 'balance' ? clean(value) : clean(Math.abs(value));
}

/** a / b when both are on the same side of zero and b is not 0; else null (a ratio would say nothing). */
function sameSignRatio(a: number, b: number): number | null {
  if (b === 0) return null;
  const ratio = a / b;
  return Number.isFinite(ratio) && ratio >= 0 ? ratio : null;
}

export function isOnBudget(ratio: number): boolean {
  // The epsilon keeps 100,5% itself on budget despite floating point (1.005 - 1 = 0.00499…, or 0.00500…1).
  return Math.abs(ratio - 1) <= ON_BUDGET_TOLERANCE + 1e-9;
}

/** Compares a realisation with its budget. Every input may be missing; nothing divides by zero. */
export function gaugeModel(input: GaugeInput): GaugeModel {
  const { measure } = input;
  const actual = shown(input.actual, measure);
  const budget = shown(input.budget, measure);
  const budgetOriginal = shown(input.budgetOriginal, measure);
  const originalRatio =
    budget !== undefined && budgetOriginal !== undefined ? sameSignRatio(budgetOriginal, budget) : null;
  const base = { measure, actual, budget, budgetOriginal, originalRatio };
  if (actual === undefined || budget === undefined) {
    const status: GaugeStatus =
      actual === undefined && budget === undefined
        ? 'no-data'
        : actual === undefined
          ? 'no-actual'
          : 'no-budget';
    return {
      ...base,
      status,
      ratio: null,
      difference: null,
      direction: null,
      favourable: null,
      scaleMax: readableScaleMax(Math.max(1, originalRatio ?? 0)),
    };
  }
  const ratio = sameSignRatio(actual, budget);
  const difference = clean(Math.abs(actual - budget));
  // Direction by magnitude: with a ratio, within the tolerance is "on"; without one (a budget of 0, a balance
  // that changed sign) only equal amounts are.
  let direction: GaugeDirection;
  if (ratio !== null) direction = isOnBudget(ratio) ? 'on' : ratio > 1 ? 'over' : 'under';
  else direction = difference === 0 ? 'on' : Math.abs(actual) > Math.abs(budget) ? 'over' : 'under';
  let favourable: boolean | null = null;
  if (direction !== 'on') {
    if (measure === 'expenses') favourable = direction === 'under';
    else if (measure === 'revenues') favourable = direction === 'over';
    // balance: signed; a higher value (less net cost, or more surplus) than budgeted is favourable.
    else favourable = actual > budget;
  }
  return {
    ...base,
    status: ratio === null ? 'no-ratio' : 'ratio',
    ratio,
    difference,
    direction,
    favourable,
    // On budget is drawn at 100% at most, as it is said: 100,4% must not stretch the scale to 125%.
    scaleMax: readableScaleMax(Math.max(1, direction === 'on' ? 1 : (ratio ?? 0), originalRatio ?? 0)),
  };
}

export type ShareStatus = 'share' | 'no-total' | 'no-part' | 'not-a-share';

export interface ShareModel {
  measure: GaugeMeasure;
  status: ShareStatus;
  /** As shown: magnitudes for expenses and revenues, signed for the balance (see GaugeModel). */
  part?: number;
  total?: number;
  /** part / total in [0, 1]; null when it is not a share. */
  share: number | null;
  scaleMax: 1;
}

/**
 * A programme's or goal's share of the municipality's total (`document.totals`). A part larger than the total
 * (beyond rounding), of the other sign, or a total of 0 is no share (the current site printed "1171,25%" for
 * a saldo): no percentage then.
 */
export function shareModel(input: {
  part?: number | null;
  total?: number | null;
  measure: GaugeMeasure;
}): ShareModel {
  const { measure } = input;
  const part = shown(input.part, measure);
  const total = shown(input.total, measure);
  const base = { measure, part, total, scaleMax: 1 as const };
  if (part === undefined) return { ...base, status: 'no-part', share: null };
  if (total === undefined) return { ...base, status: 'no-total', share: null };
  const share = sameSignRatio(part, total);
  // One unit of rounding in the source is no reason to refuse: a share of 100,0…1% is 100%.
  if (share === null || Math.abs(part) > Math.abs(total) + 1)
    return { ...base, status: 'not-a-share', share: null };
  return { ...base, status: 'share', share: Math.min(1, share) };
}

/** Readable scale ends per decade: 100%, 125%, 150%, 200%, 250%, 300%, 400%, 500%, 600%, 800%. */
const STEPS = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The smallest readable scale end at or above `ratio` (never below 1 = 100%), so that 250% lands on a labelled
 * end and 1171% on 1250% rather than on an odd number.
 */
export function readableScaleMax(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 1) return 1;
  const decade = 10 ** Math.floor(Math.log10(ratio));
  const scaled = ratio / decade;
  const step = STEPS.find((candidate) => scaled <= candidate + 1e-9) ?? 10;
  return clean(step * decade);
}

function safeRatio(ratio: number | null | undefined, scaleMax: number): number | null {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return null;
  return Math.min(Math.max(ratio, 0), scaleMax);
}

export interface Tick {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ScaleLabel {
  /** The ratio the label stands for (0, 1 or scaleMax). */
  value: number;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface GaugeGeometry {
  width: number;
  height: number;
  /** d3 arcs are centred on the origin: draw `track`, `value` and `overflow` inside this transform. */
  transform: string;
  /** The whole scale, 0..scaleMax. */
  track: string;
  /** 0..min(ratio, 1). Empty string when the ratio is 0. */
  value: string;
  /** 1..ratio when the ratio exceeds 100%: drawn, never clipped away. */
  overflow: string | null;
  /** The 100% (budget) tick. */
  budget: Tick;
  /** The primitief tick, when known. */
  original: Tick | null;
  /** 0%, 100% (when apart from the ends) and the scale end. */
  labels: ScaleLabel[];
  /** Where the reading (the percentage) is printed. */
  reading: { x: number; y: number };
}

/** Arc geometry (viewBox units): a semicircle opening downwards, 0 at the left end, scaleMax at the right. */
export const ARC = { width: 256, height: 136, cx: 128, cy: 112, inner: 64, outer: 92 } as const;

/**
 * The semicircular gauge: track, value and overflow as SVG paths (annular sectors, 2 decimals), ticks for the
 * budget (100%) and the original budget, and the scale labels. A ratio above scaleMax is clamped to the end.
 */
export function gaugeArc(
  ratio: number | null,
  scaleMax: number,
  originalRatio?: number | null,
): GaugeGeometry {
  const max = Number.isFinite(scaleMax) && scaleMax >= 1 ? scaleMax : 1;
  const angle = linearScale([0, max], [-Math.PI / 2, Math.PI / 2]);
  const { cx, cy, inner, outer } = ARC;
  const draw = (from: number, to: number): string =>
    to > from ? annularSectorPath(inner, outer, angle(from), angle(to)) : '';
  const point = (value: number, radius: number) => {
    const a = angle(value);
    return { x: r2(cx + radius * Math.sin(a)), y: r2(cy - radius * Math.cos(a)) };
  };
  const tick = (value: number, from: number, to: number): Tick => {
    const a = point(value, from);
    const b = point(value, to);
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  };
  const value = safeRatio(ratio, max) ?? 0;
  const original = safeRatio(originalRatio, max);
  const mid = (inner + outer) / 2;
  const labels: ScaleLabel[] = [
    { value: 0, x: r2(cx - mid), y: cy + 16, anchor: 'middle' },
    { value: max, x: r2(cx + mid), y: cy + 16, anchor: 'middle' },
  ];
  // The 100% label sits outside the arc at its tick, unless it would collide with an end label.
  const budgetAngle = angle(1);
  if (max > 1 && budgetAngle > -Math.PI / 2 + 0.35) {
    const at = point(1, outer + 8);
    const anchor = at.x < cx - 8 ? 'end' : at.x > cx + 8 ? 'start' : 'middle';
    labels.push({ value: 1, x: at.x, y: r2(at.y - (anchor === 'middle' ? 2 : 0)), anchor });
  }
  return {
    width: ARC.width,
    height: ARC.height,
    transform: `translate(${cx} ${cy})`,
    track: draw(0, max),
    value: draw(0, Math.min(value, 1)),
    overflow: value > 1 ? draw(1, value) : null,
    budget: tick(1, inner - 6, outer + 6),
    original: original === null ? null : tick(original, inner - 2, outer + 2),
    labels,
    reading: { x: cx, y: cy - 8 },
  };
}

export interface BarGeometry {
  width: number;
  height: number;
  track: { x: number; y: number; width: number; height: number };
  value: { x: number; y: number; width: number; height: number };
  overflow: { x: number; y: number; width: number; height: number } | null;
  budget: Tick;
  original: Tick | null;
  labels: ScaleLabel[];
}

/** Bullet bar geometry (viewBox units). */
export const BAR = {
  width: 240,
  height: 80,
  x0: 12,
  x1: 228,
  trackY: 28,
  trackHeight: 24,
  valueInset: 5,
} as const;

/**
 * The bullet bar: the same scale laid flat. Track, value bar (to 100% at most), overflow segment beyond the
 * budget marker, the primitief marker and the scale labels.
 */
export function bulletBar(
  ratio: number | null,
  scaleMax: number,
  originalRatio?: number | null,
): BarGeometry {
  const max = Number.isFinite(scaleMax) && scaleMax >= 1 ? scaleMax : 1;
  const x = linearScale([0, max], [BAR.x0, BAR.x1]);
  const { trackY, trackHeight, valueInset } = BAR;
  const value = safeRatio(ratio, max) ?? 0;
  const original = safeRatio(originalRatio, max);
  const valueY = trackY + valueInset;
  const valueHeight = trackHeight - 2 * valueInset;
  const labelY = trackY + trackHeight + 18;
  const labels: ScaleLabel[] = [
    { value: 0, x: BAR.x0, y: labelY, anchor: 'start' },
    { value: max, x: BAR.x1, y: labelY, anchor: 'end' },
  ];
  // "100%" above its marker, clear of the end labels below the bar (at a 100% scale the end label says it).
  const budgetX = x(1);
  if (max > 1)
    labels.push({
      value: 1,
      x: r2(budgetX),
      y: trackY - 10,
      anchor: BAR.x1 - budgetX < 16 ? 'end' : 'middle',
    });
  const vertical = (at: number, overhang: number): Tick => ({
    x1: r2(x(at)),
    y1: trackY - overhang,
    x2: r2(x(at)),
    y2: trackY + trackHeight + overhang,
  });
  return {
    width: BAR.width,
    height: BAR.height,
    track: { x: BAR.x0, y: trackY, width: r2(BAR.x1 - BAR.x0), height: trackHeight },
    value: { x: BAR.x0, y: valueY, width: r2(x(Math.min(value, 1)) - BAR.x0), height: valueHeight },
    overflow: value > 1 ? { x: r2(x(1)), y: valueY, width: r2(x(value) - x(1)), height: valueHeight } : null,
    budget: vertical(1, 6),
    original: original === null ? null : vertical(original, 2),
    labels,
  };
}

/** The scale the element draws, when the figures give a ratio (or a share). */
export interface GaugeMeter {
  ratio: number;
  scaleMax: number;
  originalRatio: number | null;
  /** Budget mode draws the 100% budget tick; share mode does not. */
  budgetTick: boolean;
  /** One of the two, after the variant. */
  arc?: GaugeGeometry;
  bar?: BarGeometry;
}

export type GaugeView = { variant: GaugeVariant; meter?: GaugeMeter } & (
  { mode: 'budget'; model: GaugeModel } | { mode: 'share'; model: ShareModel }
);

function gaugeMeter(
  ratio: number,
  scaleMax: number,
  originalRatio: number | null,
  budgetTick: boolean,
  variant: GaugeVariant,
): GaugeMeter {
  const meter: GaugeMeter = { ratio, scaleMax, originalRatio, budgetTick };
  if (variant === 'bar') meter.bar = bulletBar(ratio, scaleMax, originalRatio);
  else meter.arc = gaugeArc(ratio, scaleMax, originalRatio);
  return meter;
}

/**
 * Everything the element shows, from a programme's or goal's finance and the document's totals: the comparison
 * (budget mode: actual vs begroting na wijziging; share mode: actual vs totals.actual) and, when it yields a
 * ratio, the meter's geometry.
 */
export function gaugeView(input: {
  finance?: Finance;
  totals?: Finance;
  measure: GaugeMeasure;
  compare: GaugeCompare;
  variant: GaugeVariant;
}): GaugeView {
  const { finance, measure, variant } = input;
  if (input.compare === 'total') {
    const model = shareModel({
      part: finance?.actual?.[measure],
      total: input.totals?.actual?.[measure],
      measure,
    });
    const meter = model.share === null ? undefined : gaugeMeter(model.share, 1, null, false, variant);
    return { mode: 'share', model, meter, variant };
  }
  const model = gaugeModel({
    actual: finance?.actual?.[measure],
    budget: finance?.budget?.[measure],
    budgetOriginal: finance?.budgetOriginal?.[measure],
    measure,
  });
  const meter =
    model.ratio === null
      ? undefined
      : gaugeMeter(model.ratio, model.scaleMax, model.originalRatio, true, variant);
  return { mode: 'budget', model, meter, variant };
}

/**
 * Which sentence says what happened (a `gauge.` string key) and what follows it in brackets: the percentage, or
 * "de begroting is € 0" when a zero budget allows no percentage.
 */
export function budgetSentenceKey(model: GaugeModel): {
  key: string;
  detail: 'percent' | 'zero-budget' | null;
} {
  if (model.status === 'no-budget') return { key: 'gauge.noBudget', detail: null };
  if (model.status === 'no-actual') return { key: 'gauge.noActual', detail: null };
  if (model.status === 'no-data' || model.direction === null) return { key: 'gauge.noData', detail: null };
  const detail = model.ratio !== null ? 'percent' : model.budget === 0 ? 'zero-budget' : null;
  // A balance is said as better or worse (voordeliger/nadeliger), the others as more or less.
  const outcome =
    model.direction === 'on'
      ? 'on'
      : model.measure === 'balance'
        ? model.favourable
          ? 'favourable'
          : 'unfavourable'
        : model.direction;
  return { key: `gauge.sentence.${model.measure}.${outcome}`, detail };
}

/** The share mode's sentence key. */
export function shareSentenceKey(model: ShareModel): string {
  switch (model.status) {
    case 'no-part':
      return 'gauge.noActual';
    case 'no-total':
      return 'gauge.share.noTotal';
    case 'not-a-share':
      return 'gauge.share.notAShare';
    default:
      return `gauge.share.${model.measure}`;
  }
}
