/**
 * The data builder's converter, for the builder page, the command line and scripts:
 * spreadsheets (.xlsx, .ods, .csv) and JSON → a pc-charts document with problems placed on sheet and cell;
 * a document → .xlsx; the template.
 */
export { convertFiles, documentToXlsx, workbookToDocument, MAX_FILE_BYTES, summarize } from './convert.js';
export type { ConvertResult, InputFile, Summary } from './convert.js';
export { templateWorkbook, sheetToCsv, helpSheet } from './template.js';
export { writeXlsx } from './write-xlsx.js';
export { documentToWorkbook } from './from-document.js';
export { formatProblem, problemPlace, type BuilderProblem } from './problems.js';
export { SHEETS, normalizeHeader } from './columns.js';
export { parseDutchNumber } from './cells.js';
export { BUILDER_CODES, BUILDER_MESSAGES } from './messages.js';
export type { Workbook, Sheet, Cell } from './workbook.js';
