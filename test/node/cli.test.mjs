// The command line, run as a user runs it: the built file (scripts/build-cli.mjs bundles it as `npm run build`
// does) started by Node in a scratch folder. Exit codes, output formats, languages, and every `npx pc-charts`
// line of the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { buildCli } from '../../scripts/build-cli.mjs';
import { buildRender } from '../../scripts/build-render.mjs';

const root = process.cwd();
const dir = mkdtempSync(path.join(tmpdir(), 'pc-charts-cli-'));
const cli = await buildCli(path.join(dir, 'bin', 'pc-charts.mjs'));
// `render` loads its renderer from beside the dispatcher, as in dist/cli/.
await buildRender(path.join(dir, 'bin', 'render.js'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function run(args, cwd = dir) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const dataset = (name) => JSON.parse(readFileSync(`demo/data/${name}.json`, 'utf8'));

test('package.json names the built file as the pc-charts bin, and ships it', () => {
  assert.equal(pkg.bin['pc-charts'], './dist/cli/pc-charts.mjs');
  assert.ok(pkg.files.includes('dist'));
  assert.match(readFileSync(cli, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node/);
});

test('the committed templates (templates/) are what `pc-charts template` writes today', () => {
  assert.equal(run(['template', '-o', 'vers.xlsx']).code, 0);
  assert.deepEqual(
    readFileSync(path.join(dir, 'vers.xlsx')),
    readFileSync('templates/pc-charts-sjabloon.xlsx'),
  );
  assert.equal(run(['template', '--csv', '-o', 'vers-csv']).code, 0);
  for (const file of readdirSync('templates/csv')) {
    assert.equal(
      readFileSync(path.join(dir, 'vers-csv', file), 'utf8'),
      readFileSync(path.join('templates/csv', file), 'utf8'),
      file,
    );
  }
});

test('template -o writes the template; --csv -o writes one CSV per sheet', () => {
  const made = run(['template', '-o', 'begroting.xlsx']);
  assert.equal(made.code, 0, made.err);
  assert.ok(readFileSync(path.join(dir, 'begroting.xlsx')).length > 1000);
  const csv = run(['template', '--csv', '-o', 'csv']);
  assert.equal(csv.code, 0, csv.err);
  assert.deepEqual(readdirSync(path.join(dir, 'csv')).sort(), [
    'Document.csv',
    'Doelenbomen.csv',
    'Doelenboom.csv',
    'Financien.csv',
    'Indicatoren.csv',
    'Oordelen.csv',
    'Toelichting.csv',
    'Vergelijkingen.csv',
    'Waarden.csv',
  ]);
  assert.match(
    readFileSync(path.join(dir, 'csv', 'Vergelijkingen.csv'), 'utf8'),
    /^\ufeffIndicator;Vergelijking;Soort;Periode;Waarde;Bron;Peildatum\r\n$/,
  );
  assert.match(
    readFileSync(path.join(dir, 'csv', 'Indicatoren.csv'), 'utf8'),
    /^\ufeffDoelstelling;Id;Naam;/,
  );
});

for (const name of ['jaarstukken-2025-programma-2', 'gezonde-stad-2023-2026']) {
  test(`convert ${name}: JSON → .xlsx → JSON is the same document, exit 0`, () => {
    copyFileSync(`demo/data/${name}.json`, path.join(dir, `${name}.json`));
    const toXlsx = run(['convert', `${name}.json`, '-o', `${name}.xlsx`]);
    assert.equal(toXlsx.code, 0, toXlsx.out + toXlsx.err);
    const back = run(['convert', `${name}.xlsx`, '-o', `${name}-terug.json`]);
    assert.equal(back.code, 0, back.out + back.err);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, `${name}-terug.json`), 'utf8')), dataset(name));
  });
}

test('validate: exit 1 and one line per problem as <sheet>!<cell>: <message>, in nl and en', () => {
  const file = path.join(root, 'test/builder/fixtures/libreoffice/formula-error.xlsx');
  const nl = run(['validate', file]);
  assert.equal(nl.code, 1);
  assert.equal(
    nl.out,
    'Waarden!D2: De formule in deze cel geeft de fout #DIV/0!; herstel de formule of typ de waarde.\n',
  );
  assert.equal(nl.err, '1 fout, 0 waarschuwingen.\n');
  const en = run(['validate', file, '--lang', 'en']);
  assert.equal(
    en.out,
    'Waarden!D2: The formula in this cell gives the error #DIV/0!; fix the formula or type the value.\n',
  );
});

test('validate --format json: an array of { code, sheet, cell, path, message }', () => {
  const file = path.join(root, 'test/builder/fixtures/libreoffice/formula-error.ods');
  const result = run(['validate', file, '--format', 'json']);
  assert.equal(result.code, 1);
  assert.deepEqual(JSON.parse(result.out), [
    {
      code: 'formula-error',
      severity: 'error',
      sheet: 'Waarden',
      cell: 'D2',
      path: null,
      message: 'De formule in deze cel geeft de fout #DIV/0!; herstel de formule of typ de waarde.',
    },
  ]);
});

test('validate a JSON file: problems as <json-pointer>: <message>; a syntax error with line and column', () => {
  writeFileSync(
    path.join(dir, 'fout.json'),
    JSON.stringify({
      schemaVersion: 1,
      municipality: { name: 'Delft' },
      document: { type: 'begroting', year: 2026 },
    }),
  );
  const result = run(['validate', 'fout.json']);
  assert.equal(result.code, 1);
  assert.equal(result.out, '/document/title: Het verplichte veld "title" ontbreekt.\n');
  writeFileSync(path.join(dir, 'komma.json'), '{\n  "schemaVersion": 1,\n}\n');
  const syntax = run(['validate', 'komma.json', '--lang', 'en']);
  assert.equal(syntax.code, 1);
  assert.match(syntax.out, /line 3, column 1 .*remove that comma\.\n$/);
});

test('a valid file with warnings: exit 0, the warnings printed', () => {
  const doc = dataset('jaarstukken-2025-programma-2');
  doc.programmes[0].goals[0].finance.actual.balance += 50;
  writeFileSync(path.join(dir, 'saldo.json'), JSON.stringify(doc));
  const result = run(['validate', 'saldo.json']);
  assert.equal(result.code, 0);
  assert.match(result.out, /^\/programmes\/0\/goals\/0\/finance\/actual\/balance: Het saldo/);
  // The goal's saldo, and with it the programme total, no longer add up.
  assert.equal(result.err, '0 fouten, 2 waarschuwingen.\n');
});

test('convert writes nothing when the input has errors', () => {
  const file = path.join(root, 'test/builder/fixtures/libreoffice/formula-error.xlsx');
  const result = run(['convert', file, '-o', 'niet.json']);
  assert.equal(result.code, 1);
  assert.equal(existsSync(path.join(dir, 'niet.json')), false);
});

test('usage errors exit 2: no command, an unknown command or option, no -o, a missing file', () => {
  assert.equal(run([]).code, 2);
  assert.match(run([]).out, /^Gebruik: pc-charts <opdracht>/);
  assert.equal(run(['--help']).code, 0);
  assert.equal(run(['teken']).code, 2);
  assert.equal(run(['validate', 'x.json', '--kleur']).code, 2);
  assert.equal(run(['convert', 'x.json']).code, 2);
  assert.equal(run(['convert', 'x.json', '-o', 'x.pdf']).code, 2);
  const missing = run(['validate', 'bestaat-niet.xlsx', '--lang', 'en']);
  assert.equal(missing.code, 2);
  assert.equal(missing.err, 'The file bestaat-niet.xlsx cannot be read.\n');
});

test('every `npx pc-charts` line in the README runs and exits 0', () => {
  const readme = readFileSync('README.md', 'utf8');
  // Lines continued with a backslash are one command; `> file` sends standard output to the file.
  const joined = readme.replace(/\\\n\s*/g, '');
  const commands = [...joined.matchAll(/^npx pc-charts (.+?)(?:\s+#.*)?$/gm)].map((m) => m[1].trim());
  assert.ok(commands.length >= 5, `found ${commands.length}`);
  const work = mkdtempSync(path.join(tmpdir(), 'pc-charts-readme-'));
  copyFileSync('demo/data/jaarstukken-2025-programma-2.json', path.join(work, 'jaarstukken-2025.json'));
  for (const name of ['jaarstukken-2025-programma-2', 'gezonde-stad-2023-2026'])
    copyFileSync(`demo/data/${name}.json`, path.join(work, `${name}.json`));
  for (const command of commands) {
    const [args, redirect] = command.split(/\s+>\s+/);
    const result = run(args.split(/\s+/), work);
    assert.equal(result.code, 0, `${command}: ${result.out}${result.err}`);
    if (redirect) {
      assert.match(result.out, /<pc-/, `${command}: HTML on standard output`);
      writeFileSync(path.join(work, redirect), result.out);
    }
  }
  assert.deepEqual(
    JSON.parse(readFileSync(path.join(work, 'jaarstukken-2025-terug.json'), 'utf8')),
    dataset('jaarstukken-2025-programma-2'),
  );
  // The script example after the commands, with pc-charts/converter as the package's export maps it.
  const example = /<!-- converter-example -->\n```js\n([\s\S]*?)```/.exec(readme)[1];
  const exports = pkg.exports['./converter'];
  assert.equal(exports.types, './dist/types/builder/index.d.ts');
  writeFileSync(path.join(work, 'example.mjs'), example);
  const bundled = path.join(work, 'example.bundle.mjs');
  buildSync({
    entryPoints: [path.join(work, 'example.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundled,
    alias: { 'pc-charts/converter': path.join(root, 'src/builder/index.ts') },
    logLevel: 'error',
  });
  const ran = spawnSync(process.execPath, [bundled], { cwd: work, encoding: 'utf8' });
  assert.equal(ran.status, 0, ran.stderr);
  assert.deepEqual(
    JSON.parse(readFileSync(path.join(work, 'jaarstukken-2025-script.json'), 'utf8')),
    dataset('jaarstukken-2025-programma-2'),
  );
});
