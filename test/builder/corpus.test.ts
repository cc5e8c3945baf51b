/**
 * The bad-spreadsheet corpus: each file breaks one rule and must give exactly these messages (as the command
 * line prints them), never an exception. The big ones (20 MB, 100,000 rows, a zip bomb) are made here at run
 * time rather than committed.
 */
import { expect } from '@open-wc/testing';
import { Deflate, strToU8, zipSync } from 'fflate';
import { convertFiles, type InputFile } from '../../src/builder/index.js';
import { csvBytes, lines, minimal, n, rawXlsx, s, xlsx } from './helpers.js';

type Rows = ReturnType<typeof minimal>;
const PRINT = false;

function withSheets(change: (sheets: Rows) => void): Uint8Array {
  const sheets = minimal();
  change(sheets);
  return xlsx(sheets);
}

function tree(rows: unknown[][], trees: unknown[][] = [['t', 'Boom']]): Uint8Array {
  const sheets = minimal() as Record<string, unknown[][]>;
  sheets.Doelenbomen = [['Id', 'Titel'], ...trees];
  sheets.Doelenboom = [['Boom', 'Id', 'Ouder', 'Titel', 'Draagt bij aan', 'Indicator'], ...rows];
  return xlsx(sheets as Rows);
}

function bomb(): Uint8Array {
  // 110 MB of zeros in about 110 kB: over the 100 MB limit once unpacked.
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => chunks.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < 110; i++) deflate.push(zeros, i === 109);
  const compressed = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    compressed.set(chunk, at);
    at += chunk.length;
  }
  return rawZip([
    {
      name: 'xl/workbook.xml',
      data: strToU8('<workbook xmlns:r="r"><sheets><sheet name="Document" r:id="rId1"/></sheets></workbook>'),
      method: 0,
      size: 0,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      method: 0,
      size: 0,
    },
    { name: 'xl/worksheets/sheet1.xml', data: compressed, method: 8, size: 110 * 1024 * 1024 },
  ]);
}

/** A zip written byte by byte, so an entry can claim flags, methods and sizes no zip library would write. */
function rawZip(
  entries: { name: string; data: Uint8Array; method: number; size: number; flags?: number }[],
): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const nameBytes = strToU8(entry.name);
    const size = entry.method === 0 ? entry.data.length : entry.size;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(6, entry.flags ?? 0, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, nameBytes.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(8, entry.flags ?? 0, true);
    cd.setUint16(10, entry.method, true);
    cd.setUint32(20, entry.data.length, true);
    cd.setUint32(24, size, true);
    cd.setUint16(28, nameBytes.length, true);
    cd.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), nameBytes, entry.data);
    central.push(new Uint8Array(cd.buffer), nameBytes);
    offset += 30 + nameBytes.length + entry.data.length;
  }
  const cdSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function manyRows(count: number): Uint8Array {
  const sheets = minimal();
  for (let i = 0; i < count; i++) sheets.Waarden.push(['bijstand', String(2000 + (i % 20)), i, i]);
  return xlsx(sheets);
}

function errorCell(
  column: string,
  sheetName: 'Waarden' | 'Financien' | 'Indicatoren',
  error: string,
): Uint8Array {
  const base = minimal();
  const rowsXml = (rows: unknown[][]) =>
    rows
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row
            .map((value, c) => {
              const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
              if (value === null) return '';
              return typeof value === 'number' ? n(ref, value) : s(ref, String(value));
            })
            .join('')}</row>`,
      )
      .join('');
  const sheets = (['Document', 'Financien', 'Indicatoren', 'Waarden'] as const).map((name) => ({
    name,
    xml:
      name === sheetName
        ? rowsXml(base[name]).replace(
            new RegExp(`<c r="${column}2"[^]*?</c>`),
            `<c r="${column}2" t="e"><f>X</f><v>${error}</v></c>`,
          )
        : rowsXml(base[name]),
  }));
  return rawXlsx(sheets);
}

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

/** An .ods whose one row of values says it repeats a million times (a few bytes that would be a million rows). */
function repeatedRowsOds(): Uint8Array {
  const content = `<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="Waarden"><table:table-row><table:table-cell office:value-type="string"><text:p>Indicator</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(content),
  });
}

/** The minimal workbook with a Vergelijkingen sheet of these rows (bijstand is its one indicator). */
function comparisons(rows: unknown[][]): Uint8Array {
  const sheets = minimal() as Record<string, unknown[][]>;
  sheets.Vergelijkingen = [
    ['Indicator', 'Vergelijking', 'Soort', 'Periode', 'Waarde', 'Bron', 'Peildatum'],
    ...rows,
  ];
  return xlsx(sheets as Rows);
}

/** `english`: the same messages as `expected`, in English (given for the newer cases). */
const CASES: { name: string; files: () => InputFile[]; expected: string[]; english?: string[] }[] = [
  {
    name: 'a PNG picture named .xlsx',
    files: () => [{ name: 'begroting.xlsx', bytes: PNG }],
    expected: [
      'Dit bestand is geen spreadsheet of JSON-bestand; de bouwer leest .xlsx, .ods, .csv en .json.',
    ],
  },
  {
    name: 'a PDF',
    files: () => [{ name: 'jaarstukken.pdf', bytes: strToU8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj') }],
    expected: [
      'Dit bestand is geen spreadsheet of JSON-bestand; de bouwer leest .xlsx, .ods, .csv en .json.',
    ],
  },
  {
    name: 'binary data named .csv',
    files: () => [{ name: 'Indicatoren.csv', bytes: new Uint8Array([1, 2, 3, 0, 4, 5, 0, 0]) }],
    expected: [
      'Dit bestand is geen spreadsheet of JSON-bestand; de bouwer leest .xlsx, .ods, .csv en .json.',
    ],
  },
  {
    name: 'an HTML page named .xlsx',
    files: () => [{ name: 'export.xlsx', bytes: strToU8('<!doctype html><html><body>Login</body></html>') }],
    expected: [
      'Dit bestand is geen spreadsheet of JSON-bestand; de bouwer leest .xlsx, .ods, .csv en .json.',
    ],
  },
  {
    name: 'a password-protected workbook (an OLE2 container)',
    files: () => [
      {
        name: 'beveiligd.xlsx',
        bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      },
    ],
    expected: [
      'Dit bestand is beveiligd met een wachtwoord of is een oud .xls-bestand; sla het op als .xlsx zonder wachtwoord en lees het opnieuw in.',
    ],
  },
  {
    name: 'an old .xls file',
    files: () => [
      { name: 'oud.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]) },
    ],
    expected: [
      'Dit bestand is beveiligd met een wachtwoord of is een oud .xls-bestand; sla het op als .xlsx zonder wachtwoord en lees het opnieuw in.',
    ],
  },
  {
    name: 'a zip entry marked as encrypted',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: rawZip([
          { name: 'xl/workbook.xml', data: strToU8('<workbook/>'), method: 0, size: 0, flags: 1 },
        ]),
      },
    ],
    expected: [
      'Dit bestand is beveiligd met een wachtwoord of is een oud .xls-bestand; sla het op als .xlsx zonder wachtwoord en lees het opnieuw in.',
    ],
  },
  {
    name: 'an encrypted .ods',
    files: () => [
      {
        name: 'x.ods',
        bytes: zipSync({
          'content.xml': strToU8('x'),
          'META-INF/manifest.xml': strToU8('<manifest:encryption-data/>'),
        }),
      },
    ],
    expected: [
      'Dit bestand is beveiligd met een wachtwoord of is een oud .xls-bestand; sla het op als .xlsx zonder wachtwoord en lees het opnieuw in.',
    ],
  },
  {
    name: 'a truncated .xlsx',
    files: () => [{ name: 'half.xlsx', bytes: xlsx(minimal()).slice(0, 900) }],
    expected: [
      'Dit bestand is beschadigd en kan niet worden gelezen; sla het opnieuw op in Excel of LibreOffice.',
    ],
  },
  {
    name: 'an entry with an unknown compression method',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: rawZip([{ name: 'xl/workbook.xml', data: strToU8('<workbook/>'), method: 99, size: 11 }]),
      },
    ],
    expected: [
      'Dit bestand is beschadigd en kan niet worden gelezen; sla het opnieuw op in Excel of LibreOffice.',
    ],
  },
  {
    name: 'a zip that is not a workbook',
    files: () => [{ name: 'bijlagen.zip', bytes: zipSync({ 'leesmij.txt': strToU8('hallo') }) }],
    expected: ['Dit zip-bestand bevat geen werkmap; de bouwer leest .xlsx- en .ods-bestanden.'],
  },
  {
    name: 'a Word document',
    files: () => [{ name: 'nota.xlsx', bytes: zipSync({ 'word/document.xml': strToU8('<w:document/>') }) }],
    expected: ['Dit zip-bestand bevat geen werkmap; de bouwer leest .xlsx- en .ods-bestanden.'],
  },
  {
    name: 'a zip bomb (110 MB of zeros)',
    files: () => [{ name: 'bom.xlsx', bytes: bomb() }],
    expected: [
      'Uitgepakt zou dit bestand groter worden dan 100 MB; zo groot is geen gewone werkmap, dus het wordt niet gelezen.',
    ],
  },
  {
    name: 'a 20 MB file',
    files: () => [{ name: 'groot.xlsx', bytes: new Uint8Array(20 * 1024 * 1024) }],
    expected: ['Het bestand is 20 MB groot; de bouwer leest bestanden tot 10 MB.'],
  },
  {
    name: 'a sheet with 100,000 rows (.xlsx)',
    files: () => [{ name: 'rijen.xlsx', bytes: manyRows(100000) }],
    expected: ['Waarden: Het blad Waarden heeft meer dan 20.000 rijen; zoveel rijen leest de bouwer niet.'],
  },
  {
    name: 'a CSV file with 100,000 rows',
    files: () => [
      {
        name: 'Waarden.csv',
        bytes: csvBytes('Indicator;Periode;Realisatie\n' + 'bijstand;2025;1\n'.repeat(100000)),
      },
    ],
    expected: ['Waarden: Het blad Waarden heeft meer dan 20.000 rijen; zoveel rijen leest de bouwer niet.'],
  },
  {
    name: 'an .ods row repeated a million times',
    files: () => [{ name: 'herhaald.ods', bytes: repeatedRowsOds() }],
    expected: ['Waarden: Het blad Waarden heeft meer dan 20.000 rijen; zoveel rijen leest de bouwer niet.'],
  },
  {
    name: 'an empty workbook',
    files: () => [{ name: 'leeg.xlsx', bytes: xlsx({ Blad1: [] }) }],
    expected: [
      'De werkmap bevat geen gegevens; vul het blad Document en ten minste één van de bladen Financien, Indicatoren of Doelenboom.',
    ],
  },
  {
    name: 'an empty CSV file',
    files: () => [{ name: 'Indicatoren.csv', bytes: new Uint8Array(0) }],
    expected: [
      'De werkmap bevat geen gegevens; vul het blad Document en ten minste één van de bladen Financien, Indicatoren of Doelenboom.',
    ],
  },
  {
    name: 'only the Toelichting sheet',
    files: () => [{ name: 'x.xlsx', bytes: xlsx({ Toelichting: [['Uitleg']] }) }],
    expected: [
      'De werkmap bevat geen gegevens; vul het blad Document en ten minste één van de bladen Financien, Indicatoren of Doelenboom.',
    ],
  },
  {
    name: 'no Document sheet',
    files: () => [
      { name: 'x.xlsx', bytes: withSheets((sheets) => delete (sheets as Partial<Rows>).Document) },
    ],
    expected: ['Het blad Document ontbreekt; neem het over uit het sjabloon.'],
  },
  {
    name: 'a sheet without the expected headers',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets(
          (sheets) =>
            (sheets.Indicatoren = [
              ['Kolom A', 'Kolom B'],
              ['d1', 'bijstand'],
            ]),
        ),
      },
    ],
    expected: [
      'Indicatoren!A1: Op de eerste rij van het blad Indicatoren staan niet de verwachte kolomkoppen; verwacht zijn onder meer "Doelstelling", "Id", "Naam", "Eenheid".',
    ],
  },
  {
    name: 'a required column missing',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets(
          (sheets) => (sheets.Indicatoren = sheets.Indicatoren.map((row) => row.slice(0, 3))),
        ),
      },
    ],
    expected: ['Indicatoren!A1: De verplichte kolom "Eenheid" ontbreekt op het blad Indicatoren.'],
  },
  {
    name: 'a misspelt header',
    files: () => [{ name: 'x.xlsx', bytes: withSheets((sheets) => (sheets.Indicatoren[0][3] = 'Eenheidd')) }],
    expected: [
      'Indicatoren!D1: De kolom "Eenheidd" is onbekend en wordt overgeslagen. Bedoelt u "Eenheid"?',
      'Indicatoren!A1: De verplichte kolom "Eenheid" ontbreekt op het blad Indicatoren.',
    ],
  },
  {
    name: 'a column of its own without x-',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          sheets.Indicatoren[0].push('Opmerking');
          sheets.Indicatoren[1].push('zie bijlage');
        }),
      },
    ],
    expected: [
      'Indicatoren!E1: De kolom "Opmerking" is onbekend en wordt overgeslagen. Eigen kolommen beginnen met x-, bijvoorbeeld x-opmerking.',
    ],
  },
  {
    name: 'text where a number belongs',
    files: () => [{ name: 'x.xlsx', bytes: withSheets((sheets) => (sheets.Waarden[1][3] = '12,3 procent')) }],
    expected: ['Waarden!D2: "12,3 procent" is geen getal; verwacht is een getal zoals 1.234,5 of -95.081.'],
  },
  {
    name: 'a year with decimals',
    files: () => [{ name: 'x.xlsx', bytes: withSheets((sheets) => (sheets.Document[1][2] = '2025,5')) }],
    expected: ['Document!C2: "2025,5" is geen geheel getal.'],
  },
  {
    name: 'a unit that does not exist',
    files: () => [{ name: 'x.xlsx', bytes: withSheets((sheets) => (sheets.Indicatoren[1][3] = 'stuks')) }],
    expected: [
      'Indicatoren!D2: "stuks" is hier niet toegestaan; kies uit aantal, procent, euro, jaren, score, anders.',
    ],
  },
  {
    name: 'a verdict that is not Ja, Nee or ?',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          sheets.Indicatoren[0].push('Doel gehaald');
          sheets.Indicatoren[1].push('misschien');
        }),
      },
    ],
    expected: ['Indicatoren!E2: "misschien" is geen oordeel; vul Ja, Nee of ? in.'],
  },
  {
    name: 'a period that is not one',
    files: () => [{ name: 'x.xlsx', bytes: withSheets((sheets) => (sheets.Waarden[1][1] = 'Q3 2025')) }],
    expected: [
      'Waarden!B2: "Q3 2025" is geen periode; schrijf 2025, 2025-Q3, 2025-H2 of 2025-03, of "zonder jaartal" als de bron geen jaar noemt.',
    ],
  },
  {
    name: 'a reference date that is not a date',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          sheets.Indicatoren[0].push('Peildatum');
          sheets.Indicatoren[1].push('gisteren');
        }),
      },
    ],
    expected: ['Indicatoren!E2: "gisteren" is geen datum; schrijf de datum als 31-12-2025 of 2025-12-31.'],
  },
  {
    name: 'a key with a space',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          sheets.Indicatoren[1][1] = 'mijn indicator';
          sheets.Waarden[1][0] = 'mijn indicator';
        }),
      },
    ],
    expected: [
      'Indicatoren!B2: "mijn indicator" is geen geldige sleutel; gebruik alleen letters, cijfers, punt, streepje, liggend streepje en dubbele punt.',
      'Waarden!A2: "mijn indicator" is geen geldige sleutel; gebruik alleen letters, cijfers, punt, streepje, liggend streepje en dubbele punt.',
    ],
  },
  {
    name: 'a required cell left empty',
    files: () => [{ name: 'x.xlsx', bytes: withSheets((sheets) => (sheets.Indicatoren[1][2] = null)) }],
    expected: ['Indicatoren!C2: Deze cel in de kolom "Naam" is verplicht, maar leeg.'],
  },
  {
    name: 'duplicate indicator ids',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => sheets.Indicatoren.push(['d1', 'bijstand', 'Nog eens', 'aantal'])),
      },
    ],
    expected: [
      'Indicatoren!B3: De sleutel "bijstand" staat ook al op Indicatoren!B2; een sleutel mag maar één keer voorkomen.',
    ],
  },
  {
    name: 'an indicator id equal to a goal id',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => sheets.Indicatoren.push(['d1', 'd1', 'Zelfde sleutel', 'aantal'])),
      },
    ],
    expected: [
      'Indicatoren!B3: De sleutel "d1" staat ook al op Financien!B3; een sleutel mag maar één keer voorkomen.',
    ],
  },
  {
    name: 'a period twice for one indicator',
    files: () => [
      { name: 'x.xlsx', bytes: withSheets((sheets) => sheets.Waarden.push(['bijstand', '2025', 1, 2])) },
    ],
    expected: ['Waarden!B3: De periode 2025 van indicator "bijstand" staat ook al op Waarden!B2.'],
  },
  {
    name: 'an indicator of a goal that does not exist',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => sheets.Indicatoren.push(['d9', 'nieuw', 'Nieuw', 'aantal'])),
      },
    ],
    expected: ['Indicatoren!A3: Er is geen doelstelling met de sleutel "d9" op het blad Financien.'],
  },
  {
    name: 'a verdict (Oordelen) of a goal that does not exist, one without its verdict, one that is no verdict',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          (sheets as Record<string, unknown[][]>).Oordelen = [
            ['Doelstelling', 'Doel gehaald', 'Toelichting'],
            ['d1', 'Ja', 'Gehaald.'],
            ['d9', 'Nee', 'Een doelstelling die er niet is.'],
            ['d1', null, 'Zonder oordeel.'],
            ['d1', 'misschien', 'Geen oordeel.'],
          ];
        }),
      },
    ],
    expected: [
      'Oordelen!B4: Deze cel in de kolom "Doel gehaald" is verplicht, maar leeg.',
      'Oordelen!B5: "misschien" is geen oordeel; vul Ja, Nee of ? in.',
      'Oordelen!A3: Er is geen doelstelling met de sleutel "d9" op het blad Financien.',
    ],
  },
  {
    name: 'a value of an indicator that does not exist',
    files: () => [
      { name: 'x.xlsx', bytes: withSheets((sheets) => sheets.Waarden.push(['bijstnd', '2024', 1, 2])) },
    ],
    expected: ['Waarden!A3: Er is geen indicator met de sleutel "bijstnd" op het blad Indicatoren.'],
  },
  {
    name: 'a goal without a programme',
    files: () => [
      { name: 'x.xlsx', bytes: withSheets((sheets) => sheets.Financien.push([null, 'd2', 'Los', -5])) },
    ],
    expected: ['Financien!A4: Deze doelstelling heeft geen programma; vul de kolom Programma in.'],
  },
  {
    name: 'a formula error #DEEL/0!',
    files: () => [{ name: 'x.xlsx', bytes: errorCell('D', 'Waarden', '#DEEL/0!') }],
    expected: [
      'Waarden!D2: De formule in deze cel geeft de fout #DEEL/0!; herstel de formule of typ de waarde.',
    ],
  },
  {
    name: 'a formula error #N/B in an amount',
    files: () => [{ name: 'x.xlsx', bytes: errorCell('D', 'Financien', '#N/B') }],
    expected: [
      'Financien!D2: De formule in deze cel geeft de fout #N/B; herstel de formule of typ de waarde.',
    ],
  },
  {
    name: 'a formula error #WAARDE! in a name',
    files: () => [{ name: 'x.xlsx', bytes: errorCell('C', 'Indicatoren', '#WAARDE!') }],
    expected: [
      'Indicatoren!C2: De formule in deze cel geeft de fout #WAARDE!; herstel de formule of typ de waarde.',
    ],
  },
  {
    name: 'a parent that does not exist',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: tree([
          ['t', 'r', null, 'Wortel'],
          ['t', 'a', 'r', 'A'],
          ['t', 'b', 'x', 'B'],
        ]),
      },
    ],
    expected: ['Doelenboom!C4: Er is geen knoop met de sleutel "x" in deze doelenboom.'],
  },
  {
    name: 'a cycle in the tree',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: tree([
          ['t', 'r', null, 'Wortel'],
          ['t', 'a', 'b', 'A'],
          ['t', 'b', 'a', 'B'],
        ]),
      },
    ],
    expected: ['Doelenboom!C3: De ouders vormen een kring: a → b → a.'],
  },
  {
    name: 'two roots in one tree',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: tree([
          ['t', 'r', null, 'Wortel'],
          ['t', 's', null, 'Tweede wortel'],
        ]),
      },
    ],
    expected: [
      'Doelenboom!C3: De doelenboom "t" heeft meer dan één knoop zonder ouder (r, s), maar een boom heeft precies één wortel.',
    ],
  },
  {
    name: 'a node of a tree that does not exist',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: tree([
          ['t', 'r', null, 'Wortel'],
          ['boom2', 'a', 'r', 'A'],
        ]),
      },
    ],
    expected: ['Doelenboom!A3: Er is geen doelenboom met de sleutel "boom2" op het blad Doelenbomen.'],
  },
  {
    name: 'contributes to a node that does not exist',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: tree([
          ['t', 'r', null, 'Wortel'],
          ['t', 'a', 'r', 'A', 'zz'],
        ]),
      },
    ],
    expected: ['Doelenboom!E3: Er bestaat geen knoop met id "zz".'],
  },
  {
    name: 'a node linked to an unknown indicator',
    files: () => [{ name: 'x.xlsx', bytes: tree([['t', 'r', null, 'Wortel', null, 'onbekend']]) }],
    expected: ['Doelenboom!F2: Er bestaat geen indicator met id "onbekend".'],
  },
  {
    name: 'a web address that is not http(s)',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          sheets.Document[0].push('Vindplaats');
          sheets.Document[1].push('ftp://zoetermeer.nl/jaarstukken.pdf');
        }),
      },
    ],
    expected: [
      'Document!E2: De waarde "ftp://zoetermeer.nl/jaarstukken.pdf" heeft niet de juiste vorm (http(s)-adres).',
    ],
  },
  {
    name: 'a saldo that does not add up (a warning)',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          sheets.Financien[0].push('Baten realisatie', 'Saldo realisatie');
          sheets.Financien[2].push(50, -20);
        }),
      },
    ],
    expected: ['Financien!F3: Het saldo -20 wijkt 30 af van de som van de onderdelen (-50).'],
  },
  {
    name: 'two rows on the Document sheet (a warning)',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => sheets.Document.push(['Delft', 'begroting', 2026, 'Begroting 2026'])),
      },
    ],
    expected: ['Document!A3: Het blad Document heeft één rij met gegevens; deze rij wordt overgeslagen.'],
  },
  {
    name: 'a sheet the template does not know (a warning)',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => ((sheets as Record<string, unknown[][]>).Blad1 = [['notities']])),
      },
    ],
    expected: [
      'Blad1: Het blad Blad1 wordt niet gelezen, want de bouwer kent alleen de bladen van het sjabloon.',
    ],
  },
  {
    name: 'a CSV file whose name says no sheet',
    files: () => [
      { name: 'Document.csv', bytes: csvBytes('Gemeente;Soort;Jaar;Titel\nZoetermeer;jaarstukken;2025;J\n') },
      { name: 'gegevens.csv', bytes: csvBytes('a;b\n1;2\n') },
    ],
    expected: [
      'gegevens: Uit de naam van het bestand gegevens.csv blijkt niet welk blad het is; noem het naar een blad, bijvoorbeeld Indicatoren.csv.',
    ],
  },
  {
    name: 'Vergelijkingen: the same comparison written in another case (a duplicate label)',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: comparisons([
          ['bijstand', 'Nederland', 'landelijk', '2025', 2400],
          ['bijstand', 'nederland', 'landelijk', '2024', 2300],
        ]),
      },
    ],
    expected: [
      'Vergelijkingen!B3: De vergelijking "nederland" van indicator "bijstand" lijkt op "Nederland" op Vergelijkingen!B2; schrijf de naam van een vergelijking op elke rij precies hetzelfde.',
    ],
    english: [
      'Vergelijkingen!B3: The comparison "nederland" of indicator "bijstand" looks like "Nederland" on Vergelijkingen!B2; write the name of a comparison exactly the same on every row.',
    ],
  },
  {
    name: 'Vergelijkingen: one period twice in a series',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: comparisons([
          ['bijstand', 'Nederland', 'landelijk', 'zonder jaartal', 2400],
          ['bijstand', 'Nederland', null, 'Zonder jaartal', 2300],
        ]),
      },
    ],
    expected: [
      'Vergelijkingen!D3: De periode zonder jaartal van vergelijking "Nederland" (indicator "bijstand") staat ook al op Vergelijkingen!D2.',
    ],
    english: [
      'Vergelijkingen!D3: The period undated of comparison "Nederland" (indicator "bijstand") is also on Vergelijkingen!D2.',
    ],
  },
  {
    name: 'Vergelijkingen: a series with two kinds (conflicting Soort)',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: comparisons([
          ['bijstand', 'Zuid-Holland', 'provincie', '2025', 10],
          ['bijstand', 'Zuid-Holland', 'regio', '2024', 11],
        ]),
      },
    ],
    expected: [
      'Vergelijkingen!C3: De vergelijking "Zuid-Holland" van indicator "bijstand" heeft op Vergelijkingen!C2 als soort "provincie"; een reeks heeft één soort, dus deze rij wordt overgeslagen.',
    ],
    english: [
      'Vergelijkingen!C3: The comparison "Zuid-Holland" of indicator "bijstand" has kind "province" on Vergelijkingen!C2; a series has one kind, so this row is skipped.',
    ],
  },
  {
    name: 'Vergelijkingen: a series with two sources (conflicting Bron)',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: comparisons([
          ['bijstand', 'Nederland', null, '2025', 10, 'CBS'],
          ['bijstand', 'Nederland', null, '2024', 11, 'Waarstaatjegemeente'],
        ]),
      },
    ],
    expected: [
      'Vergelijkingen!F3: De vergelijking "Nederland" van indicator "bijstand" heeft op Vergelijkingen!F2 als bron "CBS"; een reeks heeft één bron, dus deze rij wordt overgeslagen.',
    ],
    english: [
      'Vergelijkingen!F3: The comparison "Nederland" of indicator "bijstand" has source "CBS" on Vergelijkingen!F2; a series has one source, so this row is skipped.',
    ],
  },
  {
    name: 'Vergelijkingen: a Waarde that is not a number',
    files: () => [
      { name: 'x.xlsx', bytes: comparisons([['bijstand', 'Nederland', 'landelijk', '2025', 'veel']]) },
    ],
    expected: ['Vergelijkingen!E2: "veel" is geen getal; verwacht is een getal zoals 1.234,5 of -95.081.'],
    english: ['Vergelijkingen!E2: "veel" is not a number; expected is a number such as 1.234,5 or -95.081.'],
  },
  {
    name: 'Vergelijkingen: a Soort that does not exist',
    files: () => [{ name: 'x.xlsx', bytes: comparisons([['bijstand', 'Europa', 'werelddeel', '2025', 3]]) }],
    expected: [
      'Vergelijkingen!C2: "werelddeel" is hier niet toegestaan; kies uit landelijk, provincie, regio, grootteklasse, gemeente, anders.',
    ],
    english: [
      'Vergelijkingen!C2: "werelddeel" is not allowed here; choose from landelijk, provincie, regio, grootteklasse, gemeente, anders.',
    ],
  },
  {
    name: 'Vergelijkingen: an empty Periode (a figure without a year says "zonder jaartal")',
    files: () => [{ name: 'x.xlsx', bytes: comparisons([['bijstand', 'Nederland', 'landelijk', null, 3]]) }],
    expected: ['Vergelijkingen!D2: Deze cel in de kolom "Periode" is verplicht, maar leeg.'],
    english: ['Vergelijkingen!D2: This cell in the column "Periode" is required, but it is empty.'],
  },
  {
    name: 'Vergelijkingen: an indicator that does not exist',
    files: () => [
      { name: 'x.xlsx', bytes: comparisons([['bijstnad', 'Nederland', 'landelijk', '2025', 3]]) },
    ],
    expected: ['Vergelijkingen!A2: Er is geen indicator met de sleutel "bijstnad" op het blad Indicatoren.'],
    english: ['Vergelijkingen!A2: There is no indicator with the key "bijstnad" on the sheet Indicatoren.'],
  },
  {
    name: 'Waarden: two undated rows of one indicator',
    files: () => [
      {
        name: 'x.xlsx',
        bytes: withSheets((sheets) => {
          sheets.Waarden[1][1] = 'zonder jaartal';
          sheets.Waarden.push(['bijstand', 'undated', 2300, 2200]);
        }),
      },
    ],
    expected: ['Waarden!B3: De periode zonder jaartal van indicator "bijstand" staat ook al op Waarden!B2.'],
    english: ['Waarden!B3: The period undated of indicator "bijstand" is also on Waarden!B2.'],
  },
  {
    name: 'JSON with a trailing comma',
    files: () => [
      {
        name: 'data.json',
        bytes: strToU8('{\n  "schemaVersion": 1,\n  "municipality": { "name": "Zoetermeer", },\n}'),
      },
    ],
    expected: [
      'De gegevens zijn geen geldige JSON: het gaat mis op regel 3, kolom 43 (bij "…ame": "Zoetermeer", },"). Waarschijnlijk staat er een komma na het laatste element van een lijst of object; haal die komma weg.',
    ],
  },
  {
    name: 'JSON with a decimal comma',
    files: () => [{ name: 'data.json', bytes: strToU8('{\n  "schemaVersion": 1,\n  "actual": 48,9\n}') }],
    expected: [
      'De gegevens zijn geen geldige JSON: het gaat mis op regel 3, kolom 15 (bij ""actual": 48,9"). Waarschijnlijk is een komma als decimaalteken gebruikt; schrijf getallen met een punt, zoals 48.9.',
    ],
  },
  {
    name: 'JSON that is valid but not a document',
    files: () => [
      {
        name: 'data.json',
        bytes: strToU8('{ "schemaVersion": 1, "municipality": { "name": "Zoetermeer" } }'),
      },
    ],
    expected: ['/document: Het verplichte veld "document" ontbreekt.'],
  },
];

describe('the bad-spreadsheet corpus: one clear message each, nothing thrown', () => {
  it(`holds at least 40 files (${CASES.length})`, () => {
    expect(CASES.length).to.be.at.least(40);
  });
  for (const entry of CASES) {
    it(entry.name, () => {
      const result = convertFiles(entry.files());
      const got = lines(result);
      if (PRINT) console.log(JSON.stringify([entry.name, got]));
      expect(got).to.deep.equal(entry.expected);
      if (entry.expected.some((line) => !/verborgen|wordt niet gelezen|wordt overgeslagen|wijkt/.test(line)))
        expect(result.ok).to.equal(false);
      // English too, for every message.
      for (const line of lines(result, 'en')) expect(line).not.to.match(/\{\w+\}/);
      if (entry.english) expect(lines(result, 'en')).to.deep.equal(entry.english);
    });
  }
});
