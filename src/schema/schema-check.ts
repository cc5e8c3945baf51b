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

/** Whether the value has one of the types (a loop, not `some`: this runs for nearly every value). */
function typesOk(types: string[], value: unknown): boolean {
  for (let i = 0; i < types.length; i++) if (typeOk(types[i], value)) return true;
  return false;
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

/**
 * A schema node compiled once, every keyword in the same fields: the walk below runs per value of a 5,000-node
 * document, and objects of one shape keep its property reads fast even before the JIT has warmed up.
 */
interface Compiled {
  /** The schema node itself: error parameters quote it. */
  s: Node;
  /** The `$defs` entry a `$ref` points at. */
  ref: string | undefined;
  types: string[] | undefined;
  maximum: number | undefined;
  minimum: number | undefined;
  maxLength: number | undefined;
  minLength: number | undefined;
  pattern: RegExp | undefined;
  items: Sub | undefined;
  required: string[] | undefined;
  closed: boolean;
  /** `properties`: names in the schema's order, their subschemas at the same index, and the names as a set. */
  propKeys: string[];
  propSubs: Sub[];
  propNames: Set<string>;
  patterns: Array<[RegExp, Sub]> | undefined;
  hasConst: boolean;
  options: unknown[] | undefined;
}

type Sub = Compiled | boolean;

/** Reads a schema node's keywords into a `Compiled`, its subschemas too (a `$ref` stays a name). */
function compile(schema: Schema): Sub {
  if (typeof schema === 'boolean') return schema;
  const s = schema;
  const props = s.properties as Record<string, Schema> | undefined;
  const patternProps = s.patternProperties as Record<string, Schema> | undefined;
  return {
    s,
    ref: typeof s.$ref === 'string' ? s.$ref.slice(8) : undefined,
    types:
      s.type === undefined ? undefined : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string],
    maximum: s.maximum as number | undefined,
    minimum: s.minimum as number | undefined,
    maxLength: s.maxLength as number | undefined,
    minLength: s.minLength as number | undefined,
    pattern: typeof s.pattern === 'string' ? new RegExp(s.pattern, 'u') : undefined,
    items: s.items === undefined ? undefined : compile(s.items as Schema),
    required: s.required as string[] | undefined,
    closed: s.additionalProperties === false,
    propKeys: Object.keys(props ?? {}),
    propSubs: Object.values(props ?? {}).map(compile),
    propNames: new Set(Object.keys(props ?? {})),
    patterns:
      patternProps && Object.entries(patternProps).map(([re, sub]) => [new RegExp(re, 'u'), compile(sub)]),
    hasConst: 'const' in s,
    options: Array.isArray(s.enum) ? s.enum : undefined,
  };
}

/** Compiles `root` (annotations already stripped) into a validation function with Ajv's interface. */
export function compileSchema(root: Node): SchemaValidateFunction {
  const defs = new Map(
    Object.entries((root.$defs ?? {}) as Record<string, Schema>).map(([name, sub]) => [name, compile(sub)]),
  );
  const top = compile(root);

  // A value's place is its parent's Loc and its key (none for the root): a Loc object is made only for a value
  // with children, or for an error. Most values are strings and numbers without either.
  type Key = string | number | undefined;
  const locOf = (up: Loc, key: Key): Loc => (key === undefined ? up : { up, key });
  const fail = (
    errors: SchemaError[],
    up: Loc,
    key: Key,
    keyword: string,
    params: Record<string, unknown>,
  ) => {
    errors.push({ instancePath: pointer(locOf(up, key)), keyword, params });
  };

  const check = (c: Sub, value: unknown, up: Loc, at: Key, errors: SchemaError[]): void => {
    if (c === true) return;
    if (c === false) return fail(errors, up, at, 'false schema', {});
    if (c.ref !== undefined) check(defs.get(c.ref) ?? true, value, up, at, errors);
    if (c.types && !typesOk(c.types, value)) fail(errors, up, at, 'type', { type: c.s.type });
    if (typeof value === 'number') {
      if (c.maximum !== undefined && !(value <= c.maximum)) {
        fail(errors, up, at, 'maximum', { comparison: '<=', limit: c.maximum });
      }
      if (c.minimum !== undefined && !(value >= c.minimum)) {
        fail(errors, up, at, 'minimum', { comparison: '>=', limit: c.minimum });
      }
    }
    if (typeof value === 'string') {
      // Code points are at most the UTF-16 length and at least half of it: count only when it can matter.
      const max = c.maxLength;
      const min = c.minLength;
      if (max !== undefined && value.length > max && codePoints(value) > max)
        fail(errors, up, at, 'maxLength', { limit: max });
      if (min !== undefined && value.length < 2 * min && codePoints(value) < min)
        fail(errors, up, at, 'minLength', { limit: min });
      if (c.pattern && !c.pattern.test(value)) fail(errors, up, at, 'pattern', { pattern: c.s.pattern });
    }
    if (Array.isArray(value) && c.items !== undefined) {
      const loc = locOf(up, at);
      // Every index, holes included (a sparse array from script has undefined items, as Ajv sees them).
      for (let i = 0; i < value.length; i += 1) check(c.items, value[i], loc, i, errors);
    }
    if (typeOk('object', value)) {
      const obj = value as Node;
      const required = c.required ?? [];
      for (let i = 0; i < required.length; i++) {
        if (obj[required[i]] === undefined)
          fail(errors, up, at, 'required', { missingProperty: required[i] });
      }
      const keys = Object.keys(obj);
      if (c.closed) {
        for (const key of keys) {
          const known = c.propNames.has(key) || c.patterns?.some(([re]) => re.test(key));
          if (!known) fail(errors, up, at, 'additionalProperties', { additionalProperty: key });
        }
      }
      const loc = locOf(up, at);
      for (let i = 0; i < c.propKeys.length; i++) {
        const key = c.propKeys[i];
        if (obj[key] !== undefined) check(c.propSubs[i], obj[key], loc, key, errors);
      }
      for (const [re, sub] of c.patterns ?? []) {
        for (const key of keys) if (re.test(key)) check(sub, obj[key], loc, key, errors);
      }
    }
    if (c.hasConst && !equal(value, c.s.const)) fail(errors, up, at, 'const', { allowedValue: c.s.const });
    if (c.options && !c.options.some((option) => equal(value, option))) {
      fail(errors, up, at, 'enum', { allowedValues: c.options });
    }
  };

  const validate: SchemaValidateFunction = (data: unknown): boolean => {
    const errors: SchemaError[] = [];
    check(top, data, null, undefined, errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
