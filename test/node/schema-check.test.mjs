// The schema interpreter (src/schema/schema-check.ts) against Ajv, the reference implementation of JSON Schema
// 2020-12: on every dataset and on thousands of seeded mutations of them, both must report the same errors
// (instance path, keyword and parameters) in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { ajvValidator } from '../../scripts/compile-schema.mjs';
import { random } from '../support/random.mjs';

const out = await build({
  stdin: {
    contents: `import { compileSchema } from './src/schema/schema-check.ts';
      import { schema } from './src/schema/schema-stripped.generated.js';
      export default compileSchema(schema);`,
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const ours = (
  await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
).default;
const ajv = ajvValidator();

const datasets = readdirSync('demo/data')
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`demo/data/${name}`, 'utf8')));

const REPLACEMENTS = [
  null,
  true,
  0,
  -1,
  1.5,
  1e15,
  2300,
  '',
  'x',
  '12,5',
  '2024-Q5',
  'javascript:alert(1)',
  'a'.repeat(2001),
  [],
  {},
  [1, 2],
  { id: 'x' },
  1,
  1000,
  'begroting',
  '2024',
  'https://example.org/',
  'GM0637',
  'EUR',
  'yes',
  '?',
];

function nodes(value, path = []) {
  if (value === null || typeof value !== 'object') return [path];
  return [path, ...Object.entries(value).flatMap(([key, child]) => nodes(child, [...path, key]))];
}

function mutate(doc, rand) {
  const copy = structuredClone(doc);
  const edits = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < edits; i += 1) {
    const paths = nodes(copy).filter((p) => p.length > 0);
    const path = paths[Math.floor(rand() * paths.length)];
    const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
    const key = path[path.length - 1];
    const action = rand();
    if (action < 0.2 && !Array.isArray(parent)) delete parent[key];
    else if (action < 0.3) parent[`${Array.isArray(parent) ? '' : 'extra'}${Math.floor(rand() * 9)}`] = 1;
    else parent[key] = structuredClone(REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)]);
  }
  return copy;
}

const shape = (errors) =>
  (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));

test('the interpreter accepts every dataset, as Ajv does', () => {
  for (const doc of datasets) {
    assert.equal(ajv(doc), true);
    assert.equal(ours(doc), true, JSON.stringify(ours.errors?.slice(0, 3)));
  }
});

test('the interpreter reports what Ajv reports on 3,000 mutated documents', () => {
  const seed = Number(process.env.PC_SEED ?? 42);
  const rand = random(seed);
  let invalid = 0;
  for (let i = 0; i < 3000; i += 1) {
    const doc = mutate(datasets[i % datasets.length], rand);
    const expected = ajv(doc);
    const actual = ours(doc);
    assert.equal(actual, expected, `seed ${seed}, document ${i}`);
    assert.deepEqual(shape(ours.errors), shape(ajv.errors), `seed ${seed}, document ${i}`);
    if (!expected) invalid += 1;
  }
  console.log(
    `[schema-check] 3000 mutated documents (seed ${seed}), ${invalid} invalid, all as Ajv reports them`,
  );
  assert.ok(invalid > 1000, 'the mutations produce invalid documents');
});
