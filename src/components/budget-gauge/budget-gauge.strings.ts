/**
 * Dutch strings of <pc-budget-gauge>. Keys are prefixed `gauge.`; the English are in
 * ./budget-gauge.strings.en.ts (loaded on demand).
 */
import type { Catalogue } from '../../i18n/strings.js';

export const budgetGaugeStrings: Catalogue = {
  nl: {
    'gauge.title': '{measure} {kind} {title}',
    'gauge.measure.expenses': 'Uitgaven',
    'gauge.measure.revenues': 'Inkomsten',
    'gauge.measure.balance': 'Saldo',
    'gauge.kind.programme': 'programma',
    'gauge.kind.goal': 'doelstelling',
    'gauge.actual.expenses': 'Realisatie: {amount} uitgaven',
    'gauge.actual.revenues': 'Realisatie: {amount} inkomsten',
    'gauge.actual.balance': 'Realisatie: saldo {amount}',
    'gauge.budget': 'Begroting na wijziging: {amount}',
    'gauge.budgetOriginal': 'Begroting primitief: {amount}',
    'gauge.total': 'Totaal van de gemeente: {amount}',
    'gauge.balance.deficit': '{amount} nadelig',
    'gauge.balance.surplus': '{amount} voordelig',
    'gauge.sentence.expenses.over': '{amount} meer uitgegeven dan begroot{detail}',
    'gauge.sentence.expenses.under': '{amount} minder uitgegeven dan begroot{detail}',
    'gauge.sentence.expenses.on': 'Uitgegeven zoals begroot{detail}',
    'gauge.sentence.revenues.over': '{amount} meer ontvangen dan begroot{detail}',
    'gauge.sentence.revenues.under': '{amount} minder ontvangen dan begroot{detail}',
    'gauge.sentence.revenues.on': 'Ontvangen zoals begroot{detail}',
    'gauge.sentence.balance.unfavourable': 'Saldo {amount} nadeliger dan begroot{detail}',
    'gauge.sentence.balance.favourable': 'Saldo {amount} voordeliger dan begroot{detail}',
    'gauge.sentence.balance.on': 'Saldo zoals begroot{detail}',
    'gauge.detail.percent': ' ({percent})',
    'gauge.detail.zeroBudget': ' (de begroting is {zero})',
    'gauge.actualOnly.expenses':
      '{amount} uitgegeven. Het document noemt geen begroting, dus er is niets om dit mee te vergelijken.',
    'gauge.actualOnly.revenues':
      '{amount} ontvangen. Het document noemt geen begroting, dus er is niets om dit mee te vergelijken.',
    'gauge.actualOnly.balance':
      'Saldo {amount}. Het document noemt geen begroting, dus er is niets om dit mee te vergelijken.',
    'gauge.noActual': 'Er is geen realisatie bekend',
    'gauge.noData': 'Er is geen realisatie en geen begroting bekend',
    'gauge.share.expenses': '{percent} van alle uitgaven van de gemeente',
    'gauge.share.revenues': '{percent} van alle inkomsten van de gemeente',
    'gauge.share.noTotal': 'Er is geen totaal van de gemeente bekend',
    'gauge.share.notAShare': 'Geen aandeel te berekenen: het totaal van de gemeente is {total}',
    'gauge.share.balanceTotal':
      'Saldo {part}; het saldo van de gemeente is {total}. Een saldo is geen deel van een totaal, dus er is geen percentage.',
    'gauge.share.balanceNoTotal':
      'Saldo {part}. Een saldo is geen deel van een totaal, dus er is geen percentage.',
    'gauge.share.printed.expenses':
      '{percent} van alle uitgaven van de gemeente, zoals het document vermeldt (het totaal staat er niet in)',
    'gauge.share.printed.revenues':
      '{percent} van alle inkomsten van de gemeente, zoals het document vermeldt (het totaal staat er niet in)',
    'gauge.favourable': 'Gunstig',
    'gauge.unfavourable': 'Ongunstig',
    'gauge.unit': 'Bedragen in euro’s (mln = miljoen); in het document {unit}',
  },
};
