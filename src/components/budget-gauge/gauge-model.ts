/**
 * How a realisation compares with its budget (budget mode) or with the municipality's total (share mode), as
 * plain numbers: no DOM, no formatting, no geometry.
 */
import { clean, isFiniteNumber } from '../../lib/number.js';
import { readableScaleMax } from './gauge-geometry.js';
import { decimalsOf } from '../../lib/format.js';

export const GAUGE_MEASURES = ['expenses', 'revenues', 'balance'] as const;
export type GaugeMeasure = (typeof GAUGE_MEASURES)[number];
export const GAUGE_COMPARES = ['budget', 'total'] as const;
export type GaugeCompare = (typeof GAUGE_COMPARES)[number];
export const GAUGE_VARIANTS = ['arc', 'bar'] as const;
export type GaugeVariant = (typeof GAUGE_VARIANTS)[number];

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

export type ShareStatus = 'share' | 'printed-share' | 'no-total' | 'no-part' | 'not-a-share' | 'balance';

export interface ShareModel {
  measure: GaugeMeasure;
  status: ShareStatus;
  /** As shown: magnitudes for expenses and revenues, signed for the balance (see GaugeModel). */
  part?: number;
  total?: number;
  /** part / total in [0, 1] (or the printed percentage / 100); null when it is not a share. */
  share: number | null;
  /** Decimals of the printed percentage, for a 'printed-share' (shown as printed: "23,55%"). */
  printedDecimals?: number;
  scaleMax: 1;
}

/**
 * A programme's or goal's share of the municipality's total (`document.totals`). A part larger than the total
 * (beyond rounding), of the other sign, or a total of 0 is no share.
 *
 * A balance is never a share: it is the difference of two totals, so a programme's saldo can be many times the
 * municipality's and of the other sign (the current site printed "1171,25%" for a deficit of € 121,8 mln against
 * a municipal surplus of about € 10,4 mln). With `measure: 'balance'` the status is 'balance': no percentage, no
 * meter; the element says why and shows both saldi.
 *
 * Without totals, a percentage the source prints beside the amount (`finance.printedShare`) is shown as printed
 * ('printed-share'), when it lies in [0, 100].
 */
export function shareModel(input: {
  part?: number | null;
  total?: number | null;
  printed?: number | null;
  measure: GaugeMeasure;
}): ShareModel {
  const { measure } = input;
  const part = shown(input.part, measure);
  const total = shown(input.total, measure);
  const base = { measure, part, total, scaleMax: 1 as const };
  if (part === undefined) return { ...base, status: 'no-part', share: null };
  if (measure === 'balance') return { ...base, status: 'balance', share: null };
  if (total === undefined) {
    const printed = input.printed;
    if (isFiniteNumber(printed) && printed >= 0 && printed <= 100)
      return {
        ...base,
        status: 'printed-share',
        share: clean(printed / 100),
        printedDecimals: decimalsOf(printed),
      };
    return { ...base, status: 'no-total', share: null };
  }
  const share = sameSignRatio(part, total);
  // One unit of rounding in the source is no reason to refuse: a share of 100,0…1% is 100%.
  if (share === null || Math.abs(part) > Math.abs(total) + 1)
    return { ...base, status: 'not-a-share', share: null };
  return { ...base, status: 'share', share: Math.min(1, share) };
}
