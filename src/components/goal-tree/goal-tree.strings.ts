/**
 * Dutch strings of <pc-goal-tree>. Keys are prefixed `tree.`. Status words are the common ones
 * (`common.status.*`); the English are in ./goal-tree.strings.en.ts (loaded on demand).
 */
import type { Catalogue } from '../../i18n/strings.js';

export const goalTreeStrings: Catalogue = {
  nl: {
    'tree.programmeTitle': 'Doelenboom {title}',
    'tree.hint':
      'Pijltoetsen: door de doelenboom bewegen, openen en sluiten. Enter: details tonen. Typ een letter om naar een onderdeel te springen.',
    'tree.hintLinks':
      '⇄ met een getal: verbanden met andere doelen, getoond als het vak focus heeft of aangewezen wordt.',
    'tree.kind.ambition': 'Ambitie',
    'tree.kind.goal': 'Doelstelling',
    'tree.kind.indicator': 'Indicator',
    'tree.kind.pillar': 'Pijler',
    'tree.kind.theme': 'Thema',
    'tree.kind.result': 'Resultaat',
    'tree.rollup.indicators': '{achieved} van {total} indicatoren gehaald',
    'tree.rollup.indicators.one': '{achieved} van 1 indicator gehaald',
    'tree.rollup.goals': '{achieved} van {total} doelen gehaald',
    'tree.rollup.goals.one': '{achieved} van 1 doel gehaald',
    'tree.details.heading': 'Details',
    'tree.details.hint': 'Kies een onderdeel van de doelenboom (klik, of Enter) om hier de details te zien.',
    'tree.details.kind': 'Soort',
    'tree.details.status': 'Status',
    'tree.details.rollup': 'Daaronder',
    'tree.details.period': 'Periode',
    'tree.details.balance': 'Saldo realisatie',
    'tree.details.indicator': 'Gekoppelde indicator',
    'tree.details.actual': 'Realisatie {period}',
    'tree.details.target': 'Streefwaarde {period}',
    'tree.details.noValue': 'geen waarde',
    'tree.details.contributesTo': 'Draagt ook bij aan:',
    'tree.details.contributors': 'Krijgt ook bijdragen van:',
    'tree.details.elsewhere': '{id} (in een andere doelenboom)',
  },
};
