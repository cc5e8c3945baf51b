// The single-file bundles (dist/pc-charts.js, dist/pc-<name>.js): esbuild, minified ES2022, every dependency
// inlined, Lit's production build. Shared with the benchmark so that ours and the peers are built alike.
import { build, transform, transformSync } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { minify } from 'terser';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { privateMemberNames } from './private-names.mjs';

/** CSS text: comments gone, whitespace collapsed, no spaces around `{ } ; ,` (never around `:` or `>`). */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** HTML and SVG text: runs of whitespace collapse to one space, as the browser would render them anyway. */
function minifyMarkup(text) {
  return text.replace(/\s+/g, ' ');
}

/**
 * Minifies the static parts of Lit's html``, svg`` and css`` literals, found with the TypeScript parser (so
 * expressions inside `${…}` and nested templates are never touched). A minifier treats these as strings and
 * would keep their indentation and comments.
 */
export function minifyLitTemplates(code, fileName = 'file.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      if (tag === 'html' || tag === 'svg' || tag === 'css') {
        const template = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          const opensExpression =
            part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle;
          const start = part.getStart(source) + 1;
          const end = part.end - (opensExpression ? 2 : 1);
          const raw = code.slice(start, end);
          const min =
            tag !== 'css'
              ? minifyMarkup(raw)
              : ts.isNoSubstitutionTemplateLiteral(template)
                ? // A whole stylesheet: esbuild's CSS minifier (shorter colours, merged rules, no units on 0).
                  // charset utf8: "›" stays "›"; as `\203a` it would be an escape a template literal cannot
                  // hold (its cooked string becomes undefined and Lit would drop the whole stylesheet).
                  transformSync(raw, {
                    loader: 'css',
                    minify: true,
                    target: 'es2022',
                    charset: 'utf8',
                  }).code.trim()
                : minifyCss(raw);
          if (/\\[0-9]/.test(min) && !/\\[0-9]/.test(raw))
            throw new Error(
              `${fileName}: minifying a ${tag}\`\` literal wrote a numeric escape: ${min.slice(0, 80)}`,
            );
          if (min !== raw) edits.push([start, end, min]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/**
 * The components' private custom properties (`--_accent-color`, read only inside their own shadow roots) get
 * short names in the bundle (`--_a`, `--_b` …): the same name everywhere, so every rule still finds its value.
 * Public properties (`--pc-…`) and NL Design System tokens (`--basis-…`) are never renamed.
 */
const privateNames = new Map();
function shortenPrivateProperties(code) {
  return code.replace(/--_([a-z][a-z0-9-]*)/g, (_, name) => {
    if (!privateNames.has(name)) privateNames.set(name, privateNames.size.toString(36));
    return `--_${privateNames.get(name)}`;
  });
}

export const minifyLitLiterals = {
  name: 'minify-lit-literals',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => ({
      contents: shortenPrivateProperties(minifyLitTemplates(await readFile(args.path, 'utf8'), args.path)),
      loader: 'ts',
    }));
  },
};

/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): every function of the file is compiled
 * while the file is parsed, on a background thread, instead of on the main thread at its first call. Right for a
 * file whose functions all run on load, like a single-component bundle.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The npm packages whose code went into a bundle, from esbuild's metafile: `lit-html`, `d3-shape` … */
export function bundledPackages(metafile) {
  const names = new Set();
  // Only inputs that left code in the output: a module that tree-shaking removed is not included.
  const inputs = Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([path]) => path),
  );
  for (const input of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) names.add(match[1]);
  }
  return [...names].sort();
}

/**
 * The licence notice every single-file bundle starts with (`/*!` survives minifying and is what CDNs and licence
 * scanners look for): our own licence and each bundled package with its licence and copyright line. The licence
 * texts in full, D3's ISC permission notice and Lit's BSD-3-Clause conditions included, are in
 * dist/THIRD-PARTY-LICENSES.txt, which the banner names and which ships next to the bundles (as webpack's
 * `*.LICENSE.txt` does): the full texts in every bundle would cost the all-in-one 0.5 kB gzip of its budget.
 */
/** A package's licence file, whatever its name (`LICENSE`, `LICENSE.md`, `LICENCE.txt`, `license` …); '' if none. */
export function licenceText(name) {
  const dir = `node_modules/${name}`;
  const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
  return file ? readFileSync(`${dir}/${file}`, 'utf8') : '';
}

export function licenceBanner(metafile) {
  const byLicence = new Map();
  for (const name of bundledPackages(metafile)) {
    const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    const licenceFile = licenceText(name);
    const copyright = /Copyright[^\n]*/.exec(licenceFile)?.[0].replace(/\.? All rights reserved\./, '') ?? '';
    const key = `${pkg.license}: ${copyright}`;
    byLicence.set(key, [...(byLicence.get(key) ?? []), name]);
  }
  if (byLicence.size === 0) return '/*! pc-charts (EUPL-1.2) */\n';
  const lines = ['pc-charts (EUPL-1.2). This file includes:'];
  for (const [key, names] of byLicence) lines.push(`- ${names.join(', ')} (${key})`);
  lines.push('Licence texts in full: THIRD-PARTY-LICENSES.txt next to this file.');
  return `/*!\n${lines.join('\n').replaceAll('*/', '* /')}\n*/\n`;
}

/**
 * Files the single-file bundles load on demand from beside themselves (scripts/build.mjs builds each from its
 * entry; a missing one only makes its feature fall back, announced or logged):
 * - `pc-export.js`: what a download runs (src/internal/export-download.ts: file names, the CSV writer, the picture
 *   code; 2 kB gzip), loaded on the first download, so that the all-in-one stays within its 60 kB;
 * - `pc-strings-en.js`: the English UI strings (src/i18n/en.ts, about 2.6 kB gzip), loaded the first time an
 *   element shows English (src/i18n/english.ts); Dutch pages never fetch it, and without it English elements
 *   show Dutch words, logged.
 * Each bundle's dynamic import of the module (`dynamicImport`, from the module named `importer`) becomes an import
 * of the file beside it. `budget`: its gzip bytes at most (scripts/size.mjs).
 */
export const ON_DEMAND_FILES = [
  {
    file: 'pc-export.js',
    entry: 'src/internal/export-download.ts',
    dynamicImport: /\/export-download\.js$/,
    budget: 40 * 1000,
  },
  {
    file: 'pc-strings-en.js',
    entry: 'src/i18n/en.ts',
    dynamicImport: /^\.\/en\.js$/,
    importer: /[/\\]i18n[/\\]english\.ts$/,
    budget: 4 * 1000,
  },
];
const onDemandFiles = {
  name: 'on-demand-files',
  setup(build) {
    for (const { file, dynamicImport, importer } of ON_DEMAND_FILES)
      build.onResolve({ filter: dynamicImport }, (args) =>
        args.kind === 'dynamic-import' && (!importer || importer.test(args.importer))
          ? { path: `./${file}`, external: true }
          : undefined,
      );
  },
};

/**
 * Bundles `entry` into `outfile`: esbuild resolves, bundles and lowers to ES2022; terser minifies (three compress
 * passes: about 1.5 kB gzip smaller than esbuild's own minifier on dist/pc-charts.js). `eager` adds the compile
 * hint above.
 */
export async function bundle(
  entry,
  outfile,
  { plugins = [], tsconfig = 'tsconfig.json', minifyLiterals = true, fast = false, eager = false } = {},
) {
  const result = await build({
    entryPoints: [entry],
    outfile,
    write: false,
    bundle: true,
    minifySyntax: true,
    charset: 'utf8', // "ë", "€" as one to three bytes, not six-byte \u escapes
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    metafile: true,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig,
    plugins: [...(minifyLiterals ? [minifyLitLiterals] : []), onDemandFiles, ...plugins],
    logLevel: 'warning',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  await mkdir(dirname(outfile), { recursive: true });
  if (fast) {
    // For the benchmark's smoke run only: esbuild's own minifier, seconds faster per peer than terser.
    await writeFile(outfile, (await transform(js.text, { minify: true, format: 'esm' })).code);
    return result;
  }
  // Private members used only as `this.<name>` (scripts/private-names.mjs) get short names too.
  const names = privateMemberNames();
  const min = await minify(js.text, {
    module: true,
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
    mangle: { properties: { regex: new RegExp(`^(${names.join('|')})$`) } },
  });
  await writeFile(outfile, (eager ? EAGER_COMPILE_HINT : '') + licenceBanner(result.metafile) + min.code);
  return result;
}
