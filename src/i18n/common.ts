/** Strings shared by every component. */
import type { Catalogue } from './strings.js';

export const commonStrings: Catalogue = {
  nl: {
    'common.loading': 'Gegevens laden…',
    'common.empty': 'Er zijn nog geen gegevens gekoppeld.',
    'common.errorTitle': 'Deze grafiek kan niet worden getoond.',
    'common.errorPath': 'Plaats in de gegevens:',
    'common.errorMore': 'En nog {count} andere problemen.',
    'common.errorMoreOne': 'En nog één ander probleem.',
    'common.status.achieved': 'gehaald',
    'common.status.not-achieved': 'niet gehaald',
    'common.status.in-progress': 'loopt',
    'common.status.unknown': 'onbekend',
    'common.dataTable': 'Tabel met de gegevens',
    'common.showTable': 'Toon als tabel',
    'common.hideTable': 'Verberg tabel',
    'common.source': 'Bron',
  },
  en: {
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
  },
};
