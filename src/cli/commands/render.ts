/**
 * `pc-charts render <document.json> --component <name> [--<attribute> <value> …]`: HTML that shows the chart
 * without JavaScript. Lit's server renderer and the components make a file of their own (dist/cli/render.js,
 * scripts/build-render.mjs), loaded only for this command; it reads its own options (every attribute of the
 * chosen element), so the dispatcher hands it the arguments as typed.
 */
import type { CliIo } from '../io.js';

export const summary = {
  nl: 'render <document.json> --component <naam>  schrijft HTML die de grafiek zonder JavaScript toont',
  en: 'render <document.json> --component <name>  writes HTML that shows the chart without JavaScript',
};

/** The arguments as typed: the renderer's options depend on the component. */
export const rawArgs = true;

export async function run(argv: string[], io: CliIo): Promise<number> {
  // A computed address keeps the renderer out of this file: the bundler leaves the import as it is.
  const renderer = new URL('./render.js', import.meta.url).href;
  const { main } = (await import(renderer)) as {
    main(
      argv: readonly string[],
      io: { stdout(text: string): void; stderr(text: string): void },
    ): Promise<number>;
  };
  return main(argv, { stdout: (text) => io.out(text), stderr: (text) => io.err(text) });
}
