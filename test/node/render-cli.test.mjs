// pc-charts render: built as it ships (dist/cli/render.js, loaded by the dispatcher dist/cli/pc-charts.mjs), run on the seed data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';
import { buildRender } from '../../scripts/build-render.mjs';

await buildRender('dist/cli/render.js');
await buildCli();
const { main, parseRenderArgs } = await import('../../dist/cli/render.js');

const J2025 = 'demo/data/jaarstukken-2025-programma-2.json';
const TREE = 'demo/data/gezonde-stad-2023-2026.json';

async function run(args) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The declarative shadow root's content and the light DOM after it. */
function parts(html) {
  const start = html.indexOf('<template shadowroot');
  const end = html.lastIndexOf('</template>');
  return { shadow: html.slice(start, end), light: html.slice(end) };
}

const CASES = [
  ['indicator-card', J2025, ['--indicator', 'jeugdhulp-unieke-jeugdigen'], '4.729\u00a0jeugdigen'],
  ['budget-gauge', J2025, ['--goal', 'd2-1'], '€ 95,4 mln'],
  ['saldo-table', J2025, ['--programme', 'p2'], '-146.506'],
  ['goal-tree', TREE, ['--tree', 'gezonde-stad'], 'Een gezonde generatie in 2040'],
];

for (const [component, file, options, figure] of CASES) {
  test(`render ${component}: declarative shadow DOM, inline data, light-DOM fallback, no Lit markers`, async () => {
    const { code, stdout, stderr } = await run([file, '--component', component, ...options]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`^<pc-${component} `));
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.doesNotMatch(stdout, /<!--\/?lit-|<\?>/);
    const { shadow, light } = parts(stdout);
    assert.ok(shadow.includes(figure), `${figure} in the shadow root`);
    assert.ok(light.includes(figure), `${figure} in the fallback`);
    assert.match(light, /^<\/template><script type="application\/json">\{"schemaVersion":1/);
    assert.match(light, /<div class="pc-fallback">/);
    // The fallback is plain: no styles, SVG, buttons, classes or ARIA of the shadow markup.
    const fallback = light.slice(light.indexOf('<div class="pc-fallback">'));
    assert.doesNotMatch(fallback.slice(25), /<style|<svg|<button|class=|aria-|role=/);
    // Nor what only works with the script: keyboard hints, Download.
    assert.doesNotMatch(fallback, /pijltjestoetsen|Pijltoetsen|Download/);
    assert.ok(stdout.endsWith(`</pc-${component}>\n`));
  });
}

test('render: the card and the saldo table carry a real <table> in the fallback; the card starts with its table open', async () => {
  const card = (
    await run([J2025, '--component', 'indicator-card', '--indicator', 'jeugdhulp-unieke-jeugdigen'])
  ).stdout;
  assert.match(card, /^<pc-indicator-card [^>]*table-open/);
  assert.match(parts(card).light, /<table>\s*<caption>\s*Aantal unieke jeugdigen[^<]*<\/caption>/);
  assert.match(
    parts(card).light,
    /<th scope="row">2025<\/th>\s*<td>4\.800<\/td>\s*<td>4\.729<\/td>/,
  );
  const closed = (
    await run([
      J2025,
      '--component',
      'indicator-card',
      '--indicator',
      'jeugdhulp-unieke-jeugdigen',
      '--table-open=false',
    ])
  ).stdout;
  assert.doesNotMatch(closed.slice(0, 200), /table-open/);
  const saldo = (await run([J2025, '--component', 'saldo-table', '--programme', 'p2'])).stdout;
  assert.match(parts(saldo).light, /<tfoot>\s*<tr>\s*<th scope="row">Totaal programma<\/th>/);
});

test('render: each element carries only the part of the document it shows', async () => {
  const inline = (html) => JSON.parse(html.match(/<script type="application\/json">(.*?)<\/script>/s)[1]);
  const card = inline(
    (await run([J2025, '--component', 'indicator-card', '--indicator', 'vrijwilligers'])).stdout,
  );
  assert.deepEqual(
    card.programmes.flatMap((p) => p.goals.flatMap((g) => g.indicators.map((i) => i.id))),
    ['vrijwilligers'],
  );
  const gauge = inline((await run([J2025, '--component', 'budget-gauge', '--goal', 'd2-1'])).stdout);
  assert.deepEqual(
    gauge.programmes[0].goals.map((g) => [g.id, g.indicators]),
    [['d2-1', undefined]],
  );
  const saldo = inline((await run([J2025, '--component', 'saldo-table', '--programme', 'p2'])).stdout);
  assert.deepEqual(
    saldo.programmes[0].goals.map((g) => g.id),
    ['d2-1', 'd2-2', 'd2-3'],
  );
  assert.equal(saldo.programmes[0].goals[0].finance.actual.balance, -95081);
  // A tree's nodes point at indicators anywhere in the document: it keeps them all.
  const tree = inline((await run([TREE, '--component', 'goal-tree', '--tree', 'gezonde-stad'])).stdout);
  assert.deepEqual(tree, JSON.parse(readFileSync(TREE, 'utf8')));
});

test('render --lang en: English words and numbers', async () => {
  const { stdout } = await run([
    J2025,
    '--component',
    'indicator-card',
    '--indicator',
    'jeugdhulp-unieke-jeugdigen',
    '--lang',
    'en',
  ]);
  assert.match(stdout, /lang="en"/);
  assert.ok(stdout.includes('4,729'));
  assert.ok(stdout.includes('Actual 2025'), 'English words');
  assert.ok(!stdout.includes('Realisatie 2025'));
});

test('render: bad input is a readable message and exit code 1, bad usage exit code 2', async () => {
  const unknown = await run([J2025, '--component', 'indicator-card', '--indicator', 'bestaat-niet']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /Er staat geen indicator met id "bestaat-niet" in het document/);
  assert.equal(unknown.stdout, '');
  const dir = mkdtempSync(join(tmpdir(), 'pc-render-'));
  writeFileSync(join(dir, 'kapot.json'), '{"schemaVersion": 1,');
  const broken = await run([join(dir, 'kapot.json'), '--component', 'saldo-table', '--programme', 'p2']);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /JSON/);
  const missing = await run([join(dir, 'nergens.json'), '--component', 'saldo-table', '--programme', 'p2']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Cannot read/);
  assert.equal((await run([J2025, '--component', 'taart'])).code, 2);
  const option = await run([J2025, '--component', 'saldo-table', '--indicator', 'x']);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /Unknown option --indicator for saldo-table/);
  assert.equal((await run([J2025, '--component', 'saldo-table', '--programme'])).code, 2);
});

test('parseRenderArgs(argv) takes every attribute of the element as an option, --x=y and --x y alike', () => {
  const parsed = parseRenderArgs([
    TREE,
    '--component',
    'pc-goal-tree',
    '--tree=gezonde-stad',
    '--orientation',
    'top-down',
    '--expanded-depth',
    '3',
    '-o',
    'x.html',
  ]);
  assert.deepEqual(parsed, {
    ok: true,
    args: {
      file: TREE,
      component: 'goal-tree',
      attributes: { tree: 'gezonde-stad', orientation: 'top-down', 'expanded-depth': '3' },
      lang: undefined,
      output: 'x.html',
      csp: false,
    },
  });
});

test('render: data cannot close the inline script or inject markup', async () => {
  const doc = JSON.parse(readFileSync(J2025, 'utf8'));
  doc.programmes[0].title = '</script><script>alert(1)</script><!--';
  const dir = mkdtempSync(join(tmpdir(), 'pc-render-'));
  writeFileSync(join(dir, 'doc.json'), JSON.stringify(doc));
  const { code, stdout } = await run([
    join(dir, 'doc.json'),
    '--component',
    'saldo-table',
    '--programme',
    'p2',
  ]);
  assert.equal(code, 0);
  assert.equal(stdout.match(/<script/g).length, 1);
  assert.equal(stdout.match(/<\/script>/g).length, 1);
  assert.ok(stdout.includes('&lt;/script&gt;&lt;script&gt;alert(1)'));
});

test('render --csp: the hash of every <style> in the output', async () => {
  const { stdout, stderr } = await run([TREE, '--component', 'goal-tree', '--tree', 'gezonde-stad', '--csp']);
  const hashes = [...stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
  assert.ok(hashes.length >= 1);
  for (const hash of hashes) assert.ok(stderr.includes(hash), hash);
  // The tree places its boxes with style attributes.
  assert.match(stderr, /style-src-attr 'unsafe-inline'/);
});

test('npx pc-charts render: the bin writes to standard output or to -o', () => {
  const out = execFileSync(
    'node',
    ['dist/cli/pc-charts.mjs', 'render', J2025, '--component', 'saldo-table', '--programme', 'p2'],
    { encoding: 'utf8' },
  );
  assert.match(out, /^<pc-saldo-table /);
  const dir = mkdtempSync(join(tmpdir(), 'pc-render-'));
  const file = join(dir, 'saldo.html');
  execFileSync('node', [
    'dist/cli/pc-charts.mjs',
    'render',
    J2025,
    '--component',
    'saldo-table',
    '--programme',
    'p2',
    '-o',
    file,
  ]);
  assert.equal(readFileSync(file, 'utf8'), out);
  const bad = spawnSync('node', ['dist/cli/pc-charts.mjs', 'taart'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /Onbekende opdracht "taart"/);
});
