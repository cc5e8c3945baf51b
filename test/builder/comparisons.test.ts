import { expect } from '@open-wc/testing';
import { documentToWorkbook } from '../../src/builder/index.js';
import type { PcDocument } from '../../src/schema/types.js';
import { convert, lines, loadJson, minimal, xlsx } from './helpers.js';

type Rows = ReturnType<typeof minimal>;

function withSheet(name: string, rows: unknown[][]): Uint8Array {
  const sheets = minimal() as Record<string, unknown[][]>;
  sheets[name] = rows;
  return xlsx(sheets as Rows);
}

function indicatorOf(document: unknown): Record<string, unknown> {
  const doc = document as { programmes: { goals: { indicators: Record<string, unknown>[] }[] }[] };
  return doc.programmes[0].goals[0].indicators[0];
}

describe('the sheet Vergelijkingen → indicator comparisons', () => {
  it('groups rows by Indicator and Vergelijking into series, in the order the series first appear', () => {
    const result = convert(
      'x.xlsx',
      withSheet('Vergelijkingen', [
        ['Indicator', 'Vergelijking', 'Soort', 'Periode', 'Waarde', 'Bron', 'Peildatum'],
        ['bijstand', 'Nederland', 'landelijk', '2024', '2.400', 'CBS', '31-12-2025'],
        ['bijstand', 'Gemeenten 100.000-300.000', 'grootteklasse', '2024', 2100],
        ['bijstand', 'Nederland', null, '2025', null],
        ['bijstand', 'Gemeenten 100.000-300.000', 'grootteklasse', '2025', '-'],
      ]),
    );
    expect(lines(result)).to.deep.equal([]);
    const indicator = indicatorOf(result.document);
    expect(indicator.comparisons).to.deep.equal([
      {
        label: 'Nederland',
        kind: 'national',
        source: 'CBS',
        referenceDate: '2025-12-31',
        values: [
          { period: '2024', value: 2400 },
          { period: '2025', value: null },
        ],
      },
      {
        label: 'Gemeenten 100.000-300.000',
        kind: 'size-class',
        values: [
          { period: '2024', value: 2100 },
          { period: '2025', value: null },
        ],
      },
    ]);
    // Right after values, as in the schema and the examples.
    expect(Object.keys(indicator).slice(-2)).to.deep.equal(['values', 'comparisons']);
  });

  it('English sheet name, headers and words; "undated" and "zonder jaartal" are period null', () => {
    const result = convert(
      'x.xlsx',
      withSheet('Comparisons', [
        ['Indicator', 'Comparison', 'Kind', 'Period', 'Value', 'Source', 'Reference date'],
        ['bijstand', 'South Holland', 'province', 'Undated', 7],
        ['bijstand', 'Region', 'REGIO', 'zonder  jaartal', 8],
        ['bijstand', 'Other', 'other', '2025', 9],
      ]),
    );
    expect(lines(result)).to.deep.equal([]);
    expect(indicatorOf(result.document).comparisons).to.deep.equal([
      { label: 'South Holland', kind: 'province', values: [{ period: null, value: 7 }] },
      { label: 'Region', kind: 'region', values: [{ period: null, value: 8 }] },
      { label: 'Other', kind: 'other', values: [{ period: '2025', value: 9 }] },
    ]);
  });

  it('Soort: every Dutch and English word the README lists gives its kind', () => {
    const words: [string, string][] = [
      ['landelijk', 'national'],
      ['provincie', 'province'],
      ['regio', 'region'],
      ['grootteklasse', 'size-class'],
      ['gemeente', 'municipality'],
      ['anders', 'other'],
      ['national', 'national'],
      ['province', 'province'],
      ['region', 'region'],
      ['size class', 'size-class'],
      ['municipality', 'municipality'],
      ['other', 'other'],
    ];
    const result = convert(
      'x.xlsx',
      withSheet('Vergelijkingen', [
        ['Indicator', 'Vergelijking', 'Soort', 'Periode', 'Waarde'],
        ...words.map(([word], i) => ['bijstand', `reeks ${i}`, word, '2025', i]),
      ]),
    );
    expect(lines(result)).to.deep.equal([]);
    const kinds = (indicatorOf(result.document).comparisons as { kind: string }[]).map((c) => c.kind);
    expect(kinds).to.deep.equal(words.map(([, kind]) => kind));
  });

  it('Waarden: "zonder jaartal" in Periode is an undated value; other text is still not a period', () => {
    const sheets = minimal();
    sheets.Waarden[1][1] = 'Zonder jaartal';
    const result = convert('x.xlsx', xlsx(sheets));
    expect(lines(result)).to.deep.equal([]);
    expect(indicatorOf(result.document).values).to.deep.equal([{ period: null, target: 2300, actual: 2251 }]);
    sheets.Waarden[1][1] = 'geen jaartal';
    expect(lines(convert('x.xlsx', xlsx(sheets)))).to.deep.equal([
      'Waarden!B2: "geen jaartal" is geen periode; schrijf 2025, 2025-Q3, 2025-H2 of 2025-03, of "zonder jaartal" als de bron geen jaar noemt.',
    ]);
  });

  it('a schema problem of a comparison is placed on its sheet and cell (a label over 2,000 characters)', () => {
    const long = 'N'.repeat(2001);
    const result = convert(
      'x.xlsx',
      withSheet('Vergelijkingen', [
        ['Indicator', 'Periode', 'Waarde', 'Vergelijking'],
        ['bijstand', '2025', 1, long],
      ]),
    );
    expect(result.ok).to.equal(false);
    expect(
      result.problems.map((problem) => `${problem.sheet}!${problem.cell} ${problem.path}`),
    ).to.deep.equal(['Vergelijkingen!D2 /programmes/0/goals/0/indicators/0/comparisons/0/label']);
  });

  it('a comparison x- column is kept on its series', () => {
    const result = convert(
      'x.xlsx',
      withSheet('Vergelijkingen', [
        ['Indicator', 'Vergelijking', 'Periode', 'Waarde', 'x-bron-url'],
        ['bijstand', 'Nederland', '2025', 1, 'https://opendata.cbs.nl'],
      ]),
    );
    expect(lines(result)).to.deep.equal([]);
    expect(indicatorOf(result.document).comparisons).to.deep.equal([
      { label: 'Nederland', values: [{ period: '2025', value: 1 }], 'x-bron-url': 'https://opendata.cbs.nl' },
    ]);
  });
});

describe('documentToWorkbook(doc): comparisons and undated values written back', () => {
  it('one row per reference value, the series fields on every row, null periods as "zonder jaartal"', async () => {
    const doc = await loadJson('gezonde-stad-2023-2026-bijlage-1');
    const workbook = documentToWorkbook(doc as unknown as PcDocument);
    const sheet = workbook.sheets.find((s) => s.name === 'Vergelijkingen')!;
    const text = sheet.rows.map((row) => row.map((cell) => cell?.value ?? '').join(' | '));
    expect(text[0]).to.equal('Indicator | Vergelijking | Soort | Periode | Waarde | Bron | Peildatum');
    expect(text.slice(1, 4)).to.deep.equal([
      'demografische-druk | Nederland | landelijk | 2023 | 0.7 |  | ',
      'demografische-druk | Zuid-Holland | provincie | 2023 | 0.68 |  | ',
      'gezonde-levensverwachting-vrouwen-65 | Nederland | landelijk | zonder jaartal | 13.1 |  | ',
    ]);
    const values = workbook.sheets.find((s) => s.name === 'Waarden')!;
    expect(values.rows[2].map((cell) => cell?.value)).to.deep.equal([
      'gezonde-levensverwachting-vrouwen-65',
      'zonder jaartal',
      undefined,
      12.7,
    ]);
    const document = workbook.sheets.find((s) => s.name === 'Document')!;
    expect(document.rows[0].at(-1)?.value).to.equal('/x-transcription');
  });
});
