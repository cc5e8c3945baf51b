// Visa Chart Components have no gauge: a horizontal <bar-chart> with the budget (100%) as a reference line.
import { defineCustomElement } from '@visa/charts/dist/components/bar-chart.js';
import { box, goalExpenses } from '../shared.js';
import { common, once } from './indicator-card.js';

defineCustomElement();

export function budgetGauge(container, doc, goalId) {
  const figures = goalExpenses(doc, goalId);
  const chart = document.createElement('bar-chart');
  Object.assign(chart, common, {
    height: 140,
    mainTitle: figures.title,
    subTitle: '',
    layout: 'horizontal',
    data: [{ label: 'Lasten', value: Math.round(figures.ratio * 100) }],
    ordinalAccessor: 'label',
    valueAccessor: 'value',
    maxValueOverride: Math.round(Math.max(1.2, figures.ratio) * 100),
    referenceLines: [{ label: 'Begroting', labelPlacementHorizontal: 'right', value: 100 }],
    dataLabel: { visible: true, placement: 'right', format: '0' },
  });
  const ready = once(chart, 'initialLoadEndEvent');
  box(container, 'gauge').append(chart);
  return { ready };
}
