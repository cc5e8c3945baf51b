/**
 * Writes a Workbook as .xlsx: text as inline strings (so codes like "2.1" and periods like "2025" stay text),
 * numbers as numbers, a bold, frozen header row and column widths that fit the headers. Excel, LibreOffice and
 * our own reader open it; the tests read LibreOffice's re-saved copies back.
 */
import { zipSync } from 'fflate';
import { escapeXml } from './xml.js';
import { cellAddress, columnName, type Sheet, type Workbook } from './workbook.js';

const encoder = new TextEncoder();
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function sheetXml(sheet: Sheet, headerRows: number): string {
  const widths: number[] = [];
  const rows: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const xml: string[] = [];
    cells.forEach((cell, c) => {
      if (!cell || cell.value === null) return;
      const ref = cellAddress(r, c);
      const style = r < headerRows ? ' s="1"' : '';
      const text = String(cell.value);
      widths[c] = Math.max(
        widths[c] ?? 8,
        Math.min(60, (r < headerRows ? text.length + 2 : Math.min(text.length, 40)) + 1),
      );
      if (typeof cell.value === 'number') xml.push(`<c r="${ref}"${style}><v>${cell.value}</v></c>`);
      else if (typeof cell.value === 'boolean')
        xml.push(`<c r="${ref}"${style} t="b"><v>${cell.value ? 1 : 0}</v></c>`);
      else
        xml.push(
          `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`,
        );
    });
    rows.push(`<row r="${r + 1}">${xml.join('')}</row>`);
  });
  const cols = widths
    .map((width, c) => (width ? `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>` : ''))
    .join('');
  const pane =
    headerRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRows}" topLeftCell="A${headerRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '';
  const dimension = `<dimension ref="A1:${columnName(Math.max(0, widths.length - 1))}${Math.max(1, rows.length)}"/>`;
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${dimension}${pane}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The workbook as .xlsx bytes. `headerRows` rows of each sheet are bold and frozen. */
export function writeXlsx(workbook: Workbook, headerRows = 1): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => {
    files[name] = encoder.encode(text);
  };
  const sheets = workbook.sheets;
  put(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('')}</Types>`,
  );
  put(
    '_rels/.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheets
      .map(
        (sheet, i) =>
          `<sheet name="${escapeXml(sheet.name.slice(0, 31))}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  put('xl/styles.xml', STYLES);
  sheets.forEach((sheet, i) => put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, headerRows)));
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
