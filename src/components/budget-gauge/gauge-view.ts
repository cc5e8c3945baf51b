/** What the element shows, from a programme's or goal's finance: the comparison and, when it has one, the meter. */
import type { Finance } from '../../schema/types.js';
import {
  gaugeModel,
  shareModel,
  type GaugeCompare,
  type GaugeMeasure,
  type GaugeVariant,
} from './gauge-model.js';
import { gaugeMeter, type GaugeMeter } from './gauge-geometry.js';
import type { GaugeModel, ShareModel } from './gauge-model.js';

export type GaugeView = { variant: GaugeVariant; meter?: GaugeMeter } & (
  { mode: 'budget'; model: GaugeModel } | { mode: 'share'; model: ShareModel }
);

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
      printed: finance?.printedShare?.[measure],
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
