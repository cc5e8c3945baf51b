/**
 * Document → workbook in the template's layout, so an existing JSON file can be edited in Excel and read in
 * again (convert.ts checks the round trip and names every field that the sheets cannot hold).
 */
import type { PcDocument } from '../schema/types.js';
import { type ColumnDef, SHEETS, type SheetDef, type SheetKey, UNDATED_WORDS } from './columns.js';
import type { Cell, CellValue, Sheet, Workbook } from './workbook.js';
import { helpSheet } from './template.js';

type Obj = Record<string, unknown>;
type Row = Map<string, unknown>;

function get(object: Obj | undefined, path: string): unknown {
  let at: unknown = object;
  for (const key of path.split('.')) at = at && typeof at === 'object' ? (at as Obj)[key] : undefined;
  return at;
}

function extras(object: Obj | undefined): [string, unknown][] {
  return Object.entries(object ?? {}).filter(([key]) => key.startsWith('x-'));
}

/** The cell a value is written as: the first Dutch word of an enum, Ja/Nee/? for a verdict, - for null. */
function toCell(column: ColumnDef | undefined, value: unknown): Cell | undefined {
  if (value === undefined) return undefined;
  if (value === null)
    return { value: column?.kind === 'verdict' ? '?' : column?.kind === 'period' ? UNDATED_WORDS[0] : '-' };
  if (column?.kind === 'verdict') return { value: value === true ? 'Ja' : 'Nee' };
  if (column?.kind === 'enum' && typeof value === 'string')
    return { value: column.values?.[value]?.[0] ?? value };
  if (column?.kind === 'ids' && Array.isArray(value)) return { value: value.join(', ') };
  if (typeof value === 'object') return { value: JSON.stringify(value) };
  return { value: value as CellValue };
}

function table(def: SheetDef, records: { row: Row; extras: [string, unknown][] }[]): Sheet {
  const extraNames: string[] = [];
  for (const record of records)
    for (const [name] of record.extras) if (!extraNames.includes(name)) extraNames.push(name);
  const header: Cell[] = [
    ...def.columns.map((column) => ({ value: column.nl })),
    ...extraNames.map((name) => ({ value: name })),
  ];
  const rows: (Cell | undefined)[][] = [header];
  for (const record of records) {
    const cells: (Cell | undefined)[] = def.columns.map((column) =>
      toCell(column, record.row.get(column.key)),
    );
    const extraValues = new Map(record.extras);
    for (const name of extraNames) cells.push(toCell(undefined, extraValues.get(name)));
    rows.push(cells);
  }
  return { name: def.nl, hidden: false, rows };
}

function financeRow(row: Row, finance: unknown): Row {
  for (const scenario of ['budgetOriginal', 'budget', 'actual', 'printedShare']) {
    for (const [measure, value] of Object.entries((get(finance as Obj, scenario) as Obj | undefined) ?? {})) {
      row.set(`finance.${scenario}.${measure}`, value);
    }
  }
  return row;
}

function def(key: SheetKey): SheetDef {
  return SHEETS.find((sheet) => sheet.key === key)!;
}

export function documentToWorkbook(doc: PcDocument): Workbook {
  const d = doc as unknown as Obj;
  const documentRow: Row = new Map();
  for (const column of def('document').columns) documentRow.set(column.key, get(d, column.key));
  const finance: { row: Row; extras: [string, unknown][] }[] = [];
  const indicators: typeof finance = [];
  const values: typeof finance = [];
  const comparisons: typeof finance = [];
  const verdicts: typeof finance = [];
  for (const programme of doc.programmes ?? []) {
    const p = programme as unknown as Obj;
    finance.push({
      row: financeRow(
        new Map<string, unknown>([
          ['programme', programme.id],
          ['code', programme.code],
          ['title', programme.title],
          ['ambition.title', programme.ambition?.title],
          ['ambition.text', programme.ambition?.text],
        ]),
        programme.finance,
      ),
      extras: extras(p),
    });
    for (const goal of programme.goals) {
      finance.push({
        row: financeRow(
          new Map<string, unknown>([
            ['programme', programme.id],
            ['goal', goal.id],
            ['code', goal.code],
            ['title', goal.title],
            ['text', goal.text],
          ]),
          goal.finance,
        ),
        extras: extras(goal as unknown as Obj),
      });
      for (const verdict of goal.verdicts ?? []) {
        verdicts.push({
          row: new Map<string, unknown>([
            ['goal', goal.id],
            ['targetMet', verdict.targetMet],
            ['explanation', verdict.explanation],
          ]),
          extras: extras(verdict as unknown as Obj),
        });
      }
      for (const indicator of goal.indicators ?? []) {
        const row: Row = new Map([['goal', goal.id]]);
        for (const column of def('indicators').columns)
          if (column.key !== 'goal') row.set(column.key, get(indicator as unknown as Obj, column.key));
        indicators.push({ row, extras: extras(indicator as unknown as Obj) });
        for (const value of indicator.values) {
          values.push({
            row: new Map<string, unknown>([
              ['indicator', indicator.id],
              ['period', value.period],
              ['target', value.target],
              ['actual', value.actual],
            ]),
            extras: extras(value as unknown as Obj),
          });
        }
        for (const comparison of indicator.comparisons ?? []) {
          // Soort, Bron and Peildatum on every row of the series, so each row reads on its own.
          for (const value of comparison.values) {
            comparisons.push({
              row: new Map<string, unknown>([
                ['indicator', indicator.id],
                ['label', comparison.label],
                ['kind', comparison.kind],
                ['period', value.period],
                ['value', value.value],
                ['source', comparison.source],
                ['referenceDate', comparison.referenceDate],
              ]),
              extras: extras(comparison as unknown as Obj),
            });
          }
        }
      }
    }
  }
  if (doc.document.totals) {
    finance.push({
      row: financeRow(new Map([['title', 'Totaal gemeente']]), doc.document.totals),
      extras: [],
    });
  }
  const trees: typeof finance = [];
  const nodes: typeof finance = [];
  for (const tree of doc.goalTrees ?? []) {
    trees.push({
      row: new Map<string, unknown>([
        ['id', tree.id],
        ['title', tree.title],
        ['description', tree.description],
      ]),
      extras: extras(tree as unknown as Obj),
    });
    const walk = (node: Obj, parent: string | undefined) => {
      const row: Row = new Map<string, unknown>([
        ['tree', tree.id],
        ['parent', parent],
      ]);
      for (const column of def('nodes').columns)
        if (!row.has(column.key)) row.set(column.key, node[column.key]);
      nodes.push({ row, extras: extras(node) });
      for (const child of (node.children as Obj[] | undefined) ?? []) walk(child, node.id as string);
    };
    walk(tree.root as unknown as Obj, undefined);
  }
  return {
    format: 'xlsx',
    sheets: [
      table(def('document'), [
        {
          row: documentRow,
          // The file's own x- fields as /x-… columns, the document's as x-….
          extras: [
            ...extras(d).map(([name, value]): [string, unknown] => [`/${name}`, value]),
            ...extras(d.document as Obj),
          ],
        },
      ]),
      table(def('finance'), finance),
      table(def('indicators'), indicators),
      table(def('values'), values),
      table(def('comparisons'), comparisons),
      table(def('verdicts'), verdicts),
      table(def('trees'), trees),
      table(def('nodes'), nodes),
      helpSheet(),
    ],
  };
}
