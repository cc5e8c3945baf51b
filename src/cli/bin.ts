/// <reference types="node" />
/** The `pc-charts` executable (package.json `bin`): built to dist/cli/pc-charts.mjs by scripts/build-cli.mjs. */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
