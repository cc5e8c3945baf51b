/** Reads the input files of `convert` and `validate` and converts them. */
import { convertFiles, type ConvertResult } from '../../builder/index.js';
import { type Args, type CliIo, fileError } from '../io.js';

export async function readInput(args: Args, io: CliIo): Promise<ConvertResult | number> {
  if (args.positional.length === 0) {
    io.err(args.lang === 'en' ? 'Name an input file.\n' : 'Noem een invoerbestand.\n');
    return 2;
  }
  const files = [];
  for (const path of args.positional) {
    try {
      files.push({ name: path, bytes: await io.readFile(path) });
    } catch {
      return fileError(io, path, args.lang);
    }
  }
  return convertFiles(files, { locale: args.lang });
}
