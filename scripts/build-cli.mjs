// The command line as one Node ESM file, dist/cli/pc-charts.mjs (package.json `bin`): the converter and fflate
// bundled in, so `npx pc-charts …` runs after `npm install pc-charts` without TypeScript or the sources.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

export async function buildCli(outfile = 'dist/cli/pc-charts.mjs') {
  await build({
    entryPoints: ['src/cli/bin.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli(process.argv[2]);
