/**
 * English strings shared by every component, loaded on demand with every English table (src/i18n/en.ts). The
 * words beside numbers are not here: both languages of those stay in ./common.ts.
 */
import type { StringTable } from './strings.js';

export const commonStringsEn: StringTable = {
  'common.loading': 'Loading data…',
  'common.empty': 'No data has been connected yet.',
  'common.errorTitle': 'This chart cannot be shown.',
  'common.errorPath': 'Place in the data:',
  'common.errorMore': 'And {count} other problems.',
  'common.errorMoreOne': 'And one other problem.',
  'common.status.achieved': 'achieved',
  'common.status.not-achieved': 'not achieved',
  'common.status.in-progress': 'in progress',
  'common.status.unknown': 'unknown',
  'common.dataTable': 'Table with the data',
  'common.showTable': 'Show as table',
  'common.hideTable': 'Hide table',
  'common.source': 'Source',
};
