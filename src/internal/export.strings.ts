import type { Catalogue } from '../i18n/strings.js';

/** Strings of the Download controls, shared by the four components (overridable like every other string). */
export const exportStrings: Catalogue = {
  nl: {
    'export.label': 'Download',
    'export.as': 'Download als',
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
  en: {
    'export.label': 'Download',
    'export.as': 'Download as',
    'export.done': '{format} downloaded: {name}',
    'export.failed': 'Downloading as {format} failed.',
    'export.figure': 'Figure',
    'export.actual': 'Actual',
    'export.budget': 'Amended budget',
    'export.budgetOriginal': 'Original budget',
    'export.total': 'Municipality total',
    'export.level': 'Level',
    'export.title': 'Title',
    'export.kind': 'Kind',
    'export.status': 'Status',
    'export.parent': 'Part of',
  },
};
