/** The problems the converter reports: where (sheet and cell, or JSON Pointer) and what, in nl and en. */
import type { Locale } from '../lib/format.js';
import type { Problem } from '../schema/problem.js';
import { type BuilderCode, builderMessage, HINTS } from './messages.js';
import { interpolate } from '../schema/messages.js';

export interface BuilderProblem {
  /** A code of the builder (messages.ts) or of the schema validator's catalogue. */
  code: string;
  severity: 'error' | 'warning';
  /** The sheet (or CSV file) the problem is on. */
  sheet?: string;
  /** The cell, e.g. `D7`; absent when the problem is about a whole sheet or file. */
  cell?: string;
  /** JSON Pointer into the document, for JSON input and for problems the schema validator found. */
  path?: string;
  message: string;
  messages: Record<Locale, string>;
}

/** Quotes a sheet name the way Excel does in references when it holds more than letters and digits. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}0-9_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Where a problem is, as a person finds it: `Indicatoren!D7`, `Indicatoren`, or the JSON Pointer. */
export function problemPlace(problem: BuilderProblem): string {
  if (problem.sheet !== undefined)
    return problem.cell ? `${sheetRef(problem.sheet)}!${problem.cell}` : sheetRef(problem.sheet);
  return problem.path ?? '';
}

/** `Indicatoren!D7: "12,3 procent" is geen getal; …` */
export function formatProblem(problem: BuilderProblem, locale: Locale = 'nl'): string {
  const place = problemPlace(problem);
  const message = problem.messages[locale] ?? problem.message;
  return place ? `${place}: ${message}` : message;
}

export type Localized = Record<Locale, string>;

export function builderProblem(
  code: BuilderCode,
  where: { sheet?: string; cell?: string; path?: string },
  params: Record<string, unknown> = {},
  severity: 'error' | 'warning' = 'error',
): BuilderProblem {
  const messages = {} as Record<Locale, string>;
  for (const locale of ['nl', 'en'] as const) {
    const filled: Record<string, unknown> = { ...params };
    // A parameter given in both languages ({ nl, en }: a column header, "zonder jaartal") takes this one.
    for (const [key, value] of Object.entries(params))
      if (value && typeof value === 'object' && locale in value) filled[key] = (value as Localized)[locale];
    if (typeof params.hint === 'string') filled.hint = interpolate(HINTS[locale][params.hint] ?? '', params);
    messages[locale] = builderMessage(code, locale, filled);
  }
  return { code, severity, ...where, message: messages.nl, messages };
}

/** A problem of the schema validator, placed on a sheet and cell when the converter knows where it came from. */
export function fromSchemaProblem(
  problem: Problem,
  where: { sheet?: string; cell?: string },
): BuilderProblem {
  return {
    code: problem.code,
    severity: problem.severity,
    ...where,
    path: problem.path,
    message: problem.messages.nl,
    messages: problem.messages,
  };
}

/** Sets each problem's `message` to the given language (`messages` keeps both). */
export function localizeProblems(problems: BuilderProblem[], locale: Locale): BuilderProblem[] {
  return problems.map((problem) => ({ ...problem, message: problem.messages[locale] }));
}
