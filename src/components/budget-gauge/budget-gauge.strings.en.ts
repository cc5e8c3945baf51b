/**
 * English strings of <pc-budget-gauge>, loaded on demand (src/i18n/english.ts). Dutch: ./budget-gauge.strings.js.
 */
import type { StringTable } from '../../i18n/strings.js';

export const budgetGaugeStringsEn: StringTable = {
  'gauge.title': '{measure}, {kind} {title}',
  'gauge.measure.expenses': 'Expenses',
  'gauge.measure.revenues': 'Revenues',
  'gauge.measure.balance': 'Balance',
  'gauge.kind.programme': 'programme',
  'gauge.kind.goal': 'goal',
  'gauge.actual.expenses': 'Actual: {amount} in expenses',
  'gauge.actual.revenues': 'Actual: {amount} in revenues',
  'gauge.actual.balance': 'Actual: balance {amount}',
  'gauge.budget': 'Amended budget: {amount}',
  'gauge.budgetOriginal': 'Original budget: {amount}',
  'gauge.total': 'Municipal total: {amount}',
  'gauge.balance.deficit': '{amount} deficit',
  'gauge.balance.surplus': '{amount} surplus',
  'gauge.sentence.expenses.over': '{amount} more spent than budgeted{detail}',
  'gauge.sentence.expenses.under': '{amount} less spent than budgeted{detail}',
  'gauge.sentence.expenses.on': 'Spent as budgeted{detail}',
  'gauge.sentence.revenues.over': '{amount} more received than budgeted{detail}',
  'gauge.sentence.revenues.under': '{amount} less received than budgeted{detail}',
  'gauge.sentence.revenues.on': 'Received as budgeted{detail}',
  'gauge.sentence.balance.unfavourable': 'Balance {amount} worse than budgeted{detail}',
  'gauge.sentence.balance.favourable': 'Balance {amount} better than budgeted{detail}',
  'gauge.sentence.balance.on': 'Balance as budgeted{detail}',
  'gauge.detail.percent': ' ({percent})',
  'gauge.detail.zeroBudget': ' (the budget is {zero})',
  'gauge.actualOnly.expenses':
    '{amount} spent. The document gives no budget, so there is nothing to compare it with.',
  'gauge.actualOnly.revenues':
    '{amount} received. The document gives no budget, so there is nothing to compare it with.',
  'gauge.actualOnly.balance':
    'Balance {amount}. The document gives no budget, so there is nothing to compare it with.',
  'gauge.noActual': 'No actual figure is known',
  'gauge.noData': 'No actual figure and no budget are known',
  'gauge.share.expenses': '{percent} of all the municipality’s expenses',
  'gauge.share.revenues': '{percent} of all the municipality’s revenues',
  'gauge.share.noTotal': 'No municipal total is known',
  'gauge.share.notAShare': 'No share can be given: the municipal total is {total}',
  'gauge.share.balanceTotal':
    'Balance {part}; the municipal balance is {total}. A balance is not part of a total, so there is no percentage.',
  'gauge.share.balanceNoTotal':
    'Balance {part}. A balance is not part of a total, so there is no percentage.',
  'gauge.share.printed.expenses':
    '{percent} of all the municipality’s expenses, as the document states (it does not give the total)',
  'gauge.share.printed.revenues':
    '{percent} of all the municipality’s revenues, as the document states (it does not give the total)',
  'gauge.favourable': 'Favourable',
  'gauge.unfavourable': 'Unfavourable',
  'gauge.unit': 'Amounts in euros; in the document {unit}',
};
