// Visa Chart Components (Stencil + D3 web components): <line-chart> with realisation and target as two series,
// the target drawn as a secondary (dashed) line. Its ordinal axis is a time scale, so periods become dates.
import { defineCustomElement } from '@visa/charts/dist/components/line-chart.js';
import { box, indicatorSeries } from '../shared.js';

defineCustomElement();

/** Resolves when a Visa chart element fires `type` (initialLoadEndEvent after the first draw, drawEndEvent after an update). */
export function once(element, type) {
  return new Promise((resolve) => element.addEventListener(type, () => resolve(), { once: true }));
}

export const common = {
  animationConfig: { disabled: true },
  accessibility: { hideTextures: true, disableValidation: true, elementsAreInterface: false },
  showTooltip: false,
  suppressEvents: true,
  height: 200,
  width: 320,
  padding: { top: 20, bottom: 40, left: 60, right: 60 },
};

function rows(series) {
  const result = [];
  series.periods.forEach((period, i) => {
    const date = new Date(Number(String(period).slice(0, 4)), 0, 1);
    if (series.actual[i] !== null) result.push({ date, value: series.actual[i], series: 'Realisatie' });
    if (series.target[i] !== null) result.push({ date, value: series.target[i], series: 'Streefwaarde' });
  });
  return result;
}

export function indicatorCard(container, doc, id) {
  const series = indicatorSeries(doc, id);
  const chart = document.createElement('line-chart');
  Object.assign(chart, common, {
    mainTitle: series.title,
    subTitle: '',
    data: rows(series),
    ordinalAccessor: 'date',
    valueAccessor: 'value',
    seriesAccessor: 'series',
    secondaryLines: { keys: ['Streefwaarde'], showDataLabel: false, showSeriesLabel: false, opacity: 1 },
    legend: { visible: false },
    seriesLabel: { visible: false },
    xAxis: { visible: true, gridVisible: false, label: '', format: '%Y', tickInterval: 1 },
    yAxis: { visible: true, gridVisible: true, label: series.unit, format: '0[.][0]a', tickInterval: 1 },
  });
  const ready = once(chart, 'initialLoadEndEvent');
  box(container, 'card').append(chart);
  return {
    ready,
    update(next) {
      const done = once(chart, 'drawEndEvent');
      chart.data = rows(indicatorSeries(next, id));
      return done;
    },
  };
}
