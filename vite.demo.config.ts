/**
 * The demo: plain HTML pages under demo/ that use the components exactly as a CMS editor would.
 * `npm start` serves them (with the datasets in demo/data); `npm run build` emits them to dist/demo/.
 */
import { cpSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const pages = readdirSync('demo').filter((file) => file.endsWith('.html'));

function copyData(): Plugin {
  return {
    name: 'pc-copy-demo-data',
    closeBundle() {
      cpSync('demo/data', 'dist/demo/data', { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: false,
  server: { fs: { allow: ['..'] } },
  plugins: [copyData()],
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), resolve('demo', page)])),
    },
  },
});
