/**
 * The converter's entry: bytes of a file (.xlsx, .ods, .csv or .json) → a schema-version-1 document and the
 * problems, each placed on its sheet and cell (or JSON Pointer); and a document → .xlsx bytes. Pure: no DOM, no
 * file system; the builder page and the command line both call it. Never throws.
 */
import type { Locale } from '../lib/format.js';
import type { PcDocument } from '../schema/types.js';
import { validateDocument } from '../schema/validate.js';
import { locate } from './locate.js';
import { type BuilderProblem, builderProblem, fromSchemaProblem, localizeProblems } from './problems.js';
import { readOds } from './read-ods.js';
import { readXlsx, MAX_ROWS, type ReadFailure } from './read-xlsx.js';
import { readCsv } from './read-csv.js';
import { matchSheet } from './columns.js';
import { workbookToDraft } from './to-document.js';
import { documentToWorkbook } from './from-document.js';
import { writeXlsx } from './write-xlsx.js';
import { isCompoundFile, isZip, listZip, MAX_UNZIPPED_BYTES } from './zip.js';
import type { Sheet, Workbook } from './workbook.js';

/** The template's explanation sheet, never read as data. */
export const HELP_SHEET = /^(toelichting|explanation|help)$/i;

/** Files larger than this are refused before reading (a P&C workbook is well under 1 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface Summary {
  programmes: number;
  goals: number;
  indicators: number;
  values: number;
  trees: number;
  nodes: number;
}

export interface ConvertResult {
  /** The document, when there are no errors (warnings may remain). */
  document?: PcDocument;
  /** What was read, also when there are errors (for the summary). */
  draft?: Record<string, unknown>;
  problems: BuilderProblem[];
  ok: boolean;
  summary: Summary;
  /** What the input was. */
  format: 'xlsx' | 'ods' | 'csv' | 'json' | 'unknown';
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
}

function failureProblem(failure: ReadFailure, sheet?: string): BuilderProblem {
  switch (failure) {
    case 'encrypted':
      return builderProblem('protected-file', {});
    case 'zip-too-large':
      return builderProblem('zip-too-large', {}, { limit: mb(MAX_UNZIPPED_BYTES) });
    case 'not-a-workbook':
      return builderProblem('zip-not-workbook', {});
    case 'too-many-rows':
      return builderProblem('too-many-rows', sheet ? { sheet } : {}, {
        sheet: sheet ?? '',
        limit: MAX_ROWS.toLocaleString('nl-NL'),
      });
    case 'not-zip':
      return builderProblem('not-a-spreadsheet', {});
    default:
      return builderProblem('corrupt-file', {});
  }
}

export function summarize(doc: Record<string, unknown> | undefined): Summary {
  const summary: Summary = { programmes: 0, goals: 0, indicators: 0, values: 0, trees: 0, nodes: 0 };
  const d = doc as Partial<PcDocument> | undefined;
  for (const programme of Array.isArray(d?.programmes) ? d.programmes : []) {
    summary.programmes++;
    for (const goal of Array.isArray(programme?.goals) ? programme.goals : []) {
      summary.goals++;
      for (const indicator of Array.isArray(goal?.indicators) ? goal.indicators : []) {
        summary.indicators++;
        summary.values += Array.isArray(indicator?.values) ? indicator.values.length : 0;
      }
    }
  }
  const count = (node: unknown): number =>
    node && typeof node === 'object'
      ? 1 +
        ((node as { children?: unknown[] }).children ?? []).reduce<number>((n, child) => n + count(child), 0)
      : 0;
  for (const tree of Array.isArray(d?.goalTrees) ? d.goalTrees : []) {
    summary.trees++;
    summary.nodes += count(tree?.root);
  }
  return summary;
}

function kindOf(file: InputFile): ConvertResult['format'] {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const bytes = file.bytes;
  if (isZip(bytes)) return extension === 'ods' ? 'ods' : 'xlsx';
  if (isCompoundFile(bytes)) return 'unknown';
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  // Without a telling extension: text that starts like JSON is JSON.
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'unknown';
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 9 && byte !== 0)) control++;
  return control > 0;
}

function result(
  format: ConvertResult['format'],
  problems: BuilderProblem[],
  locale: Locale,
  draft?: Record<string, unknown>,
  document?: PcDocument,
): ConvertResult {
  const ok = !problems.some((problem) => problem.severity === 'error');
  return {
    format,
    ok,
    problems: localizeProblems(problems, locale),
    draft,
    document: ok ? document : undefined,
    summary: summarize(draft),
  };
}

function fromJson(file: InputFile, locale: Locale): ConvertResult {
  const text = new TextDecoder().decode(file.bytes).replace(/^\ufeff/, '');
  const validation = validateDocument(text, { locale });
  const problems = [...validation.errors, ...validation.warnings].map((problem) =>
    fromSchemaProblem(problem, {}),
  );
  let draft: Record<string, unknown> | undefined;
  try {
    draft = JSON.parse(text) as Record<string, unknown>;
  } catch {
    draft = undefined;
  }
  return result('json', problems, locale, draft, validation.document);
}

function readWorkbook(files: InputFile[]): {
  workbook?: Workbook;
  problems: BuilderProblem[];
  format: ConvertResult['format'];
} {
  const problems: BuilderProblem[] = [];
  const first = files[0];
  const format = kindOf(first);
  if (format === 'xlsx' || format === 'ods') {
    const entries = listZip(first.bytes);
    if (typeof entries === 'string') return { problems: [failureProblem(entries)], format };
    const names = new Set(entries.map((entry) => entry.name));
    const read =
      names.has('content.xml') && !names.has('xl/workbook.xml')
        ? readOds(first.bytes, entries)
        : readXlsx(first.bytes, entries);
    if (typeof read === 'string') return { problems: [failureProblem(read)], format };
    if ('tooManyRows' in read)
      return { problems: [failureProblem('too-many-rows', read.tooManyRows)], format };
    return { workbook: read, problems, format: read.format };
  }
  // CSV: one file per sheet, named after it (Indicatoren.csv); a single file without a telling name is Indicatoren.
  const sheets: Sheet[] = [];
  for (const file of files) {
    const base = file.name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
    const def = matchSheet(base);
    if (!def && HELP_SHEET.test(base.trim())) continue;
    if (!def && files.length > 1) {
      problems.push(builderProblem('csv-unknown-sheet', { sheet: base }, { file: file.name }));
      continue;
    }
    const sheet = readCsv(file.bytes, def?.nl ?? base);
    if (sheet === 'too-many-rows')
      return { problems: [failureProblem('too-many-rows', base)], format: 'csv' };
    sheets.push(def ? sheet : { ...sheet, name: base });
  }
  return { workbook: { format: 'csv', sheets }, problems, format: 'csv' };
}

/**
 * Reads one file (or several CSV files, one per sheet) into a document. `locale` picks the language of
 * `message`; every problem also carries `messages` in both.
 */
export function convertFiles(files: InputFile[], options: { locale?: Locale } = {}): ConvertResult {
  const locale: Locale = options.locale === 'en' ? 'en' : 'nl';
  try {
    if (files.length === 0) return result('unknown', [builderProblem('empty-workbook', {})], locale);
    for (const file of files) {
      if (file.bytes.length > MAX_FILE_BYTES)
        return result(
          'unknown',
          [builderProblem('file-too-large', {}, { size: mb(file.bytes.length), limit: mb(MAX_FILE_BYTES) })],
          locale,
        );
    }
    const format = kindOf(files[0]);
    if (format === 'json') return fromJson(files[0], locale);
    if (isCompoundFile(files[0].bytes))
      return result('unknown', [builderProblem('protected-file', {})], locale);
    if (format === 'unknown' || (format === 'csv' && looksBinary(files[0].bytes)))
      return result('unknown', [builderProblem('not-a-spreadsheet', {})], locale);
    const read = readWorkbook(files);
    if (!read.workbook) return result(read.format, read.problems, locale);
    return workbookToDocument(read.workbook, locale, read.problems);
  } catch (error) {
    // A reader bug must not break the page: report the file as unreadable.
    console.error('[pc-charts builder]', error);
    return result('unknown', [builderProblem('corrupt-file', {})], locale);
  }
}

/** Converts a workbook that is already read (the tests and the template round trip use it). */
export function workbookToDocument(
  workbook: Workbook,
  locale: Locale = 'nl',
  earlier: BuilderProblem[] = [],
): ConvertResult {
  const { draft, problems, found } = workbookToDraft(workbook);
  const all = [...earlier, ...problems];
  const hasRows =
    draft.value.programmes !== undefined ||
    draft.value.goalTrees !== undefined ||
    draft.value.document !== undefined;
  if (!hasRows) {
    // Nothing read: an empty workbook, unless something already said why (a sheet without headers).
    if (!all.some((problem) => problem.severity === 'error'))
      all.push(
        builderProblem(found.size === 0 || found.has('document') ? 'empty-workbook' : 'missing-sheet', {}),
      );
    return result(workbook.format, all, locale, draft.value);
  }
  if (!found.has('document')) all.push(builderProblem('missing-sheet', {}));
  const validation = validateDocument(draft.value, { locale });
  const placed = new Set(
    all.filter((problem) => problem.cell).map((problem) => `${problem.sheet}!${problem.cell}`),
  );
  // A missing required column was said once for the sheet; not again for every row.
  const missingColumns = new Set(
    all.filter((problem) => problem.code === 'missing-column').map((problem) => problem.sheet),
  );
  for (const problem of [...validation.errors, ...validation.warnings]) {
    const where = locate(draft, problem.path);
    // One message per cell: the converter's own (which names the sheet's words) wins over the schema's.
    if (where.cell && placed.has(`${where.sheet}!${where.cell}`)) continue;
    if (problem.code === 'missing-field' && missingColumns.has(where.sheet)) continue;
    if (!found.has('document') && problem.path.startsWith('/municipality')) continue;
    if (!found.has('document') && problem.path.startsWith('/document')) continue;
    all.push(fromSchemaProblem(problem, where));
  }
  return result(workbook.format, all, locale, draft.value, validation.document);
}

/** Paths (JSON Pointers) where `b` differs from `a`: what a round trip lost or changed. */
function differences(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= 20) return out;
  if (a === b) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys)
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}/${key}`,
        out,
      );
    return out;
  }
  out.push(path || '/');
  return out;
}

/**
 * A document as .xlsx bytes in the template's layout. `problems` names (as warnings) every field the sheets
 * could not hold, found by reading the written workbook back and comparing.
 */
export function documentToXlsx(doc: PcDocument): { bytes: Uint8Array; problems: BuilderProblem[] } {
  const workbook = documentToWorkbook(doc);
  const bytes = writeXlsx(workbook);
  const back = workbookToDraft(workbook).draft.value;
  const lost = differences(doc, back).filter((path) => path !== '/$schema');
  const problems = lost.map((path) => builderProblem('lossy-field', { path }, { path }, 'warning'));
  if ((doc as { $schema?: unknown }).$schema !== undefined)
    problems.push(builderProblem('lossy-field', { path: '/$schema' }, { path: '/$schema' }, 'warning'));
  return { bytes, problems };
}

export { readWorkbook };
