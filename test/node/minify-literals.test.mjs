// The bundles minify the static text of Lit's css`` and html`` literals (scripts/esbuild-bundle.mjs). What comes
// out must still be a template literal whose cooked strings Lit can read: a CSS escape like `\203a` is not one.
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
