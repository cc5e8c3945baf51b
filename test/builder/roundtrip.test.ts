import { expect } from '@open-wc/testing';
import {
  convertFiles,
  documentToWorkbook,
  documentToXlsx,
  sheetToCsv,
  templateWorkbook,
  writeXlsx,
} from '../../src/builder/index.js';
import type { PcDocument } from '../../src/schema/types.js';
import { convert, csvBytes, DATASETS, lines, loadBytes, loadJson, minimal, xlsx } from './helpers.js';

/**
 * A dataset as a spreadsheet gives it back: everything but `$schema` (the editor's pointer to the schema file,
 * which the writer names as not kept).
 */
async function loadData(name: string): Promise<Record<string, unknown>> {
  const doc = await loadJson(name);
  delete doc.$schema;
  return doc;
}

describe('converter round trips', () => {
  it('covers every dataset in demo/data (listed by the test server), those with comparisons, printed shares and verdicts among them', () => {
    expect(DATASETS.length).to.be.at.least(6);
    expect(DATASETS).to.include('gezonde-stad-2023-2026-bijlage-1');
    expect(DATASETS).to.include('jaarverslag-2023-programma-2-web');
  });

  it('printed shares as typed (23,55% or 2,57) and verdicts without an indicator, Dutch or English headers', () => {
    for (const english of [false, true]) {
      const sheets = minimal();
      sheets.Financien[0].push(
        english ? 'Printed share of expenses' : 'Aandeel lasten zoals vermeld',
        english ? 'printed share of revenues' : 'Aandeel baten zoals vermeld',
      );
      sheets.Financien[1].push('23,55%', '2,57');
      sheets[english ? 'Verdicts' : 'Oordelen'] = [
        english ? ['Explanation', 'Goal', 'Target met'] : ['Toelichting', 'Doelstelling', 'Doel gehaald'],
        ['Gedaald.', 'd1', 'Nee'],
        [null, 'd1', '?'],
      ];
      const result = convert('aandelen.xlsx', xlsx(sheets));
      expect(lines(result)).to.deep.equal([]);
      const programme = result.document!.programmes![0];
      expect(programme.finance!.printedShare, String(english)).to.deep.equal({
        expenses: 23.55,
        revenues: 2.57,
      });
      expect(programme.goals[0].verdicts, String(english)).to.deep.equal([
        { targetMet: false, explanation: 'Gedaald.' },
        { targetMet: null },
      ]);
    }
  });

  it('writing names (as a warning) each field the sheets cannot hold, and only those', async () => {
    const doc = (await loadData('jaarstukken-2025-programma-2')) as unknown as PcDocument;
    const actual = doc.programmes![0].finance!.actual! as Record<string, unknown>;
    actual['x-note'] = 'een eigen veld binnen de bedragen';
    const { problems } = documentToXlsx(doc);
    expect(problems.map((problem) => [problem.severity, problem.path])).to.deep.equal([
      ['warning', '/programmes/0/finance/actual/x-note'],
    ]);
  });

  for (const name of DATASETS) {
    it(`${name}: JSON → .xlsx → JSON is deep-equal, nothing lost`, async () => {
      const json = await loadJson(name);
      const { bytes, problems } = documentToXlsx(json as unknown as PcDocument);
      expect(problems.map((problem) => problem.path)).to.deep.equal(
        json.$schema === undefined ? [] : ['/$schema'],
      );
      const result = convert(`${name}.xlsx`, bytes);
      expect(lines(result)).to.deep.equal([]);
      expect(result.document).to.deep.equal(await loadData(name));
    });

    for (const format of ['xlsx', 'ods'] as const) {
      it(`${name}: saved by LibreOffice Calc as .${format}, read back deep-equal`, async () => {
        const doc = await loadData(name);
        const bytes = await loadBytes(`/test/builder/fixtures/libreoffice/${name}.${format}`).catch(() => {
          throw new Error(
            `No LibreOffice fixture for ${name}: run \`npm run build && sh scripts/builder-fixtures.sh\` (needs soffice) and commit it.`,
          );
        });
        const result = convert(`${name}.${format}`, bytes);
        expect(result.format).to.equal(format);
        expect(lines(result)).to.deep.equal([]);
        expect(result.document).to.deep.equal(doc);
      });
    }

    it(`${name}: the sheets as CSV files (; and UTF-8), read back deep-equal`, async () => {
      const doc = await loadData(name);
      const workbook = documentToWorkbook(doc as unknown as PcDocument);
      const files = workbook.sheets.map((sheet) => ({
        name: `${sheet.name}.csv`,
        bytes: csvBytes(sheetToCsv(sheet)),
      }));
      const result = convertFiles(files);
      expect(result.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
      expect(result.document).to.deep.equal(doc);
    });
  }

  it('a file typed by hand in LibreOffice (formulas, merged cells, a hidden sheet, dates, percentages, Dutch numbers)', async () => {
    const expected = {
      schemaVersion: 1,
      municipality: { name: 'Zoetermeer', code: 'GM0637' },
      document: { type: 'jaarstukken', year: 2025, title: 'Jaarstukken 2025', amountsIn: 1000 },
      programmes: [
        {
          id: 'p2',
          code: '2',
          title: 'Samen leven en ondersteunen',
          finance: { actual: { expenses: -1000, revenues: 200, balance: -800 } },
          goals: [
            {
              id: 'd2-1',
              code: '2.1',
              title: 'Jeugd',
              finance: { actual: { expenses: -600, revenues: 100, balance: -500 } },
              indicators: [
                {
                  id: 'jeugd-pct',
                  title: 'Percentage jeugdigen met jeugdhulp',
                  unit: 'percent',
                  decimals: 1,
                  values: [{ period: '2025', target: 50, actual: 48.9 }],
                  targetMet: true,
                  referenceDate: '2026-02-12',
                },
              ],
            },
            {
              id: 'd2-2',
              code: '2.2',
              title: 'Meedoen',
              finance: { actual: { expenses: -400, revenues: 100, balance: -300 } },
              indicators: [
                {
                  id: 'bijstand',
                  title: 'Huishoudens in de bijstand',
                  unit: 'count',
                  values: [{ period: '2025', target: 2300, actual: null }],
                  targetMet: null,
                },
              ],
            },
          ],
        },
      ],
    };
    for (const format of ['xlsx', 'ods']) {
      const result = convert(
        `typed.${format}`,
        await loadBytes(`/test/builder/fixtures/libreoffice/typed-by-hand.${format}`),
      );
      expect(lines(result), format).to.deep.equal([
        'Waarden: Het blad Waarden is verborgen, maar wordt wel gelezen.',
      ]);
      expect(result.ok).to.equal(true);
      expect(result.document, format).to.deep.equal(expected);
    }
  });

  it('a formula error saved by LibreOffice gives its cell and the error', async () => {
    for (const format of ['xlsx', 'ods']) {
      const result = convert(
        `f.${format}`,
        await loadBytes(`/test/builder/fixtures/libreoffice/formula-error.${format}`),
      );
      expect(result.ok).to.equal(false);
      expect(lines(result), format).to.deep.equal([
        'Waarden!D2: De formule in deze cel geeft de fout #DIV/0!; herstel de formule of typ de waarde.',
      ]);
    }
  });

  it('the template: every sheet with its headers and a Toelichting sheet; empty, it asks for data', () => {
    const workbook = templateWorkbook();
    expect(workbook.sheets.map((sheet) => sheet.name)).to.deep.equal([
      'Document',
      'Financien',
      'Indicatoren',
      'Waarden',
      'Vergelijkingen',
      'Oordelen',
      'Doelenbomen',
      'Doelenboom',
      'Toelichting',
    ]);
    const help = workbook.sheets[8].rows.map((row) => row.map((cell) => cell?.value).join(' | '));
    expect(
      help.some((line) => line.startsWith('Indicatoren | Doel gehaald | Het oordeel van het document')),
    ).to.equal(true);
    for (const column of ['Indicator', 'Vergelijking', 'Soort', 'Periode', 'Waarde', 'Bron', 'Peildatum'])
      expect(
        help.some((line) => line.startsWith(`Vergelijkingen | ${column} | `)),
        column,
      ).to.equal(true);
    expect(
      help.some((line) => line.startsWith('Waarden | Periode | ') && line.includes('zonder jaartal')),
    ).to.equal(true);
    for (const column of ['Doelstelling', 'Doel gehaald', 'Toelichting'])
      expect(
        help.some((line) => line.startsWith(`Oordelen | ${column} | `)),
        column,
      ).to.equal(true);
    for (const measure of ['lasten', 'baten', 'saldo'])
      expect(
        help.some(
          (line) =>
            line.startsWith(`Financien | Aandeel ${measure} zoals vermeld | `) &&
            line.includes('Wordt niet herberekend'),
        ),
        measure,
      ).to.equal(true);
    const result = convert('begroting.xlsx', writeXlsx(workbook));
    expect(lines(result)).to.deep.equal([
      'De werkmap bevat geen gegevens; vul het blad Document en ten minste één van de bladen Financien, Indicatoren of Doelenboom.',
    ]);
  });

  it('English headers and sheet names, columns in any order, headers with other case, spaces and accents', async () => {
    for (const name of [
      'jaarstukken-2025-programma-2',
      'gezonde-stad-2023-2026-bijlage-1',
      'jaarverslag-2023-programma-2-web',
    ])
      await readsInEnglish(name);
  });
});

async function readsInEnglish(name: string): Promise<void> {
  const doc = await loadData(name);
  const workbook = documentToWorkbook(doc as unknown as PcDocument);
  const english: Record<string, string> = {
    Document: 'Document',
    Financien: 'Finance',
    Indicatoren: 'Indicators',
    Waarden: 'Values',
    Vergelijkingen: 'Comparisons',
    Oordelen: 'Verdicts',
    Doelenbomen: 'Goal trees',
    Doelenboom: 'Goal tree',
  };
  const { SHEETS } = await import('../../src/builder/columns.js');
  for (const sheet of workbook.sheets) {
    const def = SHEETS.find((d) => d.nl === sheet.name);
    if (!def) continue;
    sheet.name = english[sheet.name];
    sheet.rows[0] = sheet.rows[0].map((cell, i) => ({
      value:
        i % 2
          ? (def.columns[i]?.en.toUpperCase() ?? cell?.value ?? null)
          : ` ${def.columns[i]?.en ?? cell?.value} `,
    }));
    // Reverse the columns (x- columns too).
    const width = sheet.rows[0].length;
    sheet.rows = sheet.rows.map((row) => Array.from({ length: width }, (_, i) => row[width - 1 - i]));
  }
  const result = convert('english.xlsx', writeXlsx(workbook));
  expect(lines(result), name).to.deep.equal([]);
  expect(result.document, name).to.deep.equal(doc);
}
