// A web-dev-server plugin for tests: serves the seed texts (when ../shared/seeds exists beside the clone) and
// network-fault endpoints under /__test/ (slow, status codes, wrong content type, oversized, redirects),
// /__test/datasets: the names of the datasets in demo/data, so a test over every dataset needs no hand-kept list,
// and /__test/no-english/: the built bundles without pc-strings-en.js beside them.
// /demo/pc-charts.js redirects to the source entry, so the demo pages run unbuilt, as under `npm start`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = path.resolve(root, '../shared/seeds');
const dataDir = path.resolve(root, 'demo/data');

/** Koa middleware (web-test-runner `middleware`): unlike a plugin's serve(), it can set status codes and headers. */
export function testServerMiddleware() {
  return async function pcTestServer(ctx, next) {
    const result = await respond(ctx.request.url);
    if (result === undefined) return next();
    ctx.status = result.status ?? 200;
    for (const [name, value] of Object.entries(result.headers ?? {})) ctx.set(name, value);
    if (result.type) ctx.type = result.type;
    ctx.body = result.body;
  };
}

async function respond(requestUrl) {
  const url = new URL(requestUrl, 'http://localhost');
  if (url.pathname.startsWith('/__seeds/')) {
    const name = path.basename(url.pathname);
    const file = path.join(seeds, name);
    if (!existsSync(seeds)) return { status: 404, body: 'seeds-absent', type: 'text/plain' };
    if (!existsSync(file)) return { status: 404, body: 'not found', type: 'text/plain' };
    return { body: readFileSync(file, 'utf8'), type: 'text/plain' };
  }
  if (url.pathname.startsWith('/__csp/')) return serveUnderCsp(url);
  // The demo pages as `npm start` serves them: their `pc-charts.js` is the source entry (test/reading/page-height).
  if (url.pathname === '/demo/pc-charts.js')
    return { status: 302, headers: { Location: '/src/bundle/pc-charts.ts' }, body: '' };
  if (!url.pathname.startsWith('/__test/')) return undefined;
  const kind = url.pathname.slice('/__test/'.length);
  const count = (globalThis.__pcHits ??= new Map());
  const key = url.pathname + url.search;
  count.set(key, (count.get(key) ?? 0) + 1);
  // The built single-file bundles as a site that did not upload pc-strings-en.js beside them (its English pages
  // must show Dutch, not break): test/embedding/english.test.ts.
  if (kind.startsWith('no-english/')) {
    const name = path.basename(kind);
    const file = path.join(root, 'dist', name);
    if (name === 'pc-strings-en.js' || !/^pc-[\w-]+\.js$/.test(name) || !existsSync(file))
      return { status: 404, body: 'not found', type: 'text/plain' };
    return { body: readFileSync(file, 'utf8'), type: 'text/javascript', headers: { 'Cache-Control': 'no-store' } };
  }
  const delay = Number(url.searchParams.get('delay') ?? '0');
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  switch (kind) {
    case 'hits':
      return { body: JSON.stringify(Object.fromEntries(count)), type: 'application/json' };
    case 'reset':
      count.clear();
      return { body: '{}', type: 'application/json' };
    case 'never':
      await new Promise((resolve) => setTimeout(resolve, 60000));
      return { body: '{}', type: 'application/json' };
    case 'status':
      return { status: Number(url.searchParams.get('code') ?? '500'), body: 'error', type: 'text/plain' };
    case 'flaky': {
      // Fails with 503 the first `fail` times this exact URL is asked for, then serves the dataset.
      const fail = Number(url.searchParams.get('fail') ?? '1');
      if (count.get(key) <= fail) return { status: 503, body: 'busy', type: 'text/plain' };
      return {
        body: readFileSync(path.join(dataDir, 'jaarstukken-2025-programma-2.json'), 'utf8'),
        type: 'application/json',
      };
    }
    case 'datasets': {
      const names = readdirSync(dataDir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -'.json'.length))
        .sort();
      return {
        body: JSON.stringify(names),
        type: 'application/json',
        headers: { 'Cache-Control': 'no-store' },
      };
    }
    case 'html':
      return { body: '<!doctype html><title>Not found</title>', type: 'text/html' };
    case 'invalid-json':
      return { body: '{"schemaVersion": 1,', type: 'application/json' };
    case 'huge':
      return { body: `{"x-pad":"${'a'.repeat(6 * 1024 * 1024)}"}`, type: 'application/json' };
    case 'redirect':
      return {
        status: 302,
        headers: { Location: url.searchParams.get('to') ?? 'javascript:alert(1)' },
        body: '',
      };
    case 'data': {
      const name = path.basename(url.searchParams.get('name') ?? 'jaarstukken-2025-programma-2.json');
      return { body: readFileSync(path.join(dataDir, name), 'utf8'), type: 'application/json' };
    }
    default:
      return { status: 404, body: 'unknown test endpoint', type: 'text/plain' };
  }
}

// ---- /__csp/<path>: a file of the repository served under the strict Content Security Policy the README promises ----
// (used by test/embedding/csp.test.ts). HTML pages get one external probe script first in <head> that records
// every `securitypolicyviolation` event and page error, so the test can count them from the very start.
export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const CSP_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const CSP_PROBE = `// Injected by the test server: records CSP violations and errors of this page for the embedding tests.
window.__cspViolations = [];
window.__pageErrors = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__cspViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
}, true);
window.addEventListener('error', function (event) { window.__pageErrors.push(String(event.message)); });
window.addEventListener('unhandledrejection', function (event) { window.__pageErrors.push(String(event.reason)); });
`;

// A page that breaks the policy on purpose (inline script, inline style attribute): proves the probe counts.
const CSP_SELFTEST = `<!doctype html><html lang="en"><head><title>CSP self-test</title></head><body>
<script>document.title = 'inline script ran';</script><p style="color: red">inline style</p></body></html>`;

function serveUnderCsp(url) {
  // ?tt=vue allows one more Trusted Types policy by name (Vue creates one of its own; the host page would list it).
  const extraPolicy = /^[a-z][a-z-]*$/.test(url.searchParams.get('tt') ?? '')
    ? ` ${url.searchParams.get('tt')}`
    : '';
  const headers = { 'Content-Security-Policy': STRICT_CSP + extraPolicy, 'Cache-Control': 'no-store' };
  const rel = decodeURIComponent(url.pathname.slice('/__csp/'.length));
  if (rel === '__probe.js') return { body: CSP_PROBE, type: CSP_TYPES['.js'], headers };
  let body;
  let ext = '.html';
  if (rel === '__selftest.html') body = CSP_SELFTEST;
  else {
    const file = path.resolve(root, rel);
    if (!file.startsWith(root) || !existsSync(file))
      return { status: 404, body: 'not found', type: 'text/plain', headers };
    ext = path.extname(file);
    body = readFileSync(file, ext === '.html' ? 'utf8' : undefined);
  }
  if (ext === '.html') body = body.replace(/<head>/i, '<head><script src="/__csp/__probe.js"></script>');
  return { body, type: CSP_TYPES[ext] ?? 'application/octet-stream', headers };
}
