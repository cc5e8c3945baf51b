/**
 * English strings of <pc-goal-tree>, loaded on demand (src/i18n/english.ts). Dutch: ./goal-tree.strings.js.
 */
import type { StringTable } from '../../i18n/strings.js';

export const goalTreeStringsEn: StringTable = {
  'tree.programmeTitle': 'Goal tree {title}',
  'tree.hint':
    'Arrow keys: move through the goal tree, open and close. Enter: show details. Type a letter to jump to an item.',
  'tree.hintLinks': '⇄ with a number: links to other goals, shown when the box has focus or is pointed at.',
  'tree.kind.ambition': 'Ambition',
  'tree.kind.goal': 'Goal',
  'tree.kind.indicator': 'Indicator',
  'tree.kind.pillar': 'Pillar',
  'tree.kind.theme': 'Theme',
  'tree.kind.result': 'Result',
  'tree.rollup.indicators': '{achieved} of {total} indicators achieved',
  'tree.rollup.indicators.one': '{achieved} of 1 indicator achieved',
  'tree.rollup.goals': '{achieved} of {total} goals achieved',
  'tree.rollup.goals.one': '{achieved} of 1 goal achieved',
  'tree.details.heading': 'Details',
  'tree.details.hint': 'Choose an item of the goal tree (click, or Enter) to see its details here.',
  'tree.details.kind': 'Kind',
  'tree.details.status': 'Status',
  'tree.details.rollup': 'Below',
  'tree.details.period': 'Period',
  'tree.details.balance': 'Actual balance',
  'tree.details.indicator': 'Linked indicator',
  'tree.details.actual': 'Actual {period}',
  'tree.details.target': 'Target {period}',
  'tree.details.noValue': 'no value',
  'tree.details.contributesTo': 'Also contributes to:',
  'tree.details.contributors': 'Also receives contributions from:',
  'tree.details.elsewhere': '{id} (in another goal tree)',
};
