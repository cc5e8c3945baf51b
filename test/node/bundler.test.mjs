// What scripts/esbuild-bundle.mjs does to the single-file bundles: the static text of Lit's css`` and html``
// literals is minified (it must stay a template literal whose cooked strings Lit can read: a CSS escape like
// `\203a` is not one), and every bundled package's licence is found for the banner and THIRD-PARTY-LICENSES.txt.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyLitTemplates } from '../../scripts/esbuild-bundle.mjs';

/** The cooked strings of the first tagged literal in `code`, as the tag function receives them. */
function cooked(code) {
  let strings;
  const css = (s) => (strings = s);
  new Function('css', 'html', code)(css, css);
  return strings;
}

test('a stylesheet with a non-ASCII content string keeps it as written', () => {
  const code = 'css`.crumb::after {\n  content: "›";\n  color: red;\n}`;';
  const min = minifyLitTemplates(code);
  assert.equal(min, 'css`.crumb:after{content:"›";color:red}`;');
  assert.deepEqual([...cooked(min)], ['.crumb:after{content:"›";color:red}']);
});

test('html literals collapse whitespace and keep their expressions', () => {
  const code = 'html`<p>\n    ${"a"}   text\n</p>`;';
  assert.equal(minifyLitTemplates(code), 'html`<p> ${"a"} text </p>`;');
});

test("a package's licence file is found whatever its name (Chart.js's @kurkle/color has LICENSE.md)", async () => {
  const { licenceText } = await import('../../scripts/esbuild-bundle.mjs');
  assert.match(licenceText('lit-html'), /BSD 3-Clause|Redistribution and use/);
  assert.match(licenceText('@kurkle/color'), /MIT|Permission is hereby granted/);
});
