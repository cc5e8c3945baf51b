// The bundles measured: the peers' (built here into bench/.tmp, cached by a hash of their inputs) and ours (dist/).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle } from '../esbuild-bundle.mjs';
import { BUILD, CHARTS, FLOOR, MEASURES, PEERS, SMOKE, log } from './options.mjs';

/** The installed version of a package (null: ours). */
export function version(pkg) {
  const file = pkg ? `node_modules/${pkg}/package.json` : 'package.json';
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

const hashOf = (parts) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

/** The path of a peer's built bundle. */
export const peerFile = (lib, entry) => `${BUILD}/${lib.id}/${entry}.js`;

/** Builds every peer entry that exists into bench/.tmp/<peer>/<entry>.js, skipping those already built. */
export async function buildPeers() {
  const manifestFile = `${BUILD}/manifest.json`;
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const config = readFileSync('scripts/esbuild-bundle.mjs', 'utf8');
  const withFloor = MEASURES.includes('dashboard') || MEASURES.includes('prerender');
  for (const lib of withFloor ? [...PEERS, FLOOR] : PEERS) {
    const dir = `bench/peers/${lib.id}`;
    const sources = readdirSync(dir)
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8'));
    const key = hashOf([
      ...sources,
      readFileSync('bench/peers/shared.js', 'utf8'),
      lib.pkg ? version(lib.pkg) : '',
      config,
      SMOKE ? 'esbuild' : 'terser',
    ]);
    // The smoke run (part of npm test) builds only what its pages load: minifying every peer's every chart
    // takes minutes on a clean machine.
    for (const entry of SMOKE ? ['all', 'goal-tree'] : [...CHARTS, 'all']) {
      const source = `${dir}/${entry}.js`;
      const output = peerFile(lib, entry);
      if (!existsSync(source)) continue;
      if (manifest[output] === key && existsSync(output)) continue;
      const started = Date.now();
      await bundle(source, output, { fast: SMOKE });
      manifest[output] = key;
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
      log(`  built ${output} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
}

/**
 * Our bundles come from `npm run build`; it runs when dist/ lacks one (a stale dist/ only gets a note, pushed
 * onto `notes`). Returns the names of our charts that have a bundle of their own.
 */
export function checkOurBundles(notes) {
  const defined = readdirSync('src/define')
    .filter((file) => /^pc-.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''));
  const wanted = ['pc-charts', ...defined].map((name) => `dist/${name}.js`);
  if (wanted.some((file) => !existsSync(file))) {
    log('dist/ lacks a single-file bundle: running npm run build');
    execSync('npm run build', { stdio: 'inherit' });
  }
  const newestSource = Math.max(...listFiles('src').map((file) => statSync(file).mtimeMs));
  if (wanted.some((file) => statSync(file).mtimeMs < newestSource)) {
    // Not rebuilt here (the full build takes minutes): say so next to the figures.
    log('dist/ is older than src/: run `npm run build` first to measure the current code');
    notes.push('dist/ was older than src/ (the bundles measured are from the last `npm run build`).');
  }
  return defined.map((name) => name.replace(/^pc-/, ''));
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
