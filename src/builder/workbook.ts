/**
 * The neutral shape every reader (.xlsx, .ods, .csv) produces and the writer consumes: sheets of rows of cells,
 * addressed the way a spreadsheet shows them (A1). Readers keep what the file holds (the cached value of a
 * formula, the error of a failed one, whether a number is shown as a date); the converter decides what it means.
 */

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The value the file holds: text, a number, a boolean, or null for an empty cell. */
  value: CellValue;
  /** A formula error as the office suite shows it (`#DIV/0!`, `#DEEL/0!`), when the cell holds one. */
  error?: string;
  /** A number formatted as a date (an Excel serial number), or an .ods date; `value` is then `YYYY-MM-DD`. */
  date?: boolean;
  /** A number shown as a percentage: the file holds the fraction (0.489 for 48,9%). */
  percent?: boolean;
}

export interface Sheet {
  name: string;
  hidden: boolean;
  /** rows[r][c] is the cell at row r + 1, column c + 1; missing entries are empty cells. */
  rows: (Cell | undefined)[][];
}

export interface Workbook {
  format: 'xlsx' | 'ods' | 'csv';
  sheets: Sheet[];
}

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Cell address from 0-based row and column: (6, 3) → D7. */
export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** A1 → { row: 0, column: 0 }; undefined for anything else. */
export function parseAddress(address: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]{1,3})([0-9]{1,7})$/.exec(address.toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const char of match[1]) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Days since 1899-12-30 (Excel's serial, with its 1900 leap-year quirk folded in) to `YYYY-MM-DD`. */
export function serialToIsoDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const ms = Date.UTC(1899, 11, 30) + days * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}
