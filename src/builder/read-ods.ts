/**
 * Reads an .ods workbook (OpenDocument, as LibreOffice Calc saves it) into a Workbook: content.xml's tables,
 * their visibility (an automatic table style with display="false"), typed cell values (float, percentage,
 * currency, date, boolean, string), formula errors (LibreOffice marks them calcext:value-type="error"), repeated
 * rows and columns (only those holding a value are expanded, so a million repeated empty rows cost nothing)
 * and spanned cells (their value is copied to the covered cells). An encrypted file (manifest with
 * encryption-data) is refused.
 */
import { localName, readXml } from './xml.js';
import type { Cell, Sheet, Workbook } from './workbook.js';
import { type ZipEntry, readZipTexts } from './zip.js';
import { MAX_COLUMNS, MAX_ROWS, type ReadFailure } from './read-xlsx.js';

interface PendingCell {
  cell?: Cell;
  repeat: number;
  rowSpan: number;
  colSpan: number;
}

export function readOds(
  bytes: Uint8Array,
  entries: ZipEntry[],
): Workbook | ReadFailure | { tooManyRows: string } {
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('content.xml')) return 'not-a-workbook';
  const texts = readZipTexts(
    bytes,
    entries,
    (name) => name === 'content.xml' || name === 'META-INF/manifest.xml',
  );
  if (typeof texts === 'string') return texts;
  if ((texts.get('META-INF/manifest.xml') ?? '').includes('encryption-data')) return 'encrypted';
  return readContent(texts.get('content.xml') ?? '');
}

function readContent(xml: string): Workbook | ReadFailure | { tooManyRows: string } {
  const hiddenStyles = new Set<string>();
  const sheets: Sheet[] = [];
  let styleName = '';
  let sheet: Sheet | undefined;
  let row = 0;
  let rowRepeat = 1;
  let rowCells: PendingCell[] = [];
  let pending: PendingCell | undefined;
  let text: string[] = [];
  let paragraph: string | undefined;
  let failure: ReadFailure | undefined;
  let tooManyIn = '';
  const spans: { row: number; column: number; rows: number; columns: number }[] = [];

  const finishRow = () => {
    if (!sheet) return;
    const hasValue = rowCells.some((entry) => entry.cell);
    if (!hasValue) {
      row += rowRepeat;
      return;
    }
    if (row + rowRepeat > MAX_ROWS) {
      failure = 'too-many-rows';
      tooManyIn = sheet.name;
      return;
    }
    for (let r = 0; r < rowRepeat; r++) {
      const cells: (Cell | undefined)[] = [];
      let c = 0;
      for (const entry of rowCells) {
        for (let k = 0; k < entry.repeat && c < MAX_COLUMNS; k++, c++) {
          if (entry.cell) {
            cells[c] = { ...entry.cell };
            if ((entry.colSpan > 1 || entry.rowSpan > 1) && r === 0)
              spans.push({ row, column: c, rows: entry.rowSpan, columns: entry.colSpan });
          }
        }
        if (c >= MAX_COLUMNS) break;
      }
      sheet.rows[row] = cells;
      row++;
    }
  };

  readXml(xml, (event) => {
    if (failure) return;
    if (event.type === 'open') {
      const name = event.name;
      const attrs = event.attrs;
      if (name === 'style:style')
        styleName = attrs['style:family'] === 'table' ? (attrs['style:name'] ?? '') : '';
      else if (name === 'style:table-properties' && styleName && attrs['table:display'] === 'false')
        hiddenStyles.add(styleName);
      else if (name === 'table:table') {
        sheet = {
          name: attrs['table:name'] ?? '',
          hidden: hiddenStyles.has(attrs['table:style-name'] ?? ''),
          rows: [],
        };
        row = 0;
        spans.length = 0;
      } else if (name === 'table:table-row') {
        rowRepeat = Math.max(1, Number(attrs['table:number-rows-repeated'] ?? 1) || 1);
        rowCells = [];
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
        pending = {
          repeat: Math.max(1, Number(attrs['table:number-columns-repeated'] ?? 1) || 1),
          rowSpan: Number(attrs['table:number-rows-spanned'] ?? 1) || 1,
          colSpan: Number(attrs['table:number-columns-spanned'] ?? 1) || 1,
          cell: name === 'table:table-cell' ? typedCell(attrs) : undefined,
        };
        text = [];
      } else if (name === 'text:p' || name === 'text:h') paragraph = '';
      else if (name === 'text:s' && paragraph !== undefined)
        paragraph += ' '.repeat(Math.min(100, Number(attrs['text:c'] ?? 1) || 1));
      else if (name === 'text:tab' && paragraph !== undefined) paragraph += '\t';
      else if (name === 'text:line-break' && paragraph !== undefined) paragraph += '\n';
    } else if (event.type === 'text') {
      if (paragraph !== undefined) paragraph += event.text;
    } else {
      const name = event.name;
      if (name === 'text:p' || name === 'text:h') {
        if (paragraph !== undefined) text.push(paragraph);
        paragraph = undefined;
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
        if (pending) {
          if (pending.cell === undefined && name === 'table:table-cell' && text.length > 0)
            pending.cell = { value: text.join('\n') };
          else if (pending.cell?.error !== undefined)
            pending.cell.error = text.join('\n') || pending.cell.error;
          else if (pending.cell && pending.cell.value === '' && text.length > 0)
            pending.cell.value = text.join('\n');
          rowCells.push(pending);
        }
        pending = undefined;
      } else if (name === 'table:table-row') finishRow();
      else if (name === 'table:table' && sheet) {
        for (const span of spans) spreadSpan(sheet, span);
        sheets.push(sheet);
        sheet = undefined;
      } else if (localName(name) === 'style') styleName = '';
    }
  });
  if (failure === 'too-many-rows') return { tooManyRows: tooManyIn };
  if (failure) return failure;
  for (const each of sheets) for (let r = 0; r < each.rows.length; r++) each.rows[r] ??= [];
  return { format: 'ods', sheets };
}

function typedCell(attrs: Record<string, string>): Cell | undefined {
  if (attrs['calcext:value-type'] === 'error') return { value: null, error: '#ERROR' };
  switch (attrs['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const number = Number(attrs['office:value']);
      if (!Number.isFinite(number)) return undefined;
      return attrs['office:value-type'] === 'percentage'
        ? { value: number, percent: true }
        : { value: number };
    }
    case 'date':
      return { value: (attrs['office:date-value'] ?? '').slice(0, 10), date: true };
    case 'boolean':
      return { value: attrs['office:boolean-value'] === 'true' };
    case 'string':
      return attrs['office:string-value'] !== undefined
        ? { value: attrs['office:string-value'] }
        : { value: '' };
    default:
      return undefined;
  }
}

function spreadSpan(
  sheet: Sheet,
  span: { row: number; column: number; rows: number; columns: number },
): void {
  const cell = sheet.rows[span.row]?.[span.column];
  if (!cell) return;
  for (let r = span.row; r < Math.min(span.row + span.rows, span.row + 1000); r++) {
    for (let c = span.column; c < Math.min(span.column + span.columns, MAX_COLUMNS); c++) {
      if (r === span.row && c === span.column) continue;
      (sheet.rows[r] ??= [])[c] = { ...cell };
    }
  }
}
