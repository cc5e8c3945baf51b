/// <reference types="node" />
/**
 * `pc-charts render <document.json> --component <name> [--<attribute> <value> …] [--lang en] [-o file.html]`:
 * the command line around renderComponent. Built into dist/cli/render.js (scripts/build-render.mjs); the dispatcher, dist/cli/pc-charts.mjs, loads it for `render` only.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { COMPONENTS, componentAttributes, renderComponent, type ComponentName } from './render.js';

export { componentAttributes, renderComponent };

export interface RenderArgs {
  file: string;
  component: ComponentName;
  attributes: Record<string, string | true>;
  lang?: string;
  output?: string;
  csp: boolean;
}

export type ParsedArgs = { ok: true; args: RenderArgs } | { ok: false; help: boolean; message: string };

const NAMES = Object.keys(COMPONENTS) as ComponentName[];

export function usage(): string {
  const lines = [
    'Usage: pc-charts render <document.json> --component <name> [options]',
    '',
    'Writes HTML that shows the component without JavaScript (declarative shadow DOM, data table, text),',
    'which the pc-charts script takes over when the page loads it.',
    '',
    `  --component <name>   ${NAMES.join(', ')}`,
    '  --lang <nl|en>       language of the text and numbers (default nl)',
    '  -o, --output <file>  write to a file instead of standard output',
    '  --csp                print the Content-Security-Policy directives the HTML needs (to standard error)',
    '',
    'Attributes of each element, as options:',
  ];
  for (const name of NAMES) {
    const options = componentAttributes(name).map((a) => (a.boolean ? `--${a.name}` : `--${a.name} <value>`));
    lines.push(`  ${name}: ${options.join(' ')}`);
  }
  return lines.join('\n');
}

/** Reads the arguments after `render`. Pure: no I/O. */
export function parseRenderArgs(argv: readonly string[]): ParsedArgs {
  const fail = (message: string): ParsedArgs => ({ ok: false, help: false, message });
  if (argv.includes('--help') || argv.includes('-h')) return { ok: false, help: true, message: usage() };
  const files: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    const key = name === 'o' ? 'output' : name;
    options.set(
      key,
      inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('-') ? argv[++i] : true),
    );
  }
  if (files.length !== 1) return fail('Give exactly one document (a JSON file).');
  const component = options.get('component');
  if (typeof component !== 'string' || !(NAMES as string[]).includes(component.replace(/^pc-/, ''))) {
    return fail(`--component must be one of ${NAMES.join(', ')}.`);
  }
  const name = component.replace(/^pc-/, '') as ComponentName;
  const known = new Map(componentAttributes(name).map((a) => [a.name, a.boolean]));
  const attributes: Record<string, string | true> = {};
  let lang: string | undefined;
  let output: string | undefined;
  let csp = false;
  for (const [key, value] of options) {
    if (key === 'component') continue;
    if (key === 'csp') csp = true;
    else if (key === 'lang' || key === 'output') {
      if (value === true) return fail(`--${key} needs a value.`);
      if (key === 'lang') lang = value;
      else output = value;
    } else if (known.get(key) === true) {
      // A boolean attribute: `--table-open` (or `--table-open=true`) sets it, `--table-open=false` leaves it out.
      if (value !== 'false') attributes[key] = true;
    } else if (known.has(key)) {
      if (value === true) return fail(`--${key} needs a value.`);
      attributes[key] = value;
    } else {
      return fail(`Unknown option --${key} for ${name}. Options: ${[...known.keys()].join(', ')}.`);
    }
  }
  if (lang !== undefined && lang !== 'nl' && lang !== 'en') return fail('--lang must be nl or en.');
  // Without JavaScript nothing can open the card's table: the pre-rendered card shows it open.
  if (name === 'indicator-card' && options.get('table-open') === undefined) attributes['table-open'] = true;
  return { ok: true, args: { file: files[0], component: name, attributes, lang, output, csp } };
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs `render`; resolves with the exit code (0 done, 1 bad input, 2 bad usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseRenderArgs(argv);
  if (!parsed.ok) {
    (parsed.help ? io.stdout : io.stderr)(`${parsed.message}\n`);
    if (!parsed.help) io.stderr('Run pc-charts render --help for the options.\n');
    return parsed.help ? 0 : 2;
  }
  const { args } = parsed;
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    io.stderr(`Cannot read ${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = await renderComponent(text, {
    component: args.component,
    attributes: args.attributes,
    lang: args.lang,
  });
  if (result.errors.length > 0) {
    io.stderr(`${args.file}:\n${result.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  if (args.output) await writeFile(args.output, `${result.html}\n`);
  else io.stdout(`${result.html}\n`);
  if (args.csp) io.stderr(`Content-Security-Policy: ${result.csp}\n`);
  return 0;
}
