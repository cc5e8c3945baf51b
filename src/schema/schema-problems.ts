import { escapePointer, type SchemaError } from './schema-check.js';
import { makeProblem, preview, typeName, type Problem } from './problem.js';

/** Turns the schema walk's errors into problems with our codes, values and hints. */

/** A Dutch- or English-written number in a string, as a number; undefined when it is not one. */
export function parseNumberText(text: string): number | undefined {
  const cleaned = text.replace(/[€%\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned))
    return Number(cleaned.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(cleaned)) return Number(cleaned.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return undefined;
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Which form a string must have, by where it is: a key of the word table (messages.ts WORDS), nl and en. */
const FORMAT_HINTS: Array<[RegExp, string]> = [
  [/\/(period)$/, 'format:period'],
  [/\/referenceDate$/, 'format:date'],
  [/\/url$/, 'format:url'],
  [/\/code$/, 'format:cbs'],
  [/\/currency$/, 'format:currency'],
];

function formatHint(path: string): string {
  for (const [pattern, hint] of FORMAT_HINTS) if (pattern.test(path)) return hint;
  return 'format:id';
}

export function schemaProblem(error: SchemaError, root: unknown): Problem {
  const path = error.instancePath;
  const value = valueAt(root, path);
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return makeProblem('missing-field', `${path}/${escapePointer(field)}`, { field });
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      return makeProblem('unknown-field', `${path}/${escapePointer(field)}`, { field });
    }
    case 'type': {
      const expectedTypes = Array.isArray(params.type) ? (params.type as string[]) : [String(params.type)];
      const expected = expectedTypes.join(' or ');
      if (typeof value === 'string' && expectedTypes.some((t) => t === 'number' || t === 'integer')) {
        const parsed = parseNumberText(value);
        if (parsed !== undefined) {
          return makeProblem('number-as-text', path, { value, suggestion: String(parsed) });
        }
      }
      return makeProblem('wrong-type', path, { expected, actual: typeName(value) });
    }
    case 'const':
      if (path === '/schemaVersion') return makeProblem('schema-version', path, { actual: preview(value) });
      return makeProblem('not-allowed-value', path, {
        value: preview(value),
        allowed: preview(params.allowedValue),
      });
    case 'enum':
      return makeProblem('not-allowed-value', path, {
        value: preview(value),
        allowed: ((params.allowedValues as unknown[]) ?? []).map((v) => preview(v)).join(', '),
      });
    case 'pattern':
      if (typeof value === 'string' && value.trim() === '') return makeProblem('empty-text', path);
      return makeProblem('invalid-format', path, { value: preview(value), formatWord: formatHint(path) });
    case 'minimum':
    case 'maximum':
      return makeProblem('out-of-range', path, {
        value: preview(value),
        range: `${error.keyword} ${String(params.limit)}`,
      });
    case 'maxLength':
      return makeProblem('too-long', path, {
        length: typeof value === 'string' ? value.length : 0,
        limit: params.limit,
      });
    case 'minLength':
      return makeProblem('empty-text', path);
    default:
      return makeProblem('wrong-type', path, { expected: error.keyword, actual: typeName(value) });
  }
}

/** Ajv reports both the `type` and the `enum` of a wrong value; keep the first, most useful one per path. */
export function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.code === 'missing-field' || problem.code === 'unknown-field' ? problem.code : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
