// Chart.js: a line of realisations with the targets as markers (a second, line-less dataset).
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { box, indicatorSeries } from '../shared.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

function datasets(series) {
  return [
    { label: 'Realisatie', data: series.actual, borderColor: '#01689b', backgroundColor: '#01689b' },
    {
      label: 'Streefwaarde',
      data: series.target,
      showLine: false,
      pointStyle: 'line',
      pointRadius: 10,
      borderWidth: 3,
      borderColor: '#8a4500',
    },
  ];
}

export function indicatorCard(container, doc, id) {
  const series = indicatorSeries(doc, id);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-label', series.title);
  box(container, 'card').append(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: series.periods, datasets: datasets(series) },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
  });
  return {
    ready: Promise.resolve(),
    update(next) {
      const updated = indicatorSeries(next, id);
      chart.data.labels = updated.periods;
      chart.data.datasets[0].data = updated.actual;
      chart.data.datasets[1].data = updated.target;
      chart.update('none');
      return Promise.resolve();
    },
  };
}
