/**
 * Every string catalogue of the library (the shared ones, then each component's), as the elements merge them:
 * Dutch defaults, with the few English strings that must be there at once. The rest of the English is
 * src/i18n/en.ts, loaded on demand.
 */
import type { Catalogue, StringTable } from '../../src/i18n/strings.js';
import { commonStrings } from '../../src/i18n/common.js';
import { exportStrings } from '../../src/internal/export.strings.js';
import { indicatorCardStrings } from '../../src/components/indicator-card/indicator-card.strings.js';
import { budgetGaugeStrings } from '../../src/components/budget-gauge/budget-gauge.strings.js';
import { saldoTableStrings } from '../../src/components/saldo-table/saldo-table.strings.js';
import { goalTreeStrings } from '../../src/components/goal-tree/goal-tree.strings.js';

export const CATALOGUES: readonly Catalogue[] = [
  commonStrings,
  exportStrings,
  indicatorCardStrings,
  budgetGaugeStrings,
  saldoTableStrings,
  goalTreeStrings,
];

/** Every Dutch default in one table (keys are prefixed per component: they never overlap). */
export function dutchTable(): StringTable {
  return Object.assign({}, ...CATALOGUES.map((catalogue) => catalogue.nl)) as StringTable;
}
