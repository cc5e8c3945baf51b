/** `pc-charts validate <file>`: only checks. Exit 0 when valid (warnings printed), 1 when there are problems. */
import { type Args, type CliIo, printProblems } from '../io.js';
import { readInput } from './read-input.js';

export const summary = {
  nl: 'validate <bestand>  controleert een .xlsx, .ods, .csv of .json',
  en: 'validate <file>  checks an .xlsx, .ods, .csv or .json file',
};

export async function run(args: Args, io: CliIo): Promise<number> {
  const result = await readInput(args, io);
  if (typeof result === 'number') return result;
  printProblems(io, result.problems, args);
  return result.ok ? 0 : 1;
}
