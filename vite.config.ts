/**
 * Library build for bundler users: ES modules per entry with Lit and D3 left as imports (dedupe in the host
 * app), types come from tsc. The single-file CDN bundles are built by scripts/build.mjs with the same settings.
 */
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

const defines = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        // The spreadsheet converter (pc-charts/converter): never imported by the components.
        converter: 'src/builder/index.ts',
        ...Object.fromEntries(defines.map((name) => [`define/${name}`, `src/define/${name}.ts`])),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      external: [/^lit/, /^@lit\//, /^d3-/, /^internmap$/, /^fflate$/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
