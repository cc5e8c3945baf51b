/**
 * Reads an .xlsx workbook (Office Open XML) into a Workbook: sheet order, names and visibility from
 * workbook.xml, shared strings, which number formats are dates (styles.xml), and per sheet the cells with
 * their cached values (formulas are never evaluated: the value the file holds is used), errors and merged
 * ranges (a merged range's value is copied to every cell it covers, as a reader sees it).
 */
import { localName, readXml } from './xml.js';
import { type Cell, parseAddress, serialToIsoDate, type Sheet, type Workbook } from './workbook.js';
import { type ZipEntry, type ZipFailure, readZipTexts } from './zip.js';

/** Past this many rows a sheet is refused (the benchmark converts 10,000 indicator rows in the browser). */
export const MAX_ROWS = 20000;
export const MAX_COLUMNS = 200;

export type ReadFailure = ZipFailure | 'not-a-workbook' | 'too-many-rows';

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  // Quoted text and bracketed parts ([Red], [$-413]) say nothing about dates; d, m, y outside them do.
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /(^|[^h:])mm?([^:]|$)/i.test(bare.replace(/[hs]/gi, ''));
}

function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string | undefined;
  let inText = false;
  let skip = 0;
  readXml(xml, (event) => {
    if (event.type === 'open') {
      const name = localName(event.name);
      if (name === 'si') current = '';
      else if (name === 'rPh') skip++;
      else if (name === 't' && !skip) inText = !event.selfClosing;
    } else if (event.type === 'close') {
      const name = localName(event.name);
      if (name === 'si') {
        strings.push(current ?? '');
        current = undefined;
      } else if (name === 'rPh') skip--;
      else if (name === 't') inText = false;
    } else if (inText && current !== undefined) current += event.text;
  });
  return strings;
}

type StyleKind = 'date' | 'percent' | undefined;

function formatKind(code: string): StyleKind {
  if (isDateFormat(code)) return 'date';
  return code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').includes('%') ? 'percent' : undefined;
}

function readStyleKinds(xml: string | undefined): StyleKind[] {
  const custom = new Map<number, string>();
  const styles: StyleKind[] = [];
  if (!xml) return styles;
  let inCellXfs = false;
  readXml(xml, (event) => {
    if (event.type === 'open') {
      const name = localName(event.name);
      if (name === 'numFmt') custom.set(Number(event.attrs.numFmtId), event.attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(event.attrs.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(
          code !== undefined
            ? formatKind(code)
            : BUILTIN_DATE_FORMATS.has(id)
              ? 'date'
              : id === 9 || id === 10
                ? 'percent'
                : undefined,
        );
      }
    } else if (event.type === 'close' && localName(event.name) === 'cellXfs') inCellXfs = false;
  });
  return styles;
}

interface SheetContext {
  strings: string[];
  styleKinds: StyleKind[];
  date1904: boolean;
}

function readSheet(
  xml: string,
  name: string,
  hidden: boolean,
  context: SheetContext,
): Sheet | 'too-many-rows' {
  const rows: (Cell | undefined)[][] = [];
  const merges: string[] = [];
  let rowIndex = -1;
  let columnIndex = -1;
  let type = '';
  let style = 0;
  let value: string | undefined;
  let inline = '';
  let inValue = false;
  let inInline = false;
  let tooMany = false;
  readXml(xml, (event) => {
    if (tooMany) return;
    if (event.type === 'open') {
      switch (localName(event.name)) {
        case 'row':
          rowIndex = event.attrs.r ? Number(event.attrs.r) - 1 : rowIndex + 1;
          columnIndex = -1;
          break;
        case 'c': {
          const at = event.attrs.r ? parseAddress(event.attrs.r) : undefined;
          columnIndex = at ? at.column : columnIndex + 1;
          if (at) rowIndex = at.row;
          type = event.attrs.t ?? 'n';
          style = Number(event.attrs.s ?? 0);
          value = undefined;
          inline = '';
          break;
        }
        case 'v':
          inValue = !event.selfClosing;
          value = value ?? '';
          break;
        case 'is':
          inInline = true;
          break;
        case 'mergeCell':
          if (event.attrs.ref) merges.push(event.attrs.ref);
          break;
      }
    } else if (event.type === 'text') {
      if (inValue) value += event.text;
      else if (inInline) inline += event.text;
    } else {
      switch (localName(event.name)) {
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          value = inline;
          break;
        case 'c':
          if (columnIndex < MAX_COLUMNS && rowIndex >= 0) {
            const cell = toCell(type, style, value, context);
            // Formatted but empty rows far down (Excel writes them) do not count; a value past the limit does.
            if (cell && rowIndex >= MAX_ROWS) tooMany = true;
            else if (cell) (rows[rowIndex] ??= [])[columnIndex] = cell;
          }
          break;
      }
    }
  });
  if (tooMany) return 'too-many-rows';
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  spreadMerges(rows, merges);
  return { name, hidden, rows };
}

function toCell(
  type: string,
  style: number,
  raw: string | undefined,
  context: SheetContext,
): Cell | undefined {
  if (raw === undefined) return undefined;
  switch (type) {
    case 's':
      return { value: context.strings[Number(raw)] ?? '' };
    case 'inlineStr':
    case 'str':
      return { value: raw };
    case 'b':
      return { value: raw === '1' || raw === 'true' };
    case 'e':
      return { value: null, error: raw };
    case 'd':
      return { value: raw.slice(0, 10), date: true };
    default: {
      if (raw.trim() === '') return undefined;
      const number = Number(raw);
      if (!Number.isFinite(number)) return { value: raw };
      const kind = context.styleKinds[style];
      if (kind === 'date') {
        const iso = serialToIsoDate(number, context.date1904);
        if (iso) return { value: iso, date: true };
      }
      return kind === 'percent' ? { value: number, percent: true } : { value: number };
    }
  }
}

function spreadMerges(rows: (Cell | undefined)[][], merges: string[]): void {
  for (const ref of merges) {
    const [from, to] = ref.split(':').map(parseAddress);
    if (!from || !to) continue;
    const cell = rows[from.row]?.[from.column];
    if (!cell) continue;
    for (let r = from.row; r <= Math.min(to.row, from.row + 1000); r++) {
      for (let c = from.column; c <= Math.min(to.column, MAX_COLUMNS - 1); c++) {
        if (r === from.row && c === from.column) continue;
        (rows[r] ??= [])[c] = { ...cell };
      }
    }
  }
}

/** Reads the workbook from the zip's entries. */
export function readXlsx(
  bytes: Uint8Array,
  entries: ZipEntry[],
): Workbook | ReadFailure | { tooManyRows: string } {
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('xl/workbook.xml')) return 'not-a-workbook';
  const budget = { left: 100 * 1024 * 1024 };
  const meta = readZipTexts(
    bytes,
    entries,
    (name) =>
      name === 'xl/workbook.xml' ||
      name === 'xl/_rels/workbook.xml.rels' ||
      name === 'xl/sharedStrings.xml' ||
      name === 'xl/styles.xml',
    budget,
  );
  if (typeof meta === 'string') return meta;
  const targets = new Map<string, string>();
  readXml(meta.get('xl/_rels/workbook.xml.rels') ?? '', (event) => {
    if (event.type === 'open' && localName(event.name) === 'Relationship') {
      targets.set(event.attrs.Id ?? '', resolveTarget(event.attrs.Target ?? ''));
    }
  });
  const declared: { name: string; hidden: boolean; path: string }[] = [];
  let date1904 = false;
  readXml(meta.get('xl/workbook.xml') ?? '', (event) => {
    if (event.type !== 'open') return;
    const name = localName(event.name);
    if (name === 'workbookPr') date1904 = event.attrs.date1904 === '1' || event.attrs.date1904 === 'true';
    if (name === 'sheet') {
      const id = event.attrs['r:id'] ?? Object.entries(event.attrs).find(([key]) => key.endsWith(':id'))?.[1];
      const path = targets.get(id ?? '');
      if (path)
        declared.push({
          name: event.attrs.name ?? '',
          hidden: (event.attrs.state ?? 'visible') !== 'visible',
          path,
        });
    }
  });
  const context: SheetContext = {
    strings: readSharedStrings(meta.get('xl/sharedStrings.xml')),
    styleKinds: readStyleKinds(meta.get('xl/styles.xml')),
    date1904,
  };
  const paths = new Set(declared.map((sheet) => sheet.path));
  const sheetTexts = readZipTexts(bytes, entries, (name) => paths.has(name), budget);
  if (typeof sheetTexts === 'string') return sheetTexts;
  const sheets: Sheet[] = [];
  for (const sheet of declared) {
    const xml = sheetTexts.get(sheet.path);
    if (xml === undefined) continue;
    const read = readSheet(xml, sheet.name, sheet.hidden, context);
    if (read === 'too-many-rows') return { tooManyRows: sheet.name };
    sheets.push(read);
  }
  return { format: 'xlsx', sheets };
}
