// annularSectorPath (src/lib/scale.ts) writes the gauge's sector with d3-path instead of d3-shape's arc(), whose
// corner and padding code costs the all-in-one 1.3 kB gzip (CONTRIBUTING.md): on 20,000 random sectors (no full
// turn, as the gauge never draws one) its path must equal arc()'s, number for number at 2 decimals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { arc } from 'd3-shape';
import { random } from '../support/random.mjs';

const out = await build({ entryPoints: ['src/lib/scale.ts'], bundle: true, format: 'esm', write: false });
const ours = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);
const d3 = arc().digits(2);
const numbers = (d) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
const commands = (d) => d.replace(/[^MALZ]/g, '');

const rand = random(17);

test('annularSectorPath(inner, outer, start, end) draws what d3-shape arc() draws', () => {
  for (let i = 0; i < 20000; i += 1) {
    const outer = 1 + rand() * 300;
    const inner = rand() < 0.1 ? 0 : rand() * outer * 0.99;
    const start = (rand() - 0.5) * 4 * Math.PI;
    const end = start + 1e-3 + rand() * (2 * Math.PI - 2e-3);
    const expected = d3({ innerRadius: inner, outerRadius: outer, startAngle: start, endAngle: end });
    const actual = ours.annularSectorPath(inner, outer, start, end);
    if (commands(actual) !== commands(expected))
      assert.fail(`(${inner}, ${outer}, ${start}, ${end}): ${actual} but arc() gives ${expected}`);
    const [a, e] = [numbers(actual), numbers(expected)];
    assert.equal(a.length, e.length);
    for (let j = 0; j < a.length; j += 1)
      if (!(Math.abs(a[j] - e[j]) <= 0.011))
        assert.fail(`(${inner}, ${outer}, ${start}, ${end}): ${actual} but arc() gives ${expected}`);
  }
});

test('annularSectorPath draws nothing for an empty, reversed or non-finite sector', () => {
  assert.equal(ours.annularSectorPath(1, 2, 1, 1), '');
  assert.equal(ours.annularSectorPath(1, 2, 1, 0), '');
  assert.equal(ours.annularSectorPath(1, 2, Number.NaN, 1), '');
});
