/**
 * Dutch strings of <pc-saldo-table>. Keys are prefixed `table.`; the English are in
 * ./saldo-table.strings.en.ts (loaded on demand).
 */
import type { Catalogue } from '../../i18n/strings.js';

export const saldoTableStrings: Catalogue = {
  nl: {
    'table.measure.expenses': 'Lasten',
    'table.measure.revenues': 'Baten',
    'table.measure.reserveAdditions': 'Toevoegingen',
    'table.measure.reserveWithdrawals': 'Onttrekkingen',
    'table.measure.balance': 'Saldo',
    'table.measureInline.expenses': 'lasten',
    'table.measureInline.revenues': 'baten',
    'table.measureInline.reserveAdditions': 'toevoegingen',
    'table.measureInline.reserveWithdrawals': 'onttrekkingen',
    'table.measureInline.balance': 'saldo',
    'table.scenarioInline.actual': 'realisatie {year}',
    'table.scenarioInline.budget': 'begroting na wijziging {year}',
    'table.scenarioInline.budgetOriginal': 'begroting primitief {year}',
    'table.differenceColumn': 'Verschil {measure}',
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
  },
};
