/**
 * `pc-charts convert <input.xlsx|.ods|.csv|.json> -o <output.json|.xlsx>`: converts; the output's extension
 * picks the format. Nothing is written when the input has errors (exit 1).
 */
import { documentToXlsx } from '../../builder/index.js';
import { type Args, type CliIo, printProblems } from '../io.js';
import { readInput } from './read-input.js';

export const summary = {
  nl: 'convert <invoer> -o <uitvoer.json|.xlsx>  zet een spreadsheet om naar JSON of terug',
  en: 'convert <input> -o <output.json|.xlsx>  converts a spreadsheet to JSON or back',
};

export async function run(args: Args, io: CliIo): Promise<number> {
  const output = args.output;
  if (!output || !/\.(json|xlsx)$/i.test(output)) {
    io.err(
      args.lang === 'en'
        ? 'Name the output with -o, ending in .json or .xlsx.\n'
        : 'Noem het uitvoerbestand met -o, eindigend op .json of .xlsx.\n',
    );
    return 2;
  }
  const result = await readInput(args, io);
  if (typeof result === 'number') return result;
  const problems = [...result.problems];
  if (result.ok && result.document) {
    if (/\.xlsx$/i.test(output)) {
      const written = documentToXlsx(result.document);
      problems.push(...written.problems);
      await io.writeFile(output, written.bytes);
    } else await io.writeFile(output, `${JSON.stringify(result.document, null, 2)}\n`);
  }
  printProblems(io, problems, args);
  return result.ok ? 0 : 1;
}
