// Browser tests run in Debian's Chromium through playwright-core: no browser download.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testServerMiddleware } from './test/support/server-plugin.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  },
});

export default {
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browsers: [chromium],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.test.json' })],
  middleware: [testServerMiddleware()],
  // Groups only when asked for (`--group unit|browser`), so `--files one.test.ts` runs just that file.
  groups: !process.argv.includes('--group')
    ? undefined
    : [
        { name: 'unit', files: ['test/lib/**/*.test.ts', 'test/builder/**/*.test.ts'] },
        {
          name: 'browser',
          files: [
            'test/components/**/*.test.ts',
            'test/internal/**/*.test.ts',
            'test/hardening/**/*.test.ts',
            'test/embedding/**/*.test.ts',
            'test/data/**/*.test.ts',
          ],
        },
      ],
};
