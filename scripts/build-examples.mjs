// Builds the framework examples (examples/react, examples/vue) against the built package in dist/, into
// dist/examples/<name>/, with the datasets in dist/examples/data/. Run after `npm run build` (it needs dist/).
// The embedding tests load these pages to prove the components work inside React and Vue.
import { cpSync, existsSync } from 'node:fs';
import { build } from 'vite';

for (const file of ['dist/index.js', 'dist/define/all.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}
for (const name of ['react', 'vue']) {
  await build({ configFile: `examples/${name}/vite.config.mjs`, mode: 'production' });
}
cpSync('demo/data', 'dist/examples/data', { recursive: true });
console.log('built dist/examples/react and dist/examples/vue');
