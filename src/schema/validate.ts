import { compileSchema } from './schema-check.js';
import { schema } from './schema-stripped.generated.js';
import { type ErrorCode, type Locale } from './messages.js';
import type { PcDocument } from './types.js';
import { makeProblem, preview, typeName, type Problem } from './problem.js';
import { MAX_DEPTH, MAX_ERRORS, structuralProblems } from './structure.js';
import { dedupe, schemaProblem } from './schema-problems.js';
import { semanticProblems } from './semantic.js';

/*
 * validateDocument in three passes, one module each: structure.ts (hostile shapes, before anything else reads
 * the value), the schema walk with schema-problems.ts (our codes for its errors), semantic.ts (what the schema
 * cannot say). This module parses text, runs them, caches per document object and localises the messages.
 */
export { escapePointer } from './schema-check.js';
export { makeProblem, type Problem, type Severity } from './problem.js';
export { MAX_DEPTH } from './structure.js';
export { parseNumberText } from './schema-problems.js';
export { exceedsRounding } from './semantic.js';

const schemaValidate = compileSchema(schema);

export interface ValidationResult {
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The validated document when `ok`. */
  document?: PcDocument;
}

/** Texts larger than this are refused before parsing (5 MB). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Parses JSON text with a size cap. Never throws. */
export function parseJsonText(text: string): { value?: unknown; problem?: Problem } {
  if (text.length > MAX_TEXT_BYTES) {
    return {
      problem: makeProblem('too-large', '', {
        size: formatBytes(text.length),
        limit: formatBytes(MAX_TEXT_BYTES),
      }),
    };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'parse error';
    return { problem: makeProblem('not-json', '', { detail }) };
  }
}

function localize(problems: Problem[], locale: Locale): Problem[] {
  return problems.map((problem) => ({ ...problem, message: problem.messages[locale] }));
}

const cache = new WeakMap<object, ValidationResult>();

function validateObject(value: object): ValidationResult {
  const cached = cache.get(value);
  if (cached) return cached;
  const result = validateUncached(value);
  cache.set(value, result);
  return result;
}

function validateUncached(value: object): ValidationResult {
  const structural = structuralProblems(value);
  if (structural.length > 0) return { ok: false, errors: structural, warnings: [] };
  const version = (value as Record<string, unknown>).schemaVersion;
  if (version !== undefined && version !== 1) {
    return {
      ok: false,
      errors: [makeProblem('schema-version', '/schemaVersion', { actual: preview(version) })],
      warnings: [],
    };
  }
  if (!schemaValidate(value)) {
    const errors = dedupe((schemaValidate.errors ?? []).map((error) => schemaProblem(error, value))).slice(
      0,
      MAX_ERRORS,
    );
    return { ok: false, errors, warnings: [] };
  }
  const doc = value as PcDocument;
  const { errors, warnings } = semanticProblems(doc);
  return errors.length > 0
    ? { ok: false, errors, warnings }
    : { ok: true, errors: [], warnings, document: doc };
}

/**
 * Validates a pc-charts document: a parsed value or JSON text.
 * Returns `{ ok, errors, warnings }` where each problem has a JSON Pointer `path`, a stable `code` and a
 * readable `message` (Dutch by default, `{ locale: 'en' }` for English). Never throws, never evaluates code.
 */
export function validateDocument(value: unknown, options: { locale?: Locale } = {}): ValidationResult {
  const locale: Locale = options.locale === 'en' ? 'en' : 'nl';
  try {
    let input = value;
    if (typeof input === 'string') {
      const parsed = parseJsonText(input);
      if (parsed.problem) return { ok: false, errors: localize([parsed.problem], locale), warnings: [] };
      input = parsed.value;
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      const problem = makeProblem('not-an-object', '', { actual: typeName(input) });
      return { ok: false, errors: localize([problem], locale), warnings: [] };
    }
    const result = validateObject(input);
    return {
      ...result,
      errors: localize(result.errors, locale),
      warnings: localize(result.warnings, locale),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'unknown';
    const code: ErrorCode = error instanceof RangeError ? 'too-deep' : 'internal-error';
    return {
      ok: false,
      errors: localize([makeProblem(code, '', { detail, limit: MAX_DEPTH })], locale),
      warnings: [],
    };
  }
}
