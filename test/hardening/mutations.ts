// Mutations of the real datasets for the generated-documents suite: types flipped, numbers set to
// NaN, ±Infinity, 1e15, -0, 1e-12, strings of 10,000 characters, RTL text, emoji, bidi control characters, deep
// nesting, 5,000 goals. A mutation is plain data (fast-check generates it) so that a failing case can be printed.
import fc from 'fast-check';
import { syntheticTree } from '../support/synthetic-tree.js';

/** Values a number can be set to: the list, the limits of a double, and any double fast-check draws. */
export const SPECIAL_NUMBERS: ReadonlyArray<[string, number]> = [
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['1e15', 1e15],
  ['-1e15', -1e15],
  ['-0', -0],
  ['1e-12', 1e-12],
  ['-1e-12', -1e-12],
  ['0', 0],
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['MAX_VALUE', Number.MAX_VALUE],
  ['MIN_VALUE', Number.MIN_VALUE],
  ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
  ['0.1+0.2', 0.1 + 0.2],
];

const RTL = 'ترتيب الأهداف والميزانية برنامج ٢ — תקציב העירייה';
const EMOJI = '👩‍👩‍👧‍👦 Jeugd 🇳🇱 zorg 💶📈 🏳️‍🌈';
const BIDI = '\u202eetadpu\u202c \u2066isolaat\u2069 \u200fRLM\u200e \u2067x\u2069 \u202bembed\u202c';
const COMBINING = 'Z̴̧̛a̵͇͝l̶̳̀g̷̰͘o̵̦̓ tekst';
const ZERO_WIDTH = '\u200b\u200c\u200d\ufeffOnzichtbaar\u2060';
/** 10,000 characters of words, with spaces so that wrapping code gets a chance (and one 10,000-character word). */
const LONG_WORDS = 'gezondheidsbevordering '.repeat(435).slice(0, 10000);
const LONG_WORD = 'a'.repeat(10000);

export const SPECIAL_STRINGS: ReadonlyArray<[string, string]> = [
  ['rtl', RTL],
  ['emoji', EMOJI],
  ['bidi', BIDI],
  ['combining', COMBINING],
  ['zero-width', ZERO_WIDTH],
  ['10k-words', LONG_WORDS],
  ['10k-word', LONG_WORD],
  ['number-text-comma', '12,5'],
  ['number-text-euro', '€ 3.396'],
  ['number-text-percent', '48,9 %'],
  ['empty', ''],
  ['space', ' '],
  ['newlines', 'regel 1\n\nregel 2\n- punt'],
  ['markdown', '[Regiovisie Huiselijk Geweld](#) en *Kunst op Recept* **vet**'],
  ['braces', '{title} {count} {amount} ${x}'],
  ['html', '<b>vet</b> &amp; &lt;'],
];

/** Where a mutation lands: a path of the kind the mutation needs, preferably inside the part the component shows. */
export interface Place {
  /** Index into the candidate paths (taken modulo their number). */
  pick: number;
  /** Prefer paths inside the component's focus (e.g. the selected programme). */
  focus: boolean;
}

export type Mutation =
  | { kind: 'number'; place: Place; label: string; value: number }
  | { kind: 'string'; place: Place; label: string; value: string }
  | {
      kind: 'flip';
      place: Place;
      to: 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'delete';
    }
  | { kind: 'nest'; place: Place; depth: number; container: 'array' | 'object' }
  | { kind: 'extension-nest'; depth: number }
  | { kind: 'duplicate'; place: Place }
  | { kind: 'many-goals'; count: number }
  | { kind: 'big-tree'; count: number }
  | { kind: 'deep-tree'; depth: number };

const place: fc.Arbitrary<Place> = fc.record({ pick: fc.nat(), focus: fc.nat({ max: 9 }).map((n) => n < 7) });

/** Generated strings never contain the words the NaN check looks for. */
const safeString = (s: string) => !/NaN|Infinity|∞|\de\+\d/.test(s);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .record({ place, n: fc.nat({ max: SPECIAL_NUMBERS.length - 1 }) })
      .map(({ place, n }): Mutation => ({
        kind: 'number',
        place,
        label: SPECIAL_NUMBERS[n][0],
        value: SPECIAL_NUMBERS[n][1],
      })),
  },
  {
    weight: 10,
    arbitrary: fc
      .record({ place, value: fc.double() })
      .map(({ place, value }): Mutation => ({ kind: 'number', place, label: String(value), value })),
  },
  {
    weight: 20,
    arbitrary: fc
      .record({ place, n: fc.nat({ max: SPECIAL_STRINGS.length - 1 }) })
      .map(({ place, n }): Mutation => ({
        kind: 'string',
        place,
        label: SPECIAL_STRINGS[n][0],
        value: SPECIAL_STRINGS[n][1],
      })),
  },
  {
    weight: 8,
    arbitrary: fc
      .record({ place, value: fc.string({ unit: 'binary', maxLength: 40 }).filter(safeString) })
      .map(({ place, value }): Mutation => ({
        kind: 'string',
        place,
        label: `unicode ${JSON.stringify(value)}`,
        value,
      })),
  },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('flip' as const),
      place,
      to: fc.constantFrom('string', 'number', 'boolean', 'null', 'array', 'object', 'delete' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('nest' as const),
      place,
      depth: fc.integer({ min: 2, max: 100 }),
      container: fc.constantFrom('array', 'object' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('extension-nest' as const),
      depth: fc.integer({ min: 10, max: 120 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), place }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('deep-tree' as const), depth: fc.integer({ min: 5, max: 40 }) }),
  },
  // The expensive ones are rare (about 20 in 1,000 documents) and middle-sized here; generated.test.ts renders
  // 5,000 goals and 5,000 nodes in every component separately.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('many-goals' as const), count: fc.constantFrom(100, 300) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('big-tree' as const), count: fc.constantFrom(1000, 5000) }),
  },
);

type Json = any;

interface PathInfo {
  pointer: string[];
  type: 'number' | 'string' | 'boolean' | 'null' | 'array' | 'object';
}

function typeOf(value: unknown): PathInfo['type'] {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as PathInfo['type'];
}

/** Every path below the root, with the type found there. */
export function paths(doc: Json): PathInfo[] {
  const out: PathInfo[] = [];
  const walk = (value: Json, pointer: string[]) => {
    if (value === null || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      const child = value[key];
      const here = [...pointer, key];
      out.push({ pointer: here, type: typeOf(child) });
      walk(child, here);
    }
  };
  walk(doc, []);
  return out;
}

/** Number fields that hold a figure (rather than a year, a count of decimals or a unit). */
const FIGURE_KEYS = new Set([
  'expenses',
  'revenues',
  'reserveAdditions',
  'reserveWithdrawals',
  'balance',
  'target',
  'actual',
]);
/** String fields that hold free text (rather than an id, a period or a value from a list). */
const TEXT_KEYS = new Set([
  'title',
  'text',
  'description',
  'explanation',
  'source',
  'unitLabel',
  'kind',
  'name',
  'code',
]);

/**
 * A path of the wanted kind. With `focus` set: inside the component's focus and, where there is one, among the
 * `preferred` fields (figures for numbers, free text for strings), so that many mutated documents stay valid and
 * reach the renderer; without it: anywhere in the document, where most mutations are refused by the validator.
 */
function choose(
  all: PathInfo[],
  focus: string[],
  p: Place,
  wanted?: (info: PathInfo) => boolean,
  preferred?: Set<string>,
): PathInfo | undefined {
  const fitting = wanted ? all.filter(wanted) : all;
  let pool = fitting;
  if (p.focus) {
    const inFocus = fitting.filter((info) => focus.every((segment, i) => info.pointer[i] === segment));
    if (inFocus.length > 0) pool = inFocus;
    const fields = preferred
      ? pool.filter((info) => preferred.has(info.pointer[info.pointer.length - 1]))
      : [];
    if (fields.length > 0) pool = fields;
  }
  return pool.length === 0 ? undefined : pool[p.pick % pool.length];
}

function parentOf(doc: Json, pointer: string[]): { parent: Json; key: string } | undefined {
  let current = doc;
  for (const segment of pointer.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = current[segment];
  }
  if (current === null || typeof current !== 'object') return undefined;
  return { parent: current, key: pointer[pointer.length - 1] };
}

function set(doc: Json, pointer: string[], value: Json): void {
  const at = parentOf(doc, pointer);
  if (at) at.parent[at.key] = value;
}

function flipped(value: unknown, to: Extract<Mutation, { kind: 'flip' }>['to']): unknown {
  switch (to) {
    case 'string':
      return typeof value === 'string' ? `${value}x` : (JSON.stringify(value) ?? 'undefined');
    case 'number':
      return typeof value === 'number'
        ? -value
        : typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
          ? Number(value)
          : 42;
    case 'boolean':
      return typeof value !== 'boolean';
    case 'null':
      return null;
    case 'array':
      return Array.isArray(value) ? [] : [value];
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? {} : { value };
    case 'delete':
      return undefined;
  }
}

function nested(value: unknown, depth: number, container: 'array' | 'object'): unknown {
  let out = value;
  for (let i = 0; i < depth; i++) out = container === 'array' ? [out] : { 'x-n': out };
  return out;
}

/** The first programme whose id is in `focus` (or the first), for the structural mutations. */
function focusProgramme(doc: Json, focus: string[]): Json {
  const index = focus[0] === 'programmes' ? Number(focus[1]) : 0;
  return doc.programmes?.[index] ?? doc.programmes?.[0];
}

/**
 * Applies one mutation to `doc` in place and says what it did (for the failure report). `focus` is the pointer of
 * the part the component shows, e.g. ['programmes', '0'].
 */
export function applyMutation(doc: Json, mutation: Mutation, focus: string[]): string {
  const all = paths(doc);
  switch (mutation.kind) {
    case 'number': {
      const target = choose(all, focus, mutation.place, (info) => info.type === 'number', FIGURE_KEYS);
      if (!target) return 'number: no place';
      set(doc, target.pointer, mutation.value);
      return `/${target.pointer.join('/')} = ${mutation.label}`;
    }
    case 'string': {
      const target = choose(all, focus, mutation.place, (info) => info.type === 'string', TEXT_KEYS);
      if (!target) return 'string: no place';
      set(doc, target.pointer, mutation.value);
      return `/${target.pointer.join('/')} = ${mutation.label.slice(0, 60)}`;
    }
    case 'flip': {
      const target = choose(all, focus, mutation.place);
      if (!target) return 'flip: no place';
      const at = parentOf(doc, target.pointer)!;
      const value = flipped(at.parent[at.key], mutation.to);
      if (value === undefined) {
        if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
        else delete at.parent[at.key];
      } else {
        at.parent[at.key] = value;
      }
      return `/${target.pointer.join('/')} ${target.type} → ${mutation.to}`;
    }
    case 'nest': {
      const target = choose(all, focus, mutation.place);
      if (!target) return 'nest: no place';
      const at = parentOf(doc, target.pointer)!;
      at.parent[at.key] = nested(at.parent[at.key], mutation.depth, mutation.container);
      return `/${target.pointer.join('/')} wrapped in ${mutation.depth} ${mutation.container}s`;
    }
    case 'extension-nest':
      doc['x-nested'] = nested('diep', mutation.depth, 'object');
      return `/x-nested ${mutation.depth} levels deep`;
    case 'duplicate': {
      const target = choose(all, focus, mutation.place, (info) => info.type === 'array');
      if (!target) return 'duplicate: no array';
      const at = parentOf(doc, target.pointer)!;
      const list = at.parent[at.key] as unknown[];
      if (list.length === 0) return `/${target.pointer.join('/')} empty, nothing to duplicate`;
      list.push(structuredClone(list[0]));
      return `/${target.pointer.join('/')} first element duplicated`;
    }
    case 'many-goals': {
      const programme = focusProgramme(doc, focus);
      if (!programme) return 'many-goals: no programme';
      const template = programme.goals?.[0] ?? { title: 'Doel' };
      for (let i = 0; i < mutation.count; i++) {
        const scale = 1 + (i % 7) / 10;
        const amounts = {
          expenses: -Math.round(1000 * scale) - i,
          revenues: 10 + (i % 50),
          balance: -Math.round(1000 * scale) - i + 10 + (i % 50),
        };
        programme.goals.push({
          id: `gen-goal-${i}`,
          code: `${programme.code ?? '9'}.${i + 10}`,
          title: `${template.title} (${i + 1})`,
          finance: { actual: amounts },
        });
      }
      return `${mutation.count} goals added to programme ${programme.id}`;
    }
    case 'big-tree':
      doc.goalTrees = [
        {
          id: 'synthetic',
          title: `Voorbeeldboom met ${mutation.count} knopen`,
          root: syntheticTree(mutation.count),
        },
      ];
      return `goal tree "synthetic" of ${mutation.count} nodes`;
    case 'deep-tree': {
      const tree = doc.goalTrees?.[0];
      const root =
        tree?.root ??
        (doc.goalTrees = [
          { id: 'synthetic', title: 'Diepe boom', root: { id: 'deep-0', title: 'Wortel' } },
        ])[0].root;
      let node = root;
      for (let k = 1; k <= mutation.depth; k++) {
        const child = { id: `deep-${k}`, title: `Niveau ${k}`, status: k % 2 ? 'achieved' : 'in-progress' };
        node.children = [...(node.children ?? []), child];
        node = child;
      }
      return `a chain of ${mutation.depth} levels under the first tree's root`;
    }
  }
}

/** Budgets for the seeds (which state only realisations): the actual amounts times a factor, as a mutation. */
export interface BudgetStep {
  factor: number;
  original: boolean;
  totals: boolean;
}

export const BUDGET_FACTORS = [0, 1e-12, 0.5, 0.97, 1, 1.004, 1.12, 2, 1e15, -1] as const;

export const budgetArbitrary: fc.Arbitrary<BudgetStep | null> = fc.option(
  fc.record({
    factor: fc.constantFrom(...BUDGET_FACTORS),
    original: fc.boolean(),
    totals: fc.boolean(),
  }),
  { freq: 3 },
);

function scaled(amounts: Json, factor: number): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(amounts ?? {})) {
    if (typeof value === 'number') out[key] = Math.round(value * factor * 1000) / 1000;
  }
  return out;
}

/** Adds budget (and primitief, and municipal totals) to every finance block that has an actual. */
export function addBudgets(doc: Json, step: BudgetStep): string {
  let touched = 0;
  const visit = (finance: Json) => {
    if (!finance?.actual) return;
    finance.budget = scaled(finance.actual, step.factor);
    if (step.original) finance.budgetOriginal = scaled(finance.actual, step.factor * 0.95);
    touched += 1;
  };
  for (const programme of doc.programmes ?? []) {
    visit(programme.finance);
    for (const goal of programme.goals ?? []) visit(goal.finance);
  }
  if (step.totals && doc.programmes?.[0]?.finance?.actual) {
    doc.document.totals = { actual: scaled(doc.programmes[0].finance.actual, 7.3) };
  }
  return `budgets = actual × ${step.factor}${step.original ? ' (+ primitief)' : ''}${step.totals ? ' (+ totals)' : ''} in ${touched} blocks`;
}
