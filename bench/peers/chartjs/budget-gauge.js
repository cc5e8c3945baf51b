// Chart.js: the usual gauge idiom, a half doughnut (realisation, rest of the scale) against the budget.
import { ArcElement, Chart, DoughnutController } from 'chart.js';
import { box, goalExpenses } from '../shared.js';

Chart.register(DoughnutController, ArcElement);

export function budgetGauge(container, doc, goalId) {
  const figures = goalExpenses(doc, goalId);
  const scaleMax = Math.max(1.2, figures.ratio);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-label', figures.title);
  box(container, 'gauge').append(canvas);
  new Chart(canvas, {
    type: 'doughnut',
    data: {
      labels: ['Realisatie', 'Rest'],
      datasets: [
        {
          data: [figures.ratio, scaleMax - figures.ratio],
          backgroundColor: ['#01689b', '#e8e8e8'],
          circumference: 180,
          rotation: -90,
        },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, cutout: '70%' },
  });
  return { ready: Promise.resolve() };
}
