// The command line's `render` (src/cli/render-command.ts) as one Node file, dist/cli/render.js, which the
// dispatcher (dist/cli/pc-charts.mjs) loads only for that command: Lit's server renderer and the
// components bundled with it, so `npx pc-charts render` runs from the published package with no dev tools.
// Never part of the browser bundles.
import { build } from 'esbuild';

export async function buildRender(outfile = 'dist/cli/render.js') {
  await build({
    entryPoints: ['src/cli/render-command.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Lit's server builds (the `node` export condition), which the renderer needs.
    conditions: ['node'],
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    legalComments: 'none',
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await buildRender());
