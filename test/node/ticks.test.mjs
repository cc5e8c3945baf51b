// src/lib/scale.ts computes ticks with D3's rule instead of importing d3-array (1.4 kB gzip in every bundle):
// on 100,000 seeded random domains its ticks must equal d3-array's, and its nice() must contain the domain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import * as d3 from 'd3-array';

const out = await build({ entryPoints: ['src/lib/scale.ts'], bundle: true, format: 'esm', write: false });
const ours = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

test("ticks() equals d3-array's ticks on 100,000 random domains", () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const value = () => (rand() - 0.5) * 10 ** Math.floor(rand() * 16 - 6);
  for (let i = 0; i < 100000; i += 1) {
    let [a, b] = [rand() < 0.3 ? 0 : value(), value()];
    if (a > b) [a, b] = [b, a];
    const count = 2 + Math.floor(rand() * 11);
    assert.deepEqual(ours.ticks(a, b, count), d3.ticks(a, b, count), `ticks(${a}, ${b}, ${count})`);
    const [lo, hi] = ours.nice(a, b, count);
    assert.ok(lo <= a && hi >= b, `nice(${a}, ${b}, ${count}) = [${lo}, ${hi}] contains the domain`);
  }
});
