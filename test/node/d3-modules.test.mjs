// The D3 modules the bundles include must be tree-shakable: one ES module per function (`module: src/index.js`)
// and `sideEffects: false`. d3-shape 3.2.1, d3-array 3.2.5, d3-hierarchy 3.1.3 and d3-path 3.1.1 (November 2026)
// ship one pre-bundled file instead, from which a bundler cannot drop what we do not use: with them the
// all-in-one grew by 3.2 kB gzip (d3-shape alone 3.3 → 5.5 kB for arc, line and links). package.json pins the
// last tree-shakable releases (and d3-path through `overrides`); this test fails if an upgrade brings a bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const d3 = Object.keys(pkg.dependencies).filter((name) => name.startsWith('d3-'));

/** A package's package.json as Node would find it from `from` (their `exports` hide the file itself). */
function manifestOf(name, from = process.cwd() + '/') {
  const require = createRequire(from);
  for (const dir of require.resolve.paths(name)) {
    const path = join(dir, name, 'package.json');
    if (existsSync(path)) return { path, manifest: JSON.parse(readFileSync(path, 'utf8')) };
  }
  throw new Error(`${name} is not installed`);
}

test('the D3 modules in the bundles are tree-shakable ES modules', () => {
  assert.ok(d3.length >= 3, `d3 dependencies: ${d3.join(', ')}`);
  const seen = [];
  for (const name of d3) {
    const { path, manifest } = manifestOf(name);
    seen.push([name, path]);
    for (const dep of Object.keys(manifest.dependencies ?? {}).filter((dep) => dep.startsWith('d3-')))
      seen.push([dep, manifestOf(dep, path).path]);
  }
  for (const [name, path] of seen) {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(manifest.sideEffects, false, `${name} ${manifest.version}: sideEffects`);
    assert.match(
      manifest.module,
      /^src\//,
      `${name} ${manifest.version}: module is ${manifest.module}, one bundled file`,
    );
  }
});
