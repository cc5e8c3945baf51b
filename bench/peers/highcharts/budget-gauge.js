// Highcharts: a bullet bar from the core (a gauge needs highcharts-more and solid-gauge, which are larger).
import Highcharts from 'highcharts/esm/highcharts.src.js';
import { box, goalExpenses } from '../shared.js';
import { common } from './indicator-card.js';

export function budgetGauge(container, doc, goalId) {
  const figures = goalExpenses(doc, goalId);
  const scaleMax = Math.max(1.2, figures.ratio);
  const lines = [{ value: 100, width: 3, color: '#8a4500', zIndex: 5 }];
  if (figures.budget) {
    lines.push({ value: (figures.original / figures.budget) * 100, width: 1, dashStyle: 'Dash', zIndex: 5 });
  }
  Highcharts.chart(box(container, 'gauge'), {
    ...common,
    chart: { type: 'bar', animation: false },
    title: { text: figures.title, style: { fontSize: '12px' } },
    plotOptions: { series: { animation: false } },
    xAxis: { categories: ['Lasten'] },
    yAxis: { min: 0, max: scaleMax * 100, title: { text: '%' }, plotLines: lines },
    series: [{ type: 'bar', name: 'Realisatie', data: [figures.ratio * 100] }],
  });
  return { ready: Promise.resolve() };
}
