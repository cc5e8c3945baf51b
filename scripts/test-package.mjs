// The package as a user gets it (npm run test:package, after npm run build): pack it, install the tarball into a
// fresh project, build one page per import the README documents with Vite, load each page in Chromium and check
// that the element renders, the named exports exist and nothing logs an error. The CMS way (the all-in-one file
// from the tarball in a <script type="module">) is loaded too. English pages as well (the element import bundled
// by Vite, and the CMS file with pc-strings-en.js beside it): the English words load on demand from either.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const repo = resolve('.');
if (!existsSync('dist/define/pc-indicator-card.js')) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}

/** The imports the README tells a developer to write: `import 'pc-charts/…'` and `import { … } from 'pc-charts…'`. */
function documentedImports(readme) {
  const found = new Map();
  for (const [, names, specifier] of readme.matchAll(
    /import (?:\{([^}]*)\} from )?'(pc-charts(?:\/[^']*)?)'/g,
  )) {
    const list = (names ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    found.set(specifier, [...new Set([...(found.get(specifier) ?? []), ...list])]);
  }
  return [...found].map(([specifier, names]) => ({ specifier, names }));
}

const imports = documentedImports(readFileSync('README.md', 'utf8'));
if (imports.length < 2) throw new Error(`the README documents ${imports.length} package imports`);

const work = mkdtempSync(join(tmpdir(), 'pc-charts-package-'));
const project = join(work, 'project');
const failures = [];
let server;
let browser;
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  console.log(`packed ${tarball}`);
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'pc-charts-user', private: true, type: 'module' }, null, 2),
  );
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(work, tarball)],
    { cwd: project, stdio: 'inherit' },
  );

  // IDE data from the tarball: VS Code custom data and JetBrains web-types name all four elements.
  const installed = join(project, 'node_modules/pc-charts');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const vscode = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(installed, manifest['web-types']), 'utf8'));
  const tags = ['pc-budget-gauge', 'pc-goal-tree', 'pc-indicator-card', 'pc-saldo-table'];
  const vscodeTags = vscode.tags.map((tag) => tag.name).sort();
  const webTypeTags = webTypes.contributions.html.elements.map((element) => element.name).sort();
  for (const [what, found] of [
    ['VS Code custom data', vscodeTags],
    ['web-types', webTypeTags],
  ]) {
    const ok = JSON.stringify(found) === JSON.stringify(tags);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${found.join(', ')}`);
    if (!ok) failures.push(what);
  }

  // One page per documented import. A side-effect import must register the element; named imports must exist.
  const data = readFileSync('demo/data/jaarstukken-2025-programma-2.json', 'utf8');
  const input = {};
  imports.forEach(({ specifier, names }, i) => {
    const registers = !names.length;
    const script = registers
      ? `import '${specifier}';\nwindow.__result = { defined: customElements.get('pc-indicator-card') !== undefined };`
      : `import { ${names.join(', ')} } from '${specifier}';\n` +
        `window.__result = { exports: { ${names.map((name) => `${name}: typeof ${name}`).join(', ')} } };\n` +
        (names.includes('PcIndicatorCard')
          ? `customElements.define('pc-indicator-card', PcIndicatorCard);\n`
          : '') +
        (names.includes('validateDocument')
          ? `window.__result.valid = validateDocument(document.querySelector('#data').textContent).ok;\n`
          : '');
    writeFileSync(join(project, `entry-${i}.js`), script);
    writeFileSync(
      join(project, `page-${i}.html`),
      `<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"></head><body>
<script type="application/json" id="data">${data}</script>
<pc-indicator-card indicator="jeugdhulp-unieke-jeugdigen"><script type="application/json">${data}</script></pc-indicator-card>
<script type="module" src="./entry-${i}.js"></script></body></html>`,
    );
    input[`page-${i}`] = join(project, `page-${i}.html`);
  });
  // The element import again, in an English page: Vite splits the English strings into a chunk of their own.
  const define = imports.findIndex(({ names }) => names.length === 0);
  writeFileSync(
    join(project, 'page-en.html'),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
<pc-indicator-card indicator="jeugdhulp-unieke-jeugdigen"><script type="application/json">${data}</script></pc-indicator-card>
<script type="module" src="./entry-${define}.js"></script></body></html>`,
  );
  input['page-en'] = join(project, 'page-en.html');
  await build({
    root: project,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: join(project, 'out'), rollupOptions: { input } },
  });
  // The CMS way: the all-in-one file of the tarball, next to the page.
  // The README names the files beside it: pc-strings-en.js for English pages (pc-export.js for downloads).
  for (const file of ['pc-charts.js', 'pc-strings-en.js', 'pc-export.js'])
    cpSync(join(project, `node_modules/pc-charts/dist/${file}`), join(project, `out/${file}`));
  for (const [name, lang] of [
    ['cms', 'nl'],
    ['cms-en', 'en'],
  ])
    writeFileSync(
      join(project, `out/${name}.html`),
      `<!doctype html><html lang="${lang}"><head><link rel="icon" href="data:,"></head><body><script type="module" src="/pc-charts.js"></script>
<pc-indicator-card indicator="jeugdhulp-unieke-jeugdigen"><script type="application/json">${data}</script></pc-indicator-card>
</body></html>`,
    );

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  server = createServer((request, response) => {
    const path = join(project, 'out', decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(join(project, 'out')) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const pages = [
    ...imports.map((entry, i) => ({ entry, path: `/page-${i}.html` })),
    { entry: imports[define], path: '/page-en.html', english: true },
    { entry: null, path: '/cms.html' },
    { entry: null, path: '/cms-en.html', english: true },
  ];
  for (const { entry, path, english } of pages) {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on(
      'response',
      (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`),
    );
    await page.goto(origin + path);
    const plainLabel = entry
      ? `import ${entry.names.length ? `{ ${entry.names.join(', ')} } from ` : ''}'${entry.specifier}'`
      : 'CMS <script src=pc-charts.js>';
    const label = english ? `${plainLabel}, in English` : plainLabel;
    // The converter is a library for data, not a component: its import only has to load and export its names.
    const showsCard = !entry?.specifier.endsWith('/converter');
    const verdict = !showsCard
      ? undefined
      : await page
          .waitForFunction(
            () =>
              document.querySelector('pc-indicator-card')?.shadowRoot?.querySelector('[part="verdict"]')
                ?.textContent,
            null,
            { timeout: 10000 },
          )
          .then((handle) => handle.jsonValue())
          .catch(() => undefined);
    const result = await page.evaluate(() => window.__result);
    const problems = [...errors];
    if (showsCard && !verdict?.includes(english ? 'Target met: Yes' : 'Doel gehaald: Ja'))
      problems.push(`the card shows no verdict (${verdict})`);
    if (entry && !entry.names.length && !result?.defined) problems.push('the element is not registered');
    for (const name of entry?.names ?? []) {
      if (!['function', 'object'].includes(result?.exports?.[name]))
        problems.push(`${name} is ${result?.exports?.[name]}`);
    }
    if (entry?.names.includes('validateDocument') && result?.valid !== true)
      problems.push('validateDocument failed');
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${label}${problems.length ? `: ${problems.join('; ')}` : ''}`,
    );
    if (problems.length) failures.push(label);
    await page.close();
  }
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`${failures.length} documented import(s) fail from the packed package`);
  process.exit(1);
}
console.log(`the packed package serves all ${imports.length} documented imports and the CMS file (${repo})`);
