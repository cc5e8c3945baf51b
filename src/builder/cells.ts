/**
 * What a cell means, by the kind of column it is in. The rules (also in the README):
 * - empty cell → the field is left out; `-`, `–`, `n.v.t.`, `nvt`, `n.b.`, `?` in a number column → null
 *   ("no value", as the seed documents print it);
 * - numbers as people type them in the Netherlands: `1.234,5`, `-1.234`, `€ 1.234`, `48,9%` (→ 48,9), `(1.234)`
 *   (→ -1234), `1.234.567`; a single point followed by exactly three digits is a thousands separator (`1.234` →
 *   1234), any other single point a decimal point (`2.5` → 2,5); with both a point and a comma the last one is
 *   the decimal sign (`1,234.5` → 1234,5);
 * - a number stored as text is read like typed text; a cell formatted as a percentage holds a fraction (0,489)
 *   and is read as 48,9;
 * - a date cell or an Excel serial number in the Peildatum column → YYYY-MM-DD; `31-12-2025` too;
 * - `zonder jaartal` (or `undated`) in a Periode column → null, a figure the source prints without a year;
 * - a formula → the value the file holds (never recalculated); a formula error (#DEEL/0!, #N/B) → a problem.
 */
import type { Cell } from './workbook.js';
import { serialToIsoDate } from './workbook.js';
import type { ColumnDef } from './columns.js';
import { normalizeHeader, UNDATED_WORDS } from './columns.js';

export type CellProblemCode =
  | 'not-a-number'
  | 'not-an-integer'
  | 'formula-error'
  | 'date-not-number'
  | 'date-in-text'
  | 'not-a-date'
  | 'not-a-period'
  | 'not-allowed'
  | 'not-yes-no'
  | 'not-an-id';

export type CellResult =
  | { value: unknown; absent?: false }
  | { absent: true }
  | { problem: CellProblemCode; params: Record<string, unknown> };

const NO_VALUE = new Set(['-', '–', '—', 'n.v.t.', 'n.v.t', 'nvt', 'n.b.', 'nb', 'n/a', '?']);
const NBSP = /[\u00a0\u202f\u2007]/g;

/** The cell as a person sees it, for messages: `"12,3 procent"`. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (cell.value === null) return '';
  return String(cell.value);
}

/** `1.234,5` → 1234.5; undefined when the text is not a number. */
export function parseDutchNumber(input: string): number | undefined {
  let text = input.replace(NBSP, ' ').trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(/^(€|eur)\s*/i, '').replace(/\s*(€|eur)$/i, '');
  if (/^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) text = text.slice(1).trim();
  text = text.replace(/^(€|eur)\s*/i, '');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trim();
  text = text.replace(/(\d) (?=\d{3}\b)/g, '$1');
  if (!/^[0-9][0-9.,]*$|^[.,][0-9]+$/.test(text)) return undefined;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normal: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [whole, fraction, extra] = text.split(decimal);
    if (extra !== undefined || !/^\d{1,3}([.,]\d{3})*$/.test(whole) || whole.includes(decimal))
      return undefined;
    normal = `${whole.split(thousands).join('')}.${fraction}`;
  } else if (lastComma !== -1) {
    const parts = text.split(',');
    if (parts.length > 2) {
      // 1,234,567: commas as thousands separators (English).
      if (!/^\d{1,3}(,\d{3})+$/.test(text)) return undefined;
      normal = parts.join('');
    } else normal = parts.join('.');
  } else if (lastDot !== -1) {
    const parts = text.split('.');
    if (parts.length > 2 || (parts[1].length === 3 && parts[0] !== '0' && parts[0] !== '')) {
      if (!/^\d{1,3}(\.\d{3})+$/.test(text)) return undefined;
      normal = parts.join('');
    } else normal = text;
  } else normal = text;
  const number = Number(normal);
  if (!Number.isFinite(number)) return undefined;
  const signed = negative ? -number : number;
  return signed === 0 ? 0 : signed;
}

/** Rounds away binary noise from a percentage cell's fraction × 100 (0.489 × 100 = 48.900000000000006). */
function percentOf(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

function isNoValue(text: string): boolean {
  return NO_VALUE.has(text.trim().toLowerCase());
}

function readNumber(cell: Cell, integer: boolean): CellResult {
  if (cell.date) return { problem: 'date-not-number', params: { value: cell.value } };
  let number: number | undefined;
  if (typeof cell.value === 'number') number = cell.percent ? percentOf(cell.value) : cell.value;
  else if (typeof cell.value === 'string') {
    if (isNoValue(cell.value)) return { value: null };
    number = parseDutchNumber(cell.value);
  }
  if (number === undefined) return { problem: 'not-a-number', params: { value: cellText(cell) } };
  if (integer && !Number.isInteger(number))
    return { problem: 'not-an-integer', params: { value: cellText(cell) } };
  return { value: number };
}

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

function readDate(cell: Cell, date1904 = false): CellResult {
  if (cell.date && typeof cell.value === 'string') return { value: cell.value };
  if (typeof cell.value === 'number') {
    const iso = serialToIsoDate(cell.value, date1904);
    return iso ? { value: iso } : { problem: 'not-a-date', params: { value: cellText(cell) } };
  }
  const text = String(cell.value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { value: text };
  const dutch = DUTCH_DATE.exec(text);
  if (dutch) {
    const iso = `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}`;
    if (!Number.isNaN(Date.parse(iso))) return { value: iso };
  }
  return { problem: 'not-a-date', params: { value: text } };
}

function readText(cell: Cell): CellResult {
  if (cell.date) return { problem: 'date-in-text', params: { value: cell.value } };
  if (typeof cell.value === 'number') return { value: String(cell.value) };
  if (typeof cell.value === 'boolean') return { value: cell.value ? 'TRUE' : 'FALSE' };
  return { value: String(cell.value) };
}

const YES = new Set(['ja', 'yes', 'true', 'waar', 'j', 'y', '1', 'gehaald', 'behaald']);
const NO = new Set(['nee', 'no', 'false', 'onwaar', 'n', '0', 'niet gehaald', 'niet behaald']);
const UNKNOWN = new Set(['?', 'onbekend', 'unknown', 'null']);

function readVerdict(cell: Cell): CellResult {
  if (typeof cell.value === 'boolean') return { value: cell.value };
  const text = String(cell.value).trim().toLowerCase();
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  if (UNKNOWN.has(text)) return { value: null };
  return { problem: 'not-yes-no', params: { value: cellText(cell) } };
}

function readEnum(cell: Cell, column: ColumnDef): CellResult {
  const text = typeof cell.value === 'number' ? String(cell.value) : String(cell.value ?? '');
  const normal = normalizeHeader(text);
  for (const [value, words] of Object.entries(column.values ?? {})) {
    if (normalizeHeader(value) === normal || words.some((word) => normalizeHeader(word) === normal)) {
      return { value: /^\d+$/.test(value) ? Number(value) : value };
    }
  }
  const allowed = Object.values(column.values ?? {}).map((words) => words[0]);
  return { problem: 'not-allowed', params: { value: text, allowed: allowed.join(', ') } };
}

const PERIOD = /^\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/;

const UNDATED = new Set(UNDATED_WORDS.map(normalizeHeader));

function readPeriod(cell: Cell): CellResult {
  if (cell.date) return { problem: 'not-a-period', params: { value: cell.value } };
  if (typeof cell.value === 'string' && UNDATED.has(normalizeHeader(cell.value))) return { value: null };
  const text = (typeof cell.value === 'number' ? String(cell.value) : String(cell.value))
    .trim()
    .toUpperCase();
  const compact = text.replace(/\s+/g, '').replace(/^(\d{4})(Q[1-4]|H[12])$/, '$1-$2');
  return PERIOD.test(compact)
    ? { value: compact }
    : { problem: 'not-a-period', params: { value: cellText(cell) } };
}

const ID = /^[A-Za-z0-9._:-]+$/;

function readId(cell: Cell): CellResult {
  const text = readText(cell);
  if ('problem' in text || text.absent) return text;
  const id = String(text.value).trim();
  return ID.test(id) ? { value: id } : { problem: 'not-an-id', params: { value: id } };
}

/** Reads one cell for one column. Never throws. */
export function readCell(cell: Cell | undefined, column: ColumnDef, date1904 = false): CellResult {
  if (!cell) return { absent: true };
  if (cell.error) return { problem: 'formula-error', params: { value: cell.error } };
  if (cell.value === null || (typeof cell.value === 'string' && cell.value.replace(NBSP, ' ').trim() === ''))
    return { absent: true };
  switch (column.kind) {
    case 'number':
    case 'amount':
      return readNumber(cell, false);
    case 'integer':
      return readNumber(cell, true);
    case 'date':
      return readDate(cell, date1904);
    case 'verdict':
      return readVerdict(cell);
    case 'enum':
      return readEnum(cell, column);
    case 'period':
      return readPeriod(cell);
    case 'id':
      return readId(cell);
    case 'ids': {
      const text = readText(cell);
      if ('problem' in text || text.absent) return text;
      const ids = String(text.value)
        .split(/[,;\s]+/)
        .filter(Boolean);
      const bad = ids.find((id) => !ID.test(id));
      return bad ? { problem: 'not-an-id', params: { value: bad } } : { value: ids };
    }
    default: {
      const text = readText(cell);
      if ('value' in text && typeof text.value === 'string')
        return { value: text.value.replace(/\r\n?/g, '\n') };
      return text;
    }
  }
}
