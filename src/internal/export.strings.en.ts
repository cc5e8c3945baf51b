/**
 * English strings of the Download controls, loaded on demand (src/i18n/english.ts). Dutch: ./export.strings.js.
 */
import type { StringTable } from '../i18n/strings.js';

export const exportStringsEn: StringTable = {
  'export.label': 'Download',
  'export.as': 'Download as',
  'export.format.svg': 'SVG',
  'export.format.png': 'PNG',
  'export.format.csv': 'CSV',
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
};
