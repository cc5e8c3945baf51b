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

/** Compiles `root` (annotations already stripped) into a validation function with Ajv's interface. */
export function compileSchema(root: Node): SchemaValidateFunction {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const patterns = new Map<string, RegExp>();
  const regex = (source: string): RegExp => {
    let re = patterns.get(source);
    if (!re) patterns.set(source, (re = new RegExp(source, 'u')));
    return re;
  };

  const check = (schema: Schema, value: unknown, path: string, errors: SchemaError[]): void => {
    const fail = (keyword: string, params: Record<string, unknown>, where = path): void => {
      errors.push({ instancePath: where, keyword, params });
    };
    if (schema === true) return;
    if (schema === false) return fail('false schema', {});
    const s = schema;
    if (typeof s.$ref === 'string') {
      const name = s.$ref.replace('#/$defs/', '');
      check(defs[name] ?? true, value, path, errors);
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => typeOk(t, value))) {
        fail('type', { type: s.type });
      }
    }
    if (typeof value === 'number') {
      if (typeof s.maximum === 'number' && !(value <= s.maximum)) {
        fail('maximum', { comparison: '<=', limit: s.maximum });
      }
      if (typeof s.minimum === 'number' && !(value >= s.minimum)) {
        fail('minimum', { comparison: '>=', limit: s.minimum });
      }
    }
    if (typeof value === 'string') {
      if (typeof s.maxLength === 'number' && codePoints(value) > s.maxLength)
        fail('maxLength', { limit: s.maxLength });
      if (typeof s.minLength === 'number' && codePoints(value) < s.minLength)
        fail('minLength', { limit: s.minLength });
      if (typeof s.pattern === 'string' && !regex(s.pattern).test(value))
        fail('pattern', { pattern: s.pattern });
    }
    if (Array.isArray(value) && s.items !== undefined) {
      // Every index, holes included (a sparse array from script has undefined items, as Ajv sees them).
      for (let i = 0; i < value.length; i += 1) {
        check(s.items as Schema, value[i], `${path}/${i}`, errors);
      }
    }
    if (typeOk('object', value)) {
      const obj = value as Node;
      for (const key of (s.required as string[] | undefined) ?? []) {
        if (obj[key] === undefined) fail('required', { missingProperty: key });
      }
      const props = s.properties as Record<string, Schema> | undefined;
      const patternProps = s.patternProperties as Record<string, Schema> | undefined;
      if (s.additionalProperties === false) {
        for (const key of Object.keys(obj)) {
          const known =
            (props !== undefined && Object.hasOwn(props, key)) ||
            Object.keys(patternProps ?? {}).some((p) => regex(p).test(key));
          if (!known) fail('additionalProperties', { additionalProperty: key });
        }
      }
      for (const [key, sub] of Object.entries(props ?? {})) {
        if (obj[key] !== undefined) check(sub, obj[key], `${path}/${escapePointer(key)}`, errors);
      }
      for (const [pattern, sub] of Object.entries(patternProps ?? {})) {
        for (const key of Object.keys(obj)) {
          if (regex(pattern).test(key)) {
            check(sub, obj[key], `${path}/${escapePointer(key)}`, errors);
          }
        }
      }
    }
    if ('const' in s && !equal(value, s.const)) fail('const', { allowedValue: s.const });
    if (Array.isArray(s.enum) && !s.enum.some((option) => equal(value, option))) {
      fail('enum', { allowedValues: s.enum });
    }
  };

  const validate: SchemaValidateFunction = (data: unknown): boolean => {
    const errors: SchemaError[] = [];
    check(root, data, '', errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
