/**
 * Workbook → document. Each template sheet becomes its part of the document (columns.ts); every object made
 * from a row remembers that row, so a problem the schema validator finds later (a JSON Pointer) is placed back
 * on the sheet and cell it came from (locate.ts).
 */
import { type SheetKey, matchSheet } from './columns.js';
import { type BuilderProblem, builderProblem } from './problems.js';
import { readSheetRows, type ReadSheet, type SheetRow } from './sheet-rows.js';
import { cellAddress, type Sheet, type Workbook } from './workbook.js';
import { readTrees } from './to-trees.js';
import { periodName, readComparisons } from './to-comparisons.js';
import { readVerdicts } from './to-verdicts.js';

export interface Origin {
  sheet: string;
  row: number;
  /** Column index per field path within the object ("title", "finance.actual.expenses", "x-note"). */
  columns: Map<string, number>;
  firstColumn: number;
}

export interface Draft {
  value: Record<string, unknown>;
  origins: WeakMap<object, Origin>;
}

export type Obj = Record<string, unknown>;

function setPath(target: Obj, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Obj;
  at[keys[keys.length - 1]] = value;
}

export class Builder {
  readonly problems: BuilderProblem[] = [];
  readonly origins = new WeakMap<object, Origin>();
  private readonly ids = new Map<string, string>();
  /** Every id typed on the Indicatoren sheet, also those that could not be placed. */
  readonly typedIndicators = new Set<string>();

  constructor(
    private readonly sheets: Map<SheetKey, { sheet: Sheet; read: ReadSheet }>,
    private readonly unreadable: Set<SheetKey>,
  ) {}

  /** False when the sheet exists but its headers could not be read (that was reported already). */
  readable(key: SheetKey): boolean {
    return this.sheets.has(key) || !this.unreadable.has(key);
  }

  place(key: SheetKey, row: SheetRow, field: string): { sheet: string; cell: string } {
    const { sheet, read } = this.sheets.get(key)!;
    return { sheet: sheet.name, cell: cellAddress(row.row, row.columns.get(field) ?? read.firstColumn) };
  }

  /** Makes the row's object: its fields (from `fields`, keys of the sheet's columns) and its `x-` extras. */
  object(key: SheetKey, row: SheetRow, fields: readonly string[]): Obj {
    const object: Obj = {};
    for (const field of fields) {
      const value = field === 'values' ? [] : row.values.get(field);
      if (value !== undefined) setPath(object, field, value);
    }
    for (const [name, value] of row.extras) object[name] = value;
    this.remember(object, key, row);
    return object;
  }

  remember(object: object, key: SheetKey, row: SheetRow, prefix = ''): void {
    const { sheet, read } = this.sheets.get(key)!;
    const columns = new Map<string, number>();
    for (const [field, column] of row.columns) {
      if (!prefix) columns.set(field, column);
      else if (field.startsWith(`${prefix}.`)) columns.set(field.slice(prefix.length + 1), column);
    }
    this.origins.set(object, { sheet: sheet.name, row: row.row, columns, firstColumn: read.firstColumn });
  }

  /** Records an id; a second use is a problem that names the first. */
  claimId(id: unknown, key: SheetKey, row: SheetRow, field = 'id'): boolean {
    if (typeof id !== 'string') return false;
    const here = this.place(key, row, field);
    const first = this.ids.get(id);
    if (first) {
      this.problems.push(builderProblem('duplicate-id', here, { id, first }));
      return false;
    }
    this.ids.set(id, `${here.sheet}!${here.cell}`);
    return true;
  }
}

/** The amounts per scenario, and the percentages printed beside the realised ones. */
const FINANCE_PARTS = ['budgetOriginal', 'budget', 'actual', 'printedShare'] as const;

function amounts(builder: Builder, row: SheetRow, target: Obj): void {
  const finance: Obj = {};
  for (const scenario of FINANCE_PARTS) {
    const values: Obj = {};
    for (const [key, value] of row.values) {
      if (key.startsWith(`finance.${scenario}.`) && typeof value === 'number')
        values[key.slice(`finance.${scenario}.`.length)] = value;
    }
    if (Object.keys(values).length > 0) {
      finance[scenario] = values;
      builder.remember(values, 'finance', row, `finance.${scenario}`);
    }
  }
  if (Object.keys(finance).length > 0) {
    target.finance = finance;
    builder.remember(finance, 'finance', row, 'finance');
  }
}

function readDocumentSheet(builder: Builder, read: ReadSheet | undefined, doc: Obj): void {
  const [first, ...more] = read?.rows ?? [];
  if (!first) return;
  const municipality: Obj = {};
  const document: Obj = {};
  for (const [key, value] of first.values) {
    if (key.startsWith('municipality.')) municipality[key.slice(13)] = value;
    else document[key.slice(9)] = value;
  }
  for (const [name, value] of first.extras) {
    if (name.startsWith('/')) doc[name.slice(1)] = value;
    else document[name] = value;
  }
  doc.municipality = municipality;
  doc.document = document;
  builder.remember(municipality, 'document', first, 'municipality');
  builder.remember(document, 'document', first, 'document');
  builder.remember(doc, 'document', first);
  for (const row of more)
    builder.problems.push(
      builderProblem('extra-document-row', builder.place('document', row, ''), {}, 'warning'),
    );
}

function readFinance(builder: Builder, read: ReadSheet | undefined, doc: Obj, goals: Map<string, Obj>): void {
  const programmes = new Map<string, Obj>();
  for (const row of read?.rows ?? []) {
    const programmeId = row.values.get('programme') as string | undefined;
    const goalId = row.values.get('goal') as string | undefined;
    if (!programmeId && !goalId) {
      const holder: Obj = {};
      amounts(builder, row, holder);
      if (holder.finance) ((doc.document ??= {}) as Obj).totals = holder.finance;
      continue;
    }
    if (!programmeId) {
      builder.problems.push(
        builderProblem('goal-without-programme', builder.place('finance', row, 'programme')),
      );
      continue;
    }
    let programme = programmes.get(programmeId);
    if (!goalId) {
      if (programme && programme.title !== undefined) {
        builder.claimId(programmeId, 'finance', row, 'programme');
        continue;
      }
      if (!builder.claimId(programmeId, 'finance', row, 'programme')) continue;
      const made = builder.object('finance', row, ['code', 'title']);
      const ambitionTitle = row.values.get('ambition.title');
      const ambitionText = row.values.get('ambition.text');
      if (ambitionTitle !== undefined || ambitionText !== undefined) {
        made.ambition = {
          title: ambitionTitle,
          ...(ambitionText !== undefined ? { text: ambitionText } : {}),
        };
        builder.remember(made.ambition as Obj, 'finance', row, 'ambition');
      }
      amounts(builder, row, made);
      if (programme) {
        // Goals came first: keep them, take the programme row's fields.
        Object.assign(programme, { id: programmeId, ...made, goals: programme.goals });
        builder.remember(programme, 'finance', row);
      } else {
        programme = { id: programmeId, ...made, goals: [] };
        builder.remember(programme, 'finance', row);
        programmes.set(programmeId, programme);
      }
      continue;
    }
    if (!programme) {
      programme = { id: programmeId, goals: [] };
      builder.remember(programme, 'finance', row);
      programmes.set(programmeId, programme);
    }
    if (!builder.claimId(goalId, 'finance', row, 'goal')) continue;
    const goal: Obj = { id: goalId, ...builder.object('finance', row, ['code', 'title', 'text']) };
    builder.remember(goal, 'finance', row);
    amounts(builder, row, goal);
    (programme.goals as Obj[]).push(goal);
    goals.set(goalId, goal);
  }
  if (programmes.size > 0) doc.programmes = [...programmes.values()];
}

const INDICATOR_FIELDS = [
  'id',
  'title',
  'description',
  'source',
  'unit',
  'unitLabel',
  'decimals',
  'polarity',
  'values',
  'targetMet',
  'explanation',
  'referenceDate',
] as const;

function readIndicators(
  builder: Builder,
  read: ReadSheet | undefined,
  goals: Map<string, Obj>,
): Map<string, Obj> {
  const indicators = new Map<string, Obj>();
  for (const row of read?.rows ?? []) {
    const goalId = row.values.get('goal') as string | undefined;
    const goal = goalId ? goals.get(goalId) : undefined;
    const typedId = row.values.get('id');
    if (typeof typedId === 'string') builder.typedIndicators.add(typedId);
    if (goalId && !goal && builder.readable('finance'))
      builder.problems.push(
        builderProblem('unknown-goal', builder.place('indicators', row, 'goal'), { id: goalId }),
      );
    const id = row.values.get('id');
    if (!goal || !builder.claimId(id, 'indicators', row)) continue;
    // Field order as in the schema (values after polarity), so the JSON reads like the examples.
    const ordered = builder.object('indicators', row, INDICATOR_FIELDS);
    ((goal.indicators ??= []) as Obj[]).push(ordered);
    indicators.set(id as string, ordered);
  }
  return indicators;
}

function readValues(builder: Builder, read: ReadSheet | undefined, indicators: Map<string, Obj>): void {
  const seen = new Map<string, string>();
  for (const row of read?.rows ?? []) {
    const id = row.values.get('indicator') as string | undefined;
    if (id === undefined) continue;
    const indicator = indicators.get(id);
    if (!indicator) {
      // An indicator that is on its sheet but could not be placed has had its message already.
      if (builder.typedIndicators.has(id) || !builder.readable('indicators')) continue;
      builder.problems.push(
        builderProblem('unknown-indicator', builder.place('values', row, 'indicator'), { id }),
      );
      continue;
    }
    const period = row.values.get('period') as string | null | undefined;
    // Absent: the cell was empty or unreadable, which has its message.
    if (period === undefined) continue;
    const here = builder.place('values', row, 'period');
    const key = `${id}\u0000${period ?? ''}`;
    const first = seen.get(key);
    if (first) {
      builder.problems.push(
        builderProblem('duplicate-period', here, { id, period: periodName(period), first }),
      );
      continue;
    }
    seen.set(key, `${here.sheet}!${here.cell}`);
    const value = builder.object('values', row, ['period', 'target', 'actual']);
    (indicator.values as Obj[]).push(value);
  }
}

/** Reads the template's sheets from a workbook. Unknown sheets are named in a warning and skipped. */
export function workbookToDraft(workbook: Workbook): {
  draft: Draft;
  problems: BuilderProblem[];
  found: Set<SheetKey>;
} {
  const problems: BuilderProblem[] = [];
  const sheets = new Map<SheetKey, { sheet: Sheet; read: ReadSheet }>();
  const unreadable = new Set<SheetKey>();
  for (const sheet of workbook.sheets) {
    const def = matchSheet(sheet.name);
    const hasData = sheet.rows.some((row) =>
      row.some((cell) => cell && (cell.error || (cell.value !== null && String(cell.value).trim() !== ''))),
    );
    if (!def) {
      if (hasData && !/^(toelichting|explanation|help)$/i.test(sheet.name.trim()))
        problems.push(
          builderProblem('unknown-sheet', { sheet: sheet.name }, { sheet: sheet.name }, 'warning'),
        );
      continue;
    }
    if (sheets.has(def.key)) {
      problems.push(builderProblem('unknown-sheet', { sheet: sheet.name }, { sheet: sheet.name }, 'warning'));
      continue;
    }
    if (sheet.hidden && hasData)
      problems.push(builderProblem('hidden-sheet', { sheet: sheet.name }, { sheet: sheet.name }, 'warning'));
    const read = readSheetRows(sheet, def, problems);
    if (read) sheets.set(def.key, { sheet, read });
    else unreadable.add(def.key);
  }
  const builder = new Builder(sheets, unreadable);
  builder.problems.push(...problems);
  const doc: Obj = { schemaVersion: 1 };
  readDocumentSheet(builder, sheets.get('document')?.read, doc);
  const goals = new Map<string, Obj>();
  readFinance(builder, sheets.get('finance')?.read, doc, goals);
  const indicators = readIndicators(builder, sheets.get('indicators')?.read, goals);
  readValues(builder, sheets.get('values')?.read, indicators);
  readComparisons(builder, sheets.get('comparisons')?.read, indicators);
  readVerdicts(builder, sheets.get('verdicts')?.read, goals);
  readTreesInto(builder, sheets, doc);
  return {
    draft: { value: doc, origins: builder.origins },
    problems: builder.problems,
    found: new Set(sheets.keys()),
  };
}

function readTreesInto(
  builder: Builder,
  sheets: Map<SheetKey, { sheet: Sheet; read: ReadSheet }>,
  doc: Obj,
): void {
  const trees = readTrees(builder, sheets.get('trees')?.read, sheets.get('nodes')?.read);
  if (trees.length > 0) doc.goalTrees = trees;
}
