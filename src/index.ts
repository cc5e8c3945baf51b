/** pc-charts: classes, types and functions. Importing this module registers nothing (no side effects). */
export { validateDocument, type Problem, type ValidationResult } from './schema/validate.js';
export { ERROR_CODES, MESSAGES, type ErrorCode } from './schema/messages.js';
export type * from './schema/types.js';
export { setStrings } from './i18n/strings.js';
export { clearDocumentCache } from './internal/loader.js';
export type { PcErrorDetail, PcLoadDetail, PcNodeSelectDetail } from './internal/emit.js';
export * from './lib/format.js';
export { PcBudgetGauge } from './components/budget-gauge/budget-gauge.js';
export { PcGoalTree } from './components/goal-tree/goal-tree.js';
export { PcIndicatorCard } from './components/indicator-card/indicator-card.js';
export { PcSaldoTable } from './components/saldo-table/saldo-table.js';
