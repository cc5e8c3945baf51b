/**
 * The demo: plain HTML pages under demo/ that use the components exactly as a CMS editor would, with one
 * `<script type="module" src="pc-charts.js">` and `src` pointing at a JSON file in data/.
 *
 * `npm start` serves them; there `pc-charts.js` is the TypeScript source (src/bundle/pc-charts.ts), so edits reload.
 * `npm run build` emits them to dist/demo/ with the real single-file bundle dist/pc-charts.js copied beside them
 * (scripts/build.mjs builds that bundle first), so the static demo runs exactly the file a CMS would host.
 */
import { copyFileSync, cpSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const pages = readdirSync('demo').filter((file) => file.endsWith('.html'));
const bundleScript = /(<script\b[^>]*\bsrc=["'](?:\.\/)?pc-charts\.js["'])/g;

function pcChartsScript(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'pc-charts-demo-script',
    configResolved(config) {
      command = config.command;
    },
    // Development: the page's pc-charts.js is the source entry.
    resolveId(id) {
      if (command === 'serve' && /(^|\/)pc-charts\.js$/.test(id)) return resolve('src/bundle/pc-charts.ts');
      return undefined;
    },
    // Build: leave the include as written (`vite-ignore` is removed from the output again) ...
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return command === 'build' ? html.replace(bundleScript, '$1 vite-ignore') : html;
      },
    },
    // ... and put the single-file bundle and the datasets next to the pages.
    closeBundle() {
      if (command !== 'build') return;
      if (!existsSync('dist/pc-charts.js')) {
        throw new Error('dist/pc-charts.js is missing: build the bundles before the demo (npm run build).');
      }
      copyFileSync('dist/pc-charts.js', 'dist/demo/pc-charts.js');
      // What a Download button loads on first use, beside the bundle as the README tells editors to upload it.
      copyFileSync('dist/pc-export.js', 'dist/demo/pc-export.js');
      // The English strings, loaded by an element the first time it shows English (lang="en").
      copyFileSync('dist/pc-strings-en.js', 'dist/demo/pc-strings-en.js');
      cpSync('demo/data', 'dist/demo/data', { recursive: true });
    },
  };
}

/** The builder page's `./builder.js` is its TypeScript entry, in development and in its build. */
export function builderScript(): Plugin {
  return {
    name: 'pc-charts-builder-script',
    resolveId(id, importer) {
      // From the page's HTML (build) or as the URL /builder/builder.js (development server).
      const fromPage = importer !== undefined && /builder[\\/]index\.html$/.test(importer);
      if ((/(^|\/)builder\.js$/.test(id) && fromPage) || /^\/builder\/builder\.js$/.test(id)) {
        return resolve('src/builder-page/main.ts');
      }
      return undefined;
    },
  };
}

export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: false,
  server: { fs: { allow: ['..'] } },
  plugins: [pcChartsScript(), builderScript()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), resolve('demo', page)])),
    },
  },
});
