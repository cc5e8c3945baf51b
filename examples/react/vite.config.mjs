// Builds the React example against the built package: `pc-charts` is dist/, as an npm install would give it.
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
  build: {
    outDir: `${repo}dist/examples/react`,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
