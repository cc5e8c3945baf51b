// A web-dev-server plugin for tests: serves the seed texts (when ../shared/seeds exists beside the clone) and
// network-fault endpoints under /__test/ (slow, status codes, wrong content type, oversized, redirects).
import { existsSync, readFileSync } from 'node:fs';
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
  if (!url.pathname.startsWith('/__test/')) return undefined;
  const kind = url.pathname.slice('/__test/'.length);
  const count = (globalThis.__pcHits ??= new Map());
  const key = url.pathname + url.search;
  count.set(key, (count.get(key) ?? 0) + 1);
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
