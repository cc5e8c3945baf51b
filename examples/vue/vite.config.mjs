// Builds the Vue example against the built package: `pc-charts` is dist/, as an npm install would give it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: {
    alias: [
      { find: /^pc-charts$/, replacement: `${repo}dist/index.js` },
      { find: /^pc-charts\/define\/(.*)$/, replacement: `${repo}dist/define/$1` },
    ],
  },
  // Vue's compile-time flags for the runtime-only build.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: `${repo}dist/examples/vue`,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
