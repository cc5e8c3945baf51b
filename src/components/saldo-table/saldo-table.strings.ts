/** Strings of <pc-saldo-table>. Keys are prefixed `table.`. */
import type { Catalogue } from '../../i18n/strings.js';

export const saldoTableStrings: Catalogue = {
  nl: {
    'table.measure.expenses': 'Lasten',
    'table.measure.revenues': 'Baten',
    'table.measure.reserveAdditions': 'Toevoegingen',
    'table.measure.reserveWithdrawals': 'Onttrekkingen',
    'table.measure.balance': 'Saldo',
    'table.goal': 'Doelstelling',
    'table.code': 'Code',
    'table.programme': 'Programma {code}',
    'table.scenario.actual': 'Realisatie {year}',
    'table.scenario.budget': 'Begroting na wijziging {year}',
    'table.scenario.budgetOriginal': 'Begroting primitief {year}',
    'table.total': 'Totaal programma',
    'table.noValue': 'geen gegevens',
    'table.difference': 'Verschil',
    'table.differenceOf': '{measure}, realisatie min begroting',
    'table.compare.notActual': 'Het verschil met de begroting wordt alleen bij de realisatie getoond.',
    'table.compare.noBudget':
      'Het verschil met de begroting kan niet worden getoond: het document bevat geen begroting.',
    'table.noFinance': 'Voor dit programma staan geen financiële gegevens in het document.',
    'table.noFinanceScenario':
      'Voor dit programma staan geen financiële gegevens voor de {scenario} in het document.',
    'table.footnote.computed': 'Berekend: de som van de doelstellingen. Het document noemt dit totaal niet.',
    'table.footnote.mismatch':
      'Het totaal {measure} wijkt € {difference} af van de som van de doelstellingen ({sum}; {unit}).',
    'table.footnoteRef': 'voetnoot',
    'table.download': 'Download als CSV',
  },
  en: {
    'table.measure.expenses': 'Expenses',
    'table.measure.revenues': 'Revenues',
    'table.measure.reserveAdditions': 'Additions to reserves',
    'table.measure.reserveWithdrawals': 'Withdrawals from reserves',
    'table.measure.balance': 'Balance',
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
    'table.download': 'Download as CSV',
  },
};
