/**
 * The builder's own problems (reading files and cells), each a whole sentence in Dutch and English. Problems
 * that the schema validator finds after conversion keep the validator's catalogue (src/schema/messages.ts) and
 * get the sheet and cell they came from.
 */
import { interpolate } from '../schema/messages.js';
import type { Locale } from '../lib/format.js';

export const BUILDER_CODES = [
  'not-a-spreadsheet',
  'protected-file',
  'corrupt-file',
  'zip-not-workbook',
  'zip-too-large',
  'file-too-large',
  'too-many-rows',
  'empty-workbook',
  'missing-sheet',
  'missing-headers',
  'missing-column',
  'unknown-column',
  'unknown-sheet',
  'hidden-sheet',
  'csv-unknown-sheet',
  'missing-value',
  'extra-document-row',
  'not-a-number',
  'not-an-integer',
  'formula-error',
  'date-not-number',
  'date-in-text',
  'not-a-date',
  'not-a-period',
  'not-allowed',
  'not-yes-no',
  'not-an-id',
  'duplicate-id',
  'duplicate-period',
  'duplicate-comparison',
  'duplicate-comparison-period',
  'conflicting-comparison',
  'unknown-goal',
  'unknown-indicator',
  'unknown-tree',
  'unknown-parent',
  'parent-cycle',
  'several-roots',
  'no-root',
  'goal-without-programme',
  'lossy-field',
] as const;
export type BuilderCode = (typeof BUILDER_CODES)[number];

export const BUILDER_MESSAGES: Record<Locale, Record<BuilderCode, string>> = {
  nl: {
    'not-a-spreadsheet':
      'Dit bestand is geen spreadsheet of JSON-bestand; de bouwer leest .xlsx, .ods, .csv en .json.',
    'protected-file':
      'Dit bestand is beveiligd met een wachtwoord of is een oud .xls-bestand; sla het op als .xlsx zonder wachtwoord en lees het opnieuw in.',
    'corrupt-file':
      'Dit bestand is beschadigd en kan niet worden gelezen; sla het opnieuw op in Excel of LibreOffice.',
    'zip-not-workbook': 'Dit zip-bestand bevat geen werkmap; de bouwer leest .xlsx- en .ods-bestanden.',
    'zip-too-large':
      'Uitgepakt zou dit bestand groter worden dan {limit}; zo groot is geen gewone werkmap, dus het wordt niet gelezen.',
    'file-too-large': 'Het bestand is {size} groot; de bouwer leest bestanden tot {limit}.',
    'too-many-rows': 'Het blad {sheet} heeft meer dan {limit} rijen; zoveel rijen leest de bouwer niet.',
    'empty-workbook':
      'De werkmap bevat geen gegevens; vul het blad Document en ten minste één van de bladen Financien, Indicatoren of Doelenboom.',
    'missing-sheet': 'Het blad Document ontbreekt; neem het over uit het sjabloon.',
    'missing-headers':
      'Op de eerste rij van het blad {sheet} staan niet de verwachte kolomkoppen; verwacht zijn onder meer {expected}.',
    'missing-column': 'De verplichte kolom "{column}" ontbreekt op het blad {sheet}.',
    'unknown-column': 'De kolom "{column}" is onbekend en wordt overgeslagen. {hint}',
    'unknown-sheet':
      'Het blad {sheet} wordt niet gelezen, want de bouwer kent alleen de bladen van het sjabloon.',
    'hidden-sheet': 'Het blad {sheet} is verborgen, maar wordt wel gelezen.',
    'csv-unknown-sheet':
      'Uit de naam van het bestand {file} blijkt niet welk blad het is; noem het naar een blad, bijvoorbeeld Indicatoren.csv.',
    'missing-value': 'Deze cel in de kolom "{column}" is verplicht, maar leeg.',
    'extra-document-row': 'Het blad Document heeft één rij met gegevens; deze rij wordt overgeslagen.',
    'not-a-number': '"{value}" is geen getal; verwacht is een getal zoals 1.234,5 of -95.081.',
    'not-an-integer': '"{value}" is geen geheel getal.',
    'formula-error': 'De formule in deze cel geeft de fout {value}; herstel de formule of typ de waarde.',
    'date-not-number': 'Hier staat de datum {value}, maar verwacht is een getal.',
    'date-in-text':
      'Hier staat de datum {value}; typ een nummer als 2.1 als tekst door er een apostrof voor te zetten.',
    'not-a-date': '"{value}" is geen datum; schrijf de datum als 31-12-2025 of 2025-12-31.',
    'not-a-period':
      '"{value}" is geen periode; schrijf 2025, 2025-Q3, 2025-H2 of 2025-03, of "zonder jaartal" als de bron geen jaar noemt.',
    'not-allowed': '"{value}" is hier niet toegestaan; kies uit {allowed}.',
    'not-yes-no': '"{value}" is geen oordeel; vul Ja, Nee of ? in.',
    'not-an-id':
      '"{value}" is geen geldige sleutel; gebruik alleen letters, cijfers, punt, streepje, liggend streepje en dubbele punt.',
    'duplicate-id': 'De sleutel "{id}" staat ook al op {first}; een sleutel mag maar één keer voorkomen.',
    'duplicate-period': 'De periode {period} van indicator "{id}" staat ook al op {first}.',
    'duplicate-comparison':
      'De vergelijking "{label}" van indicator "{id}" lijkt op "{other}" op {first}; schrijf de naam van een vergelijking op elke rij precies hetzelfde.',
    'duplicate-comparison-period':
      'De periode {period} van vergelijking "{label}" (indicator "{id}") staat ook al op {first}.',
    'conflicting-comparison':
      'De vergelijking "{label}" van indicator "{id}" heeft op {first} als {column} "{expected}"; een reeks heeft één {column}, dus deze rij wordt overgeslagen.',
    'unknown-goal': 'Er is geen doelstelling met de sleutel "{id}" op het blad Financien.',
    'unknown-indicator': 'Er is geen indicator met de sleutel "{id}" op het blad Indicatoren.',
    'unknown-tree': 'Er is geen doelenboom met de sleutel "{id}" op het blad Doelenbomen.',
    'unknown-parent': 'Er is geen knoop met de sleutel "{id}" in deze doelenboom.',
    'parent-cycle': 'De ouders vormen een kring: {cycle}.',
    'several-roots':
      'De doelenboom "{tree}" heeft meer dan één knoop zonder ouder ({ids}), maar een boom heeft precies één wortel.',
    'no-root': 'De doelenboom "{tree}" heeft geen knoop zonder ouder, dus geen wortel.',
    'goal-without-programme': 'Deze doelstelling heeft geen programma; vul de kolom Programma in.',
    'lossy-field':
      'Het veld {path} past niet in het sjabloon en ontbreekt in de werkmap; bewaar het JSON-bestand als u het nodig hebt.',
  },
  en: {
    'not-a-spreadsheet':
      'This file is not a spreadsheet or JSON file; the builder reads .xlsx, .ods, .csv and .json.',
    'protected-file':
      'This file is protected by a password or is an old .xls file; save it as .xlsx without a password and read it in again.',
    'corrupt-file': 'This file is damaged and cannot be read; save it again in Excel or LibreOffice.',
    'zip-not-workbook': 'This zip file holds no workbook; the builder reads .xlsx and .ods files.',
    'zip-too-large':
      'Unpacked, this file would grow beyond {limit}; no ordinary workbook is that large, so it is not read.',
    'file-too-large': 'The file is {size}; the builder reads files up to {limit}.',
    'too-many-rows': 'The sheet {sheet} has more than {limit} rows; the builder does not read that many.',
    'empty-workbook':
      'The workbook holds no data; fill in the sheet Document and at least one of the sheets Financien, Indicatoren or Doelenboom.',
    'missing-sheet': 'The sheet Document is missing; copy it from the template.',
    'missing-headers':
      'The first row of the sheet {sheet} does not hold the expected column headers; expected are, among others, {expected}.',
    'missing-column': 'The required column "{column}" is missing from the sheet {sheet}.',
    'unknown-column': 'The column "{column}" is unknown and is skipped. {hint}',
    'unknown-sheet':
      'The sheet {sheet} is not read, because the builder knows only the sheets of the template.',
    'hidden-sheet': 'The sheet {sheet} is hidden, but it is read.',
    'csv-unknown-sheet':
      'The name of the file {file} does not say which sheet it is; name it after a sheet, for example Indicatoren.csv.',
    'missing-value': 'This cell in the column "{column}" is required, but it is empty.',
    'extra-document-row': 'The sheet Document has one row of data; this row is skipped.',
    'not-a-number': '"{value}" is not a number; expected is a number such as 1.234,5 or -95.081.',
    'not-an-integer': '"{value}" is not a whole number.',
    'formula-error': 'The formula in this cell gives the error {value}; fix the formula or type the value.',
    'date-not-number': 'This cell holds the date {value}, but a number is expected.',
    'date-in-text':
      'This cell holds the date {value}; type a number such as 2.1 as text by putting an apostrophe before it.',
    'not-a-date': '"{value}" is not a date; write the date as 31-12-2025 or 2025-12-31.',
    'not-a-period':
      '"{value}" is not a period; write 2025, 2025-Q3, 2025-H2 or 2025-03, or "undated" when the source names no year.',
    'not-allowed': '"{value}" is not allowed here; choose from {allowed}.',
    'not-yes-no': '"{value}" is not a verdict; fill in Ja, Nee or ?.',
    'not-an-id':
      '"{value}" is not a valid key; use only letters, digits, point, hyphen, underscore and colon.',
    'duplicate-id': 'The key "{id}" is also on {first}; a key may occur only once.',
    'duplicate-period': 'The period {period} of indicator "{id}" is also on {first}.',
    'duplicate-comparison':
      'The comparison "{label}" of indicator "{id}" looks like "{other}" on {first}; write the name of a comparison exactly the same on every row.',
    'duplicate-comparison-period':
      'The period {period} of comparison "{label}" (indicator "{id}") is also on {first}.',
    'conflicting-comparison':
      'The comparison "{label}" of indicator "{id}" has {column} "{expected}" on {first}; a series has one {column}, so this row is skipped.',
    'unknown-goal': 'There is no goal with the key "{id}" on the sheet Financien.',
    'unknown-indicator': 'There is no indicator with the key "{id}" on the sheet Indicatoren.',
    'unknown-tree': 'There is no goal tree with the key "{id}" on the sheet Doelenbomen.',
    'unknown-parent': 'There is no node with the key "{id}" in this goal tree.',
    'parent-cycle': 'The parents form a cycle: {cycle}.',
    'several-roots':
      'The goal tree "{tree}" has more than one node without a parent ({ids}), but a tree has exactly one root.',
    'no-root': 'The goal tree "{tree}" has no node without a parent, so no root.',
    'goal-without-programme': 'This goal has no programme; fill in the column Programma.',
    'lossy-field':
      'The field {path} does not fit the template and is missing from the workbook; keep the JSON file if you need it.',
  },
};

/** Sentences put into the `{hint}` of another message. */
export const HINTS: Record<Locale, Record<string, string>> = {
  nl: {
    didYouMean: 'Bedoelt u "{suggestion}"?',
    extension: 'Eigen kolommen beginnen met x-, bijvoorbeeld x-opmerking.',
  },
  en: {
    didYouMean: 'Did you mean "{suggestion}"?',
    extension: 'Columns of your own start with x-, for example x-note.',
  },
};

export function builderMessage(code: BuilderCode, locale: Locale, params: Record<string, unknown>): string {
  return interpolate(BUILDER_MESSAGES[locale][code], params).trim();
}
