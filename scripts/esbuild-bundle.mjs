// The single-file bundles (dist/pc-charts.js, dist/pc-<name>.js): esbuild, minified ES2022, every dependency
// inlined, Lit's production build. Shared with the benchmark so that ours and the peers are built alike.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

/**
 * Lit's css`` literals are strings to a minifier, so they keep their comments and indentation. This strips
 * comments and collapses whitespace inside them (never touching `:` or `>`, where a space can be a selector).
 */
export const minifyCssLiterals = {
  name: 'minify-css-literals',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const contents = text.replace(/\bcss`([^`]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { contents, loader: 'ts' };
    });
  },
};

/** Bundles `entry` into `outfile`; `plugins` adds to the CSS-literal minifier. */
export async function bundle(entry, outfile, { plugins = [], tsconfig = 'tsconfig.json' } = {}) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    conditions: ['production'],
    tsconfig,
    plugins: [minifyCssLiterals, ...plugins],
    logLevel: 'warning',
  });
}
