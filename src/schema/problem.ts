import { type ErrorCode, interpolate, type Locale, messageFor, word } from './messages.js';

/** What every check reports: a problem with a code, a JSON Pointer and its message in nl and en. */

export type Severity = 'error' | 'warning';

/** One problem found in a document, in the data loading or in the element's attributes. */
export interface Problem {
  /** Stable code from the error catalogue, e.g. `missing-field`. */
  code: ErrorCode;
  /** JSON Pointer into the document (`/programmes/0/goals/1/finance/actual/expenses`), or `''` for the whole. */
  path: string;
  /** The message in the requested locale. */
  message: string;
  /** The message in every supported locale. */
  messages: Record<Locale, string>;
  severity: Severity;
  /** The element attribute the problem is about, for `unknown-id` and `missing-attribute`. */
  attribute?: string;
  params: Record<string, unknown>;
}

export function makeProblem(
  code: ErrorCode,
  path: string,
  params: Record<string, unknown> = {},
  severity: Severity = 'error',
  locale: Locale = 'nl',
): Problem {
  const localized = (loc: Locale) => {
    const words: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'string' && key.endsWith('Word')) words[key] = word(loc, value);
      else if (
        value &&
        typeof value === 'object' &&
        typeof (value as { sentence?: unknown }).sentence === 'string'
      ) {
        // A sentence of its own in the word table, with its own placeholders (a hint, a suggestion).
        const sentence = value as { sentence: string } & Record<string, unknown>;
        words[key] = interpolate(word(loc, sentence.sentence), sentence);
      } else words[key] = value;
    }
    for (const key of ['expected', 'actual', 'kind', 'target']) {
      if (typeof params[key] === 'string') words[key] = word(loc, params[key] as string);
    }
    return messageFor(code, loc, words);
  };
  const messages = { nl: localized('nl'), en: localized('en') };
  return { code, path, message: messages[locale], messages, severity, params };
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'number';
  return typeof value;
}

export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
