// The README's examples are what editors copy: every JSON example in it (```json blocks and the JSON inside
// <script type="application/json"> of the HTML snippets) must pass validateDocument.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('every snippet names a dataset id that exists', () => {
  const ids = new Set();
  for (const name of [
    'jaarstukken-2025-programma-2',
    'gezonde-stad-2023-2026',
    'gezonde-stad-2023-2026-bijlage-1',
  ]) {
    JSON.stringify(JSON.parse(readFileSync(`demo/data/${name}.json`, 'utf8')), (key, value) => {
      if (key === 'id') ids.add(value);
      return value;
    });
  }
  const used = [
    ...readme.matchAll(/<pc-[a-z-]+ src="[^"]*" (?:indicator|programme|tree|goal)="([^"]+)"/g),
  ].map((m) => m[1]);
  assert.ok(used.length >= 5);
  for (const id of used) assert.ok(ids.has(id), `README uses unknown id ${id}`);
});
