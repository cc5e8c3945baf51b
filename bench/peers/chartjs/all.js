// Everything the dashboard draws with Chart.js. Chart.js has no tree chart.
export { indicatorCard } from './indicator-card.js';
export { budgetGauge } from './budget-gauge.js';
export { saldoTable } from './saldo-table.js';
