// Everything the dashboard draws with Visa Chart Components. They have no tree (circle packing is the only
// hierarchical chart).
export { indicatorCard } from './indicator-card.js';
export { budgetGauge } from './budget-gauge.js';
export { saldoTable } from './saldo-table.js';
