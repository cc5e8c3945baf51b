// Dead and stale code: a path named in a comment or a doc that does not exist, or a shared function no code
// calls, misleads the next reader. Both are cheap to find by reading the files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir, pattern) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated') out.push(...filesUnder(path, pattern));
    } else if (pattern.test(name)) out.push(path);
  }
  return out;
}

const sources = filesUnder('src', /\.(ts|css)$/);
const docs = ['README.md', 'CONTRIBUTING.md', ...(existsSync('CHANGELOG.md') ? ['CHANGELOG.md'] : [])];

test('every src/… path named in the sources and docs exists', () => {
  const missing = [];
  for (const file of [...sources, ...docs, ...filesUnder('scripts', /\.mjs$/)]) {
    const text = readFileSync(file, 'utf8');
    for (const [path] of text.matchAll(/\bsrc\/[\w./-]+\.(?:ts|js|css|json)\b/g)) {
      // `src/components/<name>/<name>.ts` and `generated/` bundles are patterns or build output, not files.
      if (path.includes('<') || path.includes('/generated/')) continue;
      if (!existsSync(path)) missing.push(`${file} names ${path}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every function src/lib and src/builder export has a caller in src', () => {
  const unused = [];
  for (const file of [...filesUnder('src/lib', /\.ts$/), ...filesUnder('src/builder', /\.ts$/)]) {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/^export (?:async )?function (\w+)/gm)) {
      const callers = sources.filter(
        (other) => other !== file && new RegExp(`\\b${name}\\b`).test(readFileSync(other, 'utf8')),
      );
      const usedInside = (text.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length > 1;
      if (callers.length === 0 && !usedInside) unused.push(`${file}: ${name}`);
    }
  }
  assert.deepEqual(unused, []);
});
