/**
 * `pc-charts <command>`: the command line. This file only dispatches; each command is a module in commands/
 * that exports `run(args, io)` and returns the exit code (0 valid, 1 problems, 2 usage error).
 */
import { type CliIo, nodeIo, parseArgs, usage } from './io.js';
import * as convert from './commands/convert.js';
import * as render from './commands/render.js';
import * as template from './commands/template.js';
import * as validate from './commands/validate.js';

export type Command =
  | {
      summary: { nl: string; en: string };
      rawArgs?: false;
      run(args: ReturnType<typeof parseArgs>, io: CliIo): Promise<number>;
    }
  | {
      summary: { nl: string; en: string };
      /** The command reads its own options: it gets the arguments as typed. */
      rawArgs: true;
      run(argv: string[], io: CliIo): Promise<number>;
    };

export const COMMANDS: Record<string, Command> = { convert, render, template, validate };

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  const args = parseArgs(rest);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(COMMANDS, args.lang));
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      args.lang === 'en'
        ? `Unknown command "${name}".\n\n${usage(COMMANDS, 'en')}`
        : `Onbekende opdracht "${name}".\n\n${usage(COMMANDS, 'nl')}`,
    );
    return 2;
  }
  if (command.rawArgs) return command.run(rest, io);
  if (args.error) {
    io.err(args.error[args.lang]);
    return 2;
  }
  return command.run(args, io);
}
