/// <reference types="node" />
/** Arguments, output and files for the command line; commands get an `io` so tests can run them in-process. */
import type { Locale } from '../lib/format.js';
import { type BuilderProblem, formatProblem } from '../builder/index.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  mkdir(path: string): Promise<void>;
}

export interface Args {
  positional: string[];
  output?: string;
  lang: Locale;
  format: 'text' | 'json';
  csv: boolean;
  error?: { nl: string; en: string };
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { positional: [], lang: 'nl', format: 'text', csv: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) args.error = { nl: `Na ${arg} hoort een waarde.`, en: `${arg} needs a value.` };
      return next;
    };
    if (arg === '-o' || arg === '--output') args.output = value();
    else if (arg.startsWith('--output=')) args.output = arg.slice(9);
    else if (arg === '--lang') args.lang = value() === 'en' ? 'en' : 'nl';
    else if (arg.startsWith('--lang=')) args.lang = arg.slice(7) === 'en' ? 'en' : 'nl';
    else if (arg === '--format') args.format = value() === 'json' ? 'json' : 'text';
    else if (arg.startsWith('--format=')) args.format = arg.slice(9) === 'json' ? 'json' : 'text';
    else if (arg === '--csv') args.csv = true;
    else if (arg.startsWith('-') && arg !== '-')
      args.error = { nl: `Onbekende optie ${arg}.`, en: `Unknown option ${arg}.` };
    else args.positional.push(arg);
  }
  return args;
}

export function usage(commands: Record<string, { summary: Record<Locale, string> }>, lang: Locale): string {
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(9)} ${command.summary[lang]}`,
  );
  return lang === 'en'
    ? `Usage: pc-charts <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nOptions: -o <file>, --lang en, --format json\nExit code: 0 valid (warnings printed), 1 problems, 2 usage error.\n`
    : `Gebruik: pc-charts <opdracht> [opties]\n\nOpdrachten:\n${lines.join('\n')}\n\nOpties: -o <bestand>, --lang en, --format json\nAfsluitcode: 0 geldig (waarschuwingen getoond), 1 problemen, 2 verkeerd gebruik.\n`;
}

/** Problems one per line (`Indicatoren!D7: …`, `/programmes/0/title: …`) or as a JSON array. */
export function printProblems(io: CliIo, problems: BuilderProblem[], args: Args): void {
  if (args.format === 'json') {
    const list = problems.map((problem) => ({
      code: problem.code,
      severity: problem.severity,
      sheet: problem.sheet ?? null,
      cell: problem.cell ?? null,
      path: problem.path ?? null,
      message: problem.messages[args.lang],
    }));
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  for (const problem of problems) io.out(`${formatProblem(problem, args.lang)}\n`);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length > 0) {
    io.err(
      args.lang === 'en'
        ? `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`
        : `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.\n`,
    );
  }
}

export function fileError(io: CliIo, path: string, lang: Locale): number {
  io.err(
    lang === 'en' ? `The file ${path} cannot be read.\n` : `Het bestand ${path} kan niet worden gelezen.\n`,
  );
  return 2;
}

/** Node's file system and streams; imported lazily so the module stays free of Node in the browser. */
export function nodeIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    async readFile(path) {
      const { readFile } = await import('node:fs/promises');
      return new Uint8Array(await readFile(path));
    },
    async writeFile(path, data) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path, data);
    },
    async mkdir(path) {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path, { recursive: true });
    },
  };
}
