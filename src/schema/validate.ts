import { compileSchema, escapePointer, type SchemaError } from './schema-check.js';
import { schema } from './schema-validator.generated.js';

const schemaValidate = compileSchema(schema);
import { type ErrorCode, type Locale, messageFor, word } from './messages.js';
import type { Amounts, Finance, GoalNode, PcDocument } from './types.js';
import { AMOUNT_MEASURES } from './types.js';

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

export interface ValidationResult {
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The validated document when `ok`. */
  document?: PcDocument;
}

/** Texts larger than this are refused before parsing (5 MB). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
/** Deeper nesting than this is refused (a real goal tree is under 10 levels). */
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ERRORS = 50;

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
      words[key] = typeof value === 'string' && key.endsWith('Word') ? word(loc, value) : value;
    }
    for (const key of ['expected', 'actual', 'kind', 'target']) {
      if (typeof params[key] === 'string') words[key] = word(loc, params[key] as string);
    }
    return messageFor(code, loc, words);
  };
  const messages = { nl: localized('nl'), en: localized('en') };
  return { code, path, message: messages[locale], messages, severity, params };
}

export { escapePointer };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'number';
  return typeof value;
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

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

/** A Dutch- or English-written number in a string, as a number; undefined when it is not one. */
export function parseNumberText(text: string): number | undefined {
  const cleaned = text.replace(/[€%\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned))
    return Number(cleaned.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(cleaned)) return Number(cleaned.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return undefined;
}

/**
 * Walks the raw value before schema validation: refuses `__proto__`/`constructor`/`prototype` keys,
 * non-finite numbers, circular references and extreme nesting, so that hostile input never reaches the renderer.
 */
interface Frame {
  value: unknown;
  depth: number;
  /** Where the value sits: the JSON Pointer is built only for a problem (most documents have none). */
  up?: Frame;
  key?: string;
  exit?: boolean;
}

function framePath(frame: Frame): string {
  let path = '';
  for (let at: Frame | undefined = frame; at?.up; at = at.up) path = `/${escapePointer(at.key!)}${path}`;
  return path;
}

function structuralProblems(root: object): Problem[] {
  const problems: Problem[] = [];
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value: root, depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_ERRORS) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (frame.exit) {
      onPath.delete(value as object);
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push(makeProblem('not-finite', framePath(frame), { value: String(value) }));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (onPath.has(value) || depth > MAX_DEPTH) {
      problems.push(makeProblem('too-deep', framePath(frame), { limit: MAX_DEPTH }));
      continue;
    }
    onPath.add(value);
    stack.push({ value, depth, exit: true });
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const child: Frame = {
        value: (value as Record<string, unknown>)[key],
        depth: depth + 1,
        up: frame,
        key,
      };
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(makeProblem('forbidden-key', framePath(child), { field: key }));
        continue;
      }
      stack.push(child);
    }
  }
  return problems;
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

const FORMAT_HINTS: Array<[RegExp, string]> = [
  [/\/(period)$/, 'periode: 2024, 2024-Q3, 2024-H2 of 2024-03'],
  [/\/referenceDate$/, 'datum: JJJJ-MM-DD'],
  [/\/url$/, 'http(s)-adres'],
  [/\/code$/, 'CBS-code: GM0637'],
  [/\/currency$/, 'valutacode: EUR'],
];

function formatHint(path: string): string {
  for (const [pattern, hint] of FORMAT_HINTS) if (pattern.test(path)) return hint;
  return 'id: letters, cijfers, . _ : -';
}

function schemaProblem(error: SchemaError, root: unknown): Problem {
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
      return makeProblem('invalid-format', path, { value: preview(value), format: formatHint(path) });
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
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.code === 'missing-field' || problem.code === 'unknown-field' ? problem.code : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sumParts(amounts: Amounts): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (const measure of AMOUNT_MEASURES) {
    if (measure === 'balance') continue;
    const value = amounts[measure];
    if (typeof value === 'number') {
      sum += value;
      count += 1;
    }
  }
  return { sum, count };
}

/** Differences up to one unit per summed value are rounding in the source and stay silent. */
export function exceedsRounding(stated: number, sum: number, summedValues: number): boolean {
  return Math.abs(stated - sum) > Math.max(1, summedValues) + 1e-9;
}

function financeWarnings(finance: Finance | undefined, path: string, out: Problem[]): void {
  if (!finance) return;
  for (const scenario of ['actual', 'budget', 'budgetOriginal'] as const) {
    const amounts = finance[scenario];
    if (!amounts || typeof amounts.balance !== 'number') continue;
    const { sum, count } = sumParts(amounts);
    if (count > 0 && exceedsRounding(amounts.balance, sum, count)) {
      out.push(
        makeProblem(
          'balance-mismatch',
          `${path}/${scenario}/balance`,
          { balance: amounts.balance, sum, difference: Math.abs(amounts.balance - sum) },
          'warning',
        ),
      );
    }
  }
}

interface NodeEntry {
  node: GoalNode;
  path: string;
}

function semanticProblems(doc: PcDocument): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const ids = new Map<string, string>();
  const indicatorIds = new Set<string>();
  const nodes = new Map<string, NodeEntry>();
  const claim = (id: string, path: string) => {
    const first = ids.get(id);
    if (first !== undefined) errors.push(makeProblem('duplicate-id', `${path}/id`, { id, firstPath: first }));
    else ids.set(id, `${path}/id`);
  };

  financeWarnings(doc.document.totals, '/document/totals', warnings);
  (doc.programmes ?? []).forEach((programme, p) => {
    const pPath = `/programmes/${p}`;
    claim(programme.id, pPath);
    financeWarnings(programme.finance, `${pPath}/finance`, warnings);
    programme.goals.forEach((goal, g) => {
      const gPath = `${pPath}/goals/${g}`;
      claim(goal.id, gPath);
      financeWarnings(goal.finance, `${gPath}/finance`, warnings);
      (goal.indicators ?? []).forEach((indicator, i) => {
        const iPath = `${gPath}/indicators/${i}`;
        claim(indicator.id, iPath);
        indicatorIds.add(indicator.id);
        const periods = new Set<string>();
        indicator.values.forEach((value, v) => {
          if (periods.has(value.period)) {
            errors.push(
              makeProblem('duplicate-period', `${iPath}/values/${v}/period`, { period: value.period }),
            );
          }
          periods.add(value.period);
        });
      });
    });
    totalWarnings(programme, pPath, warnings);
  });

  (doc.goalTrees ?? []).forEach((tree, t) => {
    const tPath = `/goalTrees/${t}`;
    claim(tree.id, tPath);
    const stack: NodeEntry[] = [{ node: tree.root, path: `${tPath}/root` }];
    while (stack.length > 0) {
      const entry = stack.pop()!;
      claim(entry.node.id, entry.path);
      if (!nodes.has(entry.node.id)) nodes.set(entry.node.id, entry);
      const children = entry.node.children ?? [];
      for (let c = children.length - 1; c >= 0; c--)
        stack.push({ node: children[c], path: `${entry.path}/children/${c}` });
    }
  });

  for (const { node, path } of nodes.values()) {
    if (node.indicatorRef !== undefined && !indicatorIds.has(node.indicatorRef)) {
      errors.push(
        makeProblem('unknown-reference', `${path}/indicatorRef`, {
          id: node.indicatorRef,
          target: 'indicator',
        }),
      );
    }
    (node.contributesTo ?? []).forEach((target, k) => {
      if (!nodes.has(target)) {
        errors.push(
          makeProblem('unknown-reference', `${path}/contributesTo/${k}`, { id: target, target: 'node' }),
        );
      }
    });
  }
  errors.push(...cycleProblems(nodes));
  return { errors, warnings };
}

function totalWarnings(
  programme: PcDocument['programmes'] extends (infer P)[] | undefined ? P : never,
  path: string,
  out: Problem[],
) {
  const finance = programme.finance;
  if (!finance || programme.goals.length === 0) return;
  for (const scenario of ['actual', 'budget', 'budgetOriginal'] as const) {
    const total = finance[scenario];
    if (!total) continue;
    for (const measure of AMOUNT_MEASURES) {
      const stated = total[measure];
      if (typeof stated !== 'number') continue;
      const parts = programme.goals.map((goal) => goal.finance?.[scenario]?.[measure]);
      if (parts.some((part) => typeof part !== 'number')) continue;
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (exceedsRounding(stated, sum, parts.length)) {
        out.push(
          makeProblem(
            'total-mismatch',
            `${path}/finance/${scenario}/${measure}`,
            { total: stated, sum, difference: Math.abs(stated - sum) },
            'warning',
          ),
        );
      }
    }
  }
}

/** A `contributesTo` graph must be acyclic: "A contributes to B contributes to A" has no meaning. */
function cycleProblems(nodes: Map<string, NodeEntry>): Problem[] {
  const problems: Problem[] = [];
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const start of nodes.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const iterators: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, 1);
    path.push(start);
    while (iterators.length > 0) {
      const top = iterators[iterators.length - 1];
      const targets = nodes.get(top.id)?.node.contributesTo ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 2);
        iterators.pop();
        path.pop();
        continue;
      }
      const k = top.next++;
      const target = targets[k];
      if (!nodes.has(target)) continue;
      const seen = state.get(target);
      if (seen === 1) {
        const cycle = [...path.slice(path.indexOf(target)), target].join(' → ');
        problems.push(
          makeProblem('contributes-cycle', `${nodes.get(top.id)!.path}/contributesTo/${k}`, { cycle }),
        );
      } else if (seen === undefined) {
        state.set(target, 1);
        path.push(target);
        iterators.push({ id: target, next: 0 });
      }
    }
  }
  return problems;
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
