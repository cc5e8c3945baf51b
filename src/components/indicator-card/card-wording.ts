/**
 * What the indicator card says in words: a value with its unit, the change against the previous period, and the
 * summary paragraph. Pure: the element hands in its indicator, locale and string lookup.
 */
import { formatIndicatorValue, formatSigned, NO_VALUE, type Locale, type Words } from '../../lib/format.js';
import { periodLabel } from '../../lib/period.js';
import type { Indicator } from '../../schema/types.js';
import type { TrendPoint, TrendView } from './trend.js';

/** The indicator, the page's locale and the card's string lookup (the element's `t`). */
export interface CardWording {
  indicator: Indicator;
  locale: Locale;
  t: Words;
}

/**
 * "4.729 jeugdigen", "48,9%", "€ 2.858"; `short` leaves a count's unit label out (axis ticks, targets). A number
 * never apart from its unit: they are joined by a no-break space, so they wrap as one word.
 */
export function valueText(w: CardWording, value: number | null, short = false): string {
  if (value === null) return NO_VALUE;
  const { indicator } = w;
  const text = formatIndicatorValue(value, indicator.unit, w.locale, {
    words: w.t,
    decimals: indicator.decimals,
    unitLabel: short && indicator.unit === 'count' ? '' : indicator.unitLabel,
  });
  return text.replace(/^(€?[^ ]*?\d[^ ]*) /, '$1\u00a0').replace(/^€ /, '€\u00a0');
}

/** An axis tick: the number alone, never finer than the data's decimals ("75%", "4.800"). */
export function tickText(view: TrendView, locale: Locale, value: number): string {
  return formatIndicatorValue(value, view.unit, locale, { decimals: view.tickDecimals, unitLabel: '' });
}

/** "+12 jeugdigen ten opzichte van 2023", "-1,2 procentpunt …", "gelijk aan 2023". */
export function changeText(w: CardWording, view: TrendView): string {
  const change = view.change!;
  const period = periodLabel(change.previousPeriod, w.locale, w.t);
  if (change.delta === 0) return w.t('card.change.same', { period });
  const amount =
    view.unit === 'percent'
      ? `${formatSigned(change.delta, w.locale, change.decimals)} ${w.t(
          Math.abs(change.delta) === 1 ? 'card.percentagePoint' : 'card.percentagePoints',
        )}`
      : `${change.delta > 0 ? '+' : '-'}${formatIndicatorValue(Math.abs(change.delta), view.unit, w.locale, {
          decimals: change.decimals,
          unitLabel: w.indicator.unitLabel,
          words: w.t,
        })}`;
  return w.t('card.change', { change: amount, period });
}

/**
 * What a sighted reader takes from the card, in one paragraph: the latest value against its target and the
 * verdict, the last known value when the latest is missing, the change (`change`, already worded), what the
 * comparisons say (`comparisons`, already worded, with its leading space) and the periods shown.
 */
export function summaryText(
  w: CardWording,
  view: TrendView,
  latest: TrendPoint,
  change: string,
  comparisons: string,
): string {
  const label = (period: string | null): string => periodLabel(period, w.locale, w.t);
  let text =
    latest.actual === null
      ? w.t('card.summary.actualMissing', { period: label(latest.period) })
      : w.t('card.summary.actual', { period: label(latest.period), value: valueText(w, latest.actual) });
  if (latest.target !== null)
    text += `, ${w.t('card.summary.target', { value: valueText(w, latest.target, true) })}`;
  else if (view.hasTarget) text += `, ${w.t('card.summary.noTarget')}`;
  if (view.verdict !== 'none') text += `; ${w.t(`card.summary.verdict.${view.verdict}`)}`;
  text += '.';
  const known = view.lastActual === undefined ? undefined : view.points[view.lastActual];
  if (latest.actual === null && known) {
    const params = { value: valueText(w, known.actual), period: label(known.period) };
    text += ` ${w.t('card.summary.lastKnown', params)}.`;
  }
  if (change) text += ` ${change}.`;
  text += comparisons;
  if (view.points.length > 1) {
    const first = label(view.points[0].period);
    const last = label(view.points[view.points.length - 1].period);
    text += ` ${w.t('card.summary.periods', { count: view.points.length, first, last })}.`;
  }
  return text;
}
