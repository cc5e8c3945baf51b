/**
 * What the Download buttons write, as pure functions: a file name a person can file
 * ("zoetermeer-jaarstukken-2025-jeugdhulp-unieke-jeugdigen.png") and CSV text in the locale's conventions.
 */
import type { Locale } from './format.js';

/** "Gezonde Stad 2023–2026" → "gezonde-stad-2023-2026": lower case, accents dropped, a dash between words. */
export function slug(text: string, maxLength = 60): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, maxLength).replace(/-+$/, '');
}

export interface FileNameParts {
  municipality: string;
  /** The kind of document: begroting, jaarstukken, … */
  documentType: string;
  year: number;
  /** What the component shows: an indicator, programme, goal or tree id. */
  subject: string;
}

export const EXPORT_FORMATS = ['svg', 'png', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** "zoetermeer-jaarstukken-2025-jeugdhulp.png"; empty parts are left out, never a double dash. */
export function exportFileName(parts: FileNameParts, format: ExportFormat): string {
  const year = Number.isFinite(parts.year) ? String(Math.trunc(parts.year)) : '';
  const name = [slug(parts.municipality), slug(parts.documentType), year, slug(parts.subject)]
    .filter(Boolean)
    .join('-');
  return `${name || 'pc-charts'}.${format}`;
}

export type CsvCell = string | number | null | undefined;

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** The field separator a spreadsheet in that locale expects: ";" in Dutch (the comma is the decimal mark). */
export function csvSeparator(locale: Locale): string {
  return locale === 'nl' ? ';' : ',';
}

/** A number without grouping, every digit, with the locale's decimal mark: -95361, 48,9 (nl), 48.9 (en). */
export function csvNumberText(value: number, locale: Locale): string {
  const text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/**
 * One field: text a spreadsheet would run as a formula (= + - @, tab, CR, and not a plain number) gets a
 * leading apostrophe; a field with the separator, a quote or a line break is quoted.
 */
export function csvCell(value: CsvCell, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? csvNumberText(value, locale) : '';
  let field = value;
  if (/^[=+\-@\t\r]/.test(field) && !PLAIN_NUMBER.test(field)) field = `'${field}`;
  if (field.includes(csvSeparator(locale)) || /["\r\n]/.test(field)) field = `"${field.replace(/"/g, '""')}"`;
  return field;
}

/** Rows as CSV: a UTF-8 byte order mark (so Excel reads "€" and "ë"), the locale's separator, CRLF lines. */
export function csvText(rows: readonly (readonly CsvCell[])[], locale: Locale): string {
  const separator = csvSeparator(locale);
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, locale)).join(separator)).join('\r\n')}\r\n`;
}
