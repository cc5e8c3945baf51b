/**
 * Places a JSON Pointer of the converted document back on the sheet and cell it came from: the deepest object
 * on the pointer's way that was made from a row, then the column of the remaining field (or of its nearest
 * parent field), else the row's first column.
 */
import { cellAddress } from './workbook.js';
import type { Draft } from './to-document.js';

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function locate(draft: Draft, pointer: string): { sheet?: string; cell?: string } {
  const tokens = pointer === '' ? [] : pointer.split('/').slice(1).map(unescape);
  let at: unknown = draft.value;
  let found: { origin: NonNullable<ReturnType<Draft['origins']['get']>>; rest: string[] } | undefined;
  for (let i = 0; i <= tokens.length; i++) {
    if (at && typeof at === 'object') {
      const origin = draft.origins.get(at);
      if (origin) found = { origin, rest: tokens.slice(i) };
    } else break;
    if (i < tokens.length) at = (at as Record<string, unknown>)[tokens[i]];
  }
  if (!found) return {};
  const { origin, rest } = found;
  for (let n = rest.length; n > 0; n--) {
    const column = origin.columns.get(rest.slice(0, n).join('.'));
    if (column !== undefined) return { sheet: origin.sheet, cell: cellAddress(origin.row, column) };
  }
  return {
    sheet: origin.sheet,
    cell: cellAddress(origin.row, Number.isFinite(origin.firstColumn) ? origin.firstColumn : 0),
  };
}
