/** `pc-charts template -o begroting.xlsx` writes the template; `--csv -o map` writes one CSV file per sheet. */
import { sheetToCsv, templateWorkbook, writeXlsx } from '../../builder/index.js';
import type { Args, CliIo } from '../io.js';

export const summary = {
  nl: 'template -o <begroting.xlsx>  schrijft het sjabloon (--csv -o <map>: één CSV-bestand per blad)',
  en: 'template -o <budget.xlsx>  writes the template (--csv -o <folder>: one CSV file per sheet)',
};

export async function run(args: Args, io: CliIo): Promise<number> {
  const output = args.output ?? args.positional[0];
  const workbook = templateWorkbook();
  if (args.csv) {
    const folder = output ?? '.';
    await io.mkdir(folder);
    for (const sheet of workbook.sheets) {
      // UTF-8 with BOM: Excel in the Netherlands opens it with the accents intact.
      await io.writeFile(`${folder}/${sheet.name}.csv`, `\ufeff${sheetToCsv(sheet)}`);
    }
    io.err(
      args.lang === 'en'
        ? `Wrote ${workbook.sheets.length} CSV files to ${folder}.\n`
        : `${workbook.sheets.length} CSV-bestanden geschreven in ${folder}.\n`,
    );
    return 0;
  }
  if (!output || !/\.xlsx$/i.test(output)) {
    io.err(
      args.lang === 'en'
        ? 'Name the template with -o, ending in .xlsx.\n'
        : 'Noem het sjabloon met -o, eindigend op .xlsx.\n',
    );
    return 2;
  }
  await io.writeFile(output, writeXlsx(workbook));
  io.err(args.lang === 'en' ? `Wrote the template to ${output}.\n` : `Sjabloon geschreven naar ${output}.\n`);
  return 0;
}
