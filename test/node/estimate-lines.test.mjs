// estimateLines (src/components/goal-tree/tree-layout.ts) counts wrapped lines in one pass without arrays, for speed on trees of
// thousands of boxes. On 200,000 seeded random texts (spaces, tabs, no-break and em spaces, newlines, accents,
// emoji) it must give exactly what the straightforward split-on-white-space version below gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { random } from '../support/random.mjs';

const out = await build({
  entryPoints: ['src/components/goal-tree/tree-layout.ts'],
  bundle: true,
  format: 'esm',
  write: false,
});
const ours = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

/** The reference: words from split(/\s+/), placed greedily; a word longer than a line is broken. */
function reference(text, charsPerLine) {
  const width = Math.max(1, Math.floor(charsPerLine));
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    let length = word.length;
    if (used > 0 && used + 1 + length <= width) {
      used += 1 + length;
      continue;
    }
    if (used > 0) lines += 1;
    while (length > width) {
      lines += 1;
      length -= width;
    }
    used = length;
  }
  return lines;
}

test('estimateLines(text, chars) equals the split-based reference on 200,000 random texts', () => {
  const rand = random(3);
  const alphabet = ['a', 'b', 'é', ' ', ' ', '\u00a0', '\t', '\n', 'x', 'Z', '\u2003', '-', '.', '😀'];
  // Half the texts have plain spaces only: estimateLines steps from space to space in those.
  const plain = alphabet.filter((char) => !/\s/.test(char) || char === ' ');
  for (let i = 0; i < 200000; i += 1) {
    const pool = i % 2 ? alphabet : plain;
    let text = '';
    const length = Math.floor(rand() * 80);
    for (let j = 0; j < length; j += 1) text += pool[Math.floor(rand() * pool.length)];
    const chars = 1 + rand() * 30;
    assert.equal(
      ours.estimateLines(text, chars),
      reference(text, chars),
      `${JSON.stringify(text)} at ${chars}`,
    );
  }
});
