import { strToU8, zipSync } from 'fflate';
import { convertFiles, formatProblem, writeXlsx, type ConvertResult } from '../../src/builder/index.js';
import type { Cell, CellValue } from '../../src/builder/workbook.js';
import { seed } from '../support/seeds.js';

/** Every dataset in demo/data (the test server lists the folder), so a new one is round-tripped without a new line here. */
export { DATASETS } from '../support/datasets.js';

/** A dataset of demo/data by name, a fresh copy (the shared seed loader). */
export async function loadJson(name: string): Promise<Record<string, unknown>> {
  return (await seed(`/demo/data/${name}.json`)) as Record<string, unknown>;
}

export async function loadBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

type Rows = (CellValue | Cell | undefined)[][];

/** An .xlsx written by our writer from plain rows per sheet. */
export function xlsx(sheets: Record<string, Rows>, hidden: string[] = []): Uint8Array {
  return writeXlsx({
    format: 'xlsx',
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      hidden: hidden.includes(name),
      rows: rows.map((row) =>
        row.map((cell) =>
          cell === undefined ? undefined : cell !== null && typeof cell === 'object' ? cell : { value: cell },
        ),
      ),
    })),
  });
}

/** The smallest valid sheets: Document, Financien with one programme and goal, one indicator with one value. */
export function minimal(): Record<string, Rows> {
  return {
    Document: [
      ['Gemeente', 'Soort', 'Jaar', 'Titel'],
      ['Zoetermeer', 'jaarstukken', 2025, 'Jaarstukken 2025'],
    ],
    Financien: [
      ['Programma', 'Doelstelling', 'Titel', 'Lasten realisatie'],
      ['p2', null, 'Samen leven', -100],
      ['p2', 'd1', 'Meedoen', -100],
    ],
    Indicatoren: [
      ['Doelstelling', 'Id', 'Naam', 'Eenheid'],
      ['d1', 'bijstand', 'Huishoudens met bijstand', 'aantal'],
    ],
    Waarden: [
      ['Indicator', 'Periode', 'Streefwaarde', 'Realisatie'],
      ['bijstand', '2025', 2300, 2251],
    ],
  };
}

/**
 * An .xlsx with hand-written sheet XML (cells Excel writes that our writer does not: errors, shared strings,
 * styles with date and percent formats, formulas, merged ranges).
 */
export function rawXlsx(
  sheets: { name: string; xml: string; state?: string; after?: string }[],
  extra: Record<string, string> = {},
): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets
        .map(
          (sheet, i) =>
            `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d\\-m\\-yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet xmlns="${main}"><sheetData>${sheet.xml}</sheetData>${sheet.after ?? ''}</worksheet>`,
    );
  });
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

/** Inline-string cell XML. */
export const s = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const n = (ref: string, value: number, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;

export function convert(name: string, bytes: Uint8Array, locale: 'nl' | 'en' = 'nl'): ConvertResult {
  return convertFiles([{ name, bytes }], { locale });
}

/** Problems as the command line prints them. */
export function lines(result: ConvertResult, locale: 'nl' | 'en' = 'nl'): string[] {
  return result.problems.map((problem) => formatProblem(problem, locale));
}

export function csvBytes(text: string, encoding: 'utf8' | 'utf8-bom' | 'windows-1252' = 'utf8'): Uint8Array {
  if (encoding === 'windows-1252') {
    // Every character here is in Latin-1 except €, which Windows-1252 puts at 0x80.
    return Uint8Array.from(Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0))));
  }
  const bytes = new TextEncoder().encode(text);
  return encoding === 'utf8' ? bytes : new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
}
