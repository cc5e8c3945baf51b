/**
 * The builder page (demo/builder/index.html) as a static page: dist/builder/index.html with its script, styles
 * and the converter's worker beside it, relative paths, so it runs from any static host. `npm start` serves the
 * same page at /builder/ through vite.demo.config.ts.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { builderScript } from './vite.demo.config.js';

export default defineConfig({
  root: 'demo/builder',
  base: './',
  publicDir: false,
  plugins: [builderScript()],
  worker: { format: 'es' },
  build: {
    outDir: '../../dist/builder',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { index: resolve('demo/builder/index.html') } },
  },
});
