import type { Catalogue } from '../i18n/strings.js';

/**
 * Dutch strings of the Download controls, shared by the four components (overridable like every other string);
 * the English are in ./export.strings.en.ts (loaded on demand).
 */
export const exportStrings: Catalogue = {
  nl: {
    'export.label': 'Download',
    'export.as': 'Download als',
    'export.format.svg': 'SVG',
    'export.format.png': 'PNG',
    'export.format.csv': 'CSV',
    'export.done': '{format} gedownload: {name}',
    'export.failed': 'Downloaden als {format} is niet gelukt.',
    'export.figure': 'Cijfer',
    'export.actual': 'Realisatie',
    'export.budget': 'Begroting na wijziging',
    'export.budgetOriginal': 'Begroting primitief',
    'export.total': 'Totaal gemeente',
    'export.level': 'Niveau',
    'export.title': 'Titel',
    'export.kind': 'Soort',
    'export.status': 'Status',
    'export.parent': 'Valt onder',
  },
};
