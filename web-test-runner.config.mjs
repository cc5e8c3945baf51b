// Browser tests run in Debian's Chromium, Firefox ESR and WebKitGTK (scripts/engines.mjs): no browser download.
// ENGINES=firefox (or a comma list) picks engines; unset, `--group` runs take all three and `--files` Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testServerMiddleware } from './test/support/server-plugin.mjs';
import { launcherFor, selectedEngines } from './scripts/engines.mjs';

const COMPONENTS = ['indicator-card', 'budget-gauge', 'saldo-table', 'goal-tree'];
const componentModuleTests = [
  'test/components/*/*.test.ts',
  ...COMPONENTS.map((name) => `!test/components/${name}/${name}.test.ts`),
  ...COMPONENTS.map((name) => `!test/components/${name}/${name}.*.test.ts`),
];

export default {
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browsers: selectedEngines().map(launcherFor),
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.test.json' })],
  middleware: [testServerMiddleware()],
  // Groups only when asked for (`--group unit|browser`), so `--files one.test.ts` runs just that file.
  groups: !process.argv.includes('--group')
    ? undefined
    : [
        // Pure modules (no fixture): shared ones under test/lib and test/schema, each component's own beside its
        // element test in test/components/<name>/. The element tests are named after the component folder.
        { name: 'unit', files: ['test/lib/**/*.test.ts', 'test/schema/**/*.test.ts', 'test/builder/**/*.test.ts', ...componentModuleTests] },
        {
          name: 'browser',
          files: [
            ...COMPONENTS.map((name) => `test/components/${name}/${name}.test.ts`),
            // A component's further element tests (fixtures): `<name>.<topic>.test.ts`.
            ...COMPONENTS.map((name) => `test/components/${name}/${name}.*.test.ts`),
            'test/contract/**/*.test.ts',
            'test/internal/**/*.test.ts',
            'test/hardening/**/*.test.ts',
            'test/embedding/**/*.test.ts',
            'test/data/**/*.test.ts',
            'test/reading/**/*.test.ts',
          ],
        },
      ],
};
