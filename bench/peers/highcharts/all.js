// Everything the dashboard draws with Highcharts.
export { indicatorCard } from './indicator-card.js';
export { budgetGauge } from './budget-gauge.js';
export { saldoTable } from './saldo-table.js';
export { goalTree } from './goal-tree.js';
