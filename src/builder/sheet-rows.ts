/**
 * Finds a sheet's header row, matches its columns to the template's, and reads each data row's cells with
 * cells.ts. Every problem names its sheet and cell. Blank rows (also trailing ones, which Excel often keeps)
 * are skipped; columns whose header starts with `x-` become extension fields of the row's object.
 */
import { type ColumnDef, normalizeHeader, type SheetDef } from './columns.js';
import { cellText, readCell } from './cells.js';
import { type BuilderProblem, builderProblem } from './problems.js';
import { cellAddress, type Sheet } from './workbook.js';
import { editDistance } from '../internal/suggest.js';

export interface SheetRow {
  /** 0-based row index in the sheet. */
  row: number;
  values: Map<string, unknown>;
  /** Column index per field key, for placing problems; includes `x-` fields. */
  columns: Map<string, number>;
  extras: [string, unknown][];
}

export interface ReadSheet {
  rows: SheetRow[];
  /** Column index per field key for the whole sheet. */
  columns: Map<string, number>;
  /** The first column (for problems about a whole row). */
  firstColumn: number;
}

const HEADER_SEARCH_ROWS = 10;

function nearestHeader(def: SheetDef, header: string): string | undefined {
  const normal = normalizeHeader(header);
  let best: { name: string; score: number } | undefined;
  for (const column of def.columns) {
    for (const name of [column.nl, column.en]) {
      const score = editDistance(normal, normalizeHeader(name));
      if (score <= Math.max(2, Math.floor(normal.length / 4)) && (!best || score < best.score))
        best = { name: column.nl, score };
    }
  }
  return best?.name;
}

function matchHeader(def: SheetDef, text: string): ColumnDef | undefined {
  const normal = normalizeHeader(text);
  if (!normal) return undefined;
  return def.columns.find(
    (column) => normalizeHeader(column.nl) === normal || normalizeHeader(column.en) === normal,
  );
}

export function readSheetRows(
  sheet: Sheet,
  def: SheetDef,
  problems: BuilderProblem[],
): ReadSheet | undefined {
  let headerRow = -1;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    if (
      sheet.rows[r].some((cell) => cell && typeof cell.value === 'string' && matchHeader(def, cell.value))
    ) {
      headerRow = r;
      break;
    }
  }
  const place = { sheet: sheet.name };
  if (headerRow === -1) {
    if (sheet.rows.some((row) => row.some((cell) => cellText(cell).trim() !== ''))) {
      const expected = def.columns
        .filter((column) => column.required)
        .slice(0, 4)
        .map((column) => `"${column.nl}"`)
        .join(', ');
      problems.push(
        builderProblem('missing-headers', { ...place, cell: 'A1' }, { sheet: sheet.name, expected }),
      );
    }
    return undefined;
  }
  const columns = new Map<string, number>();
  const extraColumns: [string, number][] = [];
  const header = sheet.rows[headerRow];
  for (let c = 0; c < header.length; c++) {
    const text = cellText(header[c]).trim();
    if (!text) continue;
    const column = matchHeader(def, text);
    if (column && !columns.has(column.key)) columns.set(column.key, c);
    // On the Document sheet, `/x-…` is an extension field of the whole file (beside schemaVersion).
    else if (/^x-/i.test(text) || (def.key === 'document' && /^\/x-/i.test(text)))
      extraColumns.push([text, c]);
    else if (!column) {
      const suggestion = nearestHeader(def, text);
      problems.push(
        builderProblem(
          'unknown-column',
          { ...place, cell: cellAddress(headerRow, c) },
          { column: text, hint: suggestion ? 'didYouMean' : 'extension', suggestion },
          'warning',
        ),
      );
    }
  }
  for (const column of def.columns) {
    if (column.required && !columns.has(column.key)) {
      problems.push(
        builderProblem(
          'missing-column',
          { ...place, cell: cellAddress(headerRow, 0) },
          { column: column.nl, sheet: sheet.name },
        ),
      );
    }
  }
  const rows: SheetRow[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells.some((cell) => cell && (cell.error || cellText(cell).replace(/[\s\u00a0]/g, '') !== '')))
      continue;
    const values = new Map<string, unknown>();
    for (const column of def.columns) {
      const c = columns.get(column.key);
      if (c === undefined) continue;
      const result = readCell(cells[c], column);
      const where = { ...place, cell: cellAddress(r, c) };
      if ('problem' in result) problems.push(builderProblem(result.problem, where, result.params));
      else if (!result.absent) values.set(column.key, result.value);
      else if (column.required) problems.push(builderProblem('missing-value', where, { column: column.nl }));
    }
    const extras: [string, unknown][] = [];
    const rowColumns = new Map(columns);
    for (const [name, c] of extraColumns) {
      const cell = cells[c];
      if (!cell || cellText(cell) === '') continue;
      extras.push([name, cell.date || cell.value === null ? cellText(cell) : cell.value]);
      rowColumns.set(name, c);
    }
    rows.push({ row: r, values, columns: rowColumns, extras });
  }
  return { rows, columns, firstColumn: Math.min(...columns.values(), ...extraColumns.map(([, c]) => c)) };
}
