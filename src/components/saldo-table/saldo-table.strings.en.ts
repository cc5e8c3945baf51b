/**
 * English strings of <pc-saldo-table>, loaded on demand (src/i18n/english.ts). Dutch: ./saldo-table.strings.js.
 */
import type { StringTable } from '../../i18n/strings.js';

export const saldoTableStringsEn: StringTable = {
  'table.measure.expenses': 'Expenses',
  'table.measure.revenues': 'Revenues',
  'table.measure.reserveAdditions': 'Additions to reserves',
  'table.measure.reserveWithdrawals': 'Withdrawals from reserves',
  'table.measure.balance': 'Balance',
  'table.measureInline.expenses': 'expenses',
  'table.measureInline.revenues': 'revenues',
  'table.measureInline.reserveAdditions': 'additions to reserves',
  'table.measureInline.reserveWithdrawals': 'withdrawals from reserves',
  'table.measureInline.balance': 'balance',
  'table.scenarioInline.actual': 'actual {year}',
  'table.scenarioInline.budget': 'amended budget {year}',
  'table.scenarioInline.budgetOriginal': 'original budget {year}',
  'table.differenceColumn': 'Difference {measure}',
  'table.goal': 'Goal',
  'table.code': 'Code',
  'table.programme': 'Programme {code}',
  'table.scenario.actual': 'Actual {year}',
  'table.scenario.budget': 'Amended budget {year}',
  'table.scenario.budgetOriginal': 'Original budget {year}',
  'table.total': 'Programme total',
  'table.noValue': 'no data',
  'table.difference': 'Difference',
  'table.differenceOf': '{measure}, actual minus budget',
  'table.compare.notActual': 'The difference from the budget is shown for actual figures only.',
  'table.compare.noBudget':
    'The difference from the budget cannot be shown: the document contains no budget.',
  'table.noFinance': 'The document contains no financial figures for this programme.',
  'table.noFinanceScenario':
    'The document contains no financial figures for this programme for the {scenario}.',
  'table.footnote.computed': 'Calculated: the sum of the goals. The document does not state this total.',
  'table.footnote.mismatch':
    'The stated total {measure} differs by €{difference} from the sum of the goals ({sum}; {unit}).',
  'table.footnoteRef': 'footnote',
};
