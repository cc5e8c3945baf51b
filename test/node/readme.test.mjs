// The README's examples are what editors copy: every JSON example in it (```json blocks and the JSON inside
// <script type="application/json"> of the HTML snippets) must pass validateDocument.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  entryPoints: ['src/schema/validate.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const { validateDocument } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const readme = readFileSync('README.md', 'utf8');
const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
const inline = [...readme.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map(
  (m) => m[1],
);

test('every JSON example in the README is a valid document', () => {
  const examples = [...jsonBlocks, ...inline];
  assert.ok(examples.length >= 2, `found ${examples.length} examples`);
  for (const text of examples) {
    const result = validateDocument(text);
    assert.equal(result.ok, true, JSON.stringify(result.errors));
  }
});

test('every snippet names an id that exists in the dataset its src names (any dataset in demo/data)', () => {
  const datasets = new Set(readdirSync('demo/data').filter((name) => name.endsWith('.json')));
  const idsOf = (file) => {
    const ids = new Set();
    JSON.stringify(JSON.parse(readFileSync(`demo/data/${file}`, 'utf8')), (key, value) => {
      if (key === 'id') ids.add(value);
      return value;
    });
    return ids;
  };
  const used = [
    ...readme.matchAll(/<pc-[a-z-]+ src="[^"]*\/([^"/]+)" (?:indicator|programme|tree|goal)="([^"]+)"/g),
  ];
  assert.ok(used.length >= 5);
  for (const [, file, id] of used) {
    assert.ok(datasets.has(file), `README points at ${file}, which is not in demo/data`);
    assert.ok(idsOf(file).has(id), `README uses ${id}, which ${file} does not have`);
  }
});
