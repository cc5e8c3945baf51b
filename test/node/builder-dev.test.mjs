// `npm start` serves the builder page at /builder/ (the README says so): the demo's Vite config in development
// mode answers the page and its script, the TypeScript entry src/builder-page/main.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';

test('npm start serves the builder page at /builder/ with its script', async () => {
  const server = await createServer({
    configFile: 'vite.demo.config.ts',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  try {
    const { port } = server.httpServer.address();
    const page = await (await fetch(`http://127.0.0.1:${port}/builder/`)).text();
    assert.match(page, /<script type="module" src="\.\/builder\.js"><\/script>/);
    const script = await fetch(`http://127.0.0.1:${port}/builder/builder.js`);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    assert.match(await script.text(), /async function readFiles\(/);
  } finally {
    await server.close();
  }
});
