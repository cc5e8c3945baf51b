import { expect } from '@open-wc/testing';
import { parseDutchNumber } from '../../src/builder/cells.js';
import { convert, lines, minimal, n, rawXlsx, s, xlsx, csvBytes } from './helpers.js';
import { convertFiles } from '../../src/builder/index.js';

describe('parseDutchNumber(text): numbers as people type them', () => {
  const cases: [string, number | undefined][] = [
    ['1.234,5', 1234.5],
    ['-1.234', -1234],
    ['€ 1.234', 1234],
    ['€1.234,50', 1234.5],
    ['1.234 €', 1234],
    ['48,9%', 48.9],
    ['48,9 %', 48.9],
    ['(1.234)', -1234],
    ['1.234.567', 1234567],
    ['2,6', 2.6],
    ['2.5', 2.5],
    ['0.489', 0.489],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['4729', 4729],
    ['-95.081', -95081],
    ['− 12', -12],
    ['1 234,5', 1234.5],
    ['12,3 procent', undefined],
    ['abc', undefined],
    ['1.23.4', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${String(expected)}`, () => {
      expect(parseDutchNumber(text)).to.equal(expected);
    });
  }
});

/** Converts the minimal workbook with one cell of Waarden replaced, and returns that value (or the problems). */
function realisatie(cell: Parameters<typeof xlsx>[0][string][number][number]) {
  const sheets = minimal();
  sheets.Waarden[1][3] = cell;
  const result = convert('x.xlsx', xlsx(sheets));
  const indicator = (result.document?.programmes?.[0].goals[0].indicators ?? [])[0];
  return {
    value: indicator?.values[0] && 'actual' in indicator.values[0] ? indicator.values[0].actual : 'absent',
    lines: lines(result),
  };
}

describe('cell rules (each in the README)', () => {
  it('an empty cell leaves the field out', () => {
    expect(realisatie(null)).to.deep.equal({ value: 'absent', lines: [] });
    expect(realisatie('   ')).to.deep.equal({ value: 'absent', lines: [] });
  });
  for (const text of ['-', 'n.v.t.', 'nvt', '?', 'n.b.']) {
    it(`"${text}" is "no value" (null)`, () => {
      expect(realisatie(text)).to.deep.equal({ value: null, lines: [] });
    });
  }
  it('a number stored as text is read as typed', () => {
    expect(realisatie('2.251')).to.deep.equal({ value: 2251, lines: [] });
    expect(realisatie('(1.234)')).to.deep.equal({ value: -1234, lines: [] });
  });
  it('text that is not a number names the cell and the value as typed', () => {
    expect(realisatie('12,3 procent').lines).to.deep.equal([
      'Waarden!D2: "12,3 procent" is geen getal; verwacht is een getal zoals 1.234,5 of -95.081.',
    ]);
  });
  it('a cell formatted as a percentage (the file holds 0,489) is read as 48,9', () => {
    const sheet = [
      `<row r="1">${s('A1', 'Indicator')}${s('B1', 'Periode')}${s('C1', 'Realisatie')}</row>`,
      `<row r="2">${s('A2', 'bijstand')}${s('B2', '2025')}${n('C2', 0.489, 2)}</row>`,
    ].join('');
    const base = minimal();
    const result = convert(
      'x.xlsx',
      rawXlsx([
        { name: 'Document', xml: rowsXml(base.Document) },
        { name: 'Financien', xml: rowsXml(base.Financien) },
        { name: 'Indicatoren', xml: rowsXml(base.Indicatoren) },
        { name: 'Waarden', xml: sheet },
      ]),
    );
    expect(lines(result)).to.deep.equal([]);
    expect(result.document!.programmes![0].goals[0].indicators![0].values).to.deep.equal([
      { period: '2025', actual: 48.9 },
    ]);
  });
  it('an Excel date cell and a serial number in Peildatum become YYYY-MM-DD; so does 12-02-2026', () => {
    for (const [cell, style] of [
      [46065, 1],
      [46065, 3],
      [46065, 0],
    ] as const) {
      const base = minimal();
      base.Indicatoren[0].push('Peildatum');
      const indicatorRows = rowsXml(base.Indicatoren).replace(/<\/row>$/, `${n('E2', cell, style)}</row>`);
      const result = convert(
        'x.xlsx',
        rawXlsx([
          { name: 'Document', xml: rowsXml(base.Document) },
          { name: 'Financien', xml: rowsXml(base.Financien) },
          { name: 'Indicatoren', xml: indicatorRows },
        ]),
      );
      expect(lines(result)).to.deep.equal([]);
      expect(result.document!.programmes![0].goals[0].indicators![0].referenceDate).to.equal('2026-02-12');
    }
    const base = minimal();
    base.Indicatoren[0].push('Peildatum');
    base.Indicatoren[1].push('12-02-2026');
    expect(
      convert('x.xlsx', xlsx(base)).document!.programmes![0].goals[0].indicators![0].referenceDate,
    ).to.equal('2026-02-12');
  });
  it('a date where a number belongs, and where a code belongs, is named', () => {
    const base = minimal();
    const dated = convert(
      'x.xlsx',
      rawXlsx([
        { name: 'Document', xml: rowsXml(base.Document) },
        {
          name: 'Financien',
          xml: `<row r="1">${s('A1', 'Programma')}${s('B1', 'Nummer')}${s('C1', 'Titel')}${s('D1', 'Lasten realisatie')}</row><row r="2">${s('A2', 'p2')}${n('B2', 46024, 3)}${s('C2', 'P')}${n('D2', 46024, 1)}</row>`,
        },
      ]),
    );
    expect(lines(dated)).to.deep.equal([
      'Financien!B2: Hier staat de datum 2026-01-02; typ een nummer als 2.1 als tekst door er een apostrof voor te zetten.',
      'Financien!D2: Hier staat de datum 2026-01-02, maar verwacht is een getal.',
    ]);
  });
  it('a formula uses the value the file holds; a formula error is named (#DEEL/0! as Dutch Excel writes it)', () => {
    const base = minimal();
    const waarden = `<row r="1">${s('A1', 'Indicator')}${s('B1', 'Periode')}${s('C1', 'Streefwaarde')}${s('D1', 'Realisatie')}</row><row r="2">${s('A2', 'bijstand')}${s('B2', '2025')}<c r="C2"><f>2000+300</f><v>2300</v></c><c r="D2" t="e"><f>1/0</f><v>#DEEL/0!</v></c></row>`;
    const result = convert(
      'x.xlsx',
      rawXlsx([
        { name: 'Document', xml: rowsXml(base.Document) },
        { name: 'Financien', xml: rowsXml(base.Financien) },
        { name: 'Indicatoren', xml: rowsXml(base.Indicatoren) },
        { name: 'Waarden', xml: waarden },
      ]),
    );
    expect(lines(result)).to.deep.equal([
      'Waarden!D2: De formule in deze cel geeft de fout #DEEL/0!; herstel de formule of typ de waarde.',
    ]);
    expect(
      (result.draft as { programmes: { goals: { indicators: { values: unknown[] }[] }[] }[] }).programmes[0]
        .goals[0].indicators[0].values,
    ).to.deep.equal([{ period: '2025', target: 2300 }]);
  });
  it('merged cells: the value of a merged range counts for every cell it covers', () => {
    const base = minimal();
    const financien = `<row r="1">${s('A1', 'Programma')}${s('B1', 'Doelstelling')}${s('C1', 'Titel')}</row><row r="2">${s('A2', 'p2')}${s('C2', 'P')}</row><row r="3">${s('B3', 'd1')}${s('C3', 'G1')}</row><row r="4">${s('B4', 'd2')}${s('C4', 'G2')}</row>`;
    const result = convert(
      'x.xlsx',
      rawXlsx([
        { name: 'Document', xml: rowsXml(base.Document) },
        {
          name: 'Financien',
          xml: financien,
          after: '<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>',
        },
      ]),
    );
    expect(lines(result)).to.deep.equal([]);
    expect(result.document!.programmes![0].goals.map((goal) => goal.id)).to.deep.equal(['d1', 'd2']);
  });
  it('a hidden sheet of the template is read, with a warning; trailing empty rows are skipped', () => {
    const base = minimal();
    base.Waarden.push([null, null, null], ['', '', ''], [undefined]);
    const result = convert('x.xlsx', xlsx(base, ['Waarden']));
    expect(lines(result)).to.deep.equal(['Waarden: Het blad Waarden is verborgen, maar wordt wel gelezen.']);
    expect(result.ok).to.equal(true);
    expect(result.summary).to.deep.equal({
      programmes: 1,
      goals: 1,
      indicators: 1,
      values: 1,
      trees: 0,
      nodes: 0,
    });
  });
  it('Ja / Nee / ? / empty in Doel gehaald', () => {
    for (const [typed, expected] of [
      ['Ja', true],
      ['nee', false],
      ['?', null],
      ['JA', true],
    ] as const) {
      const base = minimal();
      base.Indicatoren[0].push('Doel gehaald');
      base.Indicatoren[1].push(typed);
      expect(
        convert('x.xlsx', xlsx(base)).document!.programmes![0].goals[0].indicators![0].targetMet,
        typed,
      ).to.equal(expected);
    }
  });
  it('CSV with ; or , in UTF-8 with or without BOM and in Windows-1252', () => {
    const text = 'Indicator;Periode;Streefwaarde;Realisatie\r\nbijstand;2025;"€ 2.300";2.251\r\n';
    for (const [encoding, separator] of [
      ['utf8', ';'],
      ['utf8-bom', ';'],
      ['windows-1252', ';'],
      ['utf8', ','],
      ['windows-1252', ','],
    ] as const) {
      const csv = separator === ';' ? text : text.replace(/;/g, ',').replace('2.251', '"2.251"');
      const files = [
        {
          name: 'Document.csv',
          bytes: csvBytes(
            'Gemeente;Soort;Jaar;Titel\nZoetermeer;jaarstukken;2025;Jaarstukken 2025\n',
            encoding,
          ),
        },
        {
          name: 'Financien.csv',
          bytes: csvBytes('Programma;Doelstelling;Titel\np2;;Samen leven\np2;d1;Meedoen\n', encoding),
        },
        {
          name: 'Indicatoren.csv',
          bytes: csvBytes(
            `Doelstelling;Id;Naam;Eenheid\nd1;bijstand;Huishoudens in de bijstand (€);aantal\n`,
            encoding,
          ),
        },
        { name: 'waarden.csv', bytes: csvBytes(csv, encoding) },
      ];
      const result = convertFiles(files);
      expect(result.problems, `${encoding} ${separator}`).to.deep.equal([]);
      const indicator = result.document!.programmes![0].goals[0].indicators![0];
      expect(indicator.title).to.equal('Huishoudens in de bijstand (€)');
      expect(indicator.values).to.deep.equal([{ period: '2025', target: 2300, actual: 2251 }]);
    }
  });
});

function rowsXml(rows: unknown[][]): string {
  return rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((value, c) => {
            const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
            if (value === null || value === undefined) return '';
            return typeof value === 'number' ? n(ref, value) : s(ref, String(value));
          })
          .join('')}</row>`,
    )
    .join('');
}
