/**
 * Reads a CSV file as one sheet. The encoding: UTF-8 with or without BOM, else Windows-1252 (what Excel writes
 * in the Netherlands as "CSV (gescheiden door lijstscheidingsteken)"). The separator: `;` (Dutch Excel), `,`
 * or a tab, whichever the first line holds most of outside quotes. Quotes as RFC 4180 (`""` inside quotes).
 * Every cell is text; the column decides what it means (cells.ts).
 */
import type { Cell, Sheet } from './workbook.js';
import { MAX_COLUMNS, MAX_ROWS } from './read-xlsx.js';

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

/** Parses CSV text into a sheet; 'too-many-rows' past the limit. */
export function readCsv(bytes: Uint8Array, name: string): Sheet | 'too-many-rows' {
  const text = decodeText(bytes);
  const separator = detectSeparator(text);
  const rows: (Cell | undefined)[][] = [];
  let row: (Cell | undefined)[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    if (row.length < MAX_COLUMNS && (field !== '' || wasQuoted)) row[row.length] = { value: field };
    else if (row.length < MAX_COLUMNS) row.length += 1;
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row.some((cell) => cell && cell.value !== '') ? row : []);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      if (rows.length > MAX_ROWS) return 'too-many-rows';
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name, hidden: false, rows };
}
