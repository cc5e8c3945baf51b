/**
 * The empty template: every sheet with its Dutch headers, and a Toelichting sheet that says what each column
 * means (in Dutch, with the glossary's terms, and in English).
 */
import { SHEETS } from './columns.js';
import type { Cell, Sheet, Workbook } from './workbook.js';

const INTRO = [
  'Zo vult u dit sjabloon in',
  'Elk blad is een tabel: de eerste rij bevat de kolomkoppen, elke volgende rij één regel. Kolommen mogen in elke volgorde staan; lege rijen worden overgeslagen.',
  'Getallen zoals u ze typt: 1.234,5 of -1.234 of € 1.234 of 48,9% of (1.234) voor een negatief bedrag. Een lege cel betekent: niet ingevuld; - of n.v.t. betekent: geen waarde.',
  'Bedragen met hun teken zoals ze in de tabel staan: lasten en toevoegingen aan reserves negatief, baten en onttrekkingen positief.',
  'Sleutels (id) bestaan uit letters, cijfers, punt, streepje, liggend streepje of dubbele punt en komen elk maar één keer voor. Ze verbinden de bladen en komen in het snippet.',
  'Eigen kolommen mogen, als hun kop met x- begint (bijvoorbeeld x-opmerking); op het blad Document geldt een kolom /x-… voor het hele bestand.',
  'Een cijfer dat de bron zonder jaar geeft, krijgt als Periode: zonder jaartal. Referentiewaarden (Nederland, de provincie, gemeenten van dezelfde grootte) staan op het blad Vergelijkingen, één rij per waarde.',
  'In English: every sheet is a table with headers in row 1; the English headers below are accepted too.',
];

export function helpSheet(): Sheet {
  const rows: Cell[][] = INTRO.map((text) => [{ value: text }]);
  rows.push([]);
  rows.push([
    { value: 'Blad' },
    { value: 'Kolom' },
    { value: 'Betekenis' },
    { value: 'Column (English)' },
    { value: 'Meaning' },
  ]);
  for (const sheet of SHEETS) {
    rows.push([
      { value: sheet.nl },
      { value: '' },
      { value: sheet.help.nl },
      { value: sheet.en },
      { value: sheet.help.en },
    ]);
    for (const column of SHEETS.find((s) => s.key === sheet.key)!.columns) {
      rows.push([
        { value: sheet.nl },
        { value: column.nl },
        { value: `${column.help.nl}${column.required ? ' Verplicht.' : ''}` },
        { value: column.en },
        { value: `${column.help.en}${column.required ? ' Required.' : ''}` },
      ]);
    }
  }
  return { name: 'Toelichting', hidden: false, rows };
}

/** The template: the seven data sheets with their headers only, then Toelichting. */
export function templateWorkbook(): Workbook {
  return {
    format: 'xlsx',
    sheets: [
      ...SHEETS.map((sheet) => ({
        name: sheet.nl,
        hidden: false,
        rows: [sheet.columns.map((column) => ({ value: column.nl }) as Cell)],
      })),
      helpSheet(),
    ],
  };
}

/** One sheet as CSV text (`;`-separated, as Dutch Excel writes it), for the CSV version of the template. */
export function sheetToCsv(sheet: Sheet, separator = ';'): string {
  const quote = (text: string) => (/[";\n\r,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return sheet.rows
    .map((row) =>
      Array.from(row, (cell) => (cell && cell.value !== null ? quote(String(cell.value)) : '')).join(
        separator,
      ),
    )
    .join('\r\n')
    .concat('\r\n');
}
