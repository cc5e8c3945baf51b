/**
 * A small interpreter for the JSON Schema keywords that pc-document.schema.json uses (type, const, enum,
 * required, properties, patternProperties, additionalProperties, items, minLength, maxLength, pattern,
 * minimum, maximum, $ref to #/$defs). It reports errors in Ajv's shape and order (instancePath, keyword,
 * params), so validate.ts reads them exactly as it read Ajv's precompiled output, at a tenth of the bytes.
 * It evaluates no code at runtime, so it runs under a strict Content Security Policy.
 * test/node/schema-check.test.mjs checks it against Ajv itself on the datasets and thousands of mutations.
 */

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface SchemaValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

type Schema = boolean | { [keyword: string]: unknown };
type Node = Record<string, unknown>;

/** A key as a JSON Pointer segment (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

function typeOk(type: string, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/** Deep equality for `const` and `enum` (our values are primitives; objects compare structurally). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => equal((a as Node)[k], (b as Node)[k]));
}

/** Length in code points, as JSON Schema counts it (an emoji is one character). */
function codePoints(text: string): number {
  return Array.from(text).length;
}

/** Where a value sits, as a chain of keys: the JSON Pointer is only spelled out when an error needs it. */
type Loc = { up: Loc; key: string | number } | null;

function pointer(loc: Loc): string {
  let path = '';
  for (let at = loc; at; at = at.up) path = `/${escapePointer(at.key)}${path}`;
  return path;
}

/** A schema node with its keyword values read once: the walk below runs per value of a 5,000-node document. */
interface Prepared {
  s: Node;
  types?: string[];
  props?: Array<[string, Schema]>;
  propNames?: Set<string>;
  patterns?: Array<[RegExp, Schema]>;
  pattern?: RegExp;
}

/** Compiles `root` (annotations already stripped) into a validation function with Ajv's interface. */
export function compileSchema(root: Node): SchemaValidateFunction {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const prepared = new WeakMap<Node, Prepared>();
  const prepare = (s: Node): Prepared => {
    let p = prepared.get(s);
    if (p) return p;
    const props = s.properties as Record<string, Schema> | undefined;
    const patternProps = s.patternProperties as Record<string, Schema> | undefined;
    p = {
      s,
      types:
        s.type === undefined ? undefined : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string],
      props: props && Object.entries(props),
      propNames: props && new Set(Object.keys(props)),
      patterns: patternProps && Object.entries(patternProps).map(([re, sub]) => [new RegExp(re, 'u'), sub]),
      pattern: typeof s.pattern === 'string' ? new RegExp(s.pattern, 'u') : undefined,
    };
    prepared.set(s, p);
    return p;
  };

  const check = (schema: Schema, value: unknown, loc: Loc, errors: SchemaError[]): void => {
    const fail = (keyword: string, params: Record<string, unknown>): void => {
      errors.push({ instancePath: pointer(loc), keyword, params });
    };
    if (schema === true) return;
    if (schema === false) return fail('false schema', {});
    const p = prepare(schema);
    const s = schema;
    if (typeof s.$ref === 'string') check(defs[s.$ref.slice(8)] ?? true, value, loc, errors);
    if (p.types && !p.types.some((t) => typeOk(t, value))) fail('type', { type: s.type });
    if (typeof value === 'number') {
      if (typeof s.maximum === 'number' && !(value <= s.maximum)) {
        fail('maximum', { comparison: '<=', limit: s.maximum });
      }
      if (typeof s.minimum === 'number' && !(value >= s.minimum)) {
        fail('minimum', { comparison: '>=', limit: s.minimum });
      }
    }
    if (typeof value === 'string') {
      // Code points are at most the UTF-16 length and at least half of it: count only when it can matter.
      const max = s.maxLength as number | undefined;
      const min = s.minLength as number | undefined;
      if (max !== undefined && value.length > max && codePoints(value) > max)
        fail('maxLength', { limit: max });
      if (min !== undefined && value.length < 2 * min && codePoints(value) < min)
        fail('minLength', { limit: min });
      if (p.pattern && !p.pattern.test(value)) fail('pattern', { pattern: s.pattern });
    }
    if (Array.isArray(value) && s.items !== undefined) {
      // Every index, holes included (a sparse array from script has undefined items, as Ajv sees them).
      for (let i = 0; i < value.length; i += 1)
        check(s.items as Schema, value[i], { up: loc, key: i }, errors);
    }
    if (typeOk('object', value)) {
      const obj = value as Node;
      for (const key of (s.required as string[] | undefined) ?? []) {
        if (obj[key] === undefined) fail('required', { missingProperty: key });
      }
      const keys = Object.keys(obj);
      if (s.additionalProperties === false) {
        for (const key of keys) {
          const known = p.propNames?.has(key) || p.patterns?.some(([re]) => re.test(key));
          if (!known) fail('additionalProperties', { additionalProperty: key });
        }
      }
      for (const [key, sub] of p.props ?? []) {
        if (obj[key] !== undefined) check(sub, obj[key], { up: loc, key }, errors);
      }
      for (const [re, sub] of p.patterns ?? []) {
        for (const key of keys) if (re.test(key)) check(sub, obj[key], { up: loc, key }, errors);
      }
    }
    if ('const' in s && !equal(value, s.const)) fail('const', { allowedValue: s.const });
    if (Array.isArray(s.enum) && !s.enum.some((option) => equal(value, option))) {
      fail('enum', { allowedValues: s.enum });
    }
  };

  const validate: SchemaValidateFunction = (data: unknown): boolean => {
    const errors: SchemaError[] = [];
    check(root, data, null, errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
