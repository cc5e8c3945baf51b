// Observable Plot has no gauge: a bullet bar (track, realisation, the budget as a tick at 100%).
import { barX, plot, tickX } from '@observablehq/plot';
import { box, goalExpenses } from '../shared.js';

export function budgetGauge(container, doc, goalId) {
  const figures = goalExpenses(doc, goalId);
  const scaleMax = Math.max(1.2, figures.ratio);
  const original = figures.budget ? figures.original / figures.budget : null;
  box(container, 'gauge').append(
    plot({
      width: 300,
      height: 70,
      ariaLabel: figures.title,
      x: { domain: [0, scaleMax * 100], label: '%' },
      marks: [
        barX([scaleMax * 100], { x: (d) => d, fill: '#e8e8e8', stroke: '#767676' }),
        barX([figures.ratio * 100], { x: (d) => d, fill: '#01689b', insetTop: 6, insetBottom: 6 }),
        tickX([100], { x: (d) => d, stroke: '#8a4500', strokeWidth: 3 }),
        original ? tickX([original * 100], { x: (d) => d, strokeDasharray: '3,2' }) : null,
      ],
    }),
  );
  return { ready: Promise.resolve() };
}
