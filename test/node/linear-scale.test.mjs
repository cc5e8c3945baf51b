// linearScale (src/lib/scale.ts) stands in for d3-scale's scaleLinear, which would cost the bundles 10 kB gzip
// (CONTRIBUTING.md): on 20,000 seeded random domains, ranges and inputs it must map as scaleLinear().clamp(true)
// does (and without clamp), and give d3's ticks (in ascending order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { scaleLinear } from 'd3-scale';
import { random } from '../support/random.mjs';

const out = await build({ entryPoints: ['src/lib/scale.ts'], bundle: true, format: 'esm', write: false });
const ours = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const rand = random(5);
const value = () => (rand() - 0.5) * 10 ** Math.floor(rand() * 12 - 4);

test('linearScale(domain, range, clamp) maps as d3-scale scaleLinear on 20,000 random cases', () => {
  for (let i = 0; i < 20000; i += 1) {
    const domain = [value(), rand() < 0.02 ? 0 : value()];
    if (rand() < 0.01) domain[1] = domain[0];
    const range = [value(), value()];
    const clamp = rand() < 0.7;
    const d3 = scaleLinear().domain(domain).range(range).clamp(clamp);
    const mine = ours.linearScale(domain, range, clamp);
    for (let j = 0; j < 5; j += 1) {
      const x = j === 0 ? domain[0] : j === 1 ? domain[1] : value();
      const expected = d3(x);
      const actual = mine(x);
      const tolerance = 1e-9 * Math.max(1, Math.abs(expected), Math.abs(range[0]), Math.abs(range[1]));
      if (!(Math.abs(actual - expected) <= tolerance))
        assert.fail(`linearScale([${domain}], [${range}], ${clamp})(${x}) = ${actual}, d3 says ${expected}`);
    }
    const count = 2 + Math.floor(rand() * 10);
    // Ours always ascend (the charts draw them bottom up); d3's follow the domain's direction.
    const d3Ticks = d3.ticks(count).sort((a, b) => a - b);
    if (domain[0] !== domain[1]) assert.deepEqual(mine.ticks(count), d3Ticks, `ticks of [${domain}]`);
  }
});

test('linearScale maps what is not a number to the start of the range, where scaleLinear gives undefined', () => {
  assert.equal(ours.linearScale([0, 1], [3, 10])(Number.NaN), 3);
  assert.equal(scaleLinear().domain([0, 1]).range([3, 10])(Number.NaN), undefined);
});
