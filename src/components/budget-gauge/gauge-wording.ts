/** Which sentence the gauge says: string keys for the element to translate. */
import type { GaugeModel, ShareModel } from './gauge-model.js';

/**
 * Which sentence says what happened (a `gauge.` string key) and what follows it in brackets: the percentage, or
 * "de begroting is € 0" when a zero budget allows no percentage.
 */
export function budgetSentenceKey(model: GaugeModel): {
  key: string;
  detail: 'percent' | 'zero-budget' | null;
} {
  // Only a realisation: say what it is and why nothing is compared, not that something is missing.
  if (model.status === 'no-budget') return { key: `gauge.actualOnly.${model.measure}`, detail: null };
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
    case 'balance':
      return model.total === undefined ? 'gauge.share.balanceNoTotal' : 'gauge.share.balanceTotal';
    case 'printed-share':
      return `gauge.share.printed.${model.measure}`;
    default:
      return `gauge.share.${model.measure}`;
  }
}
