/**
 * Strings shared by every component, in Dutch; their English loads on demand (./common.en.ts, src/i18n/en.ts).
 * The words beside numbers ("mln", "jaar", "Bedragen x €1.000") are here in both languages: src/lib/format.ts
 * writes them synchronously, also outside an element (the command line, the builder page, the package's API).
 */
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
    'common.scale.million': 'mln',
    'common.scale.billion': 'mld',
    'common.period.undated': 'zonder jaartal',
    'common.amounts.euros': 'Bedragen in euro',
    'common.amounts.euros.inline': 'bedragen in euro',
    'common.amounts.times': 'Bedragen x €{factor}',
    'common.amounts.times.inline': 'bedragen x €{factor}',
    'common.unit.years': 'jaar',
  },
  en: {
    'common.scale.million': 'million',
    'common.scale.billion': 'billion',
    'common.period.undated': 'undated',
    'common.amounts.euros': 'Amounts in euros',
    'common.amounts.euros.inline': 'amounts in euros',
    'common.amounts.times': 'Amounts x €{factor}',
    'common.amounts.times.inline': 'amounts x €{factor}',
    'common.unit.years': 'years',
  },
};
