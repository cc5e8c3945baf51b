// Chart.js: one horizontal bar per row of the saldo column.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { box, saldoRows } from '../shared.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export function saldoTable(container, doc, programmeId) {
  const rows = saldoRows(doc, programmeId);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-label', 'Saldo per doelstelling');
  box(container, 'saldo').append(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.label),
      datasets: [{ label: 'Saldo', data: rows.map((row) => row.balance), backgroundColor: '#01689b' }],
    },
    options: { animation: false, maintainAspectRatio: false, indexAxis: 'y' },
  });
  return { ready: Promise.resolve() };
}
